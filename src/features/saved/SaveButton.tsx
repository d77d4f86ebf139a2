import { useEffect, useState } from 'react';
import type { ArticleResponse } from '../../model/api';
import type { ArticleSummary } from '../../model/article';
import { useStrings } from '../../ui/strings';
// The store (and IndexedDB code) loads when the button first needs it, not with the article.
const loadStore = () => import('./saved-store');

interface SaveButtonProps {
  response: ArticleResponse;
  summary: ArticleSummary;
}

/** "Save for offline" → "Saved". Pressing "Saved" removes the saved copy again. */
export function SaveButton({ response, summary }: SaveButtonProps) {
  const { slug } = summary;
  const [saved, setSaved] = useState<boolean | undefined>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const t = useStrings().article;

  useEffect(() => {
    let live = true;
    let stop = () => {};
    void loadStore().then(
      ({ isSaved, onSavedChange }) => {
        const refresh = () => void isSaved(slug).then((value) => live && setSaved(value), () => live && setSaved(false));
        refresh();
        if (live) stop = onSavedChange(refresh);
      },
      () => live && setSaved(false),
    );
    return () => {
      live = false;
      stop();
    };
  }, [slug]);

  const toggle = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      const store = await loadStore();
      try {
        if (saved) await store.removeSaved(slug);
        else await store.saveArticle(response, summary);
        setSaved(!saved);
      } catch (error) {
        setProblem(error instanceof store.SaveError ? (error.quota ? t.saveNoSpace : t.saveBlocked) : t.saveFailed);
      }
    } catch {
      setProblem(t.saveFailed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="save-button" aria-pressed={saved === true} disabled={saved === undefined || busy} onClick={() => void toggle()}>
        {saved ? t.saved : t.save}
      </button>
      {problem && (
        <p role="alert" className="save-problem">
          {problem}
        </p>
      )}
    </>
  );
}
