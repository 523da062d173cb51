import { describe, expect, it } from 'vitest';
import { filtersFromView, readQueueState, toTaskListInput, viewFilters, writeQueueState } from './task-filters';

describe('queue state in the URL', () => {
  it('round-trips filters, sort and the page cursors', () => {
    const state = { ...readQueueState(new URLSearchParams()), steps: ['review_2' as const], sla: 'at_risk' as const, search: 'SL2026', sort: { field: 'amount' as const, dir: 'desc' as const }, cursors: [{ after: 500, id: '7' }] };
    expect(readQueueState(writeQueueState(state))).toEqual(state);
  });

  it('ignores what a hand-edited link gets wrong', () => {
    const state = readQueueState(new URLSearchParams('steps=review_1,bogus&sla=never&limit=7&pages=not-json'));
    expect(state).toMatchObject({ steps: ['review_1'], sla: null, limit: 50, cursors: [] });
  });

  it('asks the API for the page after the last cursor, and a saved view keeps no cursor', () => {
    const state = { ...readQueueState(new URLSearchParams('assignee=me')), cursors: [{ after: '2026-11-20', id: '3' }] };
    expect(toTaskListInput(state)).toEqual({ assignee: 'me', sort: { field: 'due', dir: 'asc' }, limit: 50, cursor: { after: '2026-11-20', id: '3' } });
    expect(viewFilters(state)).not.toHaveProperty('cursor');
    expect(filtersFromView(viewFilters(state))).toMatchObject({ assignee: 'me', sort: { field: 'due', dir: 'asc' } });
  });
});
