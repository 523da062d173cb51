// Kysely's view of the tables (kept in step with migrations/). Dates are ISO strings
// ('YYYY-MM-DD'); bigint money columns arrive as numbers (see type-parsers.ts).
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CalendarDate = string;

export type StaffRole = 'clerk' | 'reviewer' | 'approver' | 'supervisor' | 'admin';

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: Generated<Timestamp>;
}

export interface OfficesTable { id: string; name_zh: string; name_en: string; address: string; district: string }
export interface BanksTable { id: string; name_zh: string; name_en: string; short_zh: string }
export interface BankWindowsTable { id: string; office_id: string; bank_id: string; window_no: number }

export interface StaffTable {
  id: string;
  username: string;
  display_name: string;
  role: StaffRole;
  office_id: string;
  window_id: string | null;
  password_hash: string;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  active: Generated<boolean>;
  created_at: Generated<Timestamp>;
}

export interface StaffSessionsTable {
  id: string;
  staff_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  absolute_expires_at: Timestamp;
  ended_at: Timestamp | null;
  user_agent: string | null;
}

export interface AuditEventsTable {
  seq: Generated<number>;
  at: Timestamp;
  actor_kind: 'staff' | 'applicant' | 'system' | 'anonymous';
  actor_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  data: JSONColumnType<Record<string, unknown>>;
  prev_hash: string;
  hash: string;
}

/** 0015: the audit chain's head, one row (audit.repository.ts appends through it). */
export interface AuditChainHeadTable {
  singleton: Generated<boolean>;
  prev_hash: string;
  hash: string;
}

export interface EmployersTable {
  id: string; credit_code: string; name: string; address: string; office_id: string;
  status: Generated<string>; unit_rate_bp: number; employee_rate_bp: number; opened_on: CalendarDate;
}

export interface PersonsTable {
  id_number: string; name: string; sex: 'male' | 'female'; birth_date: CalendarDate; mobile: string; address: string;
}

export interface AccountsTable {
  account_no: string; id_number: string; employer_id: string; status: Generated<string>;
  base_fen: number; employee_rate_bp: number; unit_rate_bp: number;
  balance_fen: number; reserved_fen: Generated<number>; opened_on: CalendarDate; version: Generated<number>;
}

export interface DepositsTable {
  account_no: string; month: CalendarDate; employee_fen: number; unit_fen: number; paid_on: CalendarDate;
}

export interface WithdrawalRecordsTable {
  id: Generated<number>; account_no: string; reason_code: string; business_type: string;
  amount_fen: number; withdrawn_on: CalendarDate;
}

export interface LoansTable {
  loan_no: string; id_number: string; co_borrower_id_number: string | null;
  principal_fen: number; outstanding_fen: number; rate_bp: number; term_months: number;
  method: 'equal_installment' | 'equal_principal'; monthly_payment_fen: number;
  disbursed_on: CalendarDate; status: 'active' | 'settled' | 'overdue'; house_address: string;
}

export interface BankCardsTable {
  card_no: string; id_number: string; bank_id: string; joint: Generated<boolean>;
  opened_on: CalendarDate; status: Generated<'active' | 'closed'>;
}

export interface AgencyIdentityTable {
  id_number: string; name: string; sex: string; birth_date: CalendarDate; ethnicity: string;
  address: string; issued_by: string; valid_until: CalendarDate | null;
}
export interface AgencyHouseholdTable {
  id_number: string; hukou_address: string; area_code: string; moved_out_on: CalendarDate | null; moved_to: string | null;
}
export interface AgencyMarriageTable {
  certificate_no: string; id_number_a: string; id_number_b: string; status: 'married' | 'divorced'; registered_on: CalendarDate;
}
export interface AgencyPropertyTable {
  certificate_no: string; owner_id_number: string; address: string; area_m2_x100: number;
  purchase_price_fen: number; contract_no: string; registered_on: CalendarDate;
}
export interface AgencyCreditTable {
  id: Generated<number>; id_number: string; lender: string; kind: 'commercial_mortgage' | 'consumer' | 'car';
  principal_fen: number; outstanding_fen: number; status: 'active' | 'settled'; opened_on: CalendarDate;
}
export interface AgencySocialSecurityTable {
  id_number: string; insured_since: CalendarDate; retired: Generated<boolean>; retired_on: CalendarDate | null;
}

