import { useId, type ReactNode } from 'react';
import type { ArticleSummary } from '../model/article';
import { ErrorView } from './ErrorView';
import { Skeleton } from './Skeleton';
import { StoryCard } from './StoryCard';
import { useStrings } from './strings';

/** Why a rail has no stories to show: its request failed (or waits for the network). */
export interface RailFailure {
  problem: unknown;
  retry: () => void;
  /** What failed, from the reader's point of view: "the latest news". */
  what: string;
}

interface StoryRailProps {
  title: string;
  /** Undefined while loading (a skeleton shows), or when loading failed. */
  stories: readonly ArticleSummary[] | undefined;
  /** When there are no stories and this holds a problem, an error view with "Try again" shows instead. */
  failure?: RailFailure;
  more?: ReactNode;
  variant?: 'compact' | 'standard';
  className?: string;
}

/** A titled landmark with a list of stories: "Latest news", "Must read", "Related stories". */
export function StoryRail({ title, stories, failure, more, variant = 'compact', className = 'rail' }: StoryRailProps) {
  const headingId = useId();
  const t = useStrings();
  return (
    <section className={className} aria-labelledby={headingId}>
      <h2 id={headingId} className="rail__title">{title}</h2>
      {stories ? (
        <ol className="rail__list">
          {stories.map((story) => (
            <li key={story.slug}>
              <StoryCard story={story} variant={variant} showImage={variant !== 'compact'} />
            </li>
          ))}
        </ol>
      ) : failure?.problem ? (
        <ErrorView error={failure.problem} onRetry={failure.retry} what={failure.what} />
      ) : (
        <Skeleton lines={5} label={t.rails.loading(title)} />
      )}
      {more}
    </section>
  );
}
