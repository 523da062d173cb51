// The current page of the task list, with the grid's rows and the keyset paging it needs.
import { useMemo } from 'react';
import { useTaskPageQuery } from '../review.queries';
import { toTaskListInput, type QueueState } from '../task-filters';

export function useTaskPage(state: QueueState) {
  const input = useMemo(() => toTaskListInput(state), [state]);
  const query = useTaskPageQuery(input);
  return {
    rows: query.data?.items ?? [],
    nextCursor: query.data?.nextCursor ?? null,
    loading: query.isPending || (query.isPlaceholderData && query.isFetching),
    error: query.error,
    retry: () => void query.refetch(),
  };
}
