import { pageKey, percentDecode } from '../urls';
import { byCodeUnits } from '../../model/order';

/**
 * Pages of a source site that exist in Dateline too, by their exact source URL: a link to one is
 * rewritten to the Dateline route. (The JSON Feed importer's map; a WordPress site's links are read by
 * siteLinks below, which knows the forms WordPress links take.)
 */
export class LinkMap {
  private readonly routes = new Map<string, string>();

  /** Maps `url` (any spelling: http/https, trailing slash or not) to a Dateline route. The first mapping wins. */
  add(url: string | undefined, route: string): void {
    const key = url === undefined ? undefined : pageKey(url);
    if (key !== undefined && !this.routes.has(key)) this.routes.set(key, route);
  }

  /** The Dateline route for a link, or the link unchanged. */
  rewrite = (href: string): string => {
    const key = pageKey(href);
    return (key !== undefined && this.routes.get(key)) || href;
  };
}

/** Something of the WordPress site a link may point at: its id, slug (as WordPress writes it) and URL. */
export interface SiteItem {
  id: number;
  slug?: string;
  link?: string;
}

/** An item with its Dateline route, when it is part of the import (undefined: it is not). */
export interface RoutedItem extends SiteItem {
  route?: string;
}

export interface SiteLinkSources {
  /** The site's home URLs (GET /wp-json/'s home and url, the address imported): links on their hosts, under their paths, are the site's own. */
  homes: readonly (string | undefined)[];
  /** Every post of the dump, imported or not (drafts, skipped ones: links to them stay as they are). */
  posts: readonly (RoutedItem & { guid?: string })[];
  /** Pages and attachments are never imported: their URLs, and the slugs they share with a post, are left alone. */
  pages: readonly SiteItem[];
  attachments: readonly SiteItem[];
  categories: readonly (RoutedItem & { parent?: number })[];
  tags: readonly RoutedItem[];
  authors: readonly RoutedItem[];
}

export interface SiteLinks {
  /** The Dateline route for a link (an absolute URL, relative ones already resolved against the post), or the link unchanged. */
  rewrite(href: string): string;
}

interface Root {
  host: string;
  /** The path the site lives under (a WordPress in /news/), as decoded segments. */
  base: string[];
}

const DEFAULT_BASES = { category: 'category', tag: 'tag', author: 'author' } as const;

/** An absolute http(s) URL (a protocol-relative one is https), or undefined. */
function httpUrl(value: string | undefined): URL | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value.startsWith('//') ? `https:${value}` : value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A host as links spell it in any way: case, "www." and scheme do not matter; the port does. */
const hostKey = (url: URL) => `${url.hostname.toLowerCase().replace(/^www\./, '')}${url.port ? `:${url.port}` : ''}`;

/** A slug or path segment as compared: percent-decoded (either case of hex), NFC, lower case. */
const slugKey = (slug: string) => percentDecode(slug).normalize('NFC').toLowerCase();

/** The decoded segments of a path: "/2026/02/caf%C3%A9/" → ["2026", "02", "café"] (empty ones dropped). */
const segmentsOf = (pathname: string) => pathname.split('/').filter((s) => s !== '').map(slugKey);

const sortedQuery = (url: URL) =>
  [...url.searchParams.entries()]
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');

const startsWith = (segments: readonly string[], prefix: readonly string[]) => prefix.every((s, i) => segments[i] === s);

/** The query variables that say which page of a WordPress site is meant. */
const QUERY_VARS = new Set(['p', 'page_id', 'attachment_id', 'name', 'cat', 'tag', 'author', 'post_type']);

const isWholeNumber = (value: string | null): value is string => value !== null && /^\d+$/.test(value);

