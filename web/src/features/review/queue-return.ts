// Where "back to the queue" goes: the list exactly as the reviewer left it (filters, sort, page).
// Kept for the browser tab only, like the scroll position.
const KEY = 'onetrip.review.queueSearch';

export function rememberQueueSearch(search: string): void {
  sessionStorage.setItem(KEY, search);
}

export function queuePath(): string {
  const search = sessionStorage.getItem(KEY);
  return search ? `/review?${search}` : '/review';
}

export function taskPath(taskId: string, applicationId: string): string {
  return `/review/tasks/${encodeURIComponent(taskId)}?app=${encodeURIComponent(applicationId)}`;
}
