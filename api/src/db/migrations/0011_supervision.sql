-- 0011 supervision: what the supervisor workspace reads in bulk, and the policy changes an
-- administrator makes on top of the built-in policy.

-- The SLA board groups the open applications (a small, moving part of millions of rows) by
-- step, business type and office; a partial index keeps that scan to the open ones.
create index applications_open_board on applications (due_on, step, business_type, office_id)
  where status in ('accepted', 'in_review', 'resubmitted', 'returned_for_supplement');

-- Workload: what each reviewer finished, newest first ("decided today", average handling time).
create index tasks_completed_by on tasks (completed_by, completed_at) where status = 'done';

-- Audit search by time range walks the chain newest first.
create index audit_events_at on audit_events (at, seq);

-- A policy value from a date on, as an administrator set it. Applied in effective-date order on
-- top of the built-in policy when reference data loads; a change never dates back before the day
-- it was made (workflows' withPolicyValue refuses that), so the past is never rewritten.
create table policy_changes (
  id bigint generated always as identity primary key,
  key text not null,
  effective_from date not null,
  value jsonb not null,
  changed_at timestamptz not null,
  changed_by text not null references staff (id)
);
create index policy_changes_order on policy_changes (effective_from, id);
