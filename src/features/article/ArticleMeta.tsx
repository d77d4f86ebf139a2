import { Link } from 'react-router-dom';
import type { Article } from '../../model/article';
import { paths } from '../../ui/paths';
import { articleStrings } from '../../i18n/languages';
import { Time } from '../../ui/Time';

type MetaProps = Pick<Article, 'author' | 'publishedAt' | 'updatedAt' | 'readingMinutes' | 'lang'>;

export function ArticleMeta({ author, publishedAt, updatedAt, readingMinutes, lang }: MetaProps) {
  const t = articleStrings(lang);
  return (
    <div className="article__meta">
      <p className="article__byline">
        {t.by} <Link rel="author" to={paths.author(author.slug)}>{author.name}</Link>
      </p>
      <p className="article__dates">
        <span>
          {t.published} <Time dateTime={publishedAt} locale={lang} />
        </span>
        {updatedAt && updatedAt !== publishedAt && (
          <span>
            {t.updated} <Time dateTime={updatedAt} locale={lang} />
          </span>
        )}
        <span>{t.minutesRead(readingMinutes)}</span>
      </p>
    </div>
  );
}
