// @vitest-environment node
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ImportError } from '../../../../src/import/problems';
import { loadContent } from '../../../../src/pipeline/content/load-content';
import { runImport } from '../../../../src/import/run-import';
import { IMPORT_STATE_FILE } from '../../../../src/import/serialize-content';
import { startFakeWordPress, type FakeWordPress } from '../../../fixtures/wordpress/fake-wordpress';
import { copyOfWordPressFixture, removeTempDirs, snapshotTree, tempDir } from '../../../fixtures/wordpress/test-dirs';

afterAll(removeTempDirs);

let server: FakeWordPress | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const FAST = { backoffBaseMs: 1, maxBackoffMs: 5, timeoutMs: 2_000, retries: 1 };

type Post = Record<string, unknown> & { id: number; modified_gmt: string; title: { rendered: string } };

async function editDump(dir: string, edit: (posts: Post[]) => Post[], file = 'posts-1.json'): Promise<void> {
  const posts = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Post[];
  await writeFile(path.join(dir, file), JSON.stringify(edit(posts)));
}

/** A site and a content folder imported from it in full. */
async function importedSite() {
  const dump = await copyOfWordPressFixture();
  server = await startFakeWordPress({ dir: dump });
  const out = path.join(await tempDir(), 'content');
  await runImport({ kind: 'wordpress', source: server.url, out, http: FAST, remoteMedia: true });
  return { dump, site: server, out };
}

const sync = (source: string, out: string, since = 'last') => runImport({ kind: 'wordpress', source, out, http: FAST, remoteMedia: true, since });

/** The site after a day's news: post 1004 edited, `deleted` deleted, 1009 published (a copy of 1001). */
async function publishDay(dump: string, deleted = 1002): Promise<void> {
  await editDump(dump, (posts) => posts.filter((p) => p.id !== deleted), 'posts-2.json');
  await editDump(dump, (posts) => {
    const kept = posts.filter((p) => p.id !== deleted);
    const edited = kept.map((p) => (p.id === 1004 ? { ...p, title: { rendered: 'School choir sings in four languages' }, modified_gmt: '2026-02-25T09:00:00' } : p));
    const first = posts.find((p) => p.id === 1001)!;
    return [...edited, { ...first, id: 1009, slug: 'ferry-timetable-extended', title: { rendered: 'Ferry timetable extended' }, date_gmt: '2026-02-26T07:00:00', modified_gmt: '2026-02-26T07:00:00', link: 'https://harbour-ledger.example/2026/02/ferry-timetable-extended/', guid: { rendered: 'https://harbour-ledger.example/?p=1009' } }];
  });
}

