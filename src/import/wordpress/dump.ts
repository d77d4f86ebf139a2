import type { WpIndex } from './wp-schemas';

/** One item of a WordPress response, with where it came from (for error messages). */
export interface Sourced {
  /** File name (folder mode) or request URL (site mode). */
  file: string;
  index: number;
  value: unknown;
  /** How messages name the item, when its source knows better than its id and slug (a WXR item: id, title, line). */
  label?: string;
}

/** What a WordPress import reads, from a folder or from a site: raw, not yet validated. */
export interface WpDump {
  /** The folder or site, for messages and the default site name. */
  source: string;
  /** Where relative links in the content resolve against when a post's own link is unusable. */
  siteUrl?: string;
  index?: WpIndex;
  posts: Sourced[];
  categories: Sourced[];
  users: Sourced[];
  tags: Sourced[];
  media: Sourced[];
  /** Pages are not imported: they are read only so that links to them are not taken for links to posts. */
  pages: Sourced[];
}

export type Endpoint = 'posts' | 'categories' | 'users' | 'tags' | 'media' | 'pages';

/** What each file or response must be, in the words of an error message. */
export const EXPECTED: Readonly<Record<Endpoint, string>> = {
  posts: 'an array of posts, as returned by GET /wp-json/wp/v2/posts?_embed&per_page=100',
  categories: 'an array of categories, as returned by GET /wp-json/wp/v2/categories?per_page=100',
  users: 'an array of users, as returned by GET /wp-json/wp/v2/users',
  tags: 'an array of tags, as returned by GET /wp-json/wp/v2/tags?per_page=100',
  media: 'an array of media items, as returned by GET /wp-json/wp/v2/media?per_page=100',
  pages: 'an array of pages, as returned by GET /wp-json/wp/v2/pages?per_page=100',
};
