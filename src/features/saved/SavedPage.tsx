import { useState } from 'react';
import { StoryCard } from '../../ui/StoryCard';
import { usePageHead } from '../../ui/head/use-page-head';
import { useStrings } from '../../ui/strings';
import { savedHead } from '../../ui/head/heads';
import { useRemoveAllSaved, useRemoveSaved, useSavedList } from './saved-queries';

/** Stories saved on this device, newest first; works offline (its data is all local). */
export function SavedPage() {
  const t = useStrings();
  const s = t.saved;
  usePageHead(savedHead(t));
  const list = useSavedList();
  const remove = useRemoveSaved();
  const removeAll = useRemoveAllSaved();
  const [confirmAll, setConfirmAll] = useState(false);
  // A list that cannot be read shows as empty, and says why; a change the browser refuses says so too.
  const items = list.data?.items ?? (list.isError ? [] : undefined);
  const problem = list.isError ? s.unreadable : remove.isError || removeAll.isError ? s.refused : undefined;
  const discarded = list.data?.discarded ?? false;

  return (
    <div className="page page--list">
      <header className="page__header">
        <h1>{s.title}</h1>
        <p className="page__intro">{s.intro}</p>
      </header>
      {problem && <p role="alert">{problem}</p>}
      {discarded && (
        <p role="status" className="cached-notice">
          {s.damaged}
        </p>
      )}
      {items === undefined ? null : items.length === 0 ? (
        <p>{s.empty}</p>
      ) : (
        <>
          <ol className="story-list">
            {items.map(({ summary, savedAt }) => (
              <li key={summary.slug} className="saved-item">
                <StoryCard story={summary} level={2} />
                <p className="saved-item__meta">
                  {s.savedAt(new Intl.DateTimeFormat(t.lang, { dateStyle: 'medium', timeStyle: 'short' }).format(savedAt))}{' '}
                  <button type="button" onClick={() => remove.mutate(summary.slug)} aria-label={s.removeOne(summary.title)}>
                    {s.remove}
                  </button>
                </p>
              </li>
            ))}
          </ol>
          {confirmAll ? (
            <p className="saved-actions">
              {s.removeAllAsk(items.length)}{' '}
              <button type="button" onClick={() => removeAll.mutate(undefined, { onSuccess: () => setConfirmAll(false) })}>
                {s.removeAllYes}
              </button>{' '}
              <button type="button" onClick={() => setConfirmAll(false)}>
                {s.removeAllNo}
              </button>
            </p>
          ) : (
            <p className="saved-actions">
              <button type="button" onClick={() => setConfirmAll(true)}>
                {s.removeAll}
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}
