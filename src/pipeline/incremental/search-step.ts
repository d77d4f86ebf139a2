import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { CompiledSite } from '../api/api-documents';
import { apiPaths } from '../../model/api-paths';
import { closeSearchIndexer, SEARCH_DIR, shardMonths, shardOf, writeSearchShard, writeShardList, type ShardMonth } from '../outputs/search-index';
import { keyOf } from './content-hash';
import type { StagedOutputs } from './staged-outputs';

/** Bump when the way a shard is written changes (Pagefind's version is part of the app's lockfile, hence of its key). */
const SHARD_FORMAT = 'search-shard-v2';
const LOADER = `${SEARCH_DIR}/pagefind.js`;

/**
 * A month's shard key: its stories' API documents (which hold everything a record is made of: title,
 * standfirst, body, date and the section in the breadcrumb), so an unchanged month is known without
 * extracting its text. Call after the API is staged.
 */
function monthKey(month: ShardMonth, staged: StagedOutputs): string {
  const parts = month.articles.flatMap((article) => {
    const hash = staged.hashOf(`api/v1/${apiPaths.article(article.slug)}`);
    if (hash === undefined) throw new Error(`search index: the API document of "${article.slug}" is not staged yet`);
    return [article.slug, hash];
  });
  return keyOf(SHARD_FORMAT, staged.next.appKey, ...parts);
}

/**
 * The search index, a shard per month: a month whose stories' documents are the same as in the
 * published build keeps its shard as it is, the others are indexed again (in `scratchDir`, then
 * staged). A publish re-indexes the month of the new story only.
 */
export async function stageSearchIndex(site: CompiledSite, staged: StagedOutputs, scratchDir: string): Promise<{ pages: number; shards: number; indexed: number }> {
  const months = shardMonths(site);
  const todo = months.filter((month) => {
    const key = monthKey(month, staged);
    staged.group(`search:${month.id}`, key);
    if (staged.previousGroup(`search:${month.id}`) !== key) return true;
    staged.keepUnder(`${SEARCH_DIR}/${month.id}/`);
    return false;
  });
  await mkdir(path.join(scratchDir, SEARCH_DIR), { recursive: true });
  try {
    let next = 0;
    const worker = async () => {
      while (next < todo.length) await writeSearchShard(shardOf(site, todo[next++]!), scratchDir);
    };
    await Promise.all([worker(), worker()]);
  } finally {
    await closeSearchIndexer();
  }
  if (todo.length === 0 && staged.incremental) staged.keep(LOADER);
  await writeShardList(site, months, scratchDir);
  await staged.putFolder(path.join(scratchDir, SEARCH_DIR), `${SEARCH_DIR}/`);
  return { pages: site.articles.length, shards: months.length, indexed: todo.length };
}
