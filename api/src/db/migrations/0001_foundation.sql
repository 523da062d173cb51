-- 0001 foundation: the center's organisation, staff and sessions, the hash-chained audit log,
-- and the records the center holds (employers, employees, accounts, deposits, loans, cards)
-- plus the external agencies' records the data-sharing simulators answer from.
-- Money is integer fen (bigint); calendar dates are `date`; instants are `timestamptz`.

create table offices (
  id text primary key,
  name_zh text not null,
  name_en text not null,
  address text not null,
  district text not null
);

create table banks (
  id text primary key,
  name_zh text not null,
  name_en text not null,
  short_zh text not null
);

create table bank_windows (
  id text primary key,
  office_id text not null references offices (id),
  bank_id text not null references banks (id),
  window_no integer not null,
  unique (office_id, window_no)
);

create table staff (
  id text primary key,
  username text not null unique,
  display_name text not null,
  role text not null check (role in ('clerk', 'reviewer', 'approver', 'supervisor', 'admin')),
  office_id text not null references offices (id),
  window_id text references bank_windows (id),
  password_hash text not null,
  failed_logins integer not null default 0,
  locked_until timestamptz,
  active boolean not null default true,
  created_at timestamptz not null default now()
);

-- The cookie carries a random token; only its SHA-256 is stored, so a leaked table opens nothing.
create table staff_sessions (
  id text primary key,
  staff_id text not null references staff (id),
  created_at timestamptz not null,
  last_seen_at timestamptz not null,
  absolute_expires_at timestamptz not null,
  ended_at timestamptz,
  user_agent text
);
create index staff_sessions_staff on staff_sessions (staff_id);

-- Append-only, hash-chained: each row carries the hash of the previous one.
create table audit_events (
  seq bigint generated always as identity primary key,
  at timestamptz not null,
  actor_kind text not null check (actor_kind in ('staff', 'applicant', 'system', 'anonymous')),
  actor_id text,
  action text not null,
  subject_type text,
  subject_id text,
  data jsonb not null default '{}'::jsonb,
  prev_hash text not null,
  hash text not null unique
);
create index audit_events_subject on audit_events (subject_type, subject_id);
create index audit_events_actor on audit_events (actor_id, at);

create function audit_events_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'audit_events is append-only (% refused)', tg_op using errcode = '42501';
end
$$;
create trigger audit_events_no_update before update or delete on audit_events
  for each row execute function audit_events_immutable();
create trigger audit_events_no_truncate before truncate on audit_events
  for each statement execute function audit_events_immutable();

create table employers (
  id text primary key,
  credit_code text not null unique,
  name text not null,
  address text not null,
  office_id text not null references offices (id),
  status text not null default '01',
  unit_rate_bp integer not null,
  employee_rate_bp integer not null,
  opened_on date not null
);

create table persons (
  id_number text primary key,
  name text not null,
  sex text not null check (sex in ('male', 'female')),
  birth_date date not null,
  mobile text not null,
  address text not null
);

create table accounts (
  account_no text primary key,
  id_number text not null unique references persons (id_number),
  employer_id text not null references employers (id),
  status text not null default '01',
  base_fen bigint not null,
  employee_rate_bp integer not null,
  unit_rate_bp integer not null,
  balance_fen bigint not null check (balance_fen >= 0),
  reserved_fen bigint not null default 0 check (reserved_fen >= 0),
  opened_on date not null,
  version integer not null default 1
);
create index accounts_employer on accounts (employer_id);

create table deposits (
  account_no text not null references accounts (account_no),
  month date not null,
  employee_fen bigint not null,
  unit_fen bigint not null,
  paid_on date not null,
  primary key (account_no, month)
);

create table withdrawal_records (
  id bigint generated always as identity primary key,
  account_no text not null references accounts (account_no),
  reason_code text not null,
  business_type text not null,
  amount_fen bigint not null check (amount_fen > 0),
  withdrawn_on date not null
);
create index withdrawal_records_account on withdrawal_records (account_no, withdrawn_on);

create table loans (
  loan_no text primary key,
  id_number text not null references persons (id_number),
  co_borrower_id_number text references persons (id_number),
  principal_fen bigint not null,
  outstanding_fen bigint not null,
  rate_bp integer not null,
  term_months integer not null,
  method text not null check (method in ('equal_installment', 'equal_principal')),
  monthly_payment_fen bigint not null,
  disbursed_on date not null,
  status text not null check (status in ('active', 'settled', 'overdue')),
  house_address text not null
);
create index loans_person on loans (id_number);

create table bank_cards (
  card_no text primary key,
  id_number text not null references persons (id_number),
  bank_id text not null references banks (id),
  joint boolean not null default false,
  opened_on date not null,
  status text not null default 'active' check (status in ('active', 'closed'))
);
create index bank_cards_person on bank_cards (id_number);

-- External agencies' records (what 公安, 民政, 不动产, 征信, 人社 would answer).
create table agency_identity (
  id_number text primary key,
  name text not null,
  sex text not null,
  birth_date date not null,
  ethnicity text not null,
  address text not null,
  issued_by text not null,
  valid_until date
);

create table agency_household (
  id_number text primary key,
  hukou_address text not null,
  area_code text not null,
  moved_out_on date,
  moved_to text
);

create table agency_marriage (
  certificate_no text primary key,
  id_number_a text not null,
  id_number_b text not null,
  status text not null check (status in ('married', 'divorced')),
  registered_on date not null
);
create index agency_marriage_a on agency_marriage (id_number_a);
create index agency_marriage_b on agency_marriage (id_number_b);

create table agency_property (
  certificate_no text primary key,
  owner_id_number text not null,
  address text not null,
  area_m2_x100 integer not null,
  purchase_price_fen bigint not null,
  contract_no text not null,
  registered_on date not null
);
create index agency_property_owner on agency_property (owner_id_number);

create table agency_credit (
  id bigint generated always as identity primary key,
  id_number text not null,
  lender text not null,
  kind text not null check (kind in ('commercial_mortgage', 'consumer', 'car')),
  principal_fen bigint not null,
  outstanding_fen bigint not null,
  status text not null check (status in ('active', 'settled')),
  opened_on date not null
);
create index agency_credit_person on agency_credit (id_number);

create table agency_social_security (
  id_number text primary key,
  insured_since date not null,
  retired boolean not null default false,
  retired_on date
);
