/*
 * Newest first over the search index's month shards: the shards are searched in groups (see
 * shardBatches), newest group first, each group's hits ranked by relevance; older groups are searched
 * only while fewer hits than the page shows are in hand. So the first ten results of a common word come
 * from the newest month alone, and "Show more results" reaches further back.
 */

export interface BatchHits<T> {
  /** The hits found so far, newest group first, by relevance within a group. */
  hits: T[];
  /** How many groups were searched; when all were, `hits` is every hit there is. */
  searched: number;
  complete: boolean;
}

/** Searches groups 0, 1, … until at least `limit` hits are in hand or no group is left. */
export async function collectNewestFirst<T>(groups: number, limit: number, searchGroup: (group: number) => Promise<readonly T[]>): Promise<BatchHits<T>> {
  const hits: T[] = [];
  let searched = 0;
  while (searched < groups && hits.length < limit) {
    hits.push(...(await searchGroup(searched)));
    searched += 1;
  }
  return { hits, searched, complete: searched === groups };
}
