import { z } from 'zod';
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
} from '../../model/content';
import { articleImageUses } from '../../model/article-images';
import { parentPath } from '../../model/category-path';
import { ContentError, zodProblems, type ContentProblem } from './content-error';
import { describeState, type ContentFileState } from './content-file';
import { folderSource, type ContentSource } from './content-source';
import { isSiteRelative } from '../../model/url';

export interface Content {
  dir: string;
  site: SiteSource;
  categories: CategorySource[];
  authors: AuthorSource[];
  tags: TagSource[];
  articles: ArticleSource[];
  /** Local image files the articles refer to, relative to the content dir (e.g. "images/dam.svg"). */
  localImages: string[];
}

function parseWith<S extends z.ZodType>(schema: S, value: unknown, file: string, problems: ContentProblem[], item?: string): z.infer<S> | undefined {
  if (value === undefined) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  problems.push(...zodProblems(result.error, file, item));
  return undefined;
}

function duplicates<T>(items: T[], key: (item: T) => string): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) repeated.add(k);
    seen.add(k);
  }
  return [...repeated];
}


/**
 * Reads and validates a content directory: site.json, categories.json, authors.json, tags.json and
 * articles/*.json. Every problem found is collected, so an editor sees them all at once; nothing is
 * returned unless the whole directory is valid.
 */
export async function loadContent(dir: string): Promise<Content> {
  return validateContent(folderSource(dir));
}

/**
 * loadContent's checks on content read from any source: the schemas, duplicates, references between
 * the files, slugs matching file names, local images present. Throws ContentError listing every problem.
 */
export async function validateContent(source: ContentSource): Promise<Content> {
  const { dir } = source;
  const problems: ContentProblem[] = [];
  const [siteRaw, categoriesRaw, authorsRaw, tagsRaw] = await Promise.all(
    ['site.json', 'categories.json', 'authors.json', 'tags.json'].map((file) => source.readJson(file, problems)),
  );
  const site = parseWith(SiteSourceSchema, siteRaw, 'site.json', problems);
  const parsedCategories = parseWith(CategoriesSourceSchema, categoriesRaw, 'categories.json', problems);
  const parsedAuthors = parseWith(AuthorsSourceSchema, authorsRaw, 'authors.json', problems);
  const parsedTags = parseWith(TagsSourceSchema, tagsRaw, 'tags.json', problems);
  const categories = parsedCategories ?? [];
  const authors = parsedAuthors ?? [];
  const tags = parsedTags ?? [];

  for (const dup of duplicates(categories, (c) => c.path)) problems.push({ file: 'categories.json', item: dup, message: 'category path is listed twice' });
  for (const dup of duplicates(authors, (a) => a.slug)) problems.push({ file: 'authors.json', item: dup, message: 'author slug is listed twice' });
  for (const dup of duplicates(tags, (t) => t.slug)) problems.push({ file: 'tags.json', item: dup, message: 'tag slug is listed twice' });
  const categoryPaths = new Set(categories.map((c) => c.path));
  for (const category of categories) {
    const parent = parentPath(category.path);
    if (parent !== undefined && !categoryPaths.has(parent)) {
      problems.push({ file: 'categories.json', item: category.path, field: 'path', message: `parent category "${parent}" is not defined` });
    }
  }

  const articleFiles = await source.articleFiles(problems);
  const authorSlugs = new Set(authors.map((a) => a.slug));
  const tagSlugs = new Set(tags.map((t) => t.slug));
  const articles: ArticleSource[] = [];
  const bySlug = new Map<string, string>();
  /** Each local image, with where it is first used. */
  const localImages = new Map<string, { file: string; item: string; field: string }>();

  // Read in bounded batches: fast on large archives without exhausting file descriptors.
  const BATCH = 256;
  for (let i = 0; i < articleFiles.length; i += BATCH) {
    const batch = articleFiles.slice(i, i + BATCH);
    const raws = await Promise.all(batch.map((file) => source.readJson(file, problems)));
    batch.forEach((file, j) => {
      const raw = raws[j];
      const itemHint = typeof (raw as { slug?: unknown } | undefined)?.slug === 'string' ? (raw as { slug: string }).slug : undefined;
      const article = parseWith(ArticleSourceSchema, raw, file, problems, itemHint);
      if (!article) return;
      // References into a file that is itself broken are not reported again: that file's own problem says it all.
      const refProblems = checkReferences(article, file, {
        categoryPaths: parsedCategories && categoryPaths,
        authorSlugs: parsedAuthors && authorSlugs,
        tagSlugs: parsedTags && tagSlugs,
      });
      problems.push(...refProblems);
      const expectedFile = `articles/${article.slug}.json`;
      if (file !== expectedFile) problems.push({ file, item: article.slug, field: 'slug', message: `slug must match the file name (expected the file to be ${expectedFile})` });
      const other = bySlug.get(article.slug);
      if (other) problems.push({ file, item: article.slug, field: 'slug', message: `slug is already used by ${other}` });
      bySlug.set(article.slug, file);
      for (const { src, field } of articleImageUses(article)) {
        if (isSiteRelative(src) && !localImages.has(src)) localImages.set(src, { file, item: article.slug, field });
      }
      articles.push(article);
    });
  }

  for (const [src, use] of localImages) {
    const state = await source.fileState(src.replace(/^\.\//, ''));
    const why = imageFileProblem(state);
    // A missing file is the article's problem as a whole (the message has said so since the start); the
    // others point at the one field to change.
    const where = state === 'missing' ? { file: use.file, item: use.item } : use;
    if (why) problems.push({ ...where, message: `image "${src}" ${why}` });
  }

  if (problems.length > 0 || !site) throw new ContentError(problems);
  return { dir, site, categories, authors, tags, articles, localImages: [...localImages.keys()].sort() };
}

function checkReferences(
  article: ArticleSource,
  file: string,
  known: { categoryPaths?: Set<string>; authorSlugs?: Set<string>; tagSlugs?: Set<string> },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const item = article.slug;
  if (known.categoryPaths && !known.categoryPaths.has(article.category)) problems.push({ file, item, field: 'category', message: `unknown category "${article.category}" (expected a path from categories.json)` });
  if (known.authorSlugs && !known.authorSlugs.has(article.author)) problems.push({ file, item, field: 'author', message: `unknown author "${article.author}" (expected a slug from authors.json)` });
  article.tags.forEach((tag, i) => {
    if (known.tagSlugs && !known.tagSlugs.has(tag)) problems.push({ file, item, field: `tags.${i}`, message: `unknown tag "${tag}" (expected a slug from tags.json)` });
  });
  if (article.updatedAt && Date.parse(article.updatedAt) < Date.parse(article.publishedAt)) {
    problems.push({ file, item, field: 'updatedAt', message: 'is earlier than publishedAt' });
  }
  return problems;
}

/** What is wrong with a local image file, finishing `image "x" …`; undefined when it can be used. */
function imageFileProblem(state: ContentFileState): string | undefined {
  switch (state) {
    case 'file':
      return undefined;
    case 'missing':
      return 'does not exist in the content directory';
    case 'outside':
      return 'points outside the content directory';
    default:
      return describeState(state);
  }
}
