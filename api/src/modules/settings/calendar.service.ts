// The working-day calendar as the administrator sees it (published years, holidays, make-up
// days) and loading the next year's State Council notice.
import { DomainError, shanghaiDate, withYearNotice, type HolidayNotice } from '@onetrip/workflows';
import { AppError, fromDomain } from '../../errors/app-error';
import { reloadReferenceData } from '../../reference/reference-data';
import type { Services, StaffActor } from '../../trpc/context';
import { appendAudit } from '../audit/audit.repository';
import { holidayNoticeShape } from './settings.schemas';

export async function calendarOverview(services: Services) {
  const rows = await services.database.db
    .selectFrom('calendar_notices as c')
    .leftJoin('staff as s', 's.id', 'c.loaded_by')
    .select(['c.year', 'c.loaded_at', 's.display_name'])
    .execute();
  const loaded = new Map(rows.map((r) => [r.year, { at: new Date(r.loaded_at).toISOString(), by: r.display_name ?? null }]));
  const today = shanghaiDate(services.clock());
  const years = services.reference.calendar.notices.map((n) => ({
    year: n.year,
    source: n.source,
    holidays: n.holidays.map((h) => ({ name: h.name, from: h.from, to: h.to })),
    makeUpDays: [...n.makeUpDays],
    loadedAt: loaded.get(n.year)?.at ?? null,
    loadedBy: loaded.get(n.year)?.by ?? null,
  }));
  const nextYear = Number(today.slice(0, 4)) + 1;
  return { today, years, nextYear, nextYearPublished: years.some((y) => y.year === nextYear) };
}

function parseNotice(text: string): HolidayNotice {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('BAD_REQUEST', 'calendar.invalid_notice', { reason: 'not JSON' });
  }
  const parsed = holidayNoticeShape.safeParse(json);
  if (!parsed.success) throw new AppError('BAD_REQUEST', 'calendar.invalid_notice', { reason: parsed.error.issues[0]?.path.join('.') ?? 'shape' });
  return parsed.data;
}

export async function loadHolidayNotice(services: Services, actor: StaffActor, text: string) {
  const notice = parseNotice(text);
  try {
    withYearNotice(services.reference.calendar, notice);
  } catch (e) {
    if (e instanceof DomainError) throw fromDomain(e, e.code === 'calendar.year_already_published' ? 'CONFLICT' : 'BAD_REQUEST');
    throw e;
  }
  const now = services.clock();
  await services.database.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('calendar_notices')
      .values({ year: notice.year, notice: JSON.stringify(notice), loaded_at: now, loaded_by: actor.id })
      .onConflict((oc) => oc.column('year').doNothing())
      .returning('year')
      .executeTakeFirst();
    // Another administrator loaded the same year a moment ago: theirs stands.
    if (!inserted) throw new AppError('CONFLICT', 'calendar.year_already_published', { year: notice.year });
    await appendAudit(trx, {
      at: now,
      actorKind: 'staff',
      actorId: actor.id,
      action: 'calendar.notice_loaded',
      subjectType: 'calendar',
      subjectId: String(notice.year),
      data: { source: notice.source, holidays: notice.holidays.length, makeUpDays: notice.makeUpDays.length },
    });
  });
  await reloadReferenceData(services.database.db, services.reference);
  return { year: notice.year };
}
