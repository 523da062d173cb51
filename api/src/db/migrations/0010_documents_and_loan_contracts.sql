-- 0010 documents issued for an application (kept in the content-addressed archive; this table
-- indexes them) and the contract-signing appointment of an approved loan.

create table documents (
  id bigint generated always as identity primary key,
  application_id text not null references applications (id),
  kind text not null check (kind in ('loan_approval_letter', 'receipt', 'supplement_notice')),
  sha256 text not null,
  created_at timestamptz not null,
  created_by text,
  unique (application_id, kind)
);

create table loan_contract_bookings (
  application_id text primary key references applications (id),
  window_id text not null references bank_windows (id),
  sign_on date not null,
  booked_at timestamptz not null,
  booked_by text not null
);
