import { Link } from 'react-router-dom';
import type { ArticleSummary } from '../model/article';
import { ArticleLink } from './ArticleLink';
import { BODY_SIZES, CARD_SIZES } from './image-sizes';
import { paths } from './paths';
import { Picture } from './Picture';
import { Time } from './Time';

interface StoryCardProps {
  story: ArticleSummary;
  /** Heading level of the headline, so the card fits the outline of the page it sits on. */
  level?: 2 | 3;
  variant?: 'lead' | 'standard' | 'compact';
  showImage?: boolean;
  showSection?: boolean;
  /** The first card of a page is often its largest paint: load its image first, not lazily. */
  priority?: boolean;
}

export function StoryCard({ story, level = 3, variant = 'standard', showImage = variant !== 'compact', showSection = true, priority = false }: StoryCardProps) {
  const Heading = `h${level}` as const;
  return (
    <div className={`card card--${variant}`} lang={story.lang} dir={story.dir}>
      {showImage && story.image && (
        <Picture className="card__image" image={story.image} alt="" sizes={variant === 'lead' ? BODY_SIZES : CARD_SIZES} priority={priority} />
      )}
      <div className="card__text">
        {showSection && (
          <Link className="card__section" to={paths.category(story.category.path)}>
            {story.category.name}
          </Link>
        )}
        <Heading className="card__headline">
          <ArticleLink slug={story.slug}>{story.title}</ArticleLink>
        </Heading>
        {variant !== 'compact' && <p className="card__standfirst">{story.standfirst}</p>}
        <p className="card__meta">
          <Time dateTime={story.publishedAt} locale={story.lang} />
        </p>
      </div>
    </div>
  );
}
