// The drill-down behind a board number, on the same calendar dates as the board itself: a page
// at a time for the screen, or every matching application for an export.
import type { Services } from '../../trpc/context';
import { boardCases } from './sla-cases.query';
import type { BoardCasesInput } from './supervision.schemas';
import { slaWindow } from './sla-window';

/** An export walks the keyset pages in one answer; beyond this the supervisor narrows the filters. */
export const BOARD_EXPORT_MAX_ROWS = 20_000;

export type BoardCasesExportInput = Omit<BoardCasesInput, 'cursor' | 'limit'>;

export function slaBoardCases(services: Services, input: BoardCasesInput) {
  const cal = services.reference.calendar;
  return boardCases(services.database.db, cal, slaWindow(cal, services.clock()), input);
}

/** Every application behind a number (up to `maxRows`), all on the calendar dates of one moment. */
export async function slaBoardCasesExport(services: Services, input: BoardCasesExportInput, { pageSize = 500, maxRows = BOARD_EXPORT_MAX_ROWS } = {}) {
  const cal = services.reference.calendar;
  const window = slaWindow(cal, services.clock());
  const items: Awaited<ReturnType<typeof boardCases>>['items'] = [];
  let cursor: BoardCasesInput['cursor'] = null;
  do {
    const page = await boardCases(services.database.db, cal, window, { ...input, cursor, limit: pageSize });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && items.length < maxRows);
  const truncated = items.length > maxRows || cursor !== null;
  return { items: items.slice(0, maxRows), truncatedAt: truncated ? maxRows : null };
}
