// The contract-signing appointment after a loan's approval letter: which day the form may offer,
// and the booking as the server recorded it. The server keeps the authoritative calendar (an admin
// may publish next year's notice); the built-in one only lets the form say "not a working day"
// before the round trip, and stays silent for a year it does not know.
import { chinaCalendar, isWorkingDay, nextWorkingDay, type CalendarDate } from '@onetrip/workflows';
import type { ApplicationDetail } from './application-view';

export type SignDateProblem = 'required' | 'not_after_today' | 'not_working_day';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether the calendar this client ships knows the day's year (else the server decides alone). */
function workingDay(date: CalendarDate): boolean | null {
  try {
    return isWorkingDay(chinaCalendar, date);
  } catch {
    return null;
  }
}

export function signDateProblem(signOn: string, today: CalendarDate): SignDateProblem | null {
  if (!DATE.test(signOn)) return 'required';
  if (signOn <= today) return 'not_after_today';
  return workingDay(signOn) === false ? 'not_working_day' : null;
}

/** The first day the form offers: the next working day, or nothing when the year is unknown here. */
export function firstSignDate(today: CalendarDate): CalendarDate | '' {
  try {
    return nextWorkingDay(chinaCalendar, today);
  } catch {
    return '';
  }
}

export interface ContractBooking {
  windowId: string;
  signOn: CalendarDate;
  bookedAt: string;
}

/** The latest booking in the history: the lifecycle records it as the reason `<windowId>@<date>`. */
export function bookingOf(detail: ApplicationDetail): ContractBooking | null {
  const entry = detail.history.findLast((h) => h.action === 'application.book_contract');
  const reasons = (entry?.data as { reasons?: unknown } | null | undefined)?.reasons;
  const reason = Array.isArray(reasons) && typeof reasons[0] === 'string' ? reasons[0] : null;
  if (!entry || !reason) return null;
  const at = reason.lastIndexOf('@');
  if (at < 1) return null;
  return { windowId: reason.slice(0, at), signOn: reason.slice(at + 1), bookedAt: entry.at };
}
