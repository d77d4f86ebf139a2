// No zod here: the browser's search page imports this file.

/** pagefind/shards.json: the search index's month shards, newest first. Written by the build, read by the search page. */
export interface SearchShardList {
  shards: { id: string; articles: number }[];
  /** Every top-level section that has a story, sorted: the search page's filter. */
  sections: string[];
}

/** The shard a story belongs to: its UTC month of publication, "2026-11". It never changes with the archive. */
export function searchShardId(publishedAt: string): string {
  const time = Date.parse(publishedAt);
  if (Number.isNaN(time)) throw new Error(`search shard: "${publishedAt}" is not a date-time`);
  return new Date(time).toISOString().slice(0, 7);
}

const SHARD_ID = /^\d{4}-\d{2}$/;

/** Checks a fetched shard list, naming the field that is wrong. */
export function parseShardList(data: unknown, source: string): SearchShardList {
  const fail = (what: string) => new Error(`${source}: ${what}`);
  if (typeof data !== 'object' || data === null) throw fail('expected an object');
  const { shards, sections } = data as Record<string, unknown>;
  if (!Array.isArray(shards)) throw fail('"shards" must be a list');
  if (!Array.isArray(sections) || !sections.every((s) => typeof s === 'string')) throw fail('"sections" must be a list of names');
  return {
    shards: shards.map((shard: unknown, i) => {
      const { id, articles } = (shard ?? {}) as Record<string, unknown>;
      if (typeof id !== 'string' || !SHARD_ID.test(id)) throw fail(`shards[${i}].id must be a month such as "2026-11"`);
      if (typeof articles !== 'number' || !Number.isInteger(articles) || articles < 0) throw fail(`shards[${i}].articles must be a count`);
      return { id, articles };
    }),
    sections: sections as string[],
  };
}

/**
 * The order the browser opens shards in, as groups searched together: the first group is the newest
 * shards holding at least `first` stories (at least one shard), each later group holds at least twice
 * the stories of the one before. A query needing few results touches only the newest stories.
 */
export function shardBatches(list: SearchShardList, first = 1000): string[][] {
  const batches: string[][] = [];
  let batch: string[] = [];
  let size = 0;
  let target = first;
  for (const shard of list.shards) {
    batch.push(shard.id);
    size += shard.articles;
    if (size >= target) {
      batches.push(batch);
      batch = [];
      size = 0;
      target *= 2;
    }
  }
  if (batch.length) batches.push(batch);
  return batches;
}
