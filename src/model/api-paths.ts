// No zod here: the browser bundle imports this file.

/** Version of the static JSON API; every path lives under `api/v1/`. */
export const API_VERSION = 1;
export const PAGE_SIZE = 20;

/**
 * One document of a paginated list: its head (omitted: `1.json`, the newest stories and the list's
 * size) or archive page `n` (`archive-{n}.json`, numbered from the oldest, so it never changes once
 * full). A reader's `?page=p` is archive `pageCount − p + 1`.
 */
export type ListDocument = number | undefined;
const listFile = (archive: ListDocument) => (archive === undefined ? '1.json' : `archive-${archive}.json`);

/** Paths of the API, relative to `<base>/api/v1/`. Shared by the pipeline (writing) and browser (reading). */
export const apiPaths = {
  article: (slug: string) => `articles/${slug}.json`,
  latest: (archive?: ListDocument) => `latest/${listFile(archive)}`,
  category: (path: string, archive?: ListDocument) => `categories/${path}/${listFile(archive)}`,
  author: (slug: string, archive?: ListDocument) => `authors/${slug}/${listFile(archive)}`,
  tag: (slug: string, archive?: ListDocument) => `tags/${slug}/${listFile(archive)}`,
  mustRead: () => 'must-read.json',
  home: () => 'home.json',
  nav: () => 'nav.json',
} as const;
