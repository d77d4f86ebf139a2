import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router-dom';
import { authorQuery } from '../../api/queries';
import { isSlug } from '../../model/slug';
import { PagedStories } from '../../ui/PagedStories';
import { pageFrom } from '../../ui/Pagination';
import { authorHead, notFoundHead } from '../../ui/head/heads';
import { usePageHead } from '../../ui/head/use-page-head';
import { isNotFound } from '../../api/api-error';
import { paths } from '../../ui/paths';
import { NotFoundView } from '../../ui/NotFoundView';
import { useStrings } from '../../ui/strings';

export function AuthorPage() {
  const slug = useParams().slug ?? '';
  const page = pageFrom(useSearchParams()[0]);
  const query = useQuery({ ...authorQuery(slug, page), enabled: isSlug(slug) });
  const t = useStrings();
  usePageHead(!isSlug(slug) || isNotFound(query.error) ? notFoundHead(paths.author(slug), t) : query.data && authorHead(query.data, t));
  if (!isSlug(slug)) return <NotFoundView />;
  return (
    <PagedStories
      query={query}
      empty={t.lists.emptyAuthor}
      header={({ author, total }) => (
        <header className="page__header">
          <h1>{author.name}</h1>
          {author.role && <p className="page__kicker">{author.role}</p>}
          {author.bio && <p className="page__intro">{author.bio}</p>}
          <p className="page__count">{t.lists.storyCount(total)}</p>
        </header>
      )}
    />
  );
}
