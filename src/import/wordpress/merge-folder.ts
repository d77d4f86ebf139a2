import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleSource, AuthorSource, CategorySource, TagSource } from '../../model/content';
import type { ContentBundle } from '../content-bundle';
import { ImportError } from '../problems';
import { byCodeUnits } from '../../model/order';

/** What a content folder holds now, as the import wrote it: its articles and their categories, authors and tags. */
export interface FolderContent {
  /** By relative file ("articles/x.json"). */
  articles: Map<string, ArticleSource>;
  categories: CategorySource[];
  authors: AuthorSource[];
  tags: TagSource[];
}

async function readJson<T>(dir: string, rel: string, fallback: T): Promise<T> {
  const file = path.join(dir, rel);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
    throw error;
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new ImportError([{ file, message: `is not JSON (${(error as Error).message}); a --since sync keeps the articles it does not fetch, so it needs them readable` }], 'Sync failed, nothing was written');
  }
}

/**
 * The content folder as it is. Articles are kept as parsed, not re-validated: the sync writes them
 * back with the rest and the whole folder then passes the pipeline's checks (validateImport).
 */
export async function readFolderContent(dir: string): Promise<FolderContent> {
  const names = await readdir(path.join(dir, 'articles')).catch(() => [] as string[]);
  const articles = new Map<string, ArticleSource>();
  for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
    articles.set(`articles/${name}`, await readJson<ArticleSource>(dir, `articles/${name}`, {} as ArticleSource));
  }
  return {
    articles,
    categories: await readJson<CategorySource[]>(dir, 'categories.json', []),
    authors: await readJson<AuthorSource[]>(dir, 'authors.json', []),
    tags: await readJson<TagSource[]>(dir, 'tags.json', []),
  };
}

/** `older` and `newer` by key, the newer one winning, in key order. */
function union<T>(older: readonly T[], newer: readonly T[], key: (item: T) => string): T[] {
  const byKey = new Map(older.map((item) => [key(item), item]));
  for (const item of newer) byKey.set(key(item), item);
  return [...byKey.entries()].sort(([a], [b]) => byCodeUnits(a, b)).map(([, item]) => item);
}

/** "world/europe/france" → it and its ancestors. */
const withAncestors = (categoryPath: string) => categoryPath.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'));

/**
 * The kept articles of the folder and the fetched ones together, with the categories, authors and tags
 * either uses (the fetched definitions winning): those only deleted articles used are dropped, as a
 * full import would.
 */
export function mergeBundles(kept: readonly ArticleSource[], fetched: ContentBundle, folder: FolderContent): ContentBundle {
  const articles = [...kept, ...fetched.articles].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const usedCategories = new Set(articles.flatMap((a) => withAncestors(a.category)));
  const usedAuthors = new Set(articles.map((a) => a.author));
  const usedTags = new Set(articles.flatMap((a) => a.tags ?? []));
  return {
    site: fetched.site,
    categories: union(folder.categories, fetched.categories, (c) => c.path).filter((c) => usedCategories.has(c.path)),
    authors: union(folder.authors, fetched.authors, (a) => a.slug).filter((a) => usedAuthors.has(a.slug)),
    tags: union(folder.tags, fetched.tags, (t) => t.slug).filter((t) => usedTags.has(t.slug)),
    articles,
  };
}
