import { describe, expect, it } from 'vitest';
import { parseShardList, searchShardId, shardBatches } from '../../../src/model/search-shards';
import { collectNewestFirst } from '../../../src/features/search/shard-search';

const list = (...sizes: number[]) => ({ shards: sizes.map((articles, i) => ({ id: `2026-${String(12 - i).padStart(2, '0')}`, articles })), sections: [] });

describe('search shards in the browser', () => {
  it('a story’s shard is its UTC month', () => {
    expect(searchShardId('2026-11-30T23:59:59Z')).toBe('2026-11');
    expect(searchShardId('2026-12-01T01:00:00+03:00')).toBe('2026-11');
    expect(() => searchShardId('yesterday')).toThrow(/"yesterday" is not a date-time/);
  });

  it('opens the newest shards first, in groups that double: the first holds at least 1000 stories', () => {
    expect(shardBatches(list(400, 400, 400, 400, 400, 400, 400, 400))).toEqual([
      ['2026-12', '2026-11', '2026-10'],
      ['2026-09', '2026-08', '2026-07', '2026-06', '2026-05'],
    ]);
    expect(shardBatches(list(1500, 1200, 900, 1300))).toEqual([['2026-12'], ['2026-11', '2026-10'], ['2026-09']]);
    expect(shardBatches(list())).toEqual([]);
  });

  it('a shard list that is not one is refused, naming the field', () => {
    expect(parseShardList({ shards: [{ id: '2026-11', articles: 3 }], sections: ['World'] }, 'shards.json')).toEqual({ shards: [{ id: '2026-11', articles: 3 }], sections: ['World'] });
    expect(() => parseShardList({ shards: [{ id: '../x', articles: 3 }], sections: [] }, 'shards.json')).toThrow('shards.json: shards[0].id must be a month such as "2026-11"');
    expect(() => parseShardList({ shards: [{ id: '2026-11', articles: -1 }], sections: [] }, 'shards.json')).toThrow(/shards\[0\]\.articles/);
    expect(() => parseShardList({ shards: [] }, 'shards.json')).toThrow(/"sections"/);
    expect(() => parseShardList('nope', 'shards.json')).toThrow('shards.json: expected an object');
  });

  it('searches older groups only while fewer hits than asked for are in hand, newest group’s hits first', async () => {
    const groups = [['new-a', 'new-b'], [], ['old-a', 'old-b', 'old-c'], ['oldest']];
    const searched: number[] = [];
    const search = (limit: number) => {
      searched.length = 0;
      return collectNewestFirst(groups.length, limit, async (g) => {
        searched.push(g);
        return groups[g]!;
      });
    };
    expect(await search(2)).toEqual({ hits: ['new-a', 'new-b'], searched: 1, complete: false });
    expect(searched).toEqual([0]);
    expect(await search(3)).toEqual({ hits: ['new-a', 'new-b', 'old-a', 'old-b', 'old-c'], searched: 3, complete: false });
    expect(searched).toEqual([0, 1, 2]);
    expect(await search(10)).toEqual({ hits: ['new-a', 'new-b', 'old-a', 'old-b', 'old-c', 'oldest'], searched: 4, complete: true });
  });
});
