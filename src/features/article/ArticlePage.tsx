import { useQuery, useQueryClient } from '@tanstack/react-query';
import { isNotFound, isOffline } from '../../api/api-error';
import { OfflineView } from '../saved';
import { articleQuery, navQuery } from '../../api/queries';
import { articleSeed } from '../../api/summary-seed';
import { languageOf } from '../../i18n/languages';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { ErrorView } from '../../ui/ErrorView';
import { paths } from '../../ui/paths';
import { Skeleton } from '../../ui/Skeleton';
import { articleHead, notFoundHead } from '../../ui/head/heads';
import { usePageHead } from '../../ui/head/use-page-head';
import { NotFoundView } from '../not-found';
import { LatestRail, MustReadRail } from '../rails';
import { StoryRail } from '../../ui/StoryRail';
import { articleRoute } from './article-route';
import { ArticleView } from './ArticleView';
import { useRouteInput } from '../../ui/route-data';
import { useStrings } from '../../ui/strings';

export function ArticlePage() {
  const { slug, valid } = useRouteInput(articleRoute);
  const client = useQueryClient();
  const t = useStrings();
  // The first crumb as the build writes it: in the site's language, even before its catalogue has loaded.
  const homeName = languageOf(useQuery(navQuery()).data?.site.lang ?? 'en').homeCrumb;
  const { data, error, failureReason, isPlaceholderData, refetch } = useQuery({
    ...articleQuery(slug),
    enabled: valid,
    // The route's loader starts (and, on each visit, retries) this request: mounting must not ask again.
    retryOnMount: false,
    placeholderData: () => articleSeed(client, slug, homeName),
  });
  const retry = () => void refetch();
  const missing = !valid || isNotFound(error);
  usePageHead(missing ? notFoundHead(paths.article(slug), t) : data && articleHead(data));

  if (missing) return <NotFoundView />;
  // Offline with only the headline known (or nothing): say so, rather than loading forever.
  const offline = isOffline(error ?? failureReason) && (!data || isPlaceholderData);

  return (
    <div className="page page--with-rails">
      <div className="page__main">
        {offline ? (
          <OfflineView onRetry={retry} />
        ) : data ? (
          <>
            <Breadcrumb trail={data.breadcrumb} current={{ name: data.article.title, path: paths.article(slug) }} />
            <ArticleView article={data.article} section={data.breadcrumb[1]?.name} response={isPlaceholderData ? undefined : data} bodyPending={isPlaceholderData} />
            <ErrorBoundary name="Related stories">
              <StoryRail title={t.rails.related} stories={isPlaceholderData ? undefined : data.related} variant="standard" className="rail rail--related" />
            </ErrorBoundary>
          </>
        ) : error ? (
          <ErrorView error={error} onRetry={retry} what={t.article.what} />
        ) : (
          <Skeleton lines={10} label={t.article.loading} />
        )}
      </div>
      <div className="page__rails">
        <ErrorBoundary name="Latest news rail">
          <LatestRail exclude={slug} />
        </ErrorBoundary>
        <ErrorBoundary name="Must read rail">
          <MustReadRail exclude={slug} />
        </ErrorBoundary>
      </div>
    </div>
  );
}
