import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isNotFound } from '../../api/api-error';
import type { LatestPage } from '../../model/api';
import type { ArticleSummary } from '../../model/article';
import { NewStoriesPrompt } from '../../ui/NewStoriesPrompt';
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
  /** A first page of a list that grows (latest, a section): which new stories belong on it. */
  renews?: (story: ArticleSummary) => boolean;
}

/** The body of every paginated list page: header, stories, pagination, and the loading/error/404 states. */
export function PagedStories<T extends LatestPage>({ query, header, empty, renews }: PagedStoriesProps<T>) {
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
      {renews && <NewStoriesPrompt newestShown={data.items[0] && Date.parse(data.items[0].publishedAt)} belongs={renews} onShow={() => refetch()} />}
    </div>
  );
}
