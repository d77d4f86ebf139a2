import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { latestQuery } from '../../api/queries';
import { PagedStories } from '../../ui/PagedStories';
import { pageFrom } from '../../ui/Pagination';
import { latestHead } from '../../ui/head/heads';
import { usePageHead } from '../../ui/head/use-page-head';

export function LatestPage() {
  const page = pageFrom(useSearchParams()[0]);
  const query = useQuery(latestQuery(page));
  usePageHead(latestHead(page));
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
