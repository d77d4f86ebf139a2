import type { z } from 'zod';
import {
  ArticleSourceSchema,
  AuthorsSourceSchema,
  CategoriesSourceSchema,
  SiteSourceSchema,
  TagsSourceSchema,
  type ArticleSource,
  type AuthorSource,
  type CategorySource,
  type SiteSource,
  type TagSource,
} from '../model/content';
import { zodProblems, type ContentProblem } from '../pipeline/content/content-error';
import { ImportError } from './problems';

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
}

function check(schema: z.ZodType, value: unknown, file: string, problems: ContentProblem[], item?: string): void {
  const result = schema.safeParse(value);
  if (!result.success) problems.push(...zodProblems(result.error, file, item));
}

/**
 * Validates a bundle with the content schemas of src/model/content.ts, naming the source item of each
 * article problem. Throws ImportError listing every problem.
 */
export function validateBundle({ bundle, origins }: ImportedContent): void {
  const problems: ContentProblem[] = [];
  check(SiteSourceSchema, bundle.site, 'site.json', problems);
  check(CategoriesSourceSchema, bundle.categories, 'categories.json', problems);
  check(AuthorsSourceSchema, bundle.authors, 'authors.json', problems);
  check(TagsSourceSchema, bundle.tags, 'tags.json', problems);
  for (const article of bundle.articles) {
    const origin = origins.get(article.slug);
    const result = ArticleSourceSchema.safeParse(article);
    if (!result.success) {
      const file = origin ? `${origin.file} → articles/${article.slug}.json` : `articles/${article.slug}.json`;
      problems.push(...zodProblems(result.error, file, origin?.item ?? article.slug));
    }
  }
  if (problems.length > 0) throw new ImportError(problems);
}
