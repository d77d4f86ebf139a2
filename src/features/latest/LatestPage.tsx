import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { latestQuery } from '../../api/queries';
import { PagedStories } from '../../ui/PagedStories';
import { pageFrom } from '../../ui/Pagination';
import { useDocumentTitle } from '../../ui/use-document-title';

export function LatestPage() {
  const page = pageFrom(useSearchParams()[0]);
  const query = useQuery(latestQuery(page));
  useDocumentTitle(page > 1 ? `Latest news (page ${page})` : 'Latest news');
  return (
    <PagedStories
      query={query}
      empty="No stories published yet."
      header={() => (
        <header className="page__header">
          <h1>Latest news</h1>
        </header>
      )}
    />
  );
}
