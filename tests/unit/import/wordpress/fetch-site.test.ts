// @vitest-environment node
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ImportError } from '../../../../src/import/problems';
import type { Progress } from '../../../../src/import/progress';
import { IMPORT_STATE_FILE } from '../../../../src/import/serialize-content';
import { runImport, type RunImportOptions } from '../../../../src/import/run-import';
import { Warnings } from '../../../../src/import/warnings';
import { fetchWordPressSite } from '../../../../src/import/wordpress/fetch-site';
import { startFakeWordPress, type FakeWordPress, type FakeWordPressOptions } from '../../../fixtures/wordpress/fake-wordpress';
import { JSONFEED_FIXTURE, WORDPRESS_FIXTURE, removeTempDirs, snapshotTree, tempDir } from '../../../fixtures/wordpress/test-dirs';

afterAll(removeTempDirs);

let server: FakeWordPress | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Retries stay fast in tests: a 1 ms backoff base, a short timeout. */
const FAST = { backoffBaseMs: 1, maxBackoffMs: 5, timeoutMs: 2_000, retries: 3 };

async function start(options: Partial<FakeWordPressOptions> = {}): Promise<FakeWordPress> {
  server = await startFakeWordPress({ dir: WORDPRESS_FIXTURE, ...options });
  return server;
}

async function importFrom(source: string, extra: Partial<RunImportOptions> = {}) {
  const out = path.join(await tempDir(), 'content');
  const result = await runImport({ kind: 'wordpress', source, out, http: FAST, ...extra });
  return { out, result };
}

const texts = (tree: Awaited<ReturnType<typeof snapshotTree>>) => Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, v.text]));

