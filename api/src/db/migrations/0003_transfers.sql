-- 0003 transfers: the payment instruction for each approved withdrawal, and the nightly
-- reconciliation of our instructions against the entrusted bank's statement.

-- One row per application. `idempotency_key` is what the bank deduplicates on: it stays the same
-- for every re-send and re-query of one instruction and changes only when a supervisor retries a
-- payment the bank rejected (a new instruction; the old key keeps its rejected answer at the bank).
create table transfers (
  id text primary key,
  application_id text not null unique references applications (id),
  account_no text not null references accounts (account_no),
  id_number text not null references persons (id_number),
  payee_name text not null,
  card_no text not null references bank_cards (card_no),
  bank_id text not null references banks (id),
  amount_fen bigint not null check (amount_fen > 0),
  idempotency_key text not null unique,
  status text not null check (status in ('pending', 'sent', 'unknown', 'succeeded', 'failed', 'returned', 'reversed')),
  bank_reference text,
  bank_code text,
  -- the bank's booking date (its statement date), set when it accepted the payment
  value_date date,
  attempts integer not null default 0,
  last_error text,
  -- the supervisor who last retried or reversed it: the next such action must be someone else
  last_action_by text,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  settled_at timestamptz
);
create index transfers_status on transfers (status, updated_at);
create index transfers_value_date on transfers (value_date);

create table reconciliation_runs (
  id bigint generated always as identity primary key,
  statement_date date not null,
  started_at timestamptz not null,
  finished_at timestamptz,
  bank_payments integer not null default 0,
  local_transfers integer not null default 0,
  differences integer not null default 0
);
create index reconciliation_runs_date on reconciliation_runs (statement_date, id);

-- Every mismatch between our ledger and the bank's statement, raised to supervisors until one
-- of them resolves it.
create table reconciliation_differences (
  id bigint generated always as identity primary key,
  run_id bigint not null references reconciliation_runs (id),
  kind text not null check (kind in ('missing_at_bank', 'missing_locally', 'amount_mismatch', 'status_mismatch', 'duplicate_at_bank', 'returned')),
  transfer_id text references transfers (id),
  application_id text references applications (id),
  idempotency_key text,
  local_amount_fen bigint,
  bank_amount_fen bigint,
  local_status text,
  bank_status text,
  detail jsonb not null default '{}'::jsonb,
  created_at timestamptz not null,
  resolved_at timestamptz,
  resolved_by text references staff (id),
  resolution_note text
);
create index reconciliation_differences_open on reconciliation_differences (created_at) where resolved_at is null;
create index reconciliation_differences_run on reconciliation_differences (run_id);
