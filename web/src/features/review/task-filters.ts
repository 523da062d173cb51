// The queue's filters, sort and page live in the URL: a reviewer who opens a task and comes back
// (or reloads, or shares the link) finds the same list. Pure conversions, tested.
import type { RouterInputs } from '../../lib/api-types';

export type TaskListFilters = RouterInputs['review']['tasks'];
export type TaskCursor = NonNullable<TaskListFilters['cursor']>;
export type SortField = 'due' | 'accepted_at' | 'amount';
export type SortDir = 'asc' | 'desc';
export type SlaFilter = 'on_track' | 'at_risk' | 'breached';
export type StepCode = NonNullable<TaskListFilters['steps']>[number];
export type BusinessTypeCode = NonNullable<TaskListFilters['businessTypes']>[number];

export const STEPS: readonly StepCode[] = ['review_1', 'review_2', 'approval', 'approval_extra'];
export const SLA_FILTERS: readonly SlaFilter[] = ['breached', 'at_risk', 'on_track'];
export const PAGE_SIZES = [25, 50, 100] as const;

/** What a saved view stores: the filters without the page position. */
export interface QueueFilters {
  steps: StepCode[];
  businessTypes: BusinessTypeCode[];
  sla: SlaFilter | null;
  assignee: 'me' | 'unassigned' | null;
  search: string;
  sort: { field: SortField; dir: SortDir };
  limit: number;
}

export interface QueueState extends QueueFilters {
  /** The cursors of the pages before the current one: page n is reached with cursors[n-1]. */
  cursors: TaskCursor[];
}

export const DEFAULT_FILTERS: QueueFilters = { steps: [], businessTypes: [], sla: null, assignee: null, search: '', sort: { field: 'due', dir: 'asc' }, limit: 50 };

const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);
const oneOf = <T extends string>(v: string | null, allowed: readonly T[]): T | null => (v && (allowed as readonly string[]).includes(v) ? (v as T) : null);

export function readQueueState(params: URLSearchParams): QueueState {
  const limit = Number(params.get('limit'));
  let cursors: TaskCursor[] = [];
  try {
    const parsed: unknown = JSON.parse(params.get('pages') ?? '[]');
    if (Array.isArray(parsed)) cursors = parsed.filter((c): c is TaskCursor => typeof c === 'object' && c !== null && 'id' in c && 'after' in c);
  } catch {
    // A hand-edited link: start on the first page.
  }
  return {
    steps: list(params.get('steps')).filter((s): s is StepCode => (STEPS as readonly string[]).includes(s)),
    businessTypes: list(params.get('types')) as BusinessTypeCode[],
    sla: oneOf(params.get('sla'), SLA_FILTERS),
    assignee: oneOf(params.get('assignee'), ['me', 'unassigned'] as const),
    search: params.get('q') ?? '',
    sort: { field: oneOf(params.get('sort'), ['due', 'accepted_at', 'amount'] as const) ?? 'due', dir: oneOf(params.get('dir'), ['asc', 'desc'] as const) ?? 'asc' },
    limit: (PAGE_SIZES as readonly number[]).includes(limit) ? limit : DEFAULT_FILTERS.limit,
    cursors,
  };
}

export function writeQueueState(state: QueueState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.steps.length) p.set('steps', state.steps.join(','));
  if (state.businessTypes.length) p.set('types', state.businessTypes.join(','));
  if (state.sla) p.set('sla', state.sla);
  if (state.assignee) p.set('assignee', state.assignee);
  if (state.search) p.set('q', state.search);
  if (state.sort.field !== 'due' || state.sort.dir !== 'asc') {
    p.set('sort', state.sort.field);
    p.set('dir', state.sort.dir);
  }
  if (state.limit !== DEFAULT_FILTERS.limit) p.set('limit', String(state.limit));
  if (state.cursors.length) p.set('pages', JSON.stringify(state.cursors));
  return p;
}

/** The API request for the current page. */
export function toTaskListInput(state: QueueState): TaskListFilters {
  const cursor = state.cursors.at(-1);
  return {
    ...(state.steps.length ? { steps: state.steps } : {}),
    ...(state.businessTypes.length ? { businessTypes: state.businessTypes } : {}),
    ...(state.sla ? { sla: state.sla } : {}),
    ...(state.assignee ? { assignee: state.assignee } : {}),
    ...(state.search.trim() ? { search: state.search.trim() } : {}),
    sort: state.sort,
    limit: state.limit,
    ...(cursor ? { cursor } : {}),
  };
}

/** A saved view's stored filters back into queue filters (unknown keys ignored, first page). */
export function filtersFromView(stored: unknown): QueueFilters {
  const f = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const params = new URLSearchParams();
  if (Array.isArray(f.steps)) params.set('steps', f.steps.join(','));
  if (Array.isArray(f.businessTypes)) params.set('types', f.businessTypes.join(','));
  if (typeof f.sla === 'string') params.set('sla', f.sla);
  if (typeof f.assignee === 'string') params.set('assignee', f.assignee);
  if (typeof f.search === 'string') params.set('q', f.search);
  const sort = f.sort as { field?: string; dir?: string } | undefined;
  if (sort?.field) params.set('sort', sort.field);
  if (sort?.dir) params.set('dir', sort.dir);
  if (typeof f.limit === 'number') params.set('limit', String(f.limit));
  const { cursors: _cursors, ...filters } = readQueueState(params);
  return filters;
}

/** Filters as a saved view stores them (what the API's task list accepts, minus the cursor). */
export function viewFilters(filters: QueueFilters): Record<string, unknown> {
  const { cursor: _cursor, ...input } = toTaskListInput({ ...filters, cursors: [] });
  return input;
}
