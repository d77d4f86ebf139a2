import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import { isNotFound } from '../../api/api-error';
import type { UiStrings } from '../../i18n/catalogue';
import type { LatestPage } from '../../model/api';
import { notFoundHead } from '../../ui/head/heads';
import type { PageHead } from '../../ui/head/page-head';
import { usePageHead } from '../../ui/head/use-page-head';
import { useRouteInput, type RouteData } from '../../ui/route-data';
import { useStrings } from '../../ui/strings';
import { NotFoundView } from '../not-found';
import type { ListInput, ListSource } from './list-sources';
import { PagedStories } from './PagedStories';

/** What one kind of list page looks like: its head, its header and what it says when empty. */
export interface ListView<T extends LatestPage> {
  /** The head once the page's data is here; `page` is the page number asked for. */
  head: (data: T | undefined, t: UiStrings, page: number) => PageHead | undefined;
  header: (data: T, t: UiStrings) => ReactNode;
  empty: (t: UiStrings) => string;
}

/**
 * Every paginated list page (section, author, topic, latest news): the route names a list and a page,
 * a URL naming no list or a list the API does not have is the 404 view, and the rest is PagedStories.
 */
export function ListPage<T extends LatestPage>({ source, route, view }: { source: ListSource<T>; route: RouteData<ListInput>; view: ListView<T> }) {
  const { key, page } = useRouteInput(route);
  const params = useParams();
  // The route's loader starts (and, on each visit, retries) this request: mounting must not ask again.
  const query = useQuery({ ...source.query(key ?? '', page), enabled: key !== undefined, retryOnMount: false });
  const t = useStrings();
  const missing = key === undefined || isNotFound(query.error);
  usePageHead(missing ? notFoundHead(source.path(params), t) : view.head(query.data, t, page));
  if (key === undefined) return <NotFoundView />;
  const belongs = source.belongs;
  return <PagedStories query={query} empty={view.empty(t)} header={(data) => view.header(data, t)} renews={belongs && page === 1 ? (story) => belongs(key, story) : undefined} />;
}
