import { CACHE } from './server-headers';
import { SHELL_ROUTES, SPA_SHELL } from './site-files';

/**
 * How a built site answers a path, as one table: deploy/nginx.conf is rendered from it (nginx-conf.ts)
 * and `npm start` follows it (resolve-request.ts), so the two cannot drift apart. Paths are relative to
 * the base path ("" is the base itself, e.g. "/news/").
 */
export interface Location {
  /** `exact`: this path only; `prefix`: paths under it; `pattern`: a regular expression (nginx `~`). */
  match: { exact: string } | { prefix: string } | { pattern: string };
  /** What to serve, in order: `$uri` (the path itself), `$uri.html`, or a file of the build. */
  tryFiles: readonly string[];
  cache: keyof typeof CACHE;
  /** When nothing matches: the site's 404 page, or a small JSON body (for the API). */
  notFound: 'page' | 'json';
  contentType?: string;
  /** Said above the location in the nginx config. */
  comment?: string;
}

export const LOCATIONS: readonly Location[] = [
  { match: { exact: '' }, tryFiles: ['index.html'], cache: 'revalidate', notFound: 'page' },
  { match: { prefix: 'assets/' }, tryFiles: ['$uri'], cache: 'immutable', notFound: 'page' },
  { match: { prefix: 'api/' }, tryFiles: ['$uri'], cache: 'api', notFound: 'json', comment: 'A missing API file is a plain 404, never the HTML 404 page.' },
  { match: { prefix: 'media/' }, tryFiles: ['$uri'], cache: 'media', notFound: 'page' },
  { match: { pattern: '(sw|registerSW|workbox-[\\w-]+)\\.js' }, tryFiles: ['$uri'], cache: 'revalidate', notFound: 'page' },
  { match: { exact: 'manifest.webmanifest' }, tryFiles: ['$uri'], cache: 'revalidate', notFound: 'page', contentType: 'application/manifest+json' },
  ...SHELL_ROUTES.map((route): Location => ({ match: { exact: route.slice(1) }, tryFiles: [SPA_SHELL], cache: 'revalidate', notFound: 'page' })),
  { match: { prefix: '' }, tryFiles: ['$uri', '$uri.html'], cache: 'revalidate', notFound: 'page', comment: 'Prerendered pages first (/article/x → article/x.html); anything else is a real 404.' },
];

const EXACT = new Map(LOCATIONS.flatMap((l) => ('exact' in l.match ? [[l.match.exact, l] as const] : [])));
const PATTERNS = LOCATIONS.flatMap((l) => ('pattern' in l.match ? [[new RegExp(`^${l.match.pattern}$`), l] as const] : []));
/** Longest prefix first, so the first that matches is the one nginx picks. */
const PREFIXES = LOCATIONS.flatMap((l) => ('prefix' in l.match ? [[l.match.prefix, l] as const] : [])).sort(([a], [b]) => b.length - a.length);

/** The location for a path (relative to the base), chosen as nginx does: exact, then pattern, then longest prefix. */
export function locationFor(relative: string): Location {
  return EXACT.get(relative) ?? PATTERNS.find(([pattern]) => pattern.test(relative))?.[1] ?? PREFIXES.find(([prefix]) => relative.startsWith(prefix))![1];
}
