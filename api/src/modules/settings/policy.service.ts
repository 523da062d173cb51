// Policy parameters as the administrator sees and changes them: every timeline with what is in
// force today, and a change that only ever adds a value from today on (workflows refuses the past).
import { compareDates, DomainError, shanghaiDate, withPolicyValue, type PolicyKey } from '@onetrip/workflows';
import { fromDomain } from '../../errors/app-error';
import { reloadReferenceData } from '../../reference/reference-data';
import type { Services, StaffActor } from '../../trpc/context';
import { appendAudit } from '../audit/audit.repository';
import { EDITABLE_POLICY_KEYS, type ChangePolicyInput } from './settings.schemas';

export type EntryState = 'past' | 'in_force' | 'scheduled';

export async function policyOverview(services: Services) {
  const today = shanghaiDate(services.clock());
  const changes = await services.database.db
    .selectFrom('policy_changes as p')
    .innerJoin('staff as s', 's.id', 'p.changed_by')
    .select(['p.key', 'p.effective_from', 'p.changed_at', 's.display_name'])
    .orderBy('p.id')
    .execute();
  // The latest change of a key and date is the one in the timeline (a scheduled value can be replaced).
  const who = new Map(changes.map((c) => [`${c.key}|${c.effective_from}`, { by: c.display_name, at: new Date(c.changed_at).toISOString() }]));
  const editable = new Set<string>(EDITABLE_POLICY_KEYS);
  const params = services.reference.policy.params;
  const parameters = (Object.keys(params) as PolicyKey[]).map((key) => {
    const timeline = params[key];
    const inForceIndex = timeline.findLastIndex((e) => compareDates(e.from, today) <= 0);
    return {
      key,
      editable: editable.has(key),
      entries: timeline.map((e, i) => ({
        from: e.from,
        value: e.value as unknown,
        source: e.source ?? null,
        state: (i === inForceIndex ? 'in_force' : i < inForceIndex ? 'past' : 'scheduled') as EntryState,
        changedBy: who.get(`${key}|${e.from}`)?.by ?? null,
        changedAt: who.get(`${key}|${e.from}`)?.at ?? null,
      })),
    };
  });
  return { today, center: services.reference.policy.name, parameters };
}

export async function changePolicy(services: Services, actor: StaffActor, input: ChangePolicyInput) {
  const now = services.clock();
  const today = shanghaiDate(now);
  try {
    withPolicyValue(services.reference.policy, input.key, { from: input.from, value: input.value } as never, today);
  } catch (e) {
    if (e instanceof DomainError) throw fromDomain(e, e.code === 'policy.retroactive_change' ? 'CONFLICT' : 'BAD_REQUEST');
    throw e;
  }
  const id = await services.database.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('policy_changes')
      .values({ key: input.key, effective_from: input.from, value: JSON.stringify(input.value), changed_at: now, changed_by: actor.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      at: now,
      actorKind: 'staff',
      actorId: actor.id,
      action: 'policy.changed',
      subjectType: 'policy',
      subjectId: input.key,
      data: { changeId: String(row.id), from: input.from, value: input.value },
    });
    return String(row.id);
  });
  await reloadReferenceData(services.database.db, services.reference);
  return { changeId: id };
}
