import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { CompiledSite } from '../api/api-documents';
import type { SiteArticle } from '../api/compile-article';
import { blockText } from '../../model/plain-text';
import { categoryLineage } from '../../model/category-path';
import { searchShardId, type SearchShardList } from '../../model/search-shards';
import { byCodeUnits } from '../../model/order';

/*
 * The static search index (Pagefind), split by publication month: one Pagefind bundle per month at
 * pagefind/<yyyy-mm>/, and pagefind/shards.json listing them newest first. The browser searches the
 * newest months first and opens older ones only when it needs more results, so a query's cost follows
 * the ten results it shows, not the archive's size. A story belongs to the month it was published in,
 * which never changes: publishing, editing or deleting a story rewrites its own month's bundle only.
 *
 * The records are made from the compiled site (title, standfirst, the words of the body blocks), not
 * from the prerendered pages, so the index can be built beside the prerender. One index language for
 * every story, so an English search page also finds Persian stories.
 */

/** What the index holds of one story. */
export interface SearchRecord {
  /** Site-relative URL of the story, "/article/<slug>" (the app adds its base). */
  url: string;
  title: string;
  /** The words searched and quoted in excerpts. */
  content: string;
  /** The top-level section's name, the search page's filter. */
  section?: string;
  publishedAt: string;
}

export interface SearchShard {
  /** The UTC month of publication, "2026-11"; also the bundle's folder under pagefind/. */
  id: string;
  /** Newest first, ties by URL: the order they are added in, so a bundle's bytes are reproducible. */
  articles: SearchRecord[];
}

/** The folder under outDir that holds the shard list, the shared loader and every shard's bundle. */
export const SEARCH_DIR = 'pagefind';
export const SHARD_LIST = 'shards.json';
/** The loader every shard shares (the same file in every bundle): kept once, at pagefind/pagefind.js. */
const SHARED_LOADER = 'pagefind.js';
/** What a search uses of a bundle. The rest (Pagefind's own UI, highlighter, the loader) is left out. */
const KEEP = (name: string) => name === 'pagefind-entry.json' || /\.pf_meta$/.test(name) || /^wasm\..*\.pagefind$/.test(name) || ['index', 'fragment', 'filter'].includes(name);

/** A month of stories: the articles a shard is made from. */
export interface ShardMonth {
  id: string;
  articles: SiteArticle[];
}

/** The site's stories by UTC month of publication, newest month first. Cheap: no text is extracted. */
export function shardMonths(site: CompiledSite): ShardMonth[] {
  const months = new Map<string, SiteArticle[]>();
  for (const article of site.articles) {
    const id = searchShardId(article.publishedAt);
    const list = months.get(id);
    if (list) list.push(article);
    else months.set(id, [article]);
  }
  return [...months].sort(([a], [b]) => byCodeUnits(b, a)).map(([id, articles]) => ({ id, articles }));
}

const rootSection = (site: CompiledSite, article: SiteArticle) => site.categories.get(categoryLineage(article.category.path)[0]!)?.name;

/** What the index holds of a month's stories: their records, newest first, ties by URL. */
export function shardOf(site: CompiledSite, month: ShardMonth): SearchShard {
  const records = month.articles.map((article): SearchRecord => {
    const section = rootSection(site, article);
    const content = [article.title, article.standfirst, ...site.body(article).map(blockText)].filter((text) => text !== '').join('\n');
    return { url: `/article/${article.slug}`, title: article.title, content, publishedAt: article.publishedAt, ...(section ? { section } : {}) };
  });
  records.sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || byCodeUnits(a.url, b.url));
  return { id: month.id, articles: records };
}

let service: typeof pagefind | undefined;

/**
 * Writes one shard's Pagefind bundle to outDir/pagefind/<id>/, replacing what was there, and the shared
 * loader to outDir/pagefind/pagefind.js. The same shard gives the same bytes. Leaves Pagefind's
 * indexing process running for the next shard: call closeSearchIndexer() when done.
 */
export async function writeSearchShard(shard: SearchShard, outDir: string): Promise<{ articles: number; files: number }> {
  service = pagefind;
  const fail = (what: string, errors: string[]) => new Error(`search index, shard ${shard.id}: ${what}: ${errors.join('; ')}`);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', keepIndexUrl: true, verbose: false, writePlayground: false });
  if (!index) throw fail('could not start Pagefind', errors);
  const dir = path.join(outDir, SEARCH_DIR, shard.id);
  const staging = `${dir}.tmp-${process.pid}`;
  try {
    for (const record of shard.articles) {
      const added = await index.addCustomRecord({
        url: record.url,
        content: record.content,
        language: 'en',
        meta: { title: record.title, date: record.publishedAt },
        filters: record.section ? { section: [record.section] } : {},
        sort: { date: record.publishedAt },
      });
      if (added.errors.length) throw fail(`could not index ${record.url}`, added.errors);
    }
    await rm(staging, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: staging });
    if (written.errors.length) throw fail('could not write the bundle', written.errors);
    const names = await readdir(staging);
    await rename(path.join(staging, SHARED_LOADER), path.join(outDir, SEARCH_DIR, SHARED_LOADER));
    await Promise.all(names.filter((name) => name !== SHARED_LOADER && !KEEP(name)).map((name) => rm(path.join(staging, name), { recursive: true, force: true })));
    await rm(dir, { recursive: true, force: true });
    await rename(staging, dir);
    return { articles: shard.articles.length, files: await countFiles(dir) };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    await index.deleteIndex();
  }
}

/** Ends Pagefind's indexing process (started by the first writeSearchShard). */
export async function closeSearchIndexer(): Promise<void> {
  if (!service) return;
  service = undefined;
  await pagefind.close();
}

/** Writes outDir/pagefind/shards.json: the shards newest first with their sizes, and every section's name. */
export async function writeShardList(site: CompiledSite, months: readonly ShardMonth[], outDir: string): Promise<void> {
  const sections = new Set<string>();
  for (const article of site.articles) {
    const section = rootSection(site, article);
    if (section) sections.add(section);
  }
  const list: SearchShardList = {
    shards: months.map((month) => ({ id: month.id, articles: month.articles.length })),
    sections: [...sections].sort(),
  };
  await mkdir(path.join(outDir, SEARCH_DIR), { recursive: true });
  await writeFile(path.join(outDir, SEARCH_DIR, SHARD_LIST), `${JSON.stringify(list)}\n`);
}

async function countFiles(dir: string): Promise<number> {
  let files = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) files += entry.isDirectory() ? await countFiles(path.join(dir, entry.name)) : 1;
  return files;
}
