import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router-dom';
import { tagQuery } from '../../api/queries';
import { isSlug } from '../../model/slug';
import { PagedStories } from '../../ui/PagedStories';
import { pageFrom } from '../../ui/Pagination';
import { notFoundHead, tagHead } from '../../ui/head/heads';
import { usePageHead } from '../../ui/head/use-page-head';
import { isNotFound } from '../../api/api-error';
import { routes } from '../../ui/routes';
import { NotFoundView } from '../../ui/NotFoundView';

export function TagPage() {
  const slug = useParams().slug ?? '';
  const page = pageFrom(useSearchParams()[0]);
  const query = useQuery({ ...tagQuery(slug, page), enabled: isSlug(slug) });
  usePageHead(!isSlug(slug) || isNotFound(query.error) ? notFoundHead(routes.tag(slug)) : query.data && tagHead(query.data));
  if (!isSlug(slug)) return <NotFoundView />;
  return (
    <PagedStories
      query={query}
      empty="No stories on this topic yet."
      header={({ tag, total }) => (
        <header className="page__header">
          <p className="page__kicker">Topic</p>
          <h1>{tag.name}</h1>
          <p className="page__count">{total === 1 ? '1 story' : `${total} stories`}</p>
        </header>
      )}
    />
  );
}
