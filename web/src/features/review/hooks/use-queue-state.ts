// The queue's place (filters, sort, page) read from and written to the URL. Changing a filter or
// the sort goes back to the first page: a keyset cursor only means something for one ordering.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { readQueueState, writeQueueState, type QueueFilters, type QueueState, type TaskCursor } from '../task-filters';

export function useQueueState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readQueueState(params), [params]);

  const write = useCallback((next: QueueState) => setParams(writeQueueState(next), { replace: true }), [setParams]);
  const setFilters = useCallback((patch: Partial<QueueFilters>) => write({ ...state, ...patch, cursors: [] }), [state, write]);
  const nextPage = useCallback((cursor: TaskCursor) => write({ ...state, cursors: [...state.cursors, cursor] }), [state, write]);
  const previousPage = useCallback(() => write({ ...state, cursors: state.cursors.slice(0, -1) }), [state, write]);
  const firstPage = useCallback(() => write({ ...state, cursors: [] }), [state, write]);

  return { state, page: state.cursors.length, setFilters, nextPage, previousPage, firstPage, search: params.toString() };
}
