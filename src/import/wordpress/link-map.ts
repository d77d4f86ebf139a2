import { pageKey } from '../urls';

/**
 * Pages of the source site that exist in Dateline too (posts, categories, authors, tags), by their
 * source URL: a link to one is rewritten to the Dateline route.
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