// ── 0002 applications ────────────────────────────────────────────────────────────────────────
type Json<T> = ColumnType<T, string, string>;

export interface ApplicationsTable {
  id: string;
  receipt_no: string | null;
  business_type: string;
  applicant_kind: 'person' | 'employer';
  applicant_id: string;
  applicant_name: string;
  account_no: string | null;
  channel: 'counter' | 'online';
  office_id: string;
  window_id: string | null;
  status: string;
  step: string | null;
  route: Json<string[]>;
  version: Generated<number>;
  amount_fen: Generated<number>;
  form: Json<Record<string, unknown>>;
  checklist: Json<unknown[]>;
  auto_checks: Json<unknown[]>;
  missing_items: Json<unknown[]>;
  reason_codes: Json<string[]>;
  transfer_attempts: Generated<number>;
  sla_working_days: number;
  accepted_at: Timestamp | null;
  accepted_by: string | null;
  due_on: CalendarDate | null;
  decided_at: Timestamp | null;
  closed_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ApplicationActionsTable { application_id: string; step: string; actor_id: string; at: Timestamp }
export interface SlaPausesTable { application_id: string; paused_at: Timestamp; resumed_at: Timestamp | null }

export interface TasksTable {
  id: Generated<number>;
  application_id: string;
  step: string;
  candidate_role: 'reviewer' | 'approver';
  office_id: string;
  business_type: string;
  priority: Generated<number>;
  due_on: CalendarDate;
  status: 'open' | 'claimed' | 'done' | 'cancelled';
  assignee_id: string | null;
  claimed_at: Timestamp | null;
  created_at: Timestamp;
  completed_at: Timestamp | null;
  completed_by: string | null;
  /** the application's, copied when the task opens: the queue's other sort keys (0021) */
  accepted_at: Timestamp | null;
  amount_fen: number | null;
}

export interface SavedViewsTable {
  id: Generated<number>; name: string; owner_id: string; shared: Generated<boolean>;
  filters: Json<Record<string, unknown>>; created_at: Timestamp;
}
export interface IdempotencyKeysTable { key: string; actor_id: string; operation: string; response: Json<unknown>; created_at: Timestamp }
export interface JobsTable {
  id: Generated<number>; kind: string; payload: Json<Record<string, unknown>>; dedupe_key: string | null;
  status: Generated<'pending' | 'running' | 'done' | 'dead'>; run_at: Timestamp; attempts: Generated<number>;
  locked_by: string | null; locked_until: Timestamp | null; last_error: string | null;
  created_at: Timestamp; finished_at: Timestamp | null;
}
export interface ReceiptSequencesTable { day: CalendarDate; office_id: string; last: number }
export interface CalendarNoticesTable { year: number; notice: Json<unknown>; loaded_at: Timestamp; loaded_by: string | null }

// ── 0003 transfers ───────────────────────────────────────────────────────────────────────────
export type TransferStatus = 'pending' | 'sent' | 'unknown' | 'succeeded' | 'failed' | 'returned' | 'reversed';
export type DifferenceKind = 'missing_at_bank' | 'missing_locally' | 'amount_mismatch' | 'status_mismatch' | 'duplicate_at_bank' | 'returned';

export interface TransfersTable {
  id: string; application_id: string; account_no: string; id_number: string; payee_name: string;
  card_no: string; bank_id: string; amount_fen: number; idempotency_key: string; status: TransferStatus;
  bank_reference: string | null; bank_code: string | null; value_date: CalendarDate | null;
  attempts: Generated<number>; last_error: string | null; last_action_by: string | null;
  created_at: Timestamp; updated_at: Timestamp; settled_at: Timestamp | null;
}
export interface ReconciliationRunsTable {
  id: Generated<number>; statement_date: CalendarDate; started_at: Timestamp; finished_at: Timestamp | null;
  bank_payments: Generated<number>; local_transfers: Generated<number>; differences: Generated<number>;
}
export interface ReconciliationDifferencesTable {
  id: Generated<number>; run_id: number; kind: DifferenceKind; transfer_id: string | null; application_id: string | null;
  idempotency_key: string | null; local_amount_fen: number | null; bank_amount_fen: number | null;
  local_status: string | null; bank_status: string | null; detail: Json<Record<string, unknown>>;
  created_at: Timestamp; resolved_at: Timestamp | null; resolved_by: string | null; resolution_note: string | null;
}

// ── 0004 notifications ───────────────────────────────────────────────────────────────────────
export type NotificationChannel = 'sms' | 'wechat';
export interface NotificationMessagesTable {
  id: Generated<number>; message_key: string; channel: NotificationChannel; recipient: string; template: string;
  text_zh: string; application_id: string | null; sent_at: Timestamp;
}
export interface WechatBindingsTable { id_number: string; openid: string; bound_at: Timestamp }

// ── 0005 applicant access ────────────────────────────────────────────────────────────────────
export interface ApplicantCodesTable {
  id: Generated<number>; id_number: string; code_hash: string; created_at: Timestamp; expires_at: Timestamp;
  failed_attempts: Generated<number>; used_at: Timestamp | null; burned_at: Timestamp | null;
}
export interface ApplicantSessionsTable { id: string; id_number: string; created_at: Timestamp; expires_at: Timestamp; ended_at: Timestamp | null }
export interface RateLimitHitsTable { id: Generated<number>; bucket: string; at: Timestamp }

// ── 0006 appointments ────────────────────────────────────────────────────────────────────────
export type AppointmentStatus = 'booked' | 'checked_in' | 'no_show' | 'done' | 'cancelled';

export interface AppointmentSlotTemplatesTable {
  id: Generated<number>; window_id: string | null; slot_start: string; minutes: number; capacity: number;
}
export interface AppointmentSlotCountsTable { window_id: string; date: CalendarDate; slot_start: string; taken: number }
export interface AppointmentsTable {
  id: string; booking_no: string; id_number: string; name: string; mobile: string; business_type: string;
  office_id: string; window_id: string; date: CalendarDate; slot_start: string; slot_end: string; ends_at: Timestamp;
  status: AppointmentStatus; materials: Json<unknown>; answers: Json<Record<string, boolean>>; created_at: Timestamp;
  checked_in_at: Timestamp | null; checked_in_by: string | null; no_show_at: Timestamp | null; cancelled_at: Timestamp | null;
  done_at: Timestamp | null; done_by: string | null; application_id: string | null;
}

// ── 0010 documents and loan contracts ───────────────────────────────────────────────────────
export interface DocumentsTable {
  id: Generated<number>;
  application_id: string;
  kind: 'loan_approval_letter' | 'receipt' | 'supplement_notice' | 'archive';
  sha256: string;
  created_at: Timestamp;
  created_by: string | null;
  /** 0019: 1 for every kind but the archive, whose versions count up */
  version: Generated<number>;
  /** 0019: the archive's build input (pages and cover facts), null for other kinds */
  source_sha256: string | null;
}
export interface LoanContractBookingsTable { application_id: string; window_id: string; sign_on: CalendarDate; booked_at: Timestamp; booked_by: string }

// ── 0011 supervision ─────────────────────────────────────────────────────────────────────────
export interface PolicyChangesTable { id: Generated<number>; key: string; effective_from: CalendarDate; value: Json<unknown>; changed_at: Timestamp; changed_by: string }

// ── 0012 transfer action requests ───────────────────────────────────────────────────────────
export interface TransferActionRequestsTable {
  id: Generated<number>; transfer_id: string; application_id: string; action: 'retry' | 'reverse'; reason_codes: Json<string[]>;
  requested_by: string; requested_at: Timestamp; status: Generated<'pending' | 'confirmed' | 'cancelled'>;
  decided_by: string | null; decided_at: Timestamp | null;
}

// ── 0013 archive search ──────────────────────────────────────────────────────────────────────
export interface ArchivePageTextsTable {
  application_id: string;
  page_sha256: string;
  material_kind: string;
  text: string;
  indexed_at: Timestamp;
}

// ── 0014 page readings ───────────────────────────────────────────────────────────────────────
/** One extracted field as the capture stored it (imaging's ExtractedField). */
export interface StoredField {
  key: string; value: string; normalized: string | number | null; confidence: number;
  box: { x: number; y: number; w: number; h: number }; needsConfirmation: boolean;
}
/** One OCR line as the capture stored it (imaging's OcrLine), words with boxes in rendition pixels. */
export interface StoredOcrLine {
  text: string; confidence: number; box: { x: number; y: number; w: number; h: number };
  words: { text: string; confidence: number; box: { x: number; y: number; w: number; h: number } }[];
}
export interface PageReadingsTable {
  sha256: string; original_sha256: string; width: number; height: number; blank: boolean;
  quality: Json<{ code: string; measured: number; threshold: number }[]>; kind: string; kind_confidence: number; fields: Json<StoredField[]>; text: string;
  /** the clerk who scanned it; null for a page an applicant uploaded online (0022: applicant_page_uploads) */
  captured_by: string | null; captured_at: Timestamp;
  /** 0019: OCR's lines with their words and boxes, for the archive's text layer; null before 0019 */
  ocr_lines: Json<StoredOcrLine[]> | null;
}
/** 0022: who uploaded a page in the online hall (one row per applicant and page) */
export interface ApplicantPageUploadsTable { id_number: string; page_sha256: string; uploaded_at: Timestamp }
export interface ApplicationPagesTable { application_id: string; material_id: string; position: number; page_sha256: string; material_kind: string }
export interface ApplicationPageFieldsTable {
  application_id: string; page_sha256: string; field_key: string; ocr_value: string | null; confirmed_value: string;
  corrected: boolean; confirmed_by: string; confirmed_at: Timestamp;
}

export interface DB {
  schema_migrations: SchemaMigrationsTable;
  offices: OfficesTable;
  banks: BanksTable;
  bank_windows: BankWindowsTable;
  staff: StaffTable;
  staff_sessions: StaffSessionsTable;
  audit_events: AuditEventsTable;
  audit_chain_head: AuditChainHeadTable;
  employers: EmployersTable;
  persons: PersonsTable;
  accounts: AccountsTable;
  deposits: DepositsTable;
  withdrawal_records: WithdrawalRecordsTable;
  loans: LoansTable;
  bank_cards: BankCardsTable;
  agency_identity: AgencyIdentityTable;
  agency_household: AgencyHouseholdTable;
  agency_marriage: AgencyMarriageTable;
  agency_property: AgencyPropertyTable;
  agency_credit: AgencyCreditTable;
  agency_social_security: AgencySocialSecurityTable;
  applications: ApplicationsTable;
  application_actions: ApplicationActionsTable;
  sla_pauses: SlaPausesTable;
  tasks: TasksTable;
  saved_views: SavedViewsTable;
  idempotency_keys: IdempotencyKeysTable;
  jobs: JobsTable;
  receipt_sequences: ReceiptSequencesTable;
  calendar_notices: CalendarNoticesTable;
  documents: DocumentsTable;
  loan_contract_bookings: LoanContractBookingsTable;
  transfers: TransfersTable;
  reconciliation_runs: ReconciliationRunsTable;
  reconciliation_differences: ReconciliationDifferencesTable;
  appointment_slot_templates: AppointmentSlotTemplatesTable;
  appointment_slot_counts: AppointmentSlotCountsTable;
  appointments: AppointmentsTable;
  notification_messages: NotificationMessagesTable;
  wechat_bindings: WechatBindingsTable;
  applicant_codes: ApplicantCodesTable;
  applicant_sessions: ApplicantSessionsTable;
  rate_limit_hits: RateLimitHitsTable;
  policy_changes: PolicyChangesTable;
  transfer_action_requests: TransferActionRequestsTable;
  archive_page_texts: ArchivePageTextsTable;
  page_readings: PageReadingsTable;
  applicant_page_uploads: ApplicantPageUploadsTable;
  application_pages: ApplicationPagesTable;
  application_page_fields: ApplicationPageFieldsTable;
}