/**
 * Links between the posts of a WordPress site, whatever permalink form they are written in: the
 * post's `link` (and guid); /slug/; /yyyy/slug/, /yyyy/mm/slug/, /yyyy/mm/dd/slug/; a prefix of
 * category slugs (with or without the category base: /category/sub/slug/, /sub/slug/); the form the
 * site's own post links take (/news/yyyy/slug/); /?p=ID, /index.php?p=ID, /?name=slug, /archives/ID;
 * PATHINFO links (/index.php/slug/). Archives: /?cat=ID, /?tag=slug, /?author=ID, the archive's own
 * link, /category/…/slug/, /tag/slug/, /author/slug/. Only on the site's own hosts (http or https,
 * with or without www, under the path WordPress lives in); the query is dropped, a #fragment is kept.
 *
 * A link is rewritten only when it can mean one imported item: a slug that a page, an attachment, a
 * post that is not imported or a category (where a category could be meant) also has is left alone, as
 * are /?page_id=, /?attachment_id= and every other host.
 */
export function siteLinks(sources: SiteLinkSources): SiteLinks {
  /** Exact URLs (host and path, with the query when it has one) → a route, or null: "known, and not to rewrite". */
  const exact = new Map<string, string | null>();
  const addExact = (url: URL | undefined, route: string | undefined) => {
    if (!url) return;
    const query = sortedQuery(url);
    const key = `${hostKey(url)}/${segmentsOf(url.pathname).join('/')}${query ? `?${query}` : ''}`;
    const value = route ?? null;
    exact.set(key, exact.has(key) && exact.get(key) !== value ? null : value);
  };
  const exactRoute = (url: URL): string | null | undefined => {
    const path = `${hostKey(url)}/${segmentsOf(url.pathname).join('/')}`;
    const query = sortedQuery(url);
    if (query && exact.has(`${path}?${query}`)) return exact.get(`${path}?${query}`);
    // /?p=12 is not the front page, whatever the front page is.
    return [...url.searchParams.keys()].some((k) => QUERY_VARS.has(k)) ? undefined : exact.get(path);
  };

  // Where the site lives: its homes, then the hosts its posts' links are on.
  const roots: Root[] = [];
  const addRoot = (url: URL | undefined, base: string[]) => {
    if (url && !roots.some((r) => r.host === hostKey(url) && r.base.join('/') === base.join('/'))) roots.push({ host: hostKey(url), base });
  };
  for (const home of sources.homes) {
    const url = httpUrl(home);
    addRoot(url, url ? segmentsOf(url.pathname) : []);
  }
  for (const post of sources.posts) {
    const url = httpUrl(post.link);
    if (url && !roots.some((r) => r.host === hostKey(url))) addRoot(url, []);
  }
  roots.sort((a, b) => b.base.length - a.base.length);
  /** The segments of a URL below the site's root (a leading index.php of PATHINFO links dropped), or undefined off the site. */
  const onSite = (url: URL): string[] | undefined => {
    const segments = segmentsOf(url.pathname);
    const root = roots.find((r) => r.host === hostKey(url) && startsWith(segments, r.base));
    if (!root) return undefined;
    const rest = segments.slice(root.base.length);
    return rest[0] === 'index.php' ? rest.slice(1) : rest;
  };

  /** Who has a slug: "post:12", "page:3", "attachment:40", "category:7". */
  const claims = new Map<string, Set<string>>();
  const claim = (slug: string | undefined, who: string) => {
    if (!slug) return;
    const key = slugKey(slug);
    let set = claims.get(key);
    if (!set) claims.set(key, (set = new Set()));
    set.add(who);
  };

  const postRoutes = new Map<number, string | undefined>();
  for (const post of sources.posts) {
    // A post listed twice keeps the route it has where it is imported.
    if (!postRoutes.get(post.id)) postRoutes.set(post.id, post.route);
    claim(post.slug, `post:${post.id}`);
  }
  for (const post of sources.posts) {
    addExact(httpUrl(post.link), postRoutes.get(post.id));
    addExact(httpUrl(post.guid), postRoutes.get(post.id));
  }
  for (const page of sources.pages) {
    claim(page.slug, `page:${page.id}`);
    addExact(httpUrl(page.link), undefined);
  }
  for (const attachment of sources.attachments) {
    claim(attachment.slug, `attachment:${attachment.id}`);
    addExact(httpUrl(attachment.link), undefined);
  }

  // Archives: the bases their links are under ("category", or a site's own "topics"), their slugs and routes.
  const bases = { category: new Set<string>([DEFAULT_BASES.category]), tag: new Set<string>([DEFAULT_BASES.tag]), author: new Set<string>([DEFAULT_BASES.author]) };
  const categoryById = new Map(sources.categories.map((c) => [c.id, c]));
  const chainOf = (id: number): string[] => {
    const chain: string[] = [];
    const seen = new Set<number>();
    for (let c = categoryById.get(id); c && !seen.has(c.id); c = c.parent ? categoryById.get(c.parent) : undefined) {
      seen.add(c.id);
      chain.unshift(slugKey(c.slug ?? ''));
    }
    return chain;
  };
  /**
   * An archive's own link; the base it is under is learned from it (a category base may be removed by
   * a plugin, /city-life/; a tag or author archive always has one).
   */
  const addArchive = (kind: keyof typeof bases, item: RoutedItem, path: string[]) => {
    const url = httpUrl(item.link);
    if (!url) return;
    addExact(url, item.route);
    const rest = onSite(url);
    const base = rest && rest.length >= path.length && startsWith(rest.slice(rest.length - path.length), path) ? rest.slice(0, rest.length - path.length).join('/') : undefined;
    if (base !== undefined && (base !== '' || kind === 'category')) bases[kind].add(base);
  };
  const categoriesBySlug = new Map<string, RoutedItem[]>();
  for (const category of sources.categories) {
    if (!category.slug) continue;
    claim(category.slug, `category:${category.id}`);
    const key = slugKey(category.slug);
    categoriesBySlug.set(key, [...(categoriesBySlug.get(key) ?? []), category]);
    addArchive('category', category, chainOf(category.id));
  }
  const bySlug = (items: readonly RoutedItem[]) => {
    const map = new Map<string, RoutedItem | null>();
    for (const item of items) {
      if (!item.slug) continue;
      const key = slugKey(item.slug);
      map.set(key, map.has(key) && map.get(key)?.id !== item.id ? null : item);
    }
    return map;
  };
  const tagsBySlug = bySlug(sources.tags);
  const authorsBySlug = bySlug(sources.authors);
  const authorsById = new Map(sources.authors.map((a) => [a.id, a]));
  for (const tag of sources.tags) addArchive('tag', tag, [slugKey(tag.slug ?? '')]);
  for (const author of sources.authors) addArchive('author', author, [slugKey(author.slug ?? '')]);

  const categorySlugs = new Set(categoriesBySlug.keys());
  const authorSlugs = new Set(authorsBySlug.keys());
  /** A path segment as a permalink structure sees it: a year, a number, a category or author slug, or itself. */
  const token = (segment: string) =>
    /^\d{4}$/.test(segment) ? '#year' : /^\d{1,2}$/.test(segment) ? '#number' : /^\d+$/.test(segment) ? '#id' : categorySlugs.has(segment) ? '#category' : authorSlugs.has(segment) ? '#author' : segment;
  const shapeOf = (prefix: readonly string[]) => prefix.map(token).join('/');

  // The shapes of the site's own post links, so that /news/2025/other-post/ is read like the post's /news/2026/this-post/.
  const learned = new Set<string>();
  for (const post of sources.posts) {
    const url = post.route ? httpUrl(post.link) : undefined;
    const rest = url && onSite(url);
    if (rest && post.slug && rest.at(-1) === slugKey(post.slug)) learned.add(shapeOf(rest.slice(0, -1)));
  }
  const DATED = new Set(['#year', '#year/#number', '#year/#number/#number']);

  /**
   * Whether `prefix` can stand before a post's slug: a dated one (or the shape of the site's own post
   * links) can only be a post's; none at all, or category slugs (after the category base or not), could
   * also be a category archive's path.
   */
  const postPrefix = (prefix: readonly string[]): 'post' | 'post-or-category' | undefined => {
    const shape = shapeOf(prefix);
    if (shape === '') return 'post-or-category';
    const inCategories = bases.category.has(prefix[0]!) ? prefix.slice(1) : prefix;
    if (inCategories.length > 0 && inCategories.every((s) => categorySlugs.has(s))) return 'post-or-category';
    if (DATED.has(shape) || learned.has(shape)) return 'post';
    return undefined;
  };
  /** /category/parent/child/ (or /parent/child/ on a site without a category base): category slugs only. */
  const isCategoryPath = (segments: readonly string[]) => {
    const path = bases.category.has(segments[0]!) ? segments.slice(1) : bases.category.has('') ? segments : [];
    return path.length > 0 && path.every((s) => categorySlugs.has(s));
  };

  const routeOfPost = (id: number | undefined) => (id === undefined ? undefined : postRoutes.get(id));
  /** The one item of a slug among those of the kinds that could be meant, if that is an imported post. */
  const onlyPost = (slug: string, kinds: readonly string[]): string | undefined => {
    const who = [...(claims.get(slug) ?? [])].filter((w) => kinds.includes(w.slice(0, w.indexOf(':'))));
    return who.length === 1 && who[0]!.startsWith('post:') ? routeOfPost(Number(who[0]!.slice('post:'.length))) : undefined;
  };
  const ANY_PAGE = ['post', 'page', 'attachment'];

  /** /?p=12, /?name=x, /?cat=3, /?tag=x, /?author=2 at the site's root (or index.php); /?page_id= and /?attachment_id= are not posts. */
  const fromQuery = (params: URLSearchParams): string | undefined => {
    if (params.has('page_id') || params.has('attachment_id') || (params.has('post_type') && params.get('post_type') !== 'post')) return undefined;
    const p = params.get('p');
    if (isWholeNumber(p)) return routeOfPost(Number(p));
    const name = params.get('name');
    if (name) return onlyPost(slugKey(name), ['post']);
    const cat = params.get('cat');
    if (isWholeNumber(cat)) return categoryById.get(Number(cat))?.route;
    const tag = params.get('tag');
    if (tag) return tagsBySlug.get(slugKey(tag))?.route;
    const author = params.get('author');
    if (isWholeNumber(author)) return authorsById.get(Number(author))?.route;
    return undefined;
  };

  const fromPath = (segments: readonly string[]): string | undefined => {
    if (segments.length === 2 && segments[0] === 'archives' && /^\d+$/.test(segments[1]!)) return routeOfPost(Number(segments[1]));
    const slug = segments.at(-1)!;
    const prefix = segments.slice(0, -1);
    const head = prefix.join('/');
    if (bases.tag.has(head)) return tagsBySlug.get(slug)?.route;
    if (bases.author.has(head)) return authorsBySlug.get(slug)?.route;
    const kind = postPrefix(prefix);
    // A number after a date is a day or a page of an archive, not a slug.
    if (kind === 'post') return /^\d+$/.test(slug) ? undefined : onlyPost(slug, ANY_PAGE);
    if (kind === 'post-or-category') {
      const post = onlyPost(slug, [...ANY_PAGE, 'category']);
      if (post) return post;
    }
    if (isCategoryPath(segments)) {
      // A category archive, if nothing but categories has that slug.
      const who = [...(claims.get(slug) ?? [])];
      const categories = categoriesBySlug.get(slug) ?? [];
      if (categories.length === 1 && who.length === 1) return categories[0]!.route;
    }
    return undefined;
  };

  return {
    rewrite(href) {
      const url = httpUrl(href);
      if (!url) return href;
      const known = exactRoute(url);
      let route = known === null ? undefined : known;
      if (known === undefined) {
        const segments = onSite(url);
        if (segments !== undefined) route = segments.length === 0 ? fromQuery(url.searchParams) : fromPath(segments);
      }
      if (!route) return href;
      return url.hash.length > 1 ? `${route}${url.hash}` : route;
    },
  };
}
