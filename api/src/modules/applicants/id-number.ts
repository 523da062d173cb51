// Every applicant entry point validates the ID number the same way: a coded refusal
// (`id_number.format`, `id_number.check_digit`, `id_number.birth_date`) the SPA translates.
import { parseIdNumber, type CalendarDate } from '@onetrip/workflows';
import { AppError } from '../../errors/app-error';

export function requireIdNumberOn(raw: string, today: CalendarDate): string {
  const parsed = parseIdNumber(raw, today);
  if (!parsed.ok) {
    throw new AppError('BAD_REQUEST', parsed.error, parsed.expectedCheck === undefined ? {} : { expectedCheck: parsed.expectedCheck });
  }
  return parsed.info.value;
}
