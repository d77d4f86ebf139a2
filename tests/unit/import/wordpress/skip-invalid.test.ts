// @vitest-environment node
import { execFile } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleSource } from '../../../../src/model/content';
import type { ContentProblem } from '../../../../src/pipeline/content/content-error';
import { ImportError, InvalidItemsError } from '../../../../src/import/problems';
import { runImport, type RunImportResult } from '../../../../src/import/run-import';
import { oldWordPressDump, writeDump } from '../../../fixtures/wordpress/old-wordpress';
import { readJsonFile, removeTempDirs, tempDir } from '../../../fixtures/wordpress/test-dirs';

afterAll(removeTempDirs);

type Items = Record<string, unknown>[];
type Files = Record<string, unknown>;

/** The old-WordPress dump with `edit` applied, written to a folder. */
async function dumpWith(edit: (files: Files) => void): Promise<string> {
  const files = oldWordPressDump();
  edit(files);
  const dir = path.join(await tempDir(), 'dump');
  await writeDump(dir, files);
  return dir;
}

const post = (files: Files, id: number) => (files['posts.json'] as Items).find((p) => p.id === id)!;

async function failing(source: string): Promise<{ problems: ContentProblem[]; out: string }> {
  const out = path.join(await tempDir(), 'content');
  const error = await runImport({ kind: 'wordpress', source, out, remoteMedia: true }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidItemsError);
  // Nothing written: not even the folder.
  expect(await stat(out).catch(() => 'missing')).toBe('missing');
  expect(await readdir(path.dirname(out))).toEqual([]);
  return { problems: (error as ImportError).problems, out };
}

describe('required fields still refuse the item, naming the file, the item and the field', () => {
  const cases: [string, (files: Files) => void, ContentProblem][] = [
    [
      'a post without an id',
      (f) => delete post(f, 12).id,
      { file: 'posts.json', item: 'post without an id (slug "bridge-repairs")', field: 'id', message: 'expected a numeric id' },
    ],
    [
      'a post without a title',
      (f) => delete post(f, 12).title,
      { file: 'posts.json', item: 'post 12 (slug "bridge-repairs")', field: 'title', message: 'a title is required: expected "<html>" or {"rendered": "<html>"}' },
    ],
    [
      'a post whose title has no text',
      (f) => (post(f, 12).title = '<b> </b>'),
      { file: 'posts.json', item: 'post 12 (slug "bridge-repairs")', field: 'title.rendered', message: 'a title is required: expected a headline, got "<b> </b>"' },
    ],
    [
      'a post without a date',
      (f) => delete post(f, 12).date_gmt,
      { file: 'posts.json', item: 'post 12 (slug "bridge-repairs")', field: 'date_gmt', message: 'expected date_gmt, the publication time in UTC, e.g. "2024-03-05T10:00:00"' },
    ],
    [
      'a post with a date that is not one',
      (f) => (post(f, 12).date_gmt = '2014-02-30T08:00:00'),
      { file: 'posts.json', item: 'post 12 (slug "bridge-repairs")', field: 'date_gmt', message: 'expected the publication time in UTC like "2024-03-05T10:00:00", got "2014-02-30T08:00:00"' },
    ],
    [
      'a post without content',
      (f) => delete post(f, 12).content,
      { file: 'posts.json', item: 'post 12 (slug "bridge-repairs")', field: 'content', message: 'the content is required: expected "<html>" or {"rendered": "<html>"}' },
    ],
    [
      'a post whose content is not text',
      (f) => (post(f, 12).content = { rendered: 7 }),
      { file: 'posts.json', item: 'post 12 (slug "bridge-repairs")', field: 'content.rendered', message: 'expected the content as an HTML string' },
    ],
    [
      'a category with neither name nor slug',
      (f) => Object.assign((f['categories.json'] as Items)[1]!, { name: null, slug: '' }),
      { file: 'categories.json', item: 'category 5', field: 'name', message: 'expected a name or a slug (a string)' },
    ],
    [
      'a media item without its file',
      (f) => delete (f['media.json'] as Items)[4]!.source_url,
      { file: 'media.json', item: 'media item 305 (slug "mill-5")', field: 'source_url', message: 'expected source_url, the URL of the file' },
    ],
  ];
  it.each(cases)('%s', async (_, edit, problem) => {
    const { problems } = await failing(await dumpWith(edit));
    expect(problems).toEqual([problem]);
  });

  it('a post without a slug is not refused: its title makes one', async () => {
    const source = await dumpWith((f) => delete post(f, 12).slug);
    const out = path.join(await tempDir(), 'content');
    const result = await runImport({ kind: 'wordpress', source, out, remoteMedia: true });
    expect(result.counts).toMatchObject({ articles: 5, skipped: 0 });
    expect((await readJsonFile<ArticleSource>(path.join(out, 'articles', 'bridge-repairs.json'))).title).toBe('Bridge repairs');
    expect(result.warnings.list.filter((w) => w.kind === 'slug-changed').map((w) => [w.item, w.detail])).toEqual([['post 12', 'no slug: made from the title']]);
  });

  it('a draft is skipped before it is checked: its missing date is not a problem', async () => {
    const source = await dumpWith((f) => Object.assign(post(f, 12), { status: 'draft', date_gmt: null }));
    const out = path.join(await tempDir(), 'content');
    const result = await runImport({ kind: 'wordpress', source, out, remoteMedia: true });
    expect(result.counts).toMatchObject({ articles: 4, skipped: 0 });
    expect(result.warnings.list.filter((w) => w.kind === 'post-skipped').map((w) => [w.item, w.detail])).toEqual([['post 12 (slug "bridge-repairs")', 'status "draft"']]);
  });
});

