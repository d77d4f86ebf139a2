import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { build, changesOf } from './build-helpers';

/*
 * Incremental builds give what a clean build gives: the demo newsroom is built, then a story is
 * published, one edited and one removed, then a body and a section's name are edited. After each step
 * the incremental build of that folder is compared file by file with a clean build of the same content.
 * No browser: a build is the thing under test.
 */
/** A demo story in the Gulf section. */
const GULF_STORY = 'gulf-cities-heat-outdoor-work';

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(dir, path.join(prefix, entry.name)) : [path.join(prefix, entry.name)]))
    .sort();
}

/** Every file's bytes, but the report of what the build changed (which differs by design). */
function snapshot(dir: string): Map<string, Buffer> {
  return new Map(listFiles(dir).filter((file) => file !== '.changes.json').map((file) => [file, readFileSync(path.join(dir, file))]));
}

test('publishing, editing and removing stories incrementally gives the same bytes as a clean build', async () => {
  test.setTimeout(300_000);
  const work = mkdtempSync(path.join(os.tmpdir(), 'dateline-incremental-'));
  try {
    const content = path.join(work, 'content');
    cpSync('content/demo', content, { recursive: true });
    const published = path.join(work, 'published');
    await build(content, published, '--clean');

    // Unchanged: nothing is rendered or bundled again, nothing changes.
    const unchanged = await build(content, published);
    expect(unchanged).toContain('Prerendered 0 of');
    expect(unchanged).not.toMatch(/Phase client:/);
    expect(changesOf(published)).toEqual({ added: [], changed: [], removed: [] });

    // A new story, an edited headline, a removed story.
    const articles = path.join(content, 'articles');
    const story = JSON.parse(readFileSync(path.join(articles, 'mosul-old-city-rebuild.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(path.join(articles, 'mosul-souq-reopens-incremental.json'), JSON.stringify({ ...story, slug: 'mosul-souq-reopens-incremental', title: 'Mosul souq reopens its vaulted lanes', publishedAt: '2026-12-01T09:00:00Z', updatedAt: undefined }));
    const edited = JSON.parse(readFileSync(path.join(articles, 'tigris-low-water-farmers.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(path.join(articles, 'tigris-low-water-farmers.json'), JSON.stringify({ ...edited, title: `${String(edited.title)} (updated)` }));
    unlinkSync(path.join(articles, 'lisbon-caps-holiday-lets.json'));

    const log = await build(content, published);
    expect(log).toContain('(incremental)');
    expect(log).not.toMatch(/Phase client:/);
    const changes = changesOf(published);
    expect(changes.added).toEqual(expect.arrayContaining(['api/v1/articles/mosul-souq-reopens-incremental.json', 'article/mosul-souq-reopens-incremental.html']));
    expect(changes.changed).toEqual(expect.arrayContaining(['article/tigris-low-water-farmers.html', 'api/v1/articles/tigris-low-water-farmers.json']));
    expect(changes.removed).toEqual(expect.arrayContaining(['article/lisbon-caps-holiday-lets.html', 'api/v1/articles/lisbon-caps-holiday-lets.json']));

    const clean = path.join(work, 'clean');
    const sameAsClean = async () => {
      await build(content, clean, '--clean');
      const [incremental, full] = [snapshot(published), snapshot(clean)];
      expect([...incremental.keys()]).toEqual([...full.keys()]);
      const differ = [...full.keys()].filter((file) => !full.get(file)!.equals(incremental.get(file)!));
      expect(differ, 'files that differ from a clean build').toEqual([]);
      return incremental;
    };
    await sameAsClean();

    // What an unchanged file's cached facts do not show: a body edited (headline and all else the same),
    // and a section renamed in categories.json, which every story of the section names.
    const bodyEdited = path.join(articles, 'baghdad-book-market-fridays.json');
    const withBody = JSON.parse(readFileSync(bodyEdited, 'utf8')) as { body: unknown[] };
    writeFileSync(bodyEdited, JSON.stringify({ ...withBody, body: [...withBody.body, { type: 'paragraph', content: [{ type: 'text', text: 'A correction was added.' }] }] }));
    const categoriesFile = path.join(content, 'categories.json');
    const categories = JSON.parse(readFileSync(categoriesFile, 'utf8')) as { path: string; name: string }[];
    writeFileSync(categoriesFile, JSON.stringify(categories.map((c) => (c.path === 'region/gulf' ? { ...c, name: 'Gulf States' } : c))));
    await build(content, published);
    const edits = changesOf(published);
    expect(edits.changed).toEqual(expect.arrayContaining(['api/v1/articles/baghdad-book-market-fridays.json', `api/v1/articles/${GULF_STORY}.json`, `article/${GULF_STORY}.html`]));
    const incremental = await sameAsClean();

    // A build that fails leaves the published folder as it was, and says which file is wrong.
    writeFileSync(path.join(articles, 'broken.json'), '{ "slug": "broken", ');
    const failed = await build(content, published).then(() => null, (error: { stderr?: string }) => error.stderr ?? '');
    expect(failed).toMatch(/broken\.json/);
    const after = snapshot(published);
    expect([...after.keys()]).toEqual([...incremental.keys()]);
    expect([...after].filter(([file, bytes]) => !bytes.equals(incremental.get(file)!))).toEqual([]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
