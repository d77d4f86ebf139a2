import { useStrings } from './strings';

interface SkeletonProps {
  lines?: number;
  /** Announced to screen readers while the content loads. */
  label?: string;
}

/** Grey placeholder lines in the shape of the text to come, so nothing jumps when it arrives. */
export function Skeleton({ lines = 3, label }: SkeletonProps) {
  const t = useStrings();
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">{label ?? t.loading}</span>
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="skeleton__line" aria-hidden="true" />
      ))}
    </div>
  );
}
