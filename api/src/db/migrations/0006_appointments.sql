-- 0006 appointments (mission items 13–14): applicants book a half-hour slot at one entrusted
-- bank window; the window checks the materials and accepts on the spot at the booked time.

-- Which slots a window opens on every working day, and how many people each slot takes.
-- Rows with window_id null are the center-wide default; a window with rows of its own uses only
-- those (an administrator changes one window without copying the whole default).
create table appointment_slot_templates (
  id bigint generated always as identity primary key,
  window_id text references bank_windows (id),
  slot_start text not null check (slot_start ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  minutes integer not null check (minutes between 5 and 240),
  capacity integer not null check (capacity >= 0)
);
create unique index appointment_slot_templates_key on appointment_slot_templates (coalesce(window_id, '*'), slot_start);

-- Default day: 09:00–11:30 and 13:30–16:30 in half hours, two applicants per window per slot.
insert into appointment_slot_templates (window_id, slot_start, minutes, capacity) values
  (null, '09:00', 30, 2), (null, '09:30', 30, 2), (null, '10:00', 30, 2), (null, '10:30', 30, 2), (null, '11:00', 30, 2),
  (null, '13:30', 30, 2), (null, '14:00', 30, 2), (null, '14:30', 30, 2), (null, '15:00', 30, 2), (null, '15:30', 30, 2),
  (null, '16:00', 30, 2);

-- Places taken per window, day and slot. Booking increments it with one conditional upsert, so
-- two people racing for the last place serialise on this row and exactly one wins.
create table appointment_slot_counts (
  window_id text not null references bank_windows (id),
  date date not null,
  slot_start text not null,
  taken integer not null check (taken >= 0),
  primary key (window_id, date, slot_start)
);

create table appointments (
  id text primary key,
  booking_no text not null unique,
  id_number text not null,
  name text not null,
  mobile text not null,
  business_type text not null,
  office_id text not null references offices (id),
  window_id text not null references bank_windows (id),
  date date not null,
  slot_start text not null,
  slot_end text not null,
  -- the slot's end as an instant (Asia/Shanghai): the no-show job compares it with now
  ends_at timestamptz not null,
  status text not null check (status in ('booked', 'checked_in', 'no_show', 'done', 'cancelled')),
  -- what the booking told the applicant to bring, as shown then (catalogue minus shared data)
  materials jsonb not null,
  answers jsonb not null default '{}'::jsonb,
  created_at timestamptz not null,
  checked_in_at timestamptz,
  checked_in_by text references staff (id),
  no_show_at timestamptz,
  cancelled_at timestamptz,
  done_at timestamptz,
  done_by text references staff (id),
  application_id text references applications (id)
);
-- One active booking per person and business (a second one is `appointment.already_booked`).
create unique index appointments_one_active on appointments (id_number, business_type) where status in ('booked', 'checked_in');
create index appointments_window_day on appointments (window_id, date, slot_start);
create index appointments_office_day on appointments (office_id, date, slot_start);
create index appointments_due_no_show on appointments (ends_at) where status = 'booked';
