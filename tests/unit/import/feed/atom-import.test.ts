// @vitest-environment node
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSource, AuthorSource, SiteSource, TagSource } from '../../../../src/model/content';
import { loadContent } from '../../../../src/pipeline/content/load-content';
import { importFeed } from '../../../../src/import/feed/import-feed';
import { runImport, type RunImportResult } from '../../../../src/import/run-import';
import { Warnings } from '../../../../src/import/warnings';
import { startTestServer, type TestServer } from '../../../fixtures/http/test-server';
import { png } from '../../../fixtures/media/image-bytes';
import { readJsonFile, removeTempDirs, tempDir } from '../../../fixtures/wordpress/test-dirs';

const fixture = (name: string) => path.resolve(import.meta.dirname, '../../../fixtures/feed', name);
const ATOM_1 = fixture('atom-1.xml');

let server: TestServer;
/** Where page 2's rel="next" points: nowhere by default, or another page. */
let page2Next = '';
beforeAll(async () => {
  const page1 = await readFile(ATOM_1, 'utf8');
  const page2 = await readFile(fixture('atom-2.xml'), 'utf8');
  server = await startTestServer((req, res) => {
    res.setHeader('content-type', 'application/atom+xml');
    if (req.url === '/feed') res.end(page1);
    else if (req.url === '/feed?page=2') res.end(page2Next ? page2.replace('<title>', `<link rel="next" href="${page2Next}"/><title>`) : page2);
    else if (req.url === '/feed?page=3') res.end(page1); // the same entries again
    else {
      res.statusCode = 404;
      res.end('not found');
    }
  });
});
afterAll(async () => {
  await server.close();
  await removeTempDirs();
});

const http = { retries: 0, backoffBaseMs: 1 };

describe('Atom 1.0 import, paged (RFC 5005 rel="next")', () => {
  let out: string;
  let result: RunImportResult;
  const article = (slug: string) => readJsonFile<ArticleSource>(path.join(out, 'articles', `${slug}.json`));
  beforeAll(async () => {
    out = path.join(await tempDir(), 'content');
    server.requests.length = 0;
    result = await runImport({ kind: 'feed', source: `${server.url}/feed`, out, remoteMedia: true, http });
  });

  it('follows the next link once and imports the entries of both pages', async () => {
    expect(server.requests).toEqual(['/feed', '/feed?page=2']);
    expect((await loadContent(out)).articles.map((a) => a.slug).sort()).toEqual(['first-snow', 'frost-on-the-gauges', 'wind-at-the-cairn']);
    expect(await readJsonFile<SiteSource>(path.join(out, 'site.json'))).toEqual({ name: 'Moorland Weather Diary', description: 'Daily notes from a hill station.', lang: 'en-GB' });
  });

  it('reads xhtml content, an html title, published/updated, authors and category labels', async () => {
    const frost = await article('frost-on-the-gauges');
    expect(frost).toMatchObject({
      title: 'Frost on the gauges',
      standfirst: 'The rain gauge froze solid overnight.',
      publishedAt: '2026-12-01T06:10:00+00:00',
      updatedAt: '2026-12-01T11:45:00+00:00',
      author: 'tomas-reyes',
      category: 'frost',
      tags: ['frost', 'instruments'],
      lang: 'en-GB',
    });
    expect(frost.body).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'The gauge read ' },
          { type: 'em', children: [{ type: 'text', text: 'nothing' }] },
          { type: 'text', text: ' at dawn: it was full of ice.' },
          { type: 'break' },
          { type: 'text', text: 'We thawed it by noon.' },
        ],
      },
      { type: 'paragraph', content: [{ type: 'link', href: '/article/wind-at-the-cairn', children: [{ type: 'text', text: "Yesterday's wind" }] }, { type: 'text', text: ' had dropped.' }] },
    ]);
  });

  it('reads html content, an entry with only <updated> as its date, the feed author as fallback, and links to an author uri', async () => {
    const wind = await article('wind-at-the-cairn');
    expect(wind).toMatchObject({ publishedAt: '2026-11-30T18:00:00Z', author: 'hill-station-team', standfirst: 'Gusts of 90 km/h at the cairn, Tomas says.' });
    expect(wind.updatedAt).toBeUndefined();
    expect(wind.body).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Gusts of 90 km/h at the cairn, ' }, { type: 'link', href: '/author/tomas-reyes', children: [{ type: 'text', text: 'Tomas' }] }, { type: 'text', text: ' says.' }] },
    ]);
    expect(result.warnings.list.filter((w) => w.kind === 'standfirst-derived').map((w) => `${w.file} ${w.item}`)).toEqual([
      `${server.url}/feed item 1 (id "tag:moor.example,2026:note-87")`,
      `${server.url}/feed?page=2 item 0 (id "tag:moor.example,2026:note-80")`,
    ]);
  });

  it('reads text content of the second page into paragraphs; that page\'s entries are named by their page URL', async () => {
    expect(await article('first-snow')).toMatchObject({
      author: 'ada-lindqvist',
      category: 'snow',
      body: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Two centimetres on the summit.' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Gone by ten.' }] },
      ],
    });
    expect((await readJsonFile<AuthorSource[]>(path.join(out, 'authors.json'))).map((a) => a.slug)).toEqual(['ada-lindqvist', 'hill-station-team', 'tomas-reyes']);
    expect((await readJsonFile<TagSource[]>(path.join(out, 'tags.json'))).map((t) => t.name)).toEqual(['Frost', 'instruments', 'snow']);
  });
});

