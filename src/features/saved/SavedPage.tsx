import { useEffect, useState } from 'react';
import { StoryCard } from '../../ui/StoryCard';
import { usePageHead } from '../../ui/head/use-page-head';
import { onSavedChange, readSaved, removeAllSaved, removeSaved, type SavedArticle } from './saved-store';

const SAVED_HEAD = { title: 'Saved for offline', description: 'Stories saved on this device.', path: '/saved', lang: 'en', dir: 'ltr', type: 'website', index: false } as const;

/** Stories saved on this device, newest first; works offline (its data is all local). */
export function SavedPage() {
  usePageHead(SAVED_HEAD);
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
          setProblem('Saved stories could not be read from this device’s storage.');
        },
      );
    refresh();
    const stop = onSavedChange(refresh);
    return () => {
      live = false;
      stop();
    };
  }, []);

  const run = (action: () => Promise<void>) => void action().catch(() => setProblem('That didn’t work: the device’s storage refused the change.'));

  return (
    <div className="page page--list">
      <header className="page__header">
        <h1>Saved for offline</h1>
        <p className="page__intro">Stories you save are kept on this device with their pictures, and open without a connection.</p>
      </header>
      {problem && <p role="alert">{problem}</p>}
      {discarded && (
        <p role="status" className="cached-notice">
          Some saved data on this device was damaged and could not be read, so it was left out. Saving again will repair it.
        </p>
      )}
      {items === undefined ? null : items.length === 0 ? (
        <p>Nothing saved yet. Use “Save for offline” on any story.</p>
      ) : (
        <>
          <ol className="story-list">
            {items.map(({ summary, savedAt }) => (
              <li key={summary.slug} className="saved-item">
                <StoryCard story={summary} level={2} />
                <p className="saved-item__meta">
                  Saved {new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(savedAt)}{' '}
                  <button type="button" onClick={() => run(() => removeSaved(summary.slug))} aria-label={`Remove “${summary.title}”`}>
                    Remove
                  </button>
                </p>
              </li>
            ))}
          </ol>
          {confirmAll ? (
            <p className="saved-actions">
              Remove all {items.length} saved stories?{' '}
              <button type="button" onClick={() => run(async () => {
                await removeAllSaved();
                setConfirmAll(false);
              })}>
                Yes, remove all
              </button>{' '}
              <button type="button" onClick={() => setConfirmAll(false)}>
                Keep them
              </button>
            </p>
          ) : (
            <p className="saved-actions">
              <button type="button" onClick={() => setConfirmAll(true)}>
                Remove all
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}
