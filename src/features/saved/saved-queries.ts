import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ArticleResponse } from '../../model/api';
import type { ArticleSummary } from '../../model/article';
import { SaveError, type SaveProblem } from './save-error';

// The store (and its IndexedDB code) loads when something first needs it, not with the article.
const loadStore = () => import('./saved-store');

/**
 * The articles saved on this device, as a query: every view of it (the Save button, the saved page, the
 * offline view) shares one read, and all of them update when the list changes in this tab or another.
 */
export const savedQuery = () =>
  queryOptions({
    queryKey: ['saved'],
    queryFn: async () => (await loadStore()).readSaved(),
    // Changes arrive as invalidations (see useSavedList), so what was read stays true until then.
    staleTime: Infinity,
    // Local data: being offline is no reason to wait.
    networkMode: 'always',
    retry: false,
    // The list lives in IndexedDB already: a copy in the persisted query cache could only go stale.
    meta: { persist: false },
  });

/** The saved list, kept current: invalidated whenever the store says it changed (here or in another tab). */
export function useSavedList() {
  const client = useQueryClient();
  useEffect(() => {
    let live = true;
    let stop = () => {};
    loadStore().then(
      ({ onSavedChange }) => {
        // cancelRefetch: false joins a refresh already under way (this tab's own change starts one).
        if (live) stop = onSavedChange(() => void client.invalidateQueries({ queryKey: savedQuery().queryKey }, { cancelRefetch: false }));
      },
      () => {}, // the store could not load: the query reports it
    );
    return () => {
      live = false;
      stop();
    };
  }, [client]);
  return useQuery(savedQuery());
}

/** Why a change to the saved list failed: the device is full, storage is refused, or anything else. */
export function saveProblem(error: unknown): SaveProblem | 'failed' {
  return error instanceof SaveError ? error.kind : 'failed';
}

type Store = Awaited<ReturnType<typeof loadStore>>;

/** A change to the saved list; it counts as done once the list's query has read the result. */
function useSavedChange<Variables>(change: (store: Store, variables: Variables) => Promise<void>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (variables: Variables) => change(await loadStore(), variables),
    // The store's change notice has started the refresh already: wait for that one, don't start another.
    onSuccess: () => client.invalidateQueries({ queryKey: savedQuery().queryKey }, { cancelRefetch: false }),
    networkMode: 'always',
  });
}

export const useSaveArticle = () =>
  useSavedChange((store, { response, summary }: { response: ArticleResponse; summary: ArticleSummary }) => store.saveArticle(response, summary));

export const useRemoveSaved = () => useSavedChange((store, slug: string) => store.removeSaved(slug));

export const useRemoveAllSaved = () => useSavedChange((store, _: void) => store.removeAllSaved());
