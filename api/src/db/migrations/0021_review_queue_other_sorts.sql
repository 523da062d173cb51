-- 0021 review queue sorted by acceptance instant or amount at a real center's size.

-- The grid's other sortable columns belong to the application, so ordering by them joined every
-- active task to its application and sorted them all before the page's 51 rows were known:
-- 0.4–0.56 s by amount and 2.9 s oldest accepted first at 1,000,000 applications. Both values
-- are fixed by the time a task opens (accepted_at at acceptance, amount_fen at intake), so the
-- task carries a copy written when it is opened (syncTasks) and a page can be read in order
-- from an index, like the due-date one (0020). Nullable: a task keeps whatever its application
-- held, and the application's accepted_at is nullable.
alter table tasks add column accepted_at timestamptz, add column amount_fen bigint;

update tasks t set accepted_at = a.accepted_at, amount_fen = a.amount_fen
from applications a where a.id = t.application_id;

-- The page order (column, id) after the equality columns, as in 0020; a descending page walks
-- the same index backwards (the keyset condition is a row comparison with < then).
create index tasks_page_accepted_by_type on tasks (candidate_role, business_type, accepted_at, id) where status in ('open', 'claimed');
create index tasks_page_accepted on tasks (candidate_role, accepted_at, id) where status in ('open', 'claimed');
create index tasks_page_amount_by_type on tasks (candidate_role, business_type, amount_fen, id) where status in ('open', 'claimed');
create index tasks_page_amount on tasks (candidate_role, amount_fen, id) where status in ('open', 'claimed');
