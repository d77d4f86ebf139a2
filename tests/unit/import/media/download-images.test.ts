// @vitest-environment node
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ArticleSource } from '../../../../src/model/content';
import { loadContent } from '../../../../src/pipeline/content/load-content';
import type { HttpOptions } from '../../../../src/import/http/fetch-with-retry';
import { writeWithMedia } from '../../../../src/import/media/write-with-media';
import { ImportError } from '../../../../src/import/problems';
import { runImport } from '../../../../src/import/run-import';
import { Warnings } from '../../../../src/import/warnings';
import { longBody, startTestServer, type TestServer } from '../../../fixtures/http/test-server';
import { jpeg, png } from '../../../fixtures/media/image-bytes';
import { readJsonFile, removeTempDirs, snapshotTree, stagingLeftovers, tempDir } from '../../../fixtures/wordpress/test-dirs';

afterAll(removeTempDirs);
const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const FAST: HttpOptions = { backoffBaseMs: 1, maxBackoffMs: 5, timeoutMs: 5_000, retries: 2 };
const SVG = '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="300" height="150"><rect width="300" height="150"/></svg>';

/** A site with a JSON Feed whose stories use good images, and images that are not (HTML, huge, missing, elsewhere). */
function feedFor(origin: string): string {
  const item = (id: string, title: string, html: string, image?: string) => ({
    id: `${origin}/notes/${id}`,
    url: `${origin}/notes/${id}`,
    title,
    summary: `${title}, in one sentence.`,
    content_html: `<p>${title} begins here.</p>${html}`,
    ...(image ? { image } : {}),
    date_published: '2026-03-02T07:15:00+01:00',
    authors: [{ name: 'Ana Ruiz' }],
  });
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Media test site',
    home_page_url: `${origin}/`,
    items: [
      item('pond', 'The pond', '<img src="/img/pond.png" width="600" height="400" alt="Pond" srcset="/img/pond.png 1200w, /img/pond-small.jpg 250w">', `${origin}/img/pond.png`),
      item('map', 'The map', '<img src="/img/map.svg" width="100" height="50" alt="Map"><img src="/img/pond.png" width="600" height="400" alt="Pond again">'),
      item(
        'broken',
        'The broken ones',
        ['fake.png', 'huge.jpg', 'missing.gif', 'elsewhere.png'].map((name) => `<img src="/img/${name}" width="10" height="10" alt="${name}">`).join(''),
      ),
    ],
  });
}

async function mediaSite(): Promise<TestServer> {
  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer) => {
    res.writeHead(status, { 'content-type': type });
    res.end(body);
  };
  const server = await startTestServer((req, res, origin) => {
    switch (req.url) {
      case '/feed.json':
        return send(res, 200, 'application/feed+json', feedFor(origin));
      case '/img/pond.png':
        return send(res, 200, 'image/png', png(1200, 800));
      case '/img/pond-small.jpg':
        return send(res, 200, 'image/jpeg', jpeg(240, 160));
      case '/img/map.svg':
        return send(res, 200, 'image/svg+xml', SVG);
      case '/img/fake.png':
        return send(res, 200, 'image/png', '<!DOCTYPE html><html><head><title>Hotlinking not allowed</title></head></html>');
      case '/img/huge.jpg':
        res.setHeader('content-type', 'image/jpeg');
        longBody(res, 64 * 1024 * 1024);
        return;
      case '/img/elsewhere.png':
        res.writeHead(302, { location: `http://localhost:${new URL(origin).port}/img/pond.png` });
        return res.end();
      default:
        return send(res, 404, 'text/html', '<h1>Not found</h1>');
    }
  });
  servers.push(server);
  return server;
}

const key = (url: string) => createHash('sha256').update(url).digest('hex').slice(0, 16);
const imageRequests = (server: TestServer) => server.requests.filter((r) => r.startsWith('/img/'));

