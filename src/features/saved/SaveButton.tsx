import { useEffect, useState } from 'react';
import type { ArticleResponse } from '../../model/api';
import type { ArticleSummary } from '../../model/article';
import { isSaved, onSavedChange, removeSaved, saveArticle, SaveError } from './saved-store';

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

  useEffect(() => {
    let live = true;
    const refresh = () => void isSaved(slug).then((value) => live && setSaved(value), () => live && setSaved(false));
    refresh();
    const stop = onSavedChange(refresh);
    return () => {
      live = false;
      stop();
    };
  }, [slug]);

  const toggle = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      if (saved) await removeSaved(slug);
      else await saveArticle(response, summary);
      setSaved(!saved);
    } catch (error) {
      setProblem(error instanceof SaveError ? error.message : 'The article could not be saved. Try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="save-button" aria-pressed={saved === true} disabled={saved === undefined || busy} onClick={() => void toggle()}>
        {saved ? 'Saved' : 'Save for offline'}
      </button>
      {problem && (
        <p role="alert" className="save-problem">
          {problem}
        </p>
      )}
    </>
  );
}