describe('WordPress import from a site URL', () => {
  it('fetches every endpoint page by page and writes exactly what the folder import writes', async () => {
    const site = await start();
    const steps: string[] = [];
    const progress: Progress = {
      start: (total) => steps.push(`start ${total}`),
      setTotal: (total) => steps.push(`total ${total}`),
      increment: () => steps.push('+'),
      stop: () => steps.push('stop'),
    };
    const { out, result } = await importFrom(site.url, { progress });
    expect(result.counts.articles).toBe(7);

    const fromFolder = path.join(await tempDir(), 'content');
    await runImport({ kind: 'wordpress', source: WORDPRESS_FIXTURE, out: fromFolder });
    // The same files, plus the state a later --since sync starts from (a folder import records none).
    const { [IMPORT_STATE_FILE]: state, ...fromSite } = texts(await snapshotTree(out));
    expect(fromSite).toEqual(texts(await snapshotTree(fromFolder)));
    expect(JSON.parse(state!)).toMatchObject({ version: 1, site: site.url, newestModified: '2026-02-20T17:00:00Z', posts: { 1001: { slug: 'night-ferries-return' } } });

    const posts = site.requests.filter((r) => r.startsWith('/wp-json/wp/v2/posts'));
    expect(posts).toEqual([
      '/wp-json/wp/v2/posts?_embed=1&per_page=100&page=1&orderby=id&order=asc',
      '/wp-json/wp/v2/posts?_embed=1&per_page=100&page=2&orderby=id&order=asc',
    ]);
    expect(site.requests.filter((r) => r.startsWith('/wp-json/wp/v2/categories'))).toEqual(['/wp-json/wp/v2/categories?per_page=100&page=1&orderby=id&order=asc']);
    // Of pages only the addresses are asked for.
    expect(site.requests.filter((r) => r.startsWith('/wp-json/wp/v2/pages'))).toEqual(['/wp-json/wp/v2/pages?_fields=id%2Cslug%2Clink&per_page=100&page=1&orderby=id&order=asc']);
    // Six first pages, then the total grows by the one extra page of posts.
    expect(steps).toEqual(['start 6', '+', '+', '+', '+', '+', '+', 'total 7', '+', 'stop']);
  });

  it('retries a 429 and a 500 with backoff, then succeeds', async () => {
    const site = await start({ faults: { 'posts:2': [429], 'categories:1': [500, 503] } });
    const retries: string[] = [];
    const { result } = await importFrom(site.url, { http: { ...FAST, onRetry: ({ url, reason }) => retries.push(`${new URL(url).pathname} ${reason}`) } });
    expect(result.counts.articles).toBe(7);
    expect(retries.sort()).toEqual(['/wp-json/wp/v2/categories HTTP 500', '/wp-json/wp/v2/categories HTTP 503', '/wp-json/wp/v2/posts HTTP 429']);
    expect(site.requests.filter((r) => r.startsWith('/wp-json/wp/v2/posts?') && r.includes('page=2&'))).toHaveLength(2);
  });

  it('gives up after the retries, naming the request and the last status', async () => {
    const site = await start({ faults: { 'posts:2': [503, 503, 503, 503, 503] } });
    const error = await importFrom(site.url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problems).toEqual([
      { file: `${site.url}/wp-json/wp/v2/posts?_embed=1&per_page=100&page=2&orderby=id&order=asc`, message: 'failed after 4 attempts: HTTP 503' },
    ]);
  });

  it('times out a request that never answers, and retries it', async () => {
    const site = await start({ hang: ['tags:1'] });
    const error = await importFrom(site.url, { http: { ...FAST, timeoutMs: 150, retries: 1 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problems[0]!.message).toBe('failed after 2 attempts: no answer within 0.15 s');
    expect(site.requests.filter((r) => r.startsWith('/wp-json/wp/v2/tags'))).toHaveLength(2);
  });

  it('says clearly when the URL is not a WordPress REST API', async () => {
    const site = await start();
    const error = await importFrom(`${site.url}/not-wordpress/`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problems).toEqual([
      {
        file: `${site.url}/not-wordpress/`,
        message: `is not a WordPress REST API: GET ${site.url}/not-wordpress/wp-json/ returned HTTP 404 and an HTML page ("Page not found"); expected the JSON index of a WordPress site with the "wp/v2" namespace. Check the address (the REST API may be disabled), or export the posts to a folder and import that.`,
      },
    ]);
  });

  it('finds the API a page advertises in its Link header', async () => {
    const site = await start();
    const { result } = await importFrom(`${site.url}/landing/page`);
    expect(result.counts.articles).toBe(7);
  });

  it('does not follow a Link header to another host unless --allow-host names it', async () => {
    const site = await start({ advertise: (origin) => `${origin.replace('127.0.0.1', 'localhost')}/wp-json/` });
    const other = site.url.replace('127.0.0.1', 'localhost');
    const error = await importFrom(`${site.url}/landing/page`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problems).toEqual([
      {
        file: `${site.url}/landing/page`,
        message: `advertises its REST API at ${other}/wp-json/ in the Link header of ${site.url}/landing/page, which is not followed (it points to ${other}/wp-json/, on another host than 127.0.0.1:${new URL(site.url).port}; pass --allow-host localhost to allow it)`,
      },
    ]);
    const { result } = await importFrom(`${site.url}/landing/page`, { http: { ...FAST, allowHosts: ['localhost'] } });
    expect(result.counts.articles).toBe(7);
  });

  it('carries on without endpoints a site hides (users), taking authors from the posts', async () => {
    const site = await start({ statuses: { users: 401 } });
    const { out, result } = await importFrom(site.url);
    expect(result.counts.authors).toBe(3);
    expect(result.warnings.summary().find((g) => g.kind === 'endpoint-unavailable')).toMatchObject({ detail: 'users', count: 1 });
    expect(texts(await snapshotTree(out))['authors.json']).toContain('"name": "Tomás Ferreira"');
  });

  it('fails when a required endpoint answers with an error', async () => {
    const site = await start({ statuses: { categories: 403 } });
    const error = await importFrom(site.url).catch((e: unknown) => e);
    expect((error as ImportError).problems[0]!.message).toBe(
      'answered a WordPress error response (code "rest_forbidden": Sorry, you are not allowed to do that., HTTP status 403); expected HTTP 200 with categories',
    );
  });
});

describe('WordPress paging: X-WP-TotalPages is not trusted', () => {
  const postPages = (site: FakeWordPress) => site.requests.filter((r) => r.startsWith('/wp-json/wp/v2/posts')).map((r) => new URL(r, site.url).searchParams.get('page'));

  it('stops at the first empty page, whatever was announced', async () => {
    const site = await start({ totalPages: { posts: 100_000_000 }, pastEnd: 'empty' });
    const dump = await fetchWordPressSite(site.url, new Warnings(), { http: FAST, concurrency: 1 });
    expect(dump.posts).toHaveLength(8);
    expect(postPages(site)).toEqual(['1', '2', '3']);
  });

  it('reads no more than the page cap, with a warning', async () => {
    const site = await start({ totalPages: { posts: 100_000_000 }, pastEnd: 'repeat' });
    const warnings = new Warnings();
    await fetchWordPressSite(site.url, warnings, { http: FAST, maxPages: 4 });
    expect(postPages(site).sort()).toEqual(['1', '2', '3', '4']);
    expect(warnings.list.filter((w) => w.kind === 'pages-capped')).toEqual([
      { kind: 'pages-capped', detail: 'posts', subject: 'X-WP-TotalPages: 100000000, read at most 4', file: site.url },
    ]);
  });
});

describe('JSON Feed import from a URL', () => {
  it('fetches and imports the feed', async () => {
    const site = await start({ feedFile: JSONFEED_FIXTURE });
    const out = path.join(await tempDir(), 'content');
    const result = await runImport({ kind: 'jsonfeed', source: `${site.url}/feed.json`, out, http: FAST });
    expect(result.counts.articles).toBe(4);
  });

  it('names the URL when it is not a feed', async () => {
    const site = await start();
    const out = path.join(await tempDir(), 'content');
    const error = await runImport({ kind: 'jsonfeed', source: `${site.url}/not-wordpress/`, out, http: FAST }).catch((e: unknown) => e);
    expect((error as ImportError).problems).toEqual([
      { file: `${site.url}/not-wordpress/`, message: expect.stringMatching(/^is an HTML page \("Welcome to a plain site"\), not JSON; expected a JSON Feed 1\.1 document/) },
    ]);
  });
});
