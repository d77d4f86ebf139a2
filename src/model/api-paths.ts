// No zod here: the browser bundle imports this file.

/** Version of the static JSON API; every path lives under `api/v1/`. */
export const API_VERSION = 1;
export const PAGE_SIZE = 20;

/** Paths of the API, relative to `<base>/api/v1/`. Shared by the pipeline (writing) and browser (reading). */
export const apiPaths = {
  article: (slug: string) => `articles/${slug}.json`,
  latest: (page: number) => `latest/${page}.json`,
  category: (path: string, page: number) => `categories/${path}/${page}.json`,
  author: (slug: string, page: number) => `authors/${slug}/${page}.json`,
  tag: (slug: string, page: number) => `tags/${slug}/${page}.json`,
  mustRead: () => 'must-read.json',
  home: () => 'home.json',
  nav: () => 'nav.json',
} as const;
