// No zod here: the browser bundle imports this file.

export interface SiteLocation {
  /** Absolute origin without trailing slash, e.g. "https://news.example.org". */
  origin: string;
  /** The app's base path, e.g. "/" or "/news/". */
  base: string;
}

/** origin + base + path: ("https://x.org", "/news/") + "/article/a" → "https://x.org/news/article/a". */
export function absoluteUrl(site: SiteLocation, path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  return `${site.origin}${site.base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

export interface FeedPaths {
  rss: string;
  atom: string;
  json: string;
}

/** Where the feeds of a category (or, without one, of the whole site) live, relative to the base. */
export function feedPaths(categoryPath?: string): FeedPaths {
  const dir = categoryPath ? `feeds/category/${categoryPath}` : 'feeds';
  return { rss: `${dir}/rss.xml`, atom: `${dir}/atom.xml`, json: `${dir}/feed.json` };
}
