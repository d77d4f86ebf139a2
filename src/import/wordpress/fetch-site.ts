import { mapLimit } from '../concurrency';
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
}

/** Endpoints whose absence is survivable: authors and tags also come embedded in posts; media only adds sizes. */
const OPTIONAL: ReadonlySet<Endpoint> = new Set(['users', 'tags', 'media']);

const params = (endpoint: Endpoint, page: number): Record<string, string> => ({
  ...(endpoint === 'posts' ? { _embed: '1' } : {}),
  per_page: '100',
  page: String(page),
  // A stable order, so that posts published while we page do not shift pages under us.
  orderby: 'id',
  order: 'asc',
});

interface PageResult {
  items: Sourced[];
  totalPages: number;
  unavailable?: string;
  problem?: ContentProblem;
}

/**
 * Fetches a WordPress site through its REST API, page by page (X-WP-TotalPages), with a progress bar:
 * posts (with _embed), categories, users, tags and media. Retries, timeouts and backoff are in getText.
 */
export async function fetchWordPressSite(siteUrl: string, warnings: Warnings, options: FetchSiteOptions = {}): Promise<WpDump> {
  const http = options.http ?? {};
  const progress = options.progress ?? silentProgress;
  const limit = options.concurrency ?? 4;
  const api = await discoverApi(siteUrl, http);
  const endpoints: Endpoint[] = ['posts', 'categories', 'users', 'tags', ...(options.skipMedia ? [] : ['media' as const])];

  const fetchPage = async (endpoint: Endpoint, page: number): Promise<PageResult> => {
    const url = routeUrl(api.root, `wp/v2/${endpoint}`, params(endpoint, page));
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
  const rest: { endpoint: Endpoint; page: number }[] = [];
  endpoints.forEach((endpoint, i) => {
    const first = firstPages[i]!;
    if (first.problem) problems.push(first.problem);
    if (first.unavailable) warnings.add({ kind: 'endpoint-unavailable', detail: endpoint, subject: first.unavailable, file: siteUrl });
    for (let page = 2; page <= first.totalPages; page += 1) rest.push({ endpoint, page });
  });
  if (problems.length > 0) {
    progress.stop();
    throw new ImportError(problems);
  }
  progress.setTotal(endpoints.length + rest.length);
  const others = await mapLimit(rest, limit, ({ endpoint, page }) => fetchCounted(endpoint, page));
  progress.stop();

  const dump: WpDump = { source: siteUrl, siteUrl: api.index.home ?? api.index.url ?? siteUrl, index: api.index, posts: [], categories: [], users: [], tags: [], media: [] };
  endpoints.forEach((endpoint, i) => dump[endpoint].push(...firstPages[i]!.items));
  rest.forEach(({ endpoint }, i) => {
    const result = others[i]!;
    if (result.problem) problems.push(result.problem);
    dump[endpoint].push(...result.items);
  });
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