describe('WordPress --since sync', () => {
  it('asks for posts modified since the last import, drops deleted posts, and leaves every other file as it was', async () => {
    const { dump, site, out } = await importedSite();
    const before = await snapshotTree(out);
    await publishDay(dump);
    site.requests.length = 0;

    const result = await sync(site.url, out);
    const posts = site.requests.filter((r) => r.startsWith('/wp-json/wp/v2/posts'));
    // The newest modification seen was 2026-02-20T17:00:00Z; asked a day earlier (time zones, same-second saves).
    expect(posts.filter((r) => r.includes('modified_after='))).toEqual(['/wp-json/wp/v2/posts?_embed=1&modified_after=2026-02-19T17%3A00%3A00.000Z&per_page=100&page=1&orderby=id&order=asc']);
    expect(posts.filter((r) => r.includes('_fields=id&'))).toHaveLength(1);
    expect(posts.filter((r) => !r.includes('modified_after=') && !r.includes('_fields=id&'))).toEqual([]);

    expect(result.report.added).toEqual(['articles/ferry-timetable-extended.json']);
    // 1001 linked to the deleted post: the link goes back to the post's address on the site, not to a missing article.
    expect(result.report.updated).toEqual(['articles/night-ferries-return.json', 'articles/school-choir-three-languages.json']);
    expect(await readFile(path.join(out, 'articles/night-ferries-return.json'), 'utf8')).toContain('"href": "https://harbour-ledger.example/2026/02/council-harbour-budget/"');
    expect(result.report.removed).toEqual(['articles/council-harbour-budget.json']);
    const after = await snapshotTree(out);
    const changed = Object.keys({ ...before, ...after }).filter((file) => before[file]?.text !== after[file]?.text).sort();
    // Post 1002 was the only one tagged 52: the tag goes, as a full import would drop it.
    expect(changed).toEqual([
      IMPORT_STATE_FILE,
      'articles/council-harbour-budget.json',
      'articles/ferry-timetable-extended.json',
      'articles/night-ferries-return.json',
      'articles/school-choir-three-languages.json',
      'tags.json',
    ]);
    for (const file of Object.keys(before).filter((f) => f.startsWith('articles/') && !changed.includes(f))) {
      expect({ file, ino: after[file]!.ino, mtimeMs: after[file]!.mtimeMs }).toEqual({ file, ino: before[file]!.ino, mtimeMs: before[file]!.mtimeMs });
    }
    expect(JSON.parse(after[IMPORT_STATE_FILE]!.text)).toMatchObject({ newestModified: '2026-02-26T07:00:00Z', posts: { 1009: { slug: 'ferry-timetable-extended' } } });
    expect(JSON.parse(after[IMPORT_STATE_FILE]!.text).posts).not.toHaveProperty('1002');
  });

  it('ends with exactly the folder a full import of the changed site writes', async () => {
    const { dump, site, out } = await importedSite();
    await publishDay(dump, 1008);
    await sync(site.url, out);
    const fresh = path.join(await tempDir(), 'content');
    await runImport({ kind: 'wordpress', source: site.url, out: fresh, http: FAST, remoteMedia: true });
    const texts = async (dir: string) => Object.fromEntries(Object.entries(await snapshotTree(dir)).map(([k, v]) => [k, v.text]));
    expect(await texts(out)).toEqual(await texts(fresh));
    // The build's loader reads the synced folder, state file and all.
    expect((await loadContent(out)).articles).toHaveLength(7);
  });

  it('points links of kept articles at a post whose slug changed', async () => {
    const { dump, site, out } = await importedSite();
    await editDump(dump, (posts) => posts.map((p) => (p.id === 1002 ? { ...p, slug: 'harbour-budget-passed', modified_gmt: '2026-02-25T09:00:00' } : p)));
    const result = await sync(site.url, out);
    expect(result.report.added).toEqual(['articles/harbour-budget-passed.json']);
    expect(result.report.removed).toEqual(['articles/council-harbour-budget.json']);
    expect(result.report.updated).toEqual(['articles/night-ferries-return.json']);
    const linking = await readFile(path.join(out, 'articles/night-ferries-return.json'), 'utf8');
    expect(linking).toContain('"href": "/article/harbour-budget-passed"');
    expect(linking).not.toContain('/article/council-harbour-budget');
  });

  it('writes nothing when nothing changed', async () => {
    const { site, out } = await importedSite();
    const before = await snapshotTree(out);
    const result = await sync(site.url, out);
    expect(result.report.wrote).toBe(false);
    expect(await snapshotTree(out)).toEqual(before);
  });

  it('fetches a published post it never saw even when its modification date is older (a scheduled post going live)', async () => {
    const { dump, site, out } = await importedSite();
    await editDump(dump, (posts) => posts.map((p) => (p.id === 1007 ? { ...p, status: 'publish', modified_gmt: '2026-02-01T00:00:00' } : p)), 'posts-2.json');
    site.requests.length = 0;
    const result = await sync(site.url, out);
    expect(result.report.added).toEqual(['articles/draft-sea-wall-explainer.json']);
    expect(site.requests.some((r) => r.includes('include=1007&'))).toBe(true);
  });

  it('accepts an ISO date instead of "last"', async () => {
    const { site, out } = await importedSite();
    site.requests.length = 0;
    await sync(site.url, out, '2026-02-15T00:00:00Z');
    expect(site.requests.some((r) => r.includes('modified_after=2026-02-14T00%3A00%3A00.000Z&'))).toBe(true);
  });

  it('falls back to a full import, saying so, when the folder has no state', async () => {
    const dump = await copyOfWordPressFixture();
    server = await startFakeWordPress({ dir: dump });
    const out = path.join(await tempDir(), 'content');
    const result = await sync(server.url, out);
    expect(result.note).toMatch(/^No .*\.import-state\.json from an earlier import: importing the whole site/);
    expect(result.counts.articles).toBe(7);
    expect(server.requests.some((r) => r.includes('modified_after'))).toBe(false);
  });

  it('names the state file and the field when the state is bad', async () => {
    const { site, out } = await importedSite();
    const before = await snapshotTree(out);
    const file = path.join(out, IMPORT_STATE_FILE);
    await writeFile(file, JSON.stringify({ version: 1, site: site.url, newestModified: 'yesterday', posts: { 1001: {} } }));
    const error = await sync(site.url, out).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    const messages = (error as ImportError).problems.map((p) => `${p.file}: ${p.message}`);
    expect(messages).toContainEqual(expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: field "newestModified": expected the newest modified_gmt`)));
    expect(messages).toContainEqual(expect.stringContaining('field "posts.1001.slug"'));

    await writeFile(file, '{ not json');
    await expect(sync(site.url, out)).rejects.toThrow(/\.import-state\.json.*is not JSON/s);
    const { [IMPORT_STATE_FILE]: _state, ...rest } = await snapshotTree(out);
    const { [IMPORT_STATE_FILE]: _old, ...restBefore } = before;
    expect(rest).toEqual(restBefore);
  });

  it('refuses to sync a folder imported from another site', async () => {
    const { site, out } = await importedSite();
    const other = `${site.url.replace('127.0.0.1', 'localhost')}`;
    await expect(sync(other, out)).rejects.toThrow(/field "site": the folder was imported from http:\/\/127\.0\.0\.1/);
  });
});
