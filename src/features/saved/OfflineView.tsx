import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { Link } from 'react-router-dom';
import { articleQuery } from '../../api/queries';
import type { ArticleResponse } from '../../model/api';
import type { ArticleSummary } from '../../model/article';
import { ArticleLink } from '../../ui/ArticleLink';
import { fill, useStrings } from '../../ui/strings';
import { useSavedList } from './saved-queries';

/** The slugs of whole articles in the query cache, as one string (a stable snapshot for React). */
function cachedArticleSlugs(client: QueryClient): string {
  return client
    .getQueriesData<ArticleResponse>({ queryKey: ['article'] })
    .flatMap(([, data]) => (data?.article.body.length ? [data.article.slug] : []))
    .join('\n');
}

/** Whole articles in the query cache, kept current as stories arrive or leave while the view is up. */
function useCachedArticles(): ArticleSummary[] {
  const client = useQueryClient();
  const subscribe = useCallback((onChange: () => void) => client.getQueryCache().subscribe(onChange), [client]);
  const slugs = useSyncExternalStore(subscribe, () => cachedArticleSlugs(client), () => '');
  return useMemo(
    () => (slugs ? slugs.split('\n').flatMap((slug) => client.getQueryData(articleQuery(slug).queryKey)?.article ?? []) : []),
    [client, slugs],
  );
}

/** Stories readable right now: saved ones, then the ones still in the cache. */
function useAvailableOffline(): ArticleSummary[] {
  const saved = useSavedList().data?.items.map((item) => item.summary) ?? [];
  const cached = useCachedArticles();
  const seen = new Set<string>();
  return [...saved, ...cached].filter((s) => !seen.has(s.slug) && seen.add(s.slug));
}

/** Shown instead of an article that can't be loaded without a connection. */
export function OfflineView({ onRetry }: { onRetry: () => void }) {
  const available = useAvailableOffline();
  const t = useStrings();
  return (
    <div className="error-view offline-view">
      <h1>{t.offline.title}</h1>
      <p>{t.offline.notSaved}</p>
      <button type="button" onClick={onRetry}>
        {t.errors.tryAgain}
      </button>
      {available.length > 0 ? (
        <section aria-labelledby="offline-available">
          <h2 id="offline-available">{t.offline.available}</h2>
          <ul className="link-list">
            {available.map((story) => (
              <li key={story.slug} lang={story.lang} dir={story.dir}>
                <ArticleLink slug={story.slug}>{story.title}</ArticleLink>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p>
          {fill(t.offline.howToSave, { saved: <Link to="/saved">{t.offline.savedLink}</Link> })}
        </p>
      )}
    </div>
  );
}
