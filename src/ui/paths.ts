import { isSiteRelative } from '../model/url';

/** Paths of the app's pages (react-router adds the base path). */
export const paths = {
  home: () => '/',
  article: (slug: string) => `/article/${slug}`,
  category: (path: string) => `/category/${path}`,
  author: (slug: string) => `/author/${slug}`,
  tag: (slug: string) => `/tag/${slug}`,
} as const;

/**
 * The query parameters the app reads (`?page=` on lists, `?q=` and `?section=` on search). Any other
 * (`utm_source`, `fbclid`, … added by whoever shared the link) does not change what a page shows.
 */
export const APP_SEARCH_PARAMS: readonly string[] = ['page', 'q', 'section'];

/** A src from the API: absolute URLs stay, paths are resolved against the app's base path. */
export function mediaUrl(src: string): string {
  return !isSiteRelative(src) ? src : `${import.meta.env.BASE_URL}${src.replace(/^\.?\//, '')}`;
}

/** `?page=N` from the URL; anything else (missing, 0, "abc", "2.5") is page 1. */
export function pageFrom(search: URLSearchParams): number {
  const raw = search.get('page');
  return raw && /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : 1;
}
