import { forEachLimit, mapLimit } from '../concurrency';
import { getText, HttpError, type HttpOptions } from '../http/fetch-with-retry';
import type { ContentProblem } from '../../pipeline/content/content-error';
import { ImportError } from '../problems';
import { silentProgress, type Progress } from '../progress';
import { asWordPressError, describeWordPressError } from '../read-json';
import type { Warnings } from '../warnings';
import { discoverApi, routeUrl } from './discover-api';
import type { Endpoint, Sourced, WpDump } from './dump';
import { endpointItems } from './endpoint-items';

export interface FetchSiteOptions {
  http?: HttpOptions;
  /** Requests in flight at once. Default 4. */
  concurrency?: number;
  progress?: Progress;
  /** Skip the media library (used only for sizes of images lacking width/height). */
  skipMedia?: boolean;
  /** Most pages read per endpoint, whatever X-WP-TotalPages announces. Default 10,000. */
  maxPages?: number;
  /**
   * Extra query parameters of the posts requests (a --since sync: `modified_after`, `include`, or
   * `_fields: 'id'` for a listing of ids, which also drops _embed).
   */
  postParams?: Readonly<Record<string, string>>;
  /** Only these endpoints (default: all of them, media unless skipMedia). */
  only?: readonly Endpoint[];
}

export const DEFAULT_MAX_PAGES = 10_000;

/**
 * Endpoints whose absence is survivable: authors and tags also come embedded in posts; media only adds
 * sizes (and attachment pages); pages only tell links to them from links to posts.
 */
const OPTIONAL: ReadonlySet<Endpoint> = new Set(['users', 'tags', 'media', 'pages']);

const params = (endpoint: Endpoint, page: number, postParams: Readonly<Record<string, string>> = {}): Record<string, string> => ({
  ...(endpoint === 'posts' ? (postParams._fields ? postParams : { _embed: '1', ...postParams }) : {}),
  // Of a page only its address is read: not its content.
  ...(endpoint === 'pages' ? { _fields: 'id,slug,link' } : {}),
  per_page: '100',
  page: String(page),
  // A stable order, so that posts published while we page do not shift pages under us.
  orderby: 'id',
  order: 'asc',
});

interface PageResult {
  items: Sourced[];
  /** X-WP-TotalPages as announced (not to be trusted: see maxPages). */
  totalPages: number;
  unavailable?: string;
  problem?: ContentProblem;
}

/** An endpoint's pages after the first: read up to `last`, and no further than the first empty or failed page. */
interface Paging {
  endpoint: Endpoint;
  last: number;
  /** The first page that came back empty or failed: nothing from it on is asked for. */
  stop: number;
  pages: Map<number, PageResult>;
}

function* pendingPages(pagings: readonly Paging[]): Generator<{ paging: Paging; page: number }> {
  for (const paging of pagings) {
    for (let page = 2; page <= paging.last && page < paging.stop; page += 1) yield { paging, page };
  }
}

/**
 * Fetches a WordPress site through its REST API, page by page (X-WP-TotalPages, trusted up to
 * maxPages, and only until the first empty page), with a progress bar: posts (with _embed),
 * categories, users, tags, media and the addresses of pages. Retries, timeouts, backoff and the byte cap are in getText.
 */
export async function fetchWordPressSite(siteUrl: string, warnings: Warnings, options: FetchSiteOptions = {}): Promise<WpDump> {
  const http = options.http ?? {};
  const progress = options.progress ?? silentProgress;
  const limit = options.concurrency ?? 4;
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const api = await discoverApi(siteUrl, http);
  const all: Endpoint[] = ['posts', 'categories', 'users', 'tags', ...(options.skipMedia ? [] : ['media' as const]), 'pages'];
  const endpoints = options.only ? all.filter((e) => options.only!.includes(e)) : all;

  const fetchPage = async (endpoint: Endpoint, page: number): Promise<PageResult> => {
    const url = routeUrl(api.root, `wp/v2/${endpoint}`, params(endpoint, page, options.postParams));
    let response;
    try {
      response = await getText(url, http);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      return { items: [], totalPages: 0, problem: { file: url, message: error.summary } };
    }
    if (response.status !== 200) {
      const error = asWordPressError(readJsonSafe(response.text));
      const what = error ? describeWordPressError(error) : `HTTP ${response.status}`;
      if (OPTIONAL.has(endpoint) && [401, 403, 404].includes(response.status)) return { items: [], totalPages: 0, unavailable: what };
      return { items: [], totalPages: 0, problem: { file: url, message: `answered ${what}; expected HTTP 200 with ${endpoint}` } };
    }
    const read = endpointItems(response.text, url, endpoint);
    if (!read.ok) return { items: [], totalPages: 0, problem: read.problem };
    const total = Number(response.headers.get('x-wp-totalpages') ?? '1');
    return { items: read.items, totalPages: Number.isInteger(total) && total >= 0 ? total : 1 };
  };

  const fetchCounted = async (endpoint: Endpoint, page: number): Promise<PageResult> => {
    const result = await fetchPage(endpoint, page);
    progress.increment();
    return result;
  };

  progress.start(endpoints.length);
  const firstPages = await mapLimit(endpoints, limit, (endpoint) => fetchCounted(endpoint, 1));
  const problems: ContentProblem[] = [];
  const pagings: Paging[] = endpoints.map((endpoint, i) => {
    const first = firstPages[i]!;
    if (first.problem) problems.push(first.problem);
    if (first.unavailable) warnings.add({ kind: 'endpoint-unavailable', detail: endpoint, subject: first.unavailable, file: siteUrl });
    if (first.totalPages > maxPages) {
      warnings.add({ kind: 'pages-capped', detail: endpoint, subject: `X-WP-TotalPages: ${first.totalPages}, read at most ${maxPages}`, file: siteUrl });
    }
    const last = Math.min(first.totalPages, maxPages);
    return { endpoint, last, stop: first.items.length === 0 ? 1 : last + 1, pages: new Map() };
  });
  if (problems.length > 0) {
    progress.stop();
    throw new ImportError(problems);
  }
  const planned = () => endpoints.length + pagings.reduce((n, p) => n + Math.max(0, Math.min(p.last, p.stop - 1) - 1), 0);
  progress.setTotal(planned());
  await forEachLimit(pendingPages(pagings), limit, async ({ paging, page }) => {
    const result = await fetchCounted(paging.endpoint, page);
    paging.pages.set(page, result);
    if ((result.problem || result.items.length === 0) && page < paging.stop) {
      paging.stop = page;
      progress.setTotal(planned());
    }
  });
  progress.stop();

  const dump: WpDump = { source: siteUrl, siteUrl: api.index.home ?? api.index.url ?? siteUrl, index: api.index, posts: [], categories: [], users: [], tags: [], media: [], pages: [] };
  endpoints.forEach((endpoint, i) => dump[endpoint].push(...firstPages[i]!.items));
  for (const paging of pagings) {
    // Pages already in flight past an empty page are beyond the end: dropped, problems and all.
    const read = [...paging.pages.entries()].filter(([page, result]) => page < paging.stop || (page === paging.stop && result.problem));
    for (const [, result] of read.sort(([a], [b]) => a - b)) {
      if (result.problem) problems.push(result.problem);
      dump[paging.endpoint].push(...result.items);
    }
  }
  if (problems.length > 0) throw new ImportError(problems);
  return dump;
}

function readJsonSafe(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
