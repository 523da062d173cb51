-- 0002 applications: the one-time submission and everything that happens to it in the back
-- office — review tasks, SLA pauses, who acted on which step (four eyes), idempotent decisions,
-- the job outbox, and the published working-day calendar.

create table applications (
  id text primary key,
  receipt_no text unique,
  business_type text not null,
  applicant_kind text not null check (applicant_kind in ('person', 'employer')),
  -- resident ID number for a person, unified social credit code for an employer
  applicant_id text not null,
  applicant_name text not null,
  account_no text references accounts (account_no),
  channel text not null check (channel in ('counter', 'online')),
  office_id text not null references offices (id),
  window_id text references bank_windows (id),
  status text not null,
  step text,
  route jsonb not null,
  version integer not null default 0,
  amount_fen bigint not null default 0 check (amount_fen >= 0),
  form jsonb not null default '{}'::jsonb,
  checklist jsonb not null default '[]'::jsonb,
  auto_checks jsonb not null default '[]'::jsonb,
  missing_items jsonb not null default '[]'::jsonb,
  reason_codes jsonb not null default '[]'::jsonb,
  transfer_attempts integer not null default 0,
  sla_working_days integer not null,
  accepted_at timestamptz,
  accepted_by text references staff (id),
  due_on date,
  decided_at timestamptz,
  closed_at timestamptz,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
-- One application in flight per person and business type (issue 4: one at a time).
create unique index applications_one_in_flight on applications (applicant_id, business_type)
  where status not in ('rejected', 'withdrawn', 'transferred', 'reversed', 'disbursed', 'closed');
create index applications_status on applications (status, due_on);
create index applications_applicant on applications (applicant_id, created_at);
create index applications_office on applications (office_id, status);

-- Who acted on which step: the four-eyes guard and "claim next" both read this.
create table application_actions (
  application_id text not null references applications (id),
  step text not null,
  actor_id text not null,
  at timestamptz not null,
  primary key (application_id, step, actor_id)
);
create index application_actions_actor on application_actions (actor_id, application_id);

-- Time with the applicant (returned for supplement) does not count against the center.
create table sla_pauses (
  application_id text not null references applications (id),
  paused_at timestamptz not null,
  resumed_at timestamptz,
  primary key (application_id, paused_at)
);

create table tasks (
  id bigint generated always as identity primary key,
  application_id text not null references applications (id),
  step text not null,
  candidate_role text not null check (candidate_role in ('reviewer', 'approver')),
  office_id text not null references offices (id),
  business_type text not null,
  priority integer not null default 0,
  due_on date not null,
  status text not null check (status in ('open', 'claimed', 'done', 'cancelled')),
  assignee_id text references staff (id),
  claimed_at timestamptz,
  created_at timestamptz not null,
  completed_at timestamptz,
  completed_by text references staff (id)
);
create unique index tasks_one_active_per_application on tasks (application_id) where status in ('open', 'claimed');
-- Claim next and the queue pages walk this index in urgency order.
create index tasks_queue on tasks (candidate_role, due_on, priority desc, id) where status in ('open', 'claimed');
create index tasks_assignee on tasks (assignee_id, status);

create table saved_views (
  id bigint generated always as identity primary key,
  name text not null,
  owner_id text not null references staff (id),
  shared boolean not null default true,
  filters jsonb not null,
  created_at timestamptz not null,
  unique (owner_id, name)
);

-- A retried request with the same key gets the first answer back instead of acting twice.
create table idempotency_keys (
  key text primary key,
  actor_id text not null,
  operation text not null,
  response jsonb not null,
  created_at timestamptz not null
);

-- Outbox: jobs written in the same transaction as the change that needs them.
create table jobs (
  id bigint generated always as identity primary key,
  kind text not null,
  payload jsonb not null,
  dedupe_key text unique,
  status text not null default 'pending' check (status in ('pending', 'running', 'done', 'dead')),
  run_at timestamptz not null,
  attempts integer not null default 0,
  locked_by text,
  locked_until timestamptz,
  last_error text,
  created_at timestamptz not null,
  finished_at timestamptz
);
create index jobs_due on jobs (run_at, id) where status in ('pending', 'running');

create table receipt_sequences (
  day date not null,
  office_id text not null references offices (id),
  last integer not null,
  primary key (day, office_id)
);

-- The State Council's yearly holiday notices, as loaded by an administrator.
create table calendar_notices (
  year integer primary key,
  notice jsonb not null,
  loaded_at timestamptz not null,
  loaded_by text
);
