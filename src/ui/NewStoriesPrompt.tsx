import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { latestQuery } from '../api/queries';
import type { LatestPage } from '../model/api';
import type { ArticleSummary } from '../model/article';
import { useStrings } from './strings';

/** How often an open list asks whether there is news: a minute, the API's own max-age. */
export const NEW_STORIES_INTERVAL = 60_000;

const visibleAndOnline = () => document.visibilityState === 'visible' && navigator.onLine;

/**
 * The newest stories as the poll reads them: `latest/1.json` in a query of its own, so the page's list
 * (which may be `latest/1.json` too) changes only when the reader asks. The browser revalidates it with
 * its ETag: an unchanged list is a 304.
 */
export const pollQuery = () =>
  queryOptions({
    queryKey: ['latest', 1, 'poll'],
    queryFn: latestQuery(1).queryFn!,
    // What the poll read is news only now: never restored from the persisted cache.
    meta: { persist: false },
  });

/**
 * The latest news as the poll last read it (undefined until it has): a rail beside a list can follow
 * it. The poll looks once a minute while the tab is visible and the device online, starting a minute
 * after the page opened (it has just been read); the prerender never polls.
 */
export function useLatestPoll(enabled = true): LatestPage | undefined {
  const client = useQueryClient();
  useEffect(() => {
    if (!enabled) return;
    const timer = setInterval(() => {
      if (visibleAndOnline()) void client.fetchQuery(pollQuery()).catch(() => undefined);
    }, NEW_STORIES_INTERVAL);
    return () => clearInterval(timer);
  }, [client, enabled]);
  return useQuery({ ...pollQuery(), enabled: false }).data;
}

interface NewStoriesPromptProps {
  /** When the newest story the page shows was published (ms since the epoch); undefined: nothing to renew. */
  newestShown: number | undefined;
  /** Which stories belong on this page (a section's own), when not every story does. */
  belongs?: (story: ArticleSummary) => boolean;
  /** Brings the page's list up to date; the prompt hides once it has. */
  onShow: () => Promise<unknown>;
}

/**
 * "3 new stories — Show" on an open home, latest or section page: how many stories came in since the
 * page's own list, in a polite live region fixed at the foot of the screen, so nothing the reader is
 * looking at moves; Show brings the list up to date and takes the reader to its top.
 */
export function NewStoriesPrompt({ newestShown, belongs, onShow }: NewStoriesPromptProps) {
  const t = useStrings().lists;
  const [showing, setShowing] = useState(false);
  const latest = useLatestPoll(newestShown !== undefined);
  const since = newestShown ?? Infinity;
  const fresh = (latest?.items ?? []).filter((story) => Date.parse(story.publishedAt) > since && (belongs?.(story) ?? true));
  const show = () => {
    setShowing(true);
    void onShow().finally(() => {
      setShowing(false);
      window.scrollTo({ top: 0 });
      document.querySelector<HTMLElement>('main')?.focus({ preventScroll: true });
    });
  };
  return (
    <div className="new-stories" role="status">
      {fresh.length > 0 && (
        <p className="new-stories__prompt">
          {t.newStories(fresh.length)} —{' '}
          <button type="button" className="new-stories__show" onClick={show} disabled={showing}>
            {t.showNew}
          </button>
        </p>
      )}
    </div>
  );
}
