import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { CompiledSite } from '../api/api-documents';
import { closeSearchIndexer, SEARCH_DIR, searchShards, writeSearchShard, writeShardList } from '../outputs/search-index';
import { keyOf } from './content-hash';
import type { StagedOutputs } from './staged-outputs';

/** Bump when the way a shard is written changes (Pagefind's version is part of the app's lockfile, hence of its key). */
const SHARD_FORMAT = 'search-shard-v1';
const LOADER = `${SEARCH_DIR}/pagefind.js`;

/**
 * The search index, a shard per month: a shard whose records are the same as in the published build
 * is kept as it is, the others are indexed again (in `scratchDir`, then staged). A publish re-indexes
 * the month of the new story only.
 */
export async function stageSearchIndex(site: CompiledSite, staged: StagedOutputs, scratchDir: string): Promise<{ pages: number; shards: number; indexed: number }> {
  const shards = searchShards(site);
  const todo = shards.filter((shard) => {
    const key = keyOf(SHARD_FORMAT, staged.next.appKey, JSON.stringify(shard));
    staged.group(`search:${shard.id}`, key);
    if (staged.previousGroup(`search:${shard.id}`) !== key) return true;
    staged.keepUnder(`${SEARCH_DIR}/${shard.id}/`);
    return false;
  });
  await mkdir(path.join(scratchDir, SEARCH_DIR), { recursive: true });
  try {
    let next = 0;
    const worker = async () => {
      while (next < todo.length) await writeSearchShard(todo[next++]!, scratchDir);
    };
    await Promise.all([worker(), worker()]);
  } finally {
    await closeSearchIndexer();
  }
  if (todo.length === 0 && staged.incremental) staged.keep(LOADER);
  await writeShardList(shards, scratchDir);
  await staged.putFolder(path.join(scratchDir, SEARCH_DIR), `${SEARCH_DIR}/`);
  return { pages: site.articles.length, shards: shards.length, indexed: todo.length };
}
