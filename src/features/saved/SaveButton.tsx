import type { ArticleResponse } from '../../model/api';
import type { ArticleSummary } from '../../model/article';
import { useStrings } from '../../ui/strings';
import { saveProblem, useRemoveSaved, useSaveArticle, useSavedList } from './saved-queries';

interface SaveButtonProps {
  response: ArticleResponse;
  summary: ArticleSummary;
}

/**
 * "Save for offline" → "Saved". Pressing "Saved" removes the saved copy again. Until the saved list has
 * been read (and on the prerendered page) the button says "Save for offline" and saves when pressed —
 * saving a story that was already saved only refreshes its copy — so it is never a dead control.
 */
export function SaveButton({ response, summary }: SaveButtonProps) {
  const { slug } = summary;
  const list = useSavedList();
  const save = useSaveArticle();
  const remove = useRemoveSaved();
  const t = useStrings().article;
  // Unknown until the list is read; a list that cannot be read counts as "not saved" (saving may still work).
  const saved = list.data ? list.data.items.some((item) => item.summary.slug === slug) : list.isError ? false : undefined;
  const busy = save.isPending || remove.isPending;
  const failure = save.error ?? remove.error;
  const problem = failure && { 'no-space': t.saveNoSpace, blocked: t.saveBlocked, failed: t.saveFailed }[saveProblem(failure)];

  const toggle = () => {
    save.reset();
    remove.reset();
    if (saved) remove.mutate(slug);
    else save.mutate({ response, summary });
  };

  return (
    <>
      <button type="button" className="save-button" aria-pressed={saved === true} disabled={busy} onClick={toggle}>
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
