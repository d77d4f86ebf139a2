import { useEffect, useState } from 'react';
import { StoryCard } from '../../ui/StoryCard';
import { usePageHead } from '../../ui/head/use-page-head';
import { onSavedChange, readSaved, removeAllSaved, removeSaved, type SavedArticle } from './saved-store';
import { useStrings } from '../../ui/strings';
import { savedHead } from '../../ui/head/heads';

/** Stories saved on this device, newest first; works offline (its data is all local). */
export function SavedPage() {
  const t = useStrings();
  const s = t.saved;
  usePageHead(savedHead(t));
  const [items, setItems] = useState<SavedArticle[] | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [confirmAll, setConfirmAll] = useState(false);
  const [discarded, setDiscarded] = useState(false);

  useEffect(() => {
    let live = true;
    const refresh = () =>
      void readSaved().then(
        (saved) => {
          if (!live) return;
          setItems(saved.items);
          setDiscarded(saved.discarded);
        },
        () => {
          if (!live) return;
          setItems([]);
          setProblem(s.unreadable);
        },
      );
    refresh();
    const stop = onSavedChange(refresh);
    return () => {
      live = false;
      stop();
    };
  }, [s]);

  const run = (action: () => Promise<void>) => void action().catch(() => setProblem(s.refused));

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
                  <button type="button" onClick={() => run(() => removeSaved(summary.slug))} aria-label={s.removeOne(summary.title)}>
                    {s.remove}
                  </button>
                </p>
              </li>
            ))}
          </ol>
          {confirmAll ? (
            <p className="saved-actions">
              {s.removeAllAsk(items.length)}{' '}
              <button type="button" onClick={() => run(async () => {
                await removeAllSaved();
                setConfirmAll(false);
              })}>
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
