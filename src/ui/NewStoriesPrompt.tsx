import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { latestQuery } from '../api/queries';
import type { ArticleSummary } from '../model/article';
import { useStrings } from './strings';

/** How often an open list asks whether there is news: a minute, the API's own max-age. */
export const NEW_STORIES_INTERVAL = 60_000;

const visibleAndOnline = () => document.visibilityState === 'visible' && navigator.onLine;

interface NewStoriesPromptProps {
  /** When the newest story the page shows was published (ms since the epoch); undefined: nothing to renew. */
  newestShown: number | undefined;
  /** Which stories belong on this page (a section's own), when not every story does. */
  belongs?: (story: ArticleSummary) => boolean;
  /** Brings the page's list up to date; the prompt hides once it has. */
  onShow: () => Promise<unknown>;
}

/**
 * "3 new stories — Show": an open home, latest or section page asks `latest/1.json` every minute while
 * the tab is visible and the device online (the browser revalidates it with its ETag: an unchanged list
 * is a 304), and says how many stories came in since the page's own list, in a polite live region fixed
 * at the foot of the screen, so nothing the reader is looking at moves. The latest-news rail reads the
 * same query, so it follows by itself. The page's list changes only when the reader asks.
 */
export function NewStoriesPrompt({ newestShown, belongs, onShow }: NewStoriesPromptProps) {
  const t = useStrings().lists;
  const [showing, setShowing] = useState(false);
  const { data } = useQuery({
    ...latestQuery(1),
    enabled: newestShown !== undefined,
    refetchInterval: () => (visibleAndOnline() ? NEW_STORIES_INTERVAL : false),
    refetchIntervalInBackground: false,
  });
  const since = newestShown ?? Infinity;
  const fresh = (data?.items ?? []).filter((story) => Date.parse(story.publishedAt) > since && (belongs?.(story) ?? true));
  const show = () => {
    setShowing(true);
    void onShow().finally(() => {
      setShowing(false);
      window.scrollTo({ top: 0 });
      document.querySelector<HTMLElement>('main')?.focus();
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
