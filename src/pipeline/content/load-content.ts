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
import { parentPath } from '../../model/category-path';
import { contentHash } from '../incremental/content-hash';
import { factsOf, type ArticleFacts, type ArticleHead } from './article-facts';
import { ContentError, zodProblems, type ContentProblem } from './content-error';
import { describeState, type ContentFileState } from './content-file';
import { folderSource, parseContentJson, type ContentSource } from './content-source';

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

/** A valid content folder as the build reads it: each article file as its facts, with its source once parsed. */
export interface ContentFolder extends Omit<Content, 'articles'> {
  entries: ArticleEntry[];
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
  const { entries, ...folder } = checkFolder(source);
  return { ...folder, articles: entries.map((entry) => entry.source!) };
}

/**
 * validateContent's checks, each article file read by `readArticle` (by default parsed from `source`;
 * the build's reader takes the facts of an unchanged file from its cache instead).
 */
export function checkFolder(source: ContentSource, readArticle?: ArticleReader): ContentFolder {
  const { dir } = source;
  const problems: ContentProblem[] = [];
  const [siteRaw, categoriesRaw, authorsRaw, tagsRaw] = ['site.json', 'categories.json', 'authors.json', 'tags.json'].map((file) => readJson(source, file, problems));
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

  const articleFiles = source.articleFiles(problems);
  const read = readArticles(articleFiles, (file) => (readArticle ?? parseArticle)(source, file, problems));
  const checked = checkArticles(read, problems, {
    categoryPaths: parsedCategories && categoryPaths,
    authorSlugs: parsedAuthors && new Set(authors.map((a) => a.slug)),
    tagSlugs: parsedTags && new Set(tags.map((t) => t.slug)),
  });

  for (const [src, use] of checked.localImages) {
    const state = source.fileState(src.replace(/^\.\//, ''));
    const why = imageFileProblem(state);
    // A missing file is the article's problem as a whole (the message has said so since the start); the
    // others point at the one field to change.
    const where = state === 'missing' ? { file: use.file, item: use.item } : use;
    if (why) problems.push({ ...where, message: `image "${src}" ${why}` });
  }

  if (problems.length > 0 || !site) throw new ContentError(problems);
  return { dir, site, categories, authors, tags, entries: read, localImages: [...checked.localImages.keys()].sort() };
}

/** One article file as read: its facts, and the whole source when it was parsed (not taken from a cache). */
export interface ArticleEntry {
  file: string;
  /** The hash of the file's bytes. */
  hash: string;
  facts: ArticleFacts;
  source?: ArticleSource;
}

/** Reads one article file; undefined once a problem pushed onto `problems` says why it cannot be used. */
export type ArticleReader = (source: ContentSource, file: string, problems: ContentProblem[]) => ArticleEntry | undefined;

function readJson(source: ContentSource, file: string, problems: ContentProblem[]): unknown {
  const bytes = source.readBytes(file, problems);
  return bytes && parseContentJson(bytes, file, problems);
}

/** An article file through the content source: parsed and checked against the schema. */
export function parseArticle(source: ContentSource, file: string, problems: ContentProblem[]): ArticleEntry | undefined {
  const bytes = source.readBytes(file, problems);
  if (!bytes) return undefined;
  const json = parseContentJson(bytes, file, problems);
  const itemHint = typeof (json as { slug?: unknown } | undefined)?.slug === 'string' ? (json as { slug: string }).slug : undefined;
  const article = parseWith(ArticleSourceSchema, json, file, problems, itemHint);
  return article && { file, hash: contentHash(bytes), facts: factsOf(article), source: article };
}

function readArticles(files: string[], read: (file: string) => ArticleEntry | undefined): ArticleEntry[] {
  const entries: ArticleEntry[] = [];
  for (const file of files) {
    const entry = read(file);
    if (entry) entries.push(entry);
  }
  return entries;
}

/** The checks between article files and the rest: references, slugs matching names, no slug twice. */
function checkArticles(entries: readonly ArticleEntry[], problems: ContentProblem[], known: KnownSlugs) {
  const bySlug = new Map<string, string>();
  /** Each local image, with where it is first used. */
  const localImages = new Map<string, { file: string; item: string; field: string }>();
  for (const { file, facts } of entries) {
    const article = facts.head;
    // References into a file that is itself broken are not reported again: that file's own problem says it all.
    problems.push(...checkReferences(article, file, known));
    const expectedFile = `articles/${article.slug}.json`;
    if (file !== expectedFile) problems.push({ file, item: article.slug, field: 'slug', message: `slug must match the file name (expected the file to be ${expectedFile})` });
    const other = bySlug.get(article.slug);
    if (other) problems.push({ file, item: article.slug, field: 'slug', message: `slug is already used by ${other}` });
    bySlug.set(article.slug, file);
    for (const { src, field } of facts.localUses) {
      if (!localImages.has(src)) localImages.set(src, { file, item: article.slug, field });
    }
  }
  return { localImages };
}

interface KnownSlugs {
  categoryPaths?: Set<string>;
  authorSlugs?: Set<string>;
  tagSlugs?: Set<string>;
}

function checkReferences(article: ArticleHead, file: string, known: KnownSlugs): ContentProblem[] {
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
