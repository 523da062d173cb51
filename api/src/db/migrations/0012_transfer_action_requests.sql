-- 0012 transfer action requests: re-sending or reversing a rejected transfer takes two
-- supervisors. The first asks (a row here, pending); a different one confirms, which runs the
-- action; either may cancel. One pending request per transfer at a time, so two supervisors never
-- confirm two contradicting requests on the same money.
create table transfer_action_requests (
  id bigint generated always as identity primary key,
  transfer_id text not null references transfers (id),
  application_id text not null references applications (id),
  action text not null check (action in ('retry', 'reverse')),
  reason_codes jsonb not null,
  requested_by text not null references staff (id),
  requested_at timestamptz not null,
  status text not null default 'pending' check (status in ('pending', 'confirmed', 'cancelled')),
  decided_by text references staff (id),
  decided_at timestamptz
);
create unique index transfer_action_requests_one_pending on transfer_action_requests (transfer_id) where status = 'pending';
