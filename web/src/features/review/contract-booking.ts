// The contract-signing appointment after a loan's approval letter: which day the form may offer
// (the booking itself comes with the application as review.application's contractBooking). The
// server keeps the authoritative calendar (an admin may publish next year's notice); the built-in
// one only lets the form say "not a working day" before the round trip, and stays silent for a
// year it does not know.
import { chinaCalendar, isWorkingDay, nextWorkingDay, type CalendarDate } from '@onetrip/workflows';

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
