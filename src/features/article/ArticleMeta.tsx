import { Link } from 'react-router-dom';
import type { Article } from '../../model/article';
import { routes } from '../../ui/routes';
import { Time } from '../../ui/Time';

type MetaProps = Pick<Article, 'author' | 'publishedAt' | 'updatedAt' | 'readingMinutes' | 'lang'>;

export function ArticleMeta({ author, publishedAt, updatedAt, readingMinutes, lang }: MetaProps) {
  return (
    <div className="article__meta">
      <p className="article__byline">
        By <Link rel="author" to={routes.author(author.slug)}>{author.name}</Link>
      </p>
      <p className="article__dates">
        <span>
          Published <Time dateTime={publishedAt} locale={lang} />
        </span>
        {updatedAt && updatedAt !== publishedAt && (
          <span>
            Updated <Time dateTime={updatedAt} locale={lang} />
          </span>
        )}
        <span>{readingMinutes} min read</span>
      </p>
    </div>
  );
}
