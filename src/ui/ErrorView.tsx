import { describeError } from './describe-error';
import { useStrings } from './strings';

interface ErrorViewProps {
  error: unknown;
  onRetry: () => void;
  /** What failed, from the reader's point of view, e.g. "this article". */
  what?: string;
}

export function ErrorView({ error, onRetry, what }: ErrorViewProps) {
  const t = useStrings().errors;
  return (
    <div role="alert" className="error-view">
      <p className="error-view__title">{t.couldNotLoad(what ?? t.thisPage)}</p>
      <p>{describeError(error, t)}</p>
      <button type="button" onClick={onRetry}>
        {t.tryAgain}
      </button>
    </div>
  );
}
