// Keys the SPA builds at run time: every error code the API can answer today (errors.<code>),
// every role and every language. Add a code here when the API gains one.
import { describe, expect, it } from 'vitest';
import { catalog } from './catalog';
import { LANGUAGES } from './language';
import { flatten } from './translation-keys';

const API_ERROR_CODES = [
  // auth (api/src/modules/auth, trpc/procedure.ts, http/server.ts)
  'auth.invalid_credentials',
  'auth.locked',
  'auth.session_expired',
  'auth.required',
  'auth.forbidden',
  'auth.cross_origin',
  // per-field issue codes of the shared login schema (workflows/src/schemas/auth.schemas.ts)
  'auth.username_required',
  'auth.password_required',
  // trpc/trpc.ts: input validation and the default code of each transport error
  'validation.invalid',
  'common.internal',
  'common.not_found',
  'common.conflict',
  'common.too_many_requests',
  'common.too_large',
  'common.bad_request',
  'common.no_permission_declared',
  // admin.unlockStaff
  'staff.not_found',
  // review workspace (review.*, loans.approvalLetter): claims, decisions, saved views, the letter
  'task.not_found',
  'task.claimed_by_other',
  'task.wrong_role',
  'task.not_yours',
  'task.already_decided',
  'task.no_queue_for_role',
  'task.required',
  'lifecycle.four_eyes',
  'lifecycle.version_conflict',
  'lifecycle.invalid_transition',
  'lifecycle.forbidden_role',
  'decide.reason_required',
  'decide.missing_items_required',
  'missing_item.empty',
  'reason_code.invalid',
  'comment.too_long',
  'application.not_found',
  'view.name_required',
  'view.name_too_long',
  'view.filters_invalid',
  'view.not_found',
  'loan.letter_not_issued',
  'loan.not_approved',
  'loan.sign_date_invalid',
  'loan.window_not_found',
  'page.limit_invalid',
  'date.range_inverted',
  // the public pages: progress.lookup (and its schema's per-field codes), notifications.inbox's filter
  'progress.not_found',
  'receipt_no.invalid',
  'id_last4.invalid',
  'rate_limit.exceeded',
  'mobile.format',
  // counter: POST /api/pages refusals, lookup / prepare / accept / receipt / notice, appointments
  'imaging.too_large',
  'imaging.too_many_pixels',
  'imaging.too_many_pages',
  'imaging.corrupt',
  'imaging.unsupported_type',
  'imaging.pdf_active_content',
  'imaging.pdf_page_not_image',
  'ocr.failed',
  'ocr.closed',
  'capture.kind_unknown',
  'capture.page_unknown',
  'capture.rotation_invalid',
  'archive.not_found',
  'archive.hash_mismatch',
  'id_number.format',
  'id_number.check_digit',
  'id_number.birth_date',
  'applicant.not_found',
  'application.not_found',
  'application.other_office',
  'appointment.not_found',
  'appointment.other_office',
  'appointment.not_today',
  'appointment.not_checkable',
  'appointment.application_mismatch',
  'intake.not_eligible',
  'intake.materials_missing',
  'intake.already_in_flight',
  'intake.channel_not_offered',
  'notice.nothing_missing',
  'business_type.unknown',
  // admin settings: policy changes and the holiday calendar (settings.*)
  'policy.retroactive_change',
  'policy.not_in_force',
  'policy.bad_date',
  'calendar.invalid_notice',
  'calendar.year_already_published',
  'calendar.not_published',
  // supervisor transfers (transfers.*): the two-person re-send / reversal
  'transfer.not_found',
  'transfer.not_failed',
  'transfer.same_supervisor',
  'transfer.four_eyes',
  'transfer.request_pending',
  'transfer.reasons_required',
  'transfer.request_not_found',
  'transfer.request_closed',
  // supervision.throughput
  'throughput.range_too_long',
  // the SPA's own: no answer from the server, and an unknown code
  'common.network',
  'common.unexpected',
] as const;

const ROLES = ['clerk', 'reviewer', 'approver', 'supervisor', 'admin'] as const;

const zh = new Map(flatten(catalog['zh-CN']));
const en = new Map(flatten(catalog.en));
const files = { 'zh-CN': new Set(zh.keys()), en: new Set(en.keys()) };
// A message with a count (a rate limit's minutes) exists as its plural forms; `_other` is in every language.
const missingIn = (keys: readonly string[]) =>
  Object.entries(files).flatMap(([lang, set]) => keys.filter((k) => !set.has(k) && !set.has(`${k}_other`)).map((k) => `${lang}:${k}`));

describe('run-time translation keys', () => {
  it('translates every error code the API can produce', () => {
    expect(missingIn(API_ERROR_CODES.map((c) => `errors.${c}`))).toEqual([]);
  });

  it('names every role', () => {
    expect(missingIn(ROLES.map((r) => `roles.${r}`))).toEqual([]);
  });

  it('names every language in the switch', () => {
    expect(missingIn(LANGUAGES.map((l) => `language.${l}`))).toEqual([]);
  });

  it('interpolates the lockout end into the lockout message', () => {
    expect(zh.get('errors.auth.locked')).toContain('{{until}}');
    expect(en.get('errors.auth.locked')).toContain('{{until}}');
  });
});
