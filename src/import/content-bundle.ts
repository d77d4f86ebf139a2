import type { ContentProblem } from '../pipeline/content/content-error';
import type { ArticleSource, AuthorSource, CategorySource, SiteSource, TagSource } from '../model/content';

/** Everything an import produces, in memory, before anything is written. */
export interface ContentBundle {
  site: SiteSource;
  categories: CategorySource[];
  authors: AuthorSource[];
  tags: TagSource[];
  articles: ArticleSource[];
}

/** Where an article came from: the source file and the item, e.g. `post 42 (slug "x")`. */
export interface ItemOrigin {
  file: string;
  item: string;
}

export interface ImportedContent {
  bundle: ContentBundle;
  /** By article slug. */
  origins: ReadonlyMap<string, ItemOrigin>;
  /** Invalid source items left out (--skip-invalid): what is wrong with each, named by file, item and field. */
  skipped?: ContentProblem[];
  /** The source's square icon (an http(s) URL): downloaded with the images, it becomes site.json's logo. */
  siteIcon?: string;
  /** Source items not imported by design (drafts, pages, attachments… of a WordPress export), counted by kind. */
  leftOut?: Readonly<Record<string, number>>;
  /**
   * Image URLs given an assumed width and height (a feed's enclosure states none): once downloaded, the
   * file's own size replaces the assumed one instead of keeping its shape.
   */
  sizeAssumed?: ReadonlySet<string>;
  /** Files the import owns besides the content files, by relative path (a WordPress site's .import-state.json). */
  extraFiles?: ReadonlyMap<string, string>;
}
