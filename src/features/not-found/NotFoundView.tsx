import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { latestQuery } from '../../api/queries';
import { ArticleLink } from '../../ui/ArticleLink';
import { useStrings } from '../../ui/strings';

/** The 404 view: says so plainly and offers somewhere to go. */
export function NotFoundView() {
  const { data } = useQuery(latestQuery(1));
  const t = useStrings().notFound;
  return (
    <div className="page not-found">
      <h1>{t.title}</h1>
      <p>{t.text}</p>
      <p>
        <Link to="/">{t.frontPage}</Link>
      </p>
      {data && data.items.length > 0 && (
        <section aria-labelledby="not-found-latest">
          <h2 id="not-found-latest">{t.latest}</h2>
          <ul className="link-list">
            {data.items.slice(0, 5).map((story) => (
              <li key={story.slug} lang={story.lang} dir={story.dir}>
                <ArticleLink slug={story.slug}>{story.title}</ArticleLink>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
