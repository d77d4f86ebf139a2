import { isSiteRelative } from '../model/url';

/** Route paths inside the app (react-router adds the base path). */
export const routes = {
  home: () => '/',
  article: (slug: string) => `/article/${slug}`,
  category: (path: string) => `/category/${path}`,
  author: (slug: string) => `/author/${slug}`,
  tag: (slug: string) => `/tag/${slug}`,
} as const;


/** A src from the API: absolute URLs stay, paths are resolved against the app's base path. */
export function mediaUrl(src: string): string {
  return !isSiteRelative(src) ? src : `${import.meta.env.BASE_URL}${src.replace(/^\.?\//, '')}`;
}
