// @vitest-environment node
import { readdirSync, readFileSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFolder, loadContent, type ContentFolder } from '../../../../src/pipeline/content/load-content';
import { folderSource } from '../../../../src/pipeline/content/content-source';
import { ContentError } from '../../../../src/pipeline/content/content-error';
import { ArticleCache } from '../../../../src/pipeline/incremental/article-cache';
import { articleSource, makeContentDir, makeTempDir, removeContentDirs } from '../../../fixtures/content';

afterAll(removeContentDirs);

const articles = {
  'dam-levels-fall.json': articleSource('dam-levels-fall', { body: [{ type: 'paragraph', content: [{ type: 'text', text: 'One two three four.' }] }] }),
  'river-trade.json': articleSource('river-trade', { tags: [], publishedAt: '2026-11-21T08:30:00Z' }),
};

/** One build's reading of the folder through the cache, which is then saved as a build would. */
function readThrough(cacheDir: string, dir: string, code = 'code-1'): { folder: ContentFolder; cache: ArticleCache } {
  const cache = ArticleCache.open(cacheDir, dir, code, true);
  const folder = checkFolder(folderSource(dir), cache.reader);
  cache.save();
  return { folder, cache };
}

/** Sets a file's times an hour back, as a file written long before the build. */
const age = (file: string) => utimesSync(file, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));

async function setup() {
  const dir = await makeContentDir({ articles });
  for (const name of Object.keys(articles)) age(path.join(dir, 'articles', name));
  return { dir, cacheDir: await makeTempDir('dateline-article-cache-') };
}