async function importSite(server: TestServer, out: string, extra: { remoteMedia?: boolean } = {}) {
  return runImport({ kind: 'jsonfeed', source: `${server.url}/feed.json`, out, http: FAST, ...extra });
}

describe('images downloaded into the content folder', () => {
  it('stores the real images under images/imported/, sized from the files, and points the articles at them', async () => {
    const site = await mediaSite();
    const out = path.join(await tempDir(), 'content');
    const result = await importSite(site, out);
    const pond = `images/imported/${key(`${site.url}/img/pond.png`)}.png`;
    const small = `images/imported/${key(`${site.url}/img/pond-small.jpg`)}.jpg`;
    const map = `images/imported/${key(`${site.url}/img/map.svg`)}.svg`;

    expect((await readdir(path.join(out, 'images', 'imported'))).sort()).toEqual([pond, small, map].map((p) => path.basename(p)).sort());
    expect(await readFile(path.join(out, pond))).toEqual(png(1200, 800));
    expect(await readFile(path.join(out, map), 'utf8')).toBe(SVG);

    const article = (slug: string) => readJsonFile<ArticleSource>(path.join(out, 'articles', `${slug}.json`));
    const pondStory = await article('pond');
    // The file is 1200×800: its true size replaces the 600×400 the page showed it at (same shape).
    expect(pondStory.hero).toMatchObject({ src: pond, width: 1200, height: 800 });
    expect(pondStory.body[1]).toMatchObject({ type: 'image', src: pond, width: 1200, height: 800, srcset: [{ src: small, width: 240 }, { src: pond, width: 1200 }] });
    const mapStory = await article('map');
    expect(mapStory.body.slice(1)).toMatchObject([
      { type: 'image', src: map, width: 300, height: 150 },
      { type: 'image', src: pond, width: 1200, height: 800 },
    ]);

    // The bad ones keep their URLs, each counted as a warning by why.
    const broken = await article('broken');
    expect(broken.body.slice(1).map((b) => (b.type === 'image' ? b.src : b.type))).toEqual(
      ['fake.png', 'huge.jpg', 'missing.gif', 'elsewhere.png'].map((name) => `${site.url}/img/${name}`),
    );
    const notDownloaded = result.warnings.list.filter((w) => w.kind === 'image-not-downloaded').map((w) => [w.detail, w.subject]);
    expect(notDownloaded.sort()).toEqual(
      [
        ['HTTP 404', `${site.url}/img/missing.gif`],
        ['not an image', `${site.url}/img/fake.png`],
        ['refused', `${site.url}/img/elsewhere.png`],
        ['too large', `${site.url}/img/huge.jpg`],
      ].sort(),
    );
    expect(result.images).toEqual({ downloaded: 3, reused: 0, failed: 4 });
    expect(result.report.addedFiles).toEqual([pond, small, map].sort());
    // Each distinct image asked for once, though the pond is used three times.
    expect(imageRequests(site).filter((r) => r === '/img/pond.png')).toHaveLength(1);
    // The pipeline loads it: every local image it names is there.
    expect((await loadContent(out)).localImages).toEqual([pond, small, map].sort());
    expect(await stagingLeftovers(out)).toEqual([]);
  });

  it('does not download again what an earlier import stored: a second import changes nothing', async () => {
    const site = await mediaSite();
    const out = path.join(await tempDir(), 'content');
    await importSite(site, out);
    const before = await snapshotTree(out);
    const firstRequests = imageRequests(site).length;

    const again = await importSite(site, out);
    const secondRequests = imageRequests(site).slice(firstRequests);
    // Only the images that failed are asked for again; the stored ones are read from --out.
    expect(secondRequests.sort()).toEqual(['/img/elsewhere.png', '/img/fake.png', '/img/huge.jpg', '/img/missing.gif']);
    expect(again.images).toEqual({ downloaded: 0, reused: 3, failed: 4 });
    expect(again.report).toMatchObject({ wrote: false, added: [], updated: [], addedFiles: [] });
    expect(await snapshotTree(out)).toEqual(before);
  });

  it('downloads an image again if its stored file is gone, and keeps the others', async () => {
    const site = await mediaSite();
    const out = path.join(await tempDir(), 'content');
    await importSite(site, out);
    const map = `images/imported/${key(`${site.url}/img/map.svg`)}.svg`;
    await writeFile(path.join(out, map), 'not an svg any more');
    const again = await importSite(site, out);
    expect(again.images).toEqual({ downloaded: 1, reused: 2, failed: 4 });
    expect(again.report.addedFiles).toEqual([map]);
    expect(await readFile(path.join(out, map), 'utf8')).toBe(SVG);
  });

  it('with --remote-media downloads nothing and keeps every hotlink', async () => {
    const site = await mediaSite();
    const out = path.join(await tempDir(), 'content');
    const result = await importSite(site, out, { remoteMedia: true });
    expect(imageRequests(site)).toEqual([]);
    expect(result.images).toEqual({ downloaded: 0, reused: 0, failed: 0 });
    expect(result.warnings.list.filter((w) => w.kind === 'image-not-downloaded')).toEqual([]);
    const pondStory = await readJsonFile<ArticleSource>(path.join(out, 'articles', 'pond.json'));
    expect(pondStory.hero).toMatchObject({ src: `${site.url}/img/pond.png`, width: 600, height: 400 });
    expect(Object.keys(await snapshotTree(out)).some((f) => f.startsWith('images/'))).toBe(false);
  });

  it('an import that fails the content checks downloads and writes nothing, images included', async () => {
    const site = await mediaSite();
    const out = path.join(await tempDir(), 'content');
    await importSite(site, out, { remoteMedia: true });
    const before = await snapshotTree(out);
    const good = await readJsonFile<ArticleSource>(path.join(out, 'articles', 'pond.json'));
    const imported = {
      bundle: { site: { name: 'S', description: 'D', lang: 'en' }, categories: [], authors: [], tags: [], articles: [good] },
      origins: new Map([[good.slug, { file: 'feed.json', item: 'item "pond"' }]]),
    };
    const error = await writeWithMedia(imported, out, { http: FAST, warnings: new Warnings() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toMatch(/nothing was written/);
    expect(imageRequests(site)).toEqual([]);
    expect(await snapshotTree(out)).toEqual(before);
    expect(await stagingLeftovers(out)).toEqual([]);
  });

  it("stores the source's site icon with the images and makes it site.json's logo; a site icon that is not a PNG or SVG is not", async () => {
    const site = await mediaSite();
    const out = path.join(await tempDir(), 'content');
    await importSite(site, out, { remoteMedia: true });
    const good = await readJsonFile<ArticleSource>(path.join(out, 'articles', 'pond.json'));
    const categories = await readJsonFile<{ path: string; name: string }[]>(path.join(out, 'categories.json'));
    const imported = {
      bundle: { site: { name: 'Media test site', description: 'D', lang: 'en' }, categories, authors: [{ slug: good.author, name: 'Ana Ruiz' }], tags: [], articles: [good] },
      origins: new Map([[good.slug, { file: 'feed.json', item: 'item "pond"' }]]),
    };
    await writeWithMedia({ ...imported, siteIcon: `${site.url}/img/pond.png` }, out, { http: FAST, warnings: new Warnings() });
    const written = await readJsonFile<{ logo?: string }>(path.join(out, 'site.json'));
    expect(written.logo).toBe(`images/imported/${key(`${site.url}/img/pond.png`)}.png`);
    expect((await loadContent(out)).site.logo).toBe(written.logo);

    await writeWithMedia({ ...imported, siteIcon: `${site.url}/img/pond-small.jpg` }, out, { http: FAST, warnings: new Warnings() });
    expect((await readJsonFile<{ logo?: string }>(path.join(out, 'site.json'))).logo).toBeUndefined();
  });
});
