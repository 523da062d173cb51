-- 0020 review queue pages at a real center's size (1,000,000 applications, bench/lifecycle).

-- A queue page (task-list.query.ts) filters active tasks by candidate role, often by business
-- type, and reads them in (due_on, id) order from a keyset cursor. tasks_queue is ordered
-- (due_on, priority desc, id) for claim next, so a page had to re-sort each due date's tasks;
-- the planner costed that sort high enough to start a parallel worker, and starting it cost
-- ~10 ms of the ~11 ms a page took. These two hold the page order itself, equality columns
-- first: a page is an index scan that stops after 51 rows, with no sort and no worker.
-- tasks_queue stays: claim next orders by priority within a due date.
create index tasks_page_by_type on tasks (candidate_role, business_type, due_on, id) where status in ('open', 'claimed');
-- Without a business-type filter (the screen's default) or with several types, steps, an office,
-- an assignee or a search, the page walks this one in order and filters as it goes.
create index tasks_page on tasks (candidate_role, due_on, id) where status in ('open', 'claimed');
