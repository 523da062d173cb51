// A job as a runner hands it to a handler, for tests that call a handler directly. No runner
// holds it, so its fenced "done" write changes nothing.
import type { ClaimedJob } from '../jobs/job-runner';

export function claimedJob(job: Omit<ClaimedJob, 'doneWrite'>): ClaimedJob {
  return {
    ...job,
    doneWrite: (q, at) => q.updateTable('jobs').set({ status: 'done', finished_at: at }).where('id', '=', job.id).where('locked_by', '=', 'no-runner-holds-this-job'),
  };
}
