import { getText, HttpError, type HttpOptions, type HttpResponse } from '../http/fetch-with-retry';
import { requestRefusal } from '../http/request-hosts';
import { ImportError } from '../problems';
import { asWordPressError, htmlPageTitle, readJsonText } from '../read-json';
import { WpIndexSchema, type WpIndex } from './wp-schemas';

export interface WordPressApi {
  /** The REST root, e.g. "https://example.org/wp-json/" or "https://example.org/?rest_route=/". */
  root: string;
  index: WpIndex;
}

/** The URL of a route under the REST root, with query parameters (pretty permalinks or ?rest_route=). */
export function routeUrl(root: string, route: string, params: Readonly<Record<string, string>> = {}): string {
  const url = new URL(root);
  if (url.searchParams.has('rest_route')) url.searchParams.set('rest_route', `/${route}`);
  else url.pathname = `${url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`}${route}`;
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.href;
}

/** Where the REST root probably is: the URL itself if it already points into /wp-json, else {site}/wp-json/. */
export function guessRoot(siteUrl: string): string {
  const url = new URL(siteUrl);
  if (url.searchParams.has('rest_route')) return routeUrl(url.href, '');
  const at = url.pathname.indexOf('/wp-json');
  url.pathname = at >= 0 ? `${url.pathname.slice(0, at)}/wp-json/` : `${url.pathname.replace(/\/+$/, '')}/wp-json/`;
  url.search = '';
  url.hash = '';
  return url.href;
}

/** The REST root a WordPress page advertises: `Link: <https://x/wp-json/>; rel="https://api.w.org/"`. */
export function advertisedRoot(linkHeader: string | null): string | undefined {
  for (const part of (linkHeader ?? '').split(',')) {
    const [target, ...params] = part.split(';').map((s) => s.trim());
    if (!target?.startsWith('<') || !target.endsWith('>')) continue;
    if (params.some((p) => p.replace(/\s/g, '') === 'rel="https://api.w.org/"')) return target.slice(1, -1);
  }
  return undefined;
}

type Verdict = { ok: true; index: WpIndex } | { ok: false; what: string };

function judgeIndex(response: HttpResponse): Verdict {
  const status = response.status === 200 ? '' : `HTTP ${response.status} and `;
  const json = readJsonText(response.text, 'JSON');
  if (!json.ok) {
    const title = response.text.trimStart().startsWith('<') ? htmlPageTitle(response.text) : undefined;
    return { ok: false, what: response.text.trimStart().startsWith('<') ? `${status}an HTML page${title ? ` ("${title}")` : ''}` : `${status}something that is not JSON` };
  }
  const error = asWordPressError(json.value);
  if (error) return { ok: false, what: `${status}the error "${error.code}": ${error.message}` };
  const index = WpIndexSchema.safeParse(json.value);
  if (response.status === 200 && index.success && index.data.namespaces?.includes('wp/v2')) return { ok: true, index: index.data };
  return { ok: false, what: `${status}JSON without the "wp/v2" namespace` };
}

/** The advertised root as an absolute URL; an ImportError when it is on another host (or private) and no --allow-host names it. */
function checkedAdvertised(advertised: string, page: HttpResponse, siteUrl: string, http: HttpOptions): string {
  let target: URL;
  try {
    target = new URL(advertised, page.url);
  } catch {
    throw new ImportError([{ file: siteUrl, message: `advertises its REST API at "${advertised}" in the Link header of ${page.url}, which is not a URL` }]);
  }
  const refusal = requestRefusal(target, new URL(siteUrl), http.allowHosts);
  if (refusal) throw new ImportError([{ file: siteUrl, message: `advertises its REST API at ${target.href} in the Link header of ${page.url}, which is not followed (it ${refusal})` }]);
  return target.href;
}

/**
 * Finds and checks the WordPress REST API of a site: {url}/wp-json/, else the root the site's own pages
 * advertise in their Link header (on the site's own host, or one --allow-host names). Fails with a
 * clear message when the URL is not a WordPress REST API.
 */
export async function discoverApi(siteUrl: string, http: HttpOptions): Promise<WordPressApi> {
  const first = guessRoot(siteUrl);
  let response: HttpResponse;
  try {
    response = await getText(first, http);
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    throw new ImportError([{ file: siteUrl, message: `could not be read: ${error.message}` }]);
  }
  const verdict = judgeIndex(response);
  if (verdict.ok) return { root: first, index: verdict.index };

  const page = await getText(siteUrl, http, 'text/html').catch(() => undefined);
  const link = page ? advertisedRoot(page.headers.get('link')) : undefined;
  const advertised = page && link !== undefined ? checkedAdvertised(link, page, siteUrl, http) : undefined;
  if (advertised && advertised !== first) {
    const answer = await getText(advertised, http).catch(() => undefined);
    const second = answer && judgeIndex(answer);
    if (second?.ok) return { root: advertised, index: second.index };
  }
  throw new ImportError([
    {
      file: siteUrl,
      message: `is not a WordPress REST API: GET ${first} returned ${verdict.what}; expected the JSON index of a WordPress site with the "wp/v2" namespace. Check the address (the REST API may be disabled), or export the posts to a folder and import that.`,
    },
  ]);
}
