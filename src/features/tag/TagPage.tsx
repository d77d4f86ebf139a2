import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router-dom';
import { tagQuery } from '../../api/queries';
import { isSlug } from '../../model/slug';
import { PagedStories } from '../../ui/PagedStories';
import { pageFrom } from '../../ui/Pagination';
import { useDocumentTitle } from '../../ui/use-document-title';
import { NotFoundView } from '../../ui/NotFoundView';

export function TagPage() {
  const slug = useParams().slug ?? '';
  const page = pageFrom(useSearchParams()[0]);
  const query = useQuery({ ...tagQuery(slug, page), enabled: isSlug(slug) });
  useDocumentTitle(query.data && `Topic: ${query.data.tag.name}`);
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
