// Pure readings of the centre's own records: the account status code list, the run of deposit
// months and the loan instalments, kept apart from SQL so they are unit-tested.
import { addCalendarMonths, wholeMonthsBetween, type AccountStatus, type CalendarDate } from '@onetrip/workflows';

/** Personal account status codes, domain.md §2.2. */
const STATUS_BY_CODE: Readonly<Record<string, AccountStatus>> = {
  '01': 'normal',
  '02': 'sealed',
  '03': 'closed_merged',
  '04': 'closed_transferred',
  '05': 'closed_withdrawn',
  '06': 'frozen',
};

/**
 * '99' (other) and any code we do not know are read as frozen: the rules then refuse
 * withdrawals and loans and a person looks at the account, which is the safe failure.
 */
export function accountStatusOf(code: string): AccountStatus {
  return STATUS_BY_CODE[code] ?? 'frozen';
}

const monthOf = (d: CalendarDate): CalendarDate => `${d.slice(0, 7)}-01`;

export interface DepositRun {
  /** Consecutive paid months ending at the latest paid month. */
  readonly months: number;
  /** First day of the latest paid month, if any. */
  readonly lastMonth?: CalendarDate;
  /** The run is current: it reaches this month or, before this month's payday, the last one. */
  readonly current: boolean;
}

/**
 * Months count when both the employee and the unit part were paid. This month's deposit may not
 * be due yet (payday + 5 days), so a run ending last month is still current.
 */
export function depositRun(paidMonths: readonly { month: CalendarDate; employeeFen: number; unitFen: number }[], today: CalendarDate): DepositRun {
  const paid = new Set(paidMonths.filter((d) => d.employeeFen > 0 && d.unitFen > 0).map((d) => monthOf(d.month)));
  const thisMonth = monthOf(today);
  const latest = [...paid].filter((m) => m <= thisMonth).sort().at(-1);
  if (latest === undefined) return { months: 0, current: false };
  let months = 0;
  for (let m = latest; paid.has(m); m = addCalendarMonths(m, -1)) months++;
  const current = latest === thisMonth || latest === addCalendarMonths(thisMonth, -1);
  return { months: current ? months : 0, lastMonth: latest, current };
}

/** A sealed account stopped with the month after its last deposit (how the seed records it too). */
export function sealedOnFrom(lastMonth: CalendarDate | undefined): CalendarDate | undefined {
  return lastMonth === undefined ? undefined : addCalendarMonths(lastMonth, 1);
}

/**
 * Regular instalments due so far: one per whole month since disbursement, at most the term.
 * There is no repayment ledger table yet, so due is taken as paid (overdue loans overstate).
 */
export function installmentsDue(disbursedOn: CalendarDate, termMonths: number, today: CalendarDate): number {
  return Math.min(termMonths, wholeMonthsBetween(disbursedOn, today));
}
