// The drill-down behind a board number, on the same calendar dates as the board itself.
import type { Services } from '../../trpc/context';
import { boardCases } from './sla-cases.query';
import type { BoardCasesInput } from './supervision.schemas';
import { slaWindow } from './sla-window';

export function slaBoardCases(services: Services, input: BoardCasesInput) {
  const cal = services.reference.calendar;
  return boardCases(services.database.db, cal, slaWindow(cal, services.clock()), input);
}
