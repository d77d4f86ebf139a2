import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isNotFound } from '../../api/api-error';
import type { LatestPage } from '../../model/api';
import { NotFoundView } from '../not-found';
import { CachedNotice } from '../../ui/CachedNotice';
import { ErrorView } from '../../ui/ErrorView';
import { Pagination } from '../../ui/Pagination';
import { Skeleton } from '../../ui/Skeleton';
import { StoryCard } from '../../ui/StoryCard';
import { useStrings } from '../../ui/strings';

interface PagedStoriesProps<T extends LatestPage> {
  query: UseQueryResult<T>;
  /** The page's heading and introduction, drawn from the loaded data. */
  header: (data: T) => ReactNode;
  empty: string;
}

/** The body of every paginated list page: header, stories, pagination, and the loading/error/404 states. */
export function PagedStories<T extends LatestPage>({ query, header, empty }: PagedStoriesProps<T>) {
  const { data, error, refetch, dataUpdatedAt } = query;
  const t = useStrings();
  if (isNotFound(error)) return <NotFoundView />;
  if (!data) {
    return error ? <ErrorView error={error} onRetry={() => void refetch()} /> : <Skeleton lines={12} label={t.lists.loading} />;
  }
  return (
    <div className="page page--list">
      {header(data)}
      <CachedNotice updatedAt={dataUpdatedAt} />
      {data.items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ol className="story-list">
          {data.items.map((story, i) => (
            <li key={story.slug}>
              <StoryCard story={story} level={2} priority={i === 0} />
            </li>
          ))}
        </ol>
      )}
      <Pagination page={data.page} pageCount={data.pageCount} />
    </div>
  );
}
