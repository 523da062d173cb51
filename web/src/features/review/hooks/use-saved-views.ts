// Team saved views of the queue ("my office, loans, due today"), stored on the server.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../../lib/trpc';
import { useSavedViewsQuery } from '../review.queries';
import { filtersFromView, viewFilters, type QueueFilters } from '../task-filters';

export function useSavedViews() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const views = useSavedViewsQuery();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.review.views.queryKey() });
  const save = useMutation(trpc.review.saveView.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.review.deleteView.mutationOptions({ onSuccess: refresh }));
  return {
    views: (views.data ?? []).map((v) => ({ ...v, queueFilters: filtersFromView(v.filters) })),
    save: (name: string, shared: boolean, filters: QueueFilters, onDone: () => void) =>
      save.mutate({ name, shared, filters: viewFilters(filters) }, { onSuccess: onDone }),
    saving: save.isPending,
    saveError: save.error,
    resetSave: save.reset,
    remove: (id: string) => remove.mutate({ id }),
    error: views.error ?? remove.error,
  };
}
