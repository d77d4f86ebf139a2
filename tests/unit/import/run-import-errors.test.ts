// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSource } from '../../../src/model/content';
import type { ContentProblem } from '../../../src/pipeline/content/content-error';
import { ImportError } from '../../../src/import/problems';
import { runImport, type RunImportOptions } from '../../../src/import/run-import';
import { writeContent } from '../../../src/import/write-content';
import {
  JSONFEED_FIXTURE,
  WORDPRESS_FIXTURE,
  copyOfWordPressFixture,
  readJsonFile,
  removeTempDirs,
  snapshotTree,
  stagingLeftovers,
  tempDir,
} from '../../fixtures/wordpress/test-dirs';

afterAll(removeTempDirs);

/** An output folder holding an earlier, good import: every failure below must leave it exactly so. */
let out: string;
let before: Awaited<ReturnType<typeof snapshotTree>>;
beforeAll(async () => {
  out = path.join(await tempDir(), 'content');
  await runImport({ kind: 'wordpress', source: WORDPRESS_FIXTURE, out });
  before = await snapshotTree(out);
});

async function failingImport(options: Omit<RunImportOptions, 'out'>): Promise<ContentProblem[]> {
  const error = await runImport({ ...options, out }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  expect(await snapshotTree(out)).toEqual(before);
  expect(await stagingLeftovers(out)).toEqual([]);
  return (error as ImportError).problems;
}

type Posts = Record<string, unknown>[];
async function editPosts(dump: string, file: string, edit: (posts: Posts) => void): Promise<void> {
  const posts = await readJsonFile<Posts>(path.join(dump, file));
  edit(posts);
  await writeFile(path.join(dump, file), JSON.stringify(posts, null, 2));
}

describe('a failed WordPress import names the file, the post and the field, and leaves --out untouched', () => {
  it('a truncated file', async () => {
    const dump = await copyOfWordPressFixture();
    const text = await readFile(path.join(dump, 'posts-2.json'), 'utf8');
    await writeFile(path.join(dump, 'posts-2.json'), text.slice(0, Math.floor(text.length / 2)));
    const problems = await failingImport({ kind: 'wordpress', source: dump });
    expect(problems).toEqual([
      { file: 'posts-2.json', message: expect.stringMatching(/^is truncated: the JSON stops before it is complete .*; expected an array of posts, as returned by GET \/wp-json\/wp\/v2\/posts\?_embed&per_page=100$/) },
    ]);
  });

  it('a WordPress error object instead of an array', async () => {
    const dump = await copyOfWordPressFixture();
    const error = { code: 'rest_post_invalid_page_number', message: 'The page number requested is larger than the number of pages available.', data: { status: 400 } };
    await writeFile(path.join(dump, 'posts-2.json'), JSON.stringify(error));
    const problems = await failingImport({ kind: 'wordpress', source: dump });
    expect(problems).toEqual([
      {
        file: 'posts-2.json',
        message:
          'is a WordPress error response (code "rest_post_invalid_page_number": The page number requested is larger than the number of pages available., HTTP status 400) instead of an array of posts, as returned by GET /wp-json/wp/v2/posts?_embed&per_page=100',
      },
    ]);
  });

  it('an HTML error page', async () => {
    const dump = await copyOfWordPressFixture();
    await writeFile(path.join(dump, 'categories.json'), '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>');
    const problems = await failingImport({ kind: 'wordpress', source: dump });
    expect(problems).toEqual([
      { file: 'categories.json', message: 'is an HTML page ("502 Bad Gateway"), not JSON; expected an array of categories, as returned by GET /wp-json/wp/v2/categories?per_page=100' },
    ]);
  });

  it('a missing title, and an empty one', async () => {
    const dump = await copyOfWordPressFixture();
    await editPosts(dump, 'posts-1.json', (posts) => {
      delete posts[1]!.title;
      posts[2]!.title = { rendered: ' <em></em>&nbsp;' };
    });
    const problems = await failingImport({ kind: 'wordpress', source: dump });
    expect(problems).toEqual([
      { file: 'posts-1.json', item: 'post 1002 (slug "council-harbour-budget")', field: 'title', message: 'a title is required: expected "<html>" or {"rendered": "<html>"}' },
      { file: 'posts-1.json', item: 'post 1003 (slug "spring-night-market-delayed")', field: 'title.rendered', message: 'a title is required: expected a headline, got " <em></em>&nbsp;"' },
    ]);
  });

  it('wrong types, all reported at once', async () => {
    const dump = await copyOfWordPressFixture();
    await editPosts(dump, 'posts-1.json', (posts) => {
      posts[0]!.date_gmt = 20260214;
      posts[3]!.title = ['School choir'];
    });
    await editPosts(dump, 'posts-2.json', (posts) => {
      posts[0]!.content = { rendered: 42 };
    });
    const problems = await failingImport({ kind: 'wordpress', source: dump });
    expect(problems).toEqual([
      { file: 'posts-1.json', item: 'post 1001 (slug "night-ferries-return")', field: 'date_gmt', message: 'expected date_gmt, the publication time in UTC, e.g. "2024-03-05T10:00:00"' },
      { file: 'posts-1.json', item: 'post 1004 (slug "school-choir-three-languages")', field: 'title', message: 'expected a title as "<html>" or {"rendered": "<html>"}' },
      { file: 'posts-2.json', item: 'post 1005 (slug "%d8%b4%d8%a8-%d8%b4%d8%b9%d8%b1-%d8%a8%d9%86%d8%af%d8%b1")', field: 'content.rendered', message: 'expected the content as an HTML string' },
    ]);
  });

  it('a date that is not a date', async () => {
    const dump = await copyOfWordPressFixture();
    await editPosts(dump, 'posts-1.json', (posts) => {
      posts[0]!.date_gmt = 'yesterday';
    });
    expect(await failingImport({ kind: 'wordpress', source: dump })).toEqual([
      { file: 'posts-1.json', item: 'post 1001 (slug "night-ferries-return")', field: 'date_gmt', message: 'expected the publication time in UTC like "2024-03-05T10:00:00", got "yesterday"' },
    ]);
  });

  it('a post that is not an object, with neither id nor slug', async () => {
    const dump = await copyOfWordPressFixture();
    await editPosts(dump, 'posts-2.json', (posts) => {
      posts.push('oops' as unknown as Record<string, unknown>);
    });
    expect(await failingImport({ kind: 'wordpress', source: dump })).toEqual([
      { file: 'posts-2.json', item: 'post at index 4', message: expect.stringMatching(/expected object/) },
    ]);
  });

  it('a required file missing, and a gap in the pages', async () => {
    const dump = await copyOfWordPressFixture();
    await rm(path.join(dump, 'users.json'));
    await writeFile(path.join(dump, 'posts-4.json'), '[]');
    expect(await failingImport({ kind: 'wordpress', source: dump })).toEqual([
      { file: 'posts-3.json', message: 'is missing: the pages of posts must be numbered 1, 2, 3… without gaps' },
      { file: 'users.json', message: 'is missing; expected users.json (or users-1.json, users-2.json, …)' },
    ]);
  });

  it('a source folder that does not exist', async () => {
    const problems = await failingImport({ kind: 'wordpress', source: path.join(path.dirname(out), 'no-such-dump') });
    expect(problems[0]!.message).toMatch(/^does not exist; expected a folder of WordPress REST responses/);
  });
});

describe('a failed JSON Feed import', () => {
  async function feedProblems(value: unknown): Promise<ContentProblem[]> {
    const file = path.join(await tempDir(), 'feed.json');
    await writeFile(file, typeof value === 'string' ? value : JSON.stringify(value));
    return (await failingImport({ kind: 'jsonfeed', source: file })).map((p) => ({ ...p, file: path.basename(p.file) }));
  }
  const feed = async () => readJsonFile<{ items: Record<string, unknown>[] }>(JSONFEED_FIXTURE);

  it('something that is not a JSON Feed (a WordPress posts array)', async () => {
    expect(await feedProblems([{ id: 1 }])).toEqual([{ file: 'feed.json', message: expect.stringMatching(/^Invalid input: expected object/) }]);
    expect(await feedProblems({ title: 'x', items: [] })).toEqual([
      { file: 'feed.json', field: 'version', message: 'expected "version": "https://jsonfeed.org/version/1.1" (is this a JSON Feed?)' },
    ]);
  });

  it('an item without an id, without content, without a date', async () => {
    const doc = await feed();
    delete doc.items[0]!.id;
    delete doc.items[1]!.content_html;
    doc.items[2]!.date_published = 'last Tuesday';
    expect(await feedProblems(doc)).toEqual([
      { file: 'feed.json', item: 'item at index 0', field: 'items.0.id', message: 'expected a unique id (a string)' },
      { file: 'feed.json', item: 'item "https://saltflats.example/notes/flamingo-count"', field: 'items.1.content_html', message: 'expected content_html or content_text (a JSON Feed item needs one of them)' },
      { file: 'feed.json', item: 'item "3" (slug "a-short-note-from-the-weather-mast-wind")', field: 'date_published', message: 'expected date_published as an RFC 3339 date, e.g. "2026-03-01T09:00:00Z", got "last Tuesday"' },
    ]);
  });

  it('a truncated feed and an HTML page', async () => {
    const text = await readFile(JSONFEED_FIXTURE, 'utf8');
    expect((await feedProblems(text.slice(0, 300)))[0]!.message).toMatch(/^is truncated: .*; expected a JSON Feed 1\.1 document/);
    expect((await feedProblems('<html><title>Login</title></html>'))[0]!.message).toBe(
      'is an HTML page ("Login"), not JSON; expected a JSON Feed 1.1 document ({"version": "https://jsonfeed.org/version/1.1", "title", "items": […]})',
    );
  });
});

describe('the write is guarded', () => {
  it('refuses to replace a folder that is not a content folder', async () => {
    const notContent = path.join(await tempDir(), 'src');
    await mkdir(notContent);
    await writeFile(path.join(notContent, 'index.ts'), 'export {};\n');
    const error = await runImport({ kind: 'wordpress', source: WORDPRESS_FIXTURE, out: notContent }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problems[0]!.message).toMatch(/exists and is not a content folder/);
    expect(await readFile(path.join(notContent, 'index.ts'), 'utf8')).toBe('export {};\n');
  });

  it('refuses an --out that is, or holds, the source folder, and an --out that is a symbolic link', async () => {
    const dump = await copyOfWordPressFixture();
    const dumpBefore = await snapshotTree(dump);
    for (const target of [dump, path.dirname(dump)]) {
      const error = await runImport({ kind: 'wordpress', source: dump, out: target }).catch((e: unknown) => e);
      expect((error as ImportError).problems[0]).toEqual({ file: target, message: `is (or contains) the source ${dump}; choose an --out folder outside it` });
    }
    expect(await snapshotTree(dump)).toEqual(dumpBefore);
    const link = path.join(await tempDir(), 'linked');
    await symlink(out, link);
    const error = await runImport({ kind: 'wordpress', source: WORDPRESS_FIXTURE, out: link }).catch((e: unknown) => e);
    expect((error as ImportError).problems[0]!.message).toMatch(/^is a symbolic link/);
  });

  it('runs the pipeline loader before swapping, naming the source post of a problem it finds', async () => {
    const good = await readJsonFile<ArticleSource>(path.join(out, 'articles', 'night-ferries-return.json'));
    const imported = {
      bundle: { site: { name: 'S', description: 'D', lang: 'en' }, categories: [], authors: [], tags: [], articles: [good] },
      origins: new Map([[good.slug, { file: 'posts-1.json', item: 'post 1001 (slug "night-ferries-return")' }]]),
    };
    const error = await writeContent(imported, out).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toMatch(/^Import failed the content checks, nothing was written/);
    expect((error as ImportError).problems).toContainEqual({
      file: 'posts-1.json → articles/night-ferries-return.json',
      item: 'post 1001 (slug "night-ferries-return")',
      field: 'category',
      message: 'unknown category "city-life/harbour" (expected a path from categories.json)',
    });
    expect(await snapshotTree(out)).toEqual(before);
    expect(await stagingLeftovers(out)).toEqual([]);
  });
});

describe('the command line', () => {
  const run = promisify(execFile);
  const cli = (...args: string[]) =>
    run('npx', ['tsx', 'src/import/cli.ts', ...args], { cwd: path.resolve(import.meta.dirname, '../../..') }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );

  it('exits 1 with the problem on stderr, 2 on a usage error, 0 with a summary on success', async () => {
    const dump = await copyOfWordPressFixture();
    await editPosts(dump, 'posts-1.json', (posts) => {
      delete posts[0]!.title;
    });
    const failed = await cli('wordpress', dump, '--out', out, '--quiet');
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('Import failed, nothing was written (1 problem):');
    expect(failed.stderr).toContain('posts-1.json, post 1001 (slug "night-ferries-return"), field "title": a title is required');
    expect(await snapshotTree(out)).toEqual(before);

    const usage = await cli('wordpress', dump);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^missing --out <content-dir>\n\nUsage:/);

    const ok = await cli('wordpress', WORDPRESS_FIXTURE, '--out', out, '--quiet', '--remote-media');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^Nothing changed in .* 7 articles \(0 added, 0 updated, 7 unchanged, 0 removed\); 7 categories, 3 authors, 6 tags\.\nWarnings \(13\):/);
  }, 60_000);
});
