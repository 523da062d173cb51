-- 0005 applicant access: one-time sign-in codes (stored hashed), applicant sessions (separate
-- from staff sessions), and the sliding-window hit log behind the public rate limits.

create table applicant_codes (
  id bigint generated always as identity primary key,
  id_number text not null references persons (id_number),
  -- salt:HMAC-SHA256(salt, code); a code lives minutes, the salt stops a table of all 10^6 codes
  code_hash text not null,
  created_at timestamptz not null,
  expires_at timestamptz not null,
  failed_attempts integer not null default 0,
  used_at timestamptz,
  burned_at timestamptz
);
create index applicant_codes_person on applicant_codes (id_number, created_at desc);

create table applicant_sessions (
  -- SHA-256 of the cookie token
  id text primary key,
  id_number text not null references persons (id_number),
  created_at timestamptz not null,
  expires_at timestamptz not null,
  ended_at timestamptz
);
create index applicant_sessions_person on applicant_sessions (id_number);

create table rate_limit_hits (
  id bigint generated always as identity primary key,
  bucket text not null,
  at timestamptz not null
);
create index rate_limit_hits_bucket on rate_limit_hits (bucket, at);