describe('rel="next" bounds', () => {
  it('reads no further than --max-pages, with a warning', async () => {
    server.requests.length = 0;
    const warnings = new Warnings();
    const { bundle } = await importFeed(`${server.url}/feed`, warnings, { http, maxPages: 1 });
    expect(server.requests).toEqual(['/feed']);
    expect(bundle.articles).toHaveLength(2);
    expect(warnings.list.map((w) => w.kind)).toContain('pages-capped');
  });

  it('does not follow a next link to another host, with a warning', async () => {
    page2Next = 'https://elsewhere.example/feed?page=3';
    try {
      server.requests.length = 0;
      const warnings = new Warnings();
      await importFeed(`${server.url}/feed`, warnings, { http });
      expect(server.requests).toEqual(['/feed', '/feed?page=2']);
      expect(warnings.list.find((w) => w.kind === 'next-page-refused')?.subject).toMatch(/^https:\/\/elsewhere\.example\/feed\?page=3: points to .* another host/);
    } finally {
      page2Next = '';
    }
  });

  it('reads each page once when next links loop', async () => {
    page2Next = '/feed';
    try {
      server.requests.length = 0;
      const { bundle } = await importFeed(`${server.url}/feed`, new Warnings(), { http });
      expect(server.requests).toEqual(['/feed', '/feed?page=2']);
      expect(bundle.articles).toHaveLength(3);
    } finally {
      page2Next = '';
    }
  });

  it('imports an item listed on two pages once (the first copy), with a warning', async () => {
    page2Next = '/feed?page=3'; // page 3 repeats page 1
    try {
      server.requests.length = 0;
      const warnings = new Warnings();
      const { bundle } = await importFeed(`${server.url}/feed`, warnings, { http });
      expect(server.requests).toEqual(['/feed', '/feed?page=2', '/feed?page=3']);
      expect(bundle.articles.map((a) => a.slug).sort()).toEqual(['first-snow', 'frost-on-the-gauges', 'wind-at-the-cairn']);
      expect(warnings.list.filter((w) => w.kind === 'item-duplicate').map((w) => `${w.file} ${w.subject}`)).toEqual([
        `${server.url}/feed?page=3 tag:moor.example,2026:note-88`,
        `${server.url}/feed?page=3 tag:moor.example,2026:note-87`,
      ]);
    } finally {
      page2Next = '';
    }
  });

  it('follows nothing from a file', async () => {
    server.requests.length = 0;
    const warnings = new Warnings();
    const { bundle } = await importFeed(ATOM_1, warnings);
    expect(bundle.articles.map((a) => a.slug).sort()).toEqual(['frost-on-the-gauges', 'wind-at-the-cairn']);
    expect(server.requests).toEqual([]);
  });

  it('names the page that is not there', async () => {
    page2Next = '/feed?page=9';
    try {
      await expect(importFeed(`${server.url}/feed`, new Warnings(), { http })).rejects.toThrow(`${server.url}/feed?page=9: answered HTTP 404`);
    } finally {
      page2Next = '';
    }
  });
});

describe('a hero whose size the feed does not state, downloaded', () => {
  it('takes the downloaded file\'s own size, not the assumed 1200×800 shape', async () => {
    const image = png(900, 900);
    const feedServer = await startTestServer((req, res, origin) => {
      if (req.url === '/square.png') {
        res.setHeader('content-type', 'image/png');
        res.end(image);
        return;
      }
      res.setHeader('content-type', 'application/rss+xml');
      res.end(`<rss><channel><title>Squares</title><item><title>Square one</title><link>${origin}/square-one</link>
        <pubDate>Tue, 01 Dec 2026 08:30:00 GMT</pubDate><description>A square picture.</description>
        <enclosure url="${origin}/square.png" type="image/png" length="${image.length}"/></item></channel></rss>`);
    });
    try {
      const out = path.join(await tempDir(), 'content');
      const result = await runImport({ kind: 'feed', source: `${feedServer.url}/feed.xml`, out, http });
      expect(result.images.downloaded).toBe(1);
      const hero = (await readJsonFile<ArticleSource>(path.join(out, 'articles', 'square-one.json'))).hero;
      expect(hero).toMatchObject({ width: 900, height: 900 });
      expect(hero?.src).toMatch(/^images\/imported\/[0-9a-f]{16}\.png$/);
    } finally {
      await feedServer.close();
    }
  });
});