describe('--skip-invalid', () => {
  const broken = () =>
    dumpWith((f) => {
      delete post(f, 12).date_gmt;
      post(f, 12).content = 42;
      (f['media.json'] as Items)[4]!.source_url = null;
    });
  const expected: ContentProblem[] = [
    { file: 'posts.json', item: 'post 12 (slug "bridge-repairs")', field: 'date_gmt', message: 'expected date_gmt, the publication time in UTC, e.g. "2024-03-05T10:00:00"' },
    { file: 'posts.json', item: 'post 12 (slug "bridge-repairs")', field: 'content', message: 'expected the content as "<html>" or {"rendered": "<html>"}' },
    { file: 'media.json', item: 'media item 305 (slug "mill-5")', field: 'source_url', message: 'expected source_url, the URL of the file' },
  ];

  it('is off by default: a malformed post fails the import and nothing is written', async () => {
    const { problems } = await failing(await broken());
    expect(problems).toEqual(expected);
  });

  it('imports the rest, and lists and counts what it skipped', async () => {
    const out = path.join(await tempDir(), 'content');
    const result: RunImportResult = await runImport({ kind: 'wordpress', source: await broken(), out, remoteMedia: true, skipInvalid: true });
    expect(result.counts).toMatchObject({ articles: 4, skipped: 2 });
    expect(result.skipped).toEqual(expected);
    expect(result.warnings.summary().filter((g) => g.kind === 'invalid-skipped').map((g) => [g.detail, g.count, g.examples])).toEqual([
      ['media item', 1, ['media item 305 (slug "mill-5")']],
      ['post', 1, ['post 12 (slug "bridge-repairs")']],
    ]);
    expect((await readdir(path.join(out, 'articles'))).sort()).toEqual(['choir-night.json', 'flood-warning.json', 'market-day.json', 'mill-reopens.json']);
    // The link to the skipped post keeps pointing at the old site.
    const mill = await readJsonFile<ArticleSource>(path.join(out, 'articles', 'mill-reopens.json'));
    expect(JSON.stringify(mill.body)).toContain('"href":"https://oldmill.example/2014/03/bridge-repairs/"');
  });

  it('on the command line: the summary counts the skipped items and the last lines list them; without it, the error says how to go on', async () => {
    const run = promisify(execFile);
    const cli = (...args: string[]) =>
      run('npx', ['tsx', 'src/import/cli.ts', ...args], { cwd: path.resolve(import.meta.dirname, '../../../..') }).then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
      );
    const source = await broken();
    const out = path.join(await tempDir(), 'content');

    const refused = await cli('wordpress', source, '--out', out, '--quiet', '--remote-media');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Import failed, nothing was written (3 problems):');
    expect(refused.stderr.trimEnd().split('\n').at(-1)).toBe('--skip-invalid imports the rest, leaving these items out and listing them.');

    const skipped = await cli('wordpress', source, '--out', out, '--quiet', '--remote-media', '--skip-invalid');
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toMatch(/^Imported into .* 4 articles \(4 added, 0 updated, 0 unchanged, 0 removed\); 3 categories, 3 authors, 1 tags; 2 invalid items skipped \(listed below\)\.\n/);
    expect(skipped.stdout).toMatch(/ 1 × invalid item skipped \(--skip-invalid\): listed at the end \(post\) — e\.g\. post 12 \(slug "bridge-repairs"\)\n/);
    expect(skipped.stdout.trimEnd().split('\n').slice(-4)).toEqual([
      'Skipped 2 invalid items (--skip-invalid), not imported:',
      '  - posts.json, post 12 (slug "bridge-repairs"), field "date_gmt": expected date_gmt, the publication time in UTC, e.g. "2024-03-05T10:00:00"',
      '  - posts.json, post 12 (slug "bridge-repairs"), field "content": expected the content as "<html>" or {"rendered": "<html>"}',
      '  - media.json, media item 305 (slug "mill-5"), field "source_url": expected source_url, the URL of the file',
    ]);

    const jsonfeed = await cli('jsonfeed', 'feed.json', '--out', out, '--skip-invalid');
    expect(jsonfeed.code).toBe(2);
    expect(jsonfeed.stderr).toMatch(/^--skip-invalid is for wordpress and wordpress-export imports\n/);
  }, 60_000);
});
