import { describeError } from '../api/api-error';

interface ErrorViewProps {
  error: unknown;
  onRetry: () => void;
  /** What failed, from the reader's point of view, e.g. "this article". */
  what?: string;
}

export function ErrorView({ error, onRetry, what = 'this page' }: ErrorViewProps) {
  return (
    <div role="alert" className="error-view">
      <p className="error-view__title">We couldn’t load {what}.</p>
      <p>{describeError(error)}</p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
