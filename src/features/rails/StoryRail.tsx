import { useId, type ReactNode } from 'react';
import type { ArticleSummary } from '../../model/article';
import { Skeleton } from '../../ui/Skeleton';
import { StoryCard } from '../../ui/StoryCard';
import { useStrings } from '../../ui/strings';

interface StoryRailProps {
  title: string;
  stories: readonly ArticleSummary[] | undefined;
  /** Shown instead of the list when loading failed. */
  error?: ReactNode;
  more?: ReactNode;
  variant?: 'compact' | 'standard';
  className?: string;
}

/** A titled landmark with a list of stories: "Latest news", "Must read", "Related stories". */
export function StoryRail({ title, stories, error, more, variant = 'compact', className = 'rail' }: StoryRailProps) {
  const headingId = useId();
  const t = useStrings();
  return (
    <section className={className} aria-labelledby={headingId}>
      <h2 id={headingId} className="rail__title">{title}</h2>
      {error ??
        (stories ? (
          <ol className="rail__list">
            {stories.map((story) => (
              <li key={story.slug}>
                <StoryCard story={story} variant={variant} showImage={variant !== 'compact'} />
              </li>
            ))}
          </ol>
        ) : (
          <Skeleton lines={5} label={t.rails.loading(title)} />
        ))}
      {more}
    </section>
  );
}
