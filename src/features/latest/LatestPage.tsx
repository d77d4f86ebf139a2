import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { latestQuery } from '../../api/queries';
import { PagedStories } from '../../ui/PagedStories';
import { pageFrom } from '../../ui/Pagination';
import { latestHead } from '../../ui/head/heads';
import { usePageHead } from '../../ui/head/use-page-head';
import { useStrings } from '../../ui/strings';

export function LatestPage() {
  const page = pageFrom(useSearchParams()[0]);
  const query = useQuery(latestQuery(page));
  const t = useStrings();
  usePageHead(latestHead(page, t));
  return (
    <PagedStories
      query={query}
      empty={t.lists.emptyLatest}
      header={() => (
        <header className="page__header">
          <h1>{t.lists.latestTitle}</h1>
        </header>
      )}
    />
  );
}
