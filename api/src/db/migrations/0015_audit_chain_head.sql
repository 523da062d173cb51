-- 0015 the audit chain's head in one row. An append updates this row (its lock is what keeps two
-- writers from forking the chain) and computes the new hashes in the same statement that inserts
-- the rows, instead of taking a global advisory lock and reading the newest audit row first: one
-- statement for all the rows a transaction appends, and the lock is held from there to the commit.
create table audit_chain_head (
  singleton boolean primary key default true check (singleton),
  -- the newest row's hash before the last append, and the newest row's hash
  prev_hash text not null,
  hash text not null
);
insert into audit_chain_head (singleton, prev_hash, hash)
select true, '', coalesce((select hash from audit_events order by seq desc limit 1), repeat('0', 64));

-- The head is part of the chain: nobody deletes it or truncates it from the application.
create trigger audit_chain_head_no_delete before delete on audit_chain_head
  for each row execute function audit_events_immutable();
create trigger audit_chain_head_no_truncate before truncate on audit_chain_head
  for each statement execute function audit_events_immutable();

-- The hashes of rows appended after `prev`, one per canonical body: each is
-- sha256(previous hash, newline, body) in hex — what the verifier recomputes (audit.repository.ts).
create function audit_chain_hashes(prev text, bodies text[]) returns text[] language plpgsql immutable as $$
declare
  hashes text[] := '{}';
  h text := prev;
  body text;
begin
  foreach body in array bodies loop
    h := encode(sha256(convert_to(h || E'\n' || body, 'UTF8')), 'hex');
    hashes := hashes || h;
  end loop;
  return hashes;
end
$$;
