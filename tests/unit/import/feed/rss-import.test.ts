// @vitest-environment node
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSource, AuthorSource, CategorySource, SiteSource, TagSource } from '../../../../src/model/content';
import { loadContent } from '../../../../src/pipeline/content/load-content';
import { importFeed } from '../../../../src/import/feed/import-feed';
import { runImport, type RunImportResult } from '../../../../src/import/run-import';
import { Warnings } from '../../../../src/import/warnings';
import { readJsonFile, removeTempDirs, snapshotTree, tempDir } from '../../../fixtures/wordpress/test-dirs';

const RSS_FIXTURE = path.resolve(import.meta.dirname, '../../../fixtures/feed/rss.xml');

afterAll(removeTempDirs);

let out: string;
let result: RunImportResult;
const read = <T>(file: string) => readJsonFile<T>(path.join(out, file));
const article = (slug: string) => read<ArticleSource>(`articles/${slug}.json`);

beforeAll(async () => {
  out = path.join(await tempDir(), 'content');
  result = await runImport({ kind: 'feed', source: RSS_FIXTURE, out, remoteMedia: true });
});

describe('RSS 2.0 import', () => {
  it('writes a valid content folder: one article per item, slugs from the link or the title, the channel as the site', async () => {
    const content = await loadContent(out);
    expect(content.articles.map((a) => a.slug).sort()).toEqual(['ferry-timetable', 'harbour-dues', 'lamp-room-open-for-the-winter-solstice']);
    expect(await read<SiteSource>('site.json')).toEqual({ name: 'The Lighthouse Ledger', description: 'News from the harbour town & its islands.', lang: 'en-gb' });
  });

  it("offers the channel's image as the site's logo (downloaded with the images unless --remote-media)", async () => {
    expect((await importFeed(RSS_FIXTURE, new Warnings())).siteIcon).toBe('https://ledger.example/logo.png');
  });

  it('reads content:encoded through HTML → blocks: script and event handlers gone, javascript: links unlinked, links to other items rewritten', async () => {
    const ferry = await article('ferry-timetable');
    expect(ferry.body).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'From next week the ' },
          { type: 'strong', children: [{ type: 'text', text: 'last ferry' }] },
          { type: 'text', text: ' on Sundays leaves at 18:40.' },
        ],
      },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Read ' },
          { type: 'link', href: '/article/harbour-dues', children: [{ type: 'text', text: 'our report on harbour dues' }] },
          { type: 'text', text: ' and this.' },
        ],
      },
      // Relative to the item's link.
      { type: 'image', src: 'https://ledger.example/media/ferry.jpg', alt: 'The ferry at the quay', width: 800, height: 600 },
    ]);
    expect(JSON.stringify(ferry)).not.toMatch(/alert|javascript|onerror/);
    const kinds = result.warnings.list.map((w) => `${w.kind} ${w.detail ?? ''}`.trim());
    expect(kinds).toEqual(expect.arrayContaining(['element-dropped <script>', 'handler-dropped onerror', 'unsafe-url a href']));
  });

  it('maps title (entities decoded), description as standfirst, pubDate with its offset, dc:creator, categories and media:content', async () => {
    expect(await article('ferry-timetable')).toMatchObject({
      title: 'Ferry timetable changes & what they mean',
      standfirst: 'The winter timetable drops the late crossing on Sundays.',
      publishedAt: '2026-12-01T08:30:00+03:30',
      author: 'maren-holt',
      category: 'transport',
      tags: ['transport', 'islands'],
      lang: 'en-gb',
      hero: { src: 'https://ledger.example/media/ferry-hero.jpg', alt: '', width: 1600, height: 900 },
    });
    expect((await article('ferry-timetable')).updatedAt).toBeUndefined();
  });

  it('reads an HTML description as the body, "email (Name)" as the author, and an image enclosure as a hero of the default size, with a warning', async () => {
    const dues = await article('harbour-dues');
    expect(dues).toMatchObject({
      author: 'ines-varga',
      publishedAt: '2026-11-30T17:05:00Z',
      standfirst: 'Visiting yachts will pay a third more from April.',
      hero: { src: 'https://ledger.example/media/yachts.jpg', alt: '', width: 1200, height: 800 },
    });
    expect(dues.body).toHaveLength(2);
    expect(result.warnings.list.filter((w) => w.kind === 'hero-size-assumed').map((w) => w.subject)).toEqual(['https://ledger.example/media/yachts.jpg']);
  });

  it('takes the image out of a media:group (not the video), credits the feed without an author, and files an item without categories under the feed', async () => {
    expect(await article('lamp-room-open-for-the-winter-solstice')).toMatchObject({
      publishedAt: '2026-11-28T10:00:00-05:00',
      author: 'the-lighthouse-ledger',
      category: 'the-lighthouse-ledger',
      tags: [],
      hero: { src: 'https://ledger.example/media/lamp.jpg', width: 1200, height: 1200 },
    });
    expect((await read<AuthorSource[]>('authors.json')).map((a) => a.name)).toEqual(['Ines Varga', 'Maren Holt', 'The Lighthouse Ledger']);
    expect((await read<CategorySource[]>('categories.json')).map((c) => c.path)).toEqual(['the-lighthouse-ledger', 'transport']);
    expect((await read<TagSource[]>('tags.json')).map((t) => t.slug)).toEqual(['islands', 'transport']);
  });

  it('names each article\'s source item by index and guid', () => {
    expect(result.warnings.list.find((w) => w.kind === 'author-missing')?.item).toBe('item 2 (guid "ledger-post-4380") (slug "lamp-room-open-for-the-winter-solstice")');
  });

  it('re-imports to the same bytes, changing nothing', async () => {
    const before = await snapshotTree(out);
    const again = await runImport({ kind: 'feed', source: RSS_FIXTURE, out, remoteMedia: true });
    expect(again.report.wrote).toBe(false);
    expect(again.report.unchanged).toHaveLength(3);
    expect(await snapshotTree(out)).toEqual(before);
  });

  it('lets --name rename the site and --lang set the language', async () => {
    const target = path.join(await tempDir(), 'content');
    await runImport({ kind: 'feed', source: RSS_FIXTURE, out: target, remoteMedia: true, siteName: 'Ledger', lang: 'en-US' });
    expect(await readJsonFile<SiteSource>(path.join(target, 'site.json'))).toMatchObject({ name: 'Ledger', lang: 'en-US' });
  });
});