describe('ArticleCache: the facts of unchanged article files', () => {
  it('gives the same facts as parsing, and takes them from the cache once the files are unchanged', async () => {
    const { dir, cacheDir } = await setup();
    const first = readThrough(cacheDir, dir);
    expect(first.cache.hits).toBe(0);
    const second = readThrough(cacheDir, dir);
    expect(second.cache.hits).toBe(2);
    expect(second.folder.entries.map((e) => [e.file, e.hash, e.facts])).toEqual(first.folder.entries.map((e) => [e.file, e.hash, e.facts]));
    // A cached entry has no source in memory: the body is read when a document needs it, as parsing gives it.
    const cached = second.folder.entries.find((e) => e.file === 'articles/dam-levels-fall.json')!;
    expect(cached.source).toBeUndefined();
    const loaded = await loadContent(dir);
    expect(second.cache.readSource(cached)).toEqual(loaded.articles.find((a) => a.slug === 'dam-levels-fall'));
  });

  it('parses a file again once it is edited, even to the same size with its time put back', async () => {
    const { dir, cacheDir } = await setup();
    readThrough(cacheDir, dir);
    const file = path.join(dir, 'articles', 'dam-levels-fall.json');
    const before = statSync(file);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('One two three four.', 'Uno dos tres cuatro'));
    utimesSync(file, before.atime, before.mtime);
    expect(statSync(file).size).toBe(before.size);
    const { folder, cache } = readThrough(cacheDir, dir);
    expect(cache.hits).toBe(1);
    expect(folder.entries.find((e) => e.file === 'articles/dam-levels-fall.json')!.source?.body).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Uno dos tres cuatro' }] }]);
  });

  it('checks a file written just before the build by its bytes the next time, not by its stat', async () => {
    const { dir, cacheDir } = await setup();
    const file = path.join(dir, 'articles', 'river-trade.json');
    writeFileSync(file, JSON.stringify(articleSource('river-trade', { title: 'Written a moment ago', tags: [] })));
    readThrough(cacheDir, dir);
    const saved = JSON.parse(readFileSync(path.join(cacheDir, readdirSync(cacheDir)[0]!), 'utf8')) as { entries: Record<string, { racy: boolean }> };
    expect(saved.entries['articles/river-trade.json']!.racy).toBe(true);
    expect(saved.entries['articles/dam-levels-fall.json']!.racy).toBe(false);
    const { folder, cache } = readThrough(cacheDir, dir);
    expect(cache.hits).toBe(2); // the same bytes: its facts are kept
    expect(folder.entries.find((e) => e.file === 'articles/river-trade.json')!.facts.head.title).toBe('Written a moment ago');
  });

  it('is not used by other code, by a clean build, or when it is damaged', async () => {
    const { dir, cacheDir } = await setup();
    readThrough(cacheDir, dir);
    expect(readThrough(cacheDir, dir, 'code-2').cache.hits).toBe(0);
    const clean = ArticleCache.open(cacheDir, dir, 'code-2', false);
    checkFolder(folderSource(dir), clean.reader);
    expect(clean.hits).toBe(0);
    const [name] = readdirSync(cacheDir);
    writeFileSync(path.join(cacheDir, name!), '{"version":1,');
    const damaged = readThrough(cacheDir, dir, 'code-2');
    expect(damaged.cache.hits).toBe(0);
    expect(damaged.folder.entries).toHaveLength(2);
  });

  it('still reports a file that became invalid, and the references of cached files against the other files', async () => {
    const { dir, cacheDir } = await setup();
    readThrough(cacheDir, dir);
    writeFileSync(path.join(dir, 'articles', 'river-trade.json'), '{ "slug": "river-trade", ');
    // The cached article's tag is gone from tags.json: its facts are checked again, not trusted.
    writeFileSync(path.join(dir, 'tags.json'), JSON.stringify([]));
    const error = (() => {
      try {
        readThrough(cacheDir, dir);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'articles/river-trade.json', message: expect.stringMatching(/not valid JSON/) }),
        expect.objectContaining({ file: 'articles/dam-levels-fall.json', field: 'tags.0', message: expect.stringMatching(/unknown tag "water"/) }),
      ]),
    );
  });

  it('stops the build when a file changes between reading its facts and reading its body', async () => {
    const { dir, cacheDir } = await setup();
    readThrough(cacheDir, dir);
    const { folder, cache } = readThrough(cacheDir, dir);
    const entry = folder.entries.find((e) => e.file === 'articles/river-trade.json')!;
    writeFileSync(path.join(dir, 'articles', 'river-trade.json'), JSON.stringify(articleSource('river-trade', { title: 'Edited mid-build', tags: [] })));
    expect(() => cache.readSource(entry)).toThrow(/articles\/river-trade\.json changed while the build was running/);
  });

  it("keeps each story's related picks and what they were scored on, for the next build; none once a story has none", async () => {
    const { dir, cacheDir } = await setup();
    const cache = ArticleCache.open(cacheDir, dir, 'code-1', true);
    checkFolder(folderSource(dir), cache.reader);
    const stories = [{ slug: 'river-trade' }, { slug: 'dam-levels-fall' }];
    cache.recordRelated(stories, [[1], [0]]);
    cache.save();
    const next = ArticleCache.open(cacheDir, dir, 'code-1', true);
    const before = next.scoredBefore()!;
    expect(before.get('river-trade')).toEqual({ scoring: JSON.stringify(['2026-11-21T08:30:00Z', 'region/iraq', [], 'en']), publishedAt: '2026-11-21T08:30:00Z', picks: ['dam-levels-fall'] });
    expect(before.get('dam-levels-fall')!.picks).toEqual(['river-trade']);
    // A build that saves without picks (say, one stopped before the API) leaves nothing to reuse.
    checkFolder(folderSource(dir), next.reader);
    next.save();
    expect(ArticleCache.open(cacheDir, dir, 'code-1', true).scoredBefore()).toBeUndefined();
  });

  it('forgets a removed file', async () => {
    const { dir, cacheDir } = await setup();
    readThrough(cacheDir, dir);
    unlinkSync(path.join(dir, 'articles', 'river-trade.json'));
    readThrough(cacheDir, dir);
    const [name] = readdirSync(cacheDir);
    const saved = JSON.parse(readFileSync(path.join(cacheDir, name!), 'utf8')) as { entries: Record<string, unknown> };
    expect(Object.keys(saved.entries)).toEqual(['articles/dam-levels-fall.json']);
  });
});
