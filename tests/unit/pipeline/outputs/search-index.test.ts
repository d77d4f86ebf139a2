// @vitest-environment node
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileSite } from '../../../../src/pipeline/api/api-documents';
import { closeSearchIndexer, shardMonths, shardOf, writeSearchShard, writeShardList, type SearchShard } from '../../../../src/pipeline/outputs/search-index';
import { parseShardList } from '../../../../src/model/search-shards';
import type { Content } from '../../../../src/pipeline/content/load-content';
import { syntheticLoaded } from '../../../fixtures/synthetic-site';

const dirs: string[] = [];
afterAll(async () => {
  await closeSearchIndexer();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});
const tmp = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-search-'));
  dirs.push(dir);
  return dir;
};

const content = syntheticLoaded(300);
/** Every month's shard of a site, newest month first, as the build makes them. */
const shardsOf = (c: Content) => {
  const site = compileSite(c);
  return shardMonths(site).map((month) => shardOf(site, month));
};
/** Shard id → its records as bytes: what decides whether a shard's bundle is rewritten. */
const fingerprints = (shards: SearchShard[]) => new Map(shards.map((s) => [s.id, JSON.stringify(s.articles)]));
const changedShards = (a: SearchShard[], b: SearchShard[]) => {
  const before = fingerprints(a);
  const after = fingerprints(b);
  return [...new Set([...before.keys(), ...after.keys()])].filter((id) => before.get(id) !== after.get(id)).sort();
};

describe('search shards', () => {
  const shards = shardsOf(content);

  it('groups every story by its UTC month of publication, newest month first, newest story first within a month', () => {
    expect(shards.reduce((n, s) => n + s.articles.length, 0)).toBe(300);
    expect(shards.length).toBeGreaterThan(12);
    for (const shard of shards) {
      expect(shard.id).toMatch(/^\d{4}-\d{2}$/);
      for (const record of shard.articles) expect(new Date(record.publishedAt).toISOString().slice(0, 7)).toBe(shard.id);
      const times = shard.articles.map((r) => Date.parse(r.publishedAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    }
    const ids = shards.map((s) => s.id);
    expect(ids).toEqual([...ids].sort().reverse());
  });

  it('a month is cut in UTC: a story at 23:30 on 31 January in New York is February’s', () => {
    const source = content.articles[0]!;
    const late = shardsOf({ ...content, articles: [{ ...source, publishedAt: '2025-01-31T23:30:00-05:00' }] });
    expect(late.map((s) => s.id)).toEqual(['2025-02']);
  });

  it('holds the title, standfirst and body words, the section name and the URL of each story', () => {
    const site = compileSite(content);
    const article = site.articles[0]!;
    const record = shards[0]!.articles[0]!;
    expect(record.url).toBe(`/article/${article.slug}`);
    expect(record.title).toBe(article.title);
    expect(record.content).toContain(article.standfirst);
    expect(record.content).toContain(article.title);
    expect(record.content.length).toBeGreaterThan(article.standfirst.length + article.title.length + 100);
    expect(record.section).toBe(site.categories.get(article.category.path.split('/')[0]!)!.name);
  });

  it('is the same for the same site, whatever order the files were read in', () => {
    const shuffled = { ...content, articles: [...content.articles].reverse() };
    expect(JSON.stringify(shardsOf(shuffled))).toBe(JSON.stringify(shards));
  });

  it('deleting, editing or publishing a story changes its own shard only', () => {
    const victim = content.articles[150]!;
    const month = new Date(victim.publishedAt).toISOString().slice(0, 7);
    const deleted = shardsOf({ ...content, articles: content.articles.filter((a) => a !== victim) });
    expect(changedShards(shards, deleted)).toEqual([month]);

    const edited = shardsOf({ ...content, articles: content.articles.map((a) => (a === victim ? { ...a, title: 'A corrected headline' } : a)) });
    expect(changedShards(shards, edited)).toEqual([month]);

    const published = shardsOf({ ...content, articles: [...content.articles, { ...victim, slug: 'breaking-story', publishedAt: '2026-12-02T07:00:00Z' }] });
    expect(changedShards(shards, published)).toEqual(['2026-12']);
    expect(published[0]!.id).toBe('2026-12');
  });
});

describe('writing search shards', () => {
  it('a shard written twice gives the same bytes; the bundle holds only what a search uses; the loader is shared', async () => {
    const shard = shardsOf(content)[0]!;
    const [a, b] = [await tmp(), await tmp()];
    await writeSearchShard(shard, a);
    await writeSearchShard(shard, b);
    const files = async (root: string) => {
      const out: Record<string, string> = {};
      const walk = async (dir: string) => {
        for (const entry of await readdir(dir, { withFileTypes: true })) {
          const p = path.join(dir, entry.name);
          if (entry.isDirectory()) await walk(p);
          else out[path.relative(root, p)] = (await readFile(p)).toString('base64');
        }
      };
      await walk(root);
      return out;
    };
    const [first, second] = [await files(a), await files(b)];
    expect(Object.keys(first).length).toBeGreaterThan(3);
    expect(second).toEqual(first);
    const names = Object.keys(first);
    expect(names).toContain('pagefind/pagefind.js');
    expect(names).toContain(`pagefind/${shard.id}/pagefind-entry.json`);
    expect(names.some((n) => /^pagefind\/[^/]+\/fragment\//.test(n))).toBe(true);
    expect(names.some((n) => /^pagefind\/[^/]+\/wasm\.en\.pagefind$/.test(n))).toBe(true);
    expect(names.filter((n) => n.startsWith(`pagefind/${shard.id}/pagefind`) && n.endsWith('.js'))).toEqual([]);
    expect(names.filter((n) => n.includes('-ui'))).toEqual([]);
  }, 60_000);

  it('the shard list names every shard newest first with its size, and every section', async () => {
    const shards = shardsOf(content);
    const out = await tmp();
    const site = compileSite(content);
    await writeShardList(site, shardMonths(site), out);
    const list = parseShardList(JSON.parse(await readFile(path.join(out, 'pagefind/shards.json'), 'utf8')), 'shards.json');
    expect(list.shards).toEqual(shards.map((s) => ({ id: s.id, articles: s.articles.length })));
    expect(list.sections).toEqual([...new Set(shards.flatMap((s) => s.articles.map((r) => r.section)))].sort());
  });
});
