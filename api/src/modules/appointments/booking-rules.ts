// The rules every appointment entry point shares: which businesses can be booked, how far
// ahead, and which dates have slots (working days of the published calendar only).
import { addWorkingDays, businessType, DomainError, isWorkingDay, type BusinessType, type BusinessTypeCode, type CalendarDate, type WorkingCalendar } from '@onetrip/workflows';
import { AppError, fromDomain } from '../../errors/app-error';
import { workingDaysFrom, type WorkingDays } from './slots';

/** Bookings open for today and the next ten working days. */
export const BOOKING_HORIZON_WORKING_DAYS = 10;

/** A fully online business needs no visit, so it has no slots. */
export function requireCounterBusiness(code: BusinessTypeCode): BusinessType {
  const t = businessType(code);
  if (!t.channels.includes('counter')) throw new AppError('BAD_REQUEST', 'appointment.online_only', { businessType: code });
  return t;
}

function domainToApp<T>(work: () => T): T {
  try {
    return work();
  } catch (e) {
    if (e instanceof DomainError) throw fromDomain(e);
    throw e;
  }
}

/** The last bookable date, or null when the horizon runs past the published calendar. */
export function lastBookableDate(cal: WorkingCalendar, today: CalendarDate): CalendarDate | null {
  try {
    return addWorkingDays(cal, today, BOOKING_HORIZON_WORKING_DAYS);
  } catch (e) {
    if (e instanceof DomainError && e.code === 'calendar.not_published') return null;
    throw e;
  }
}

/** Working days of a range; `calendar.not_published` if not even its first day is covered. */
export function slotDays(cal: WorkingCalendar, from: CalendarDate, count: number): WorkingDays {
  return domainToApp(() => workingDaysFrom(cal, from, count));
}

/** Refuses a date that cannot have slots: past, not a working day, unpublished, too far ahead. */
export function requireBookableDate(cal: WorkingCalendar, date: CalendarDate, today: CalendarDate): void {
  if (date < today) throw new AppError('BAD_REQUEST', 'appointment.date_past', { date, today });
  if (!domainToApp(() => isWorkingDay(cal, date))) throw new AppError('BAD_REQUEST', 'appointment.not_working_day', { date });
  const last = lastBookableDate(cal, today);
  if (last !== null && date > last) throw new AppError('BAD_REQUEST', 'appointment.too_far_ahead', { date, lastBookable: last });
}
