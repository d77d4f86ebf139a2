import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import type { ArticleResponse } from '../../model/api';
import type { ArticleSummary } from '../../model/article';
import { ArticleLink } from '../../ui/ArticleLink';
import { fill, useStrings } from '../../ui/strings';

/** Stories readable right now: saved ones, then the ones still in the cache. */
function useAvailableOffline(): ArticleSummary[] {
  const client = useQueryClient();
  const [saved, setSaved] = useState<ArticleSummary[]>([]);
  useEffect(() => {
    void import('./saved-store')
      .then(({ listSaved }) => listSaved())
      .then((items) => setSaved(items.map((i) => i.summary)), () => setSaved([]));
  }, []);
  const cached = client
    .getQueriesData<ArticleResponse>({ queryKey: ['article'] })
    .flatMap(([, data]) => (data?.article.body.length ? [data.article] : []));
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
