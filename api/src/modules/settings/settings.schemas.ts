// Inputs of the administrator's settings procedures. A policy value's shape is checked here per
// key; whether the change may be made at all (never before today) is workflows' withPolicyValue.
import { z } from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const fen = z.number().int().min(0).max(100_000_000_000);
/** Rates in parts per million: 2.1 % = 21 000. */
const ppm = z.number().int().min(0).max(200_000);
const borrowerCaps = z.object({ single: fen, couple: fen });

/** The parameters an administrator changes from the settings page; the rest stay code-reviewed data. */
export const EDITABLE_POLICY_KEYS = ['rentWithdrawal', 'slaWorkingDays', 'loanRates', 'loanCaps', 'dailyAcceptedTarget'] as const;

export const changePolicyInput = z.discriminatedUnion('key', [
  z.object({
    key: z.literal('rentWithdrawal'),
    from: day,
    value: z.object({
      capFen: fen,
      areaCapsFen: z.record(z.string().min(1).max(40), fen).optional(),
      per: z.enum(['household', 'person']),
      window: z.object({
        kind: z.enum(['ANNIVERSARY_MONTHS', 'ROLLING_MONTHS', 'CALENDAR_YEAR', 'FUND_YEAR', 'CALENDAR_QUARTER', 'CALENDAR_MONTH', 'ROLLING_DAYS']),
        n: z.number().int().min(1).max(366).optional(),
      }),
    }),
  }),
  z.object({
    key: z.literal('slaWorkingDays'),
    from: day,
    // `withdrawal` and `loan` are the fallbacks every business type without its own entry uses.
    value: z
      .record(z.string().min(1).max(60), z.number().int().min(1).max(60))
      .refine((v) => v.withdrawal !== undefined && v.loan !== undefined, { message: 'policy.sla_defaults_required' }),
  }),
  z.object({
    key: z.literal('loanRates'),
    from: day,
    value: z.object({ firstHomeUpTo5y: ppm, firstHomeOver5y: ppm, secondHomeUpTo5y: ppm, secondHomeOver5y: ppm }),
  }),
  z.object({
    key: z.literal('loanCaps'),
    from: day,
    value: z.object({ firstHome: borrowerCaps, secondHome: borrowerCaps }),
  }),
  z.object({
    key: z.literal('dailyAcceptedTarget'),
    from: day,
    // Per business category, either may be left out (Zod 4's record over an enum wants every key);
    // the throughput chart draws the loan target.
    value: z.partialRecord(z.enum(['loan', 'withdrawal']), z.number().int().min(0).max(100_000)),
  }),
]);
export type ChangePolicyInput = z.infer<typeof changePolicyInput>;

/** The notice as the JSON text an administrator uploads (the State Council's notice as data). */
export const loadHolidayNoticeInput = z.object({ notice: z.string().min(2).max(50_000) });

export const holidayNoticeShape = z.object({
  year: z.number().int(),
  source: z.string().min(1).max(500),
  holidays: z.array(z.object({ name: z.string().min(1).max(60), from: day, to: day })).min(1).max(40),
  makeUpDays: z.array(day).max(40),
});
