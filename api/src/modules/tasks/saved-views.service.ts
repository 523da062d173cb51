// Team saved views of the review queue ("my office, loans, due today"): stored on the server so
// a view one reviewer sets up serves the whole team. A view holds the list filters only.
import { taskListInputSchema } from '@onetrip/workflows';
import { AppError } from '../../errors/app-error';
import type { Services, StaffActor } from '../../trpc/context';

export async function listViews(services: Services, actor: StaffActor) {
  const rows = await services.database.db
    .selectFrom('saved_views as v')
    .innerJoin('staff as s', 's.id', 'v.owner_id')
    .select(['v.id', 'v.name', 'v.shared', 'v.filters', 'v.owner_id', 's.display_name as owner_name', 'v.created_at'])
    .where((eb) => eb.or([eb('v.owner_id', '=', actor.id), eb('v.shared', '=', true)]))
    .orderBy('v.name')
    .execute();
  return rows.map((r) => ({
    id: String(r.id),
    name: r.name,
    shared: r.shared,
    mine: r.owner_id === actor.id,
    owner: r.owner_name,
    filters: r.filters,
  }));
}

export async function saveView(services: Services, actor: StaffActor, input: { name: string; shared: boolean; filters: Record<string, unknown> }) {
  // Stored filters must be a valid list request: a view never breaks the queue it opens.
  const parsed = taskListInputSchema.safeParse({ ...input.filters, cursor: undefined });
  if (!parsed.success) throw new AppError('BAD_REQUEST', 'view.filters_invalid');
  const { cursor: _cursor, ...filters } = parsed.data;
  const now = services.clock();
  const row = await services.database.db
    .insertInto('saved_views')
    .values({ name: input.name, owner_id: actor.id, shared: input.shared, filters: JSON.stringify(filters), created_at: now })
    .onConflict((oc) => oc.columns(['owner_id', 'name']).doUpdateSet({ shared: input.shared, filters: JSON.stringify(filters) }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: String(row.id) };
}

export async function deleteView(services: Services, actor: StaffActor, id: string) {
  const n = Number(id);
  const deleted = Number.isSafeInteger(n)
    ? await services.database.db.deleteFrom('saved_views').where('id', '=', n).where('owner_id', '=', actor.id).returning('id').executeTakeFirst()
    : undefined;
  if (!deleted) throw new AppError('NOT_FOUND', 'view.not_found');
}
