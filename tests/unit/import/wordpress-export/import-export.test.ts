// @vitest-environment node
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSource, AuthorSource, CategorySource, TagSource } from '../../../../src/model/content';
import { loadContent } from '../../../../src/pipeline/content/load-content';
import { InvalidItemsError } from '../../../../src/import/problems';
import { runImport, type RunImportResult } from '../../../../src/import/run-import';
import { Warnings } from '../../../../src/import/warnings';
import type { Sourced, WpDump } from '../../../../src/import/wordpress/dump';
import { importWordPress } from '../../../../src/import/wordpress/import-wordpress';
import { importWxr } from '../../../../src/import/wordpress-export/import-export';
import { readWxr } from '../../../../src/import/wordpress-export/read-wxr';
import { readJsonFile, removeTempDirs, snapshotTree, stagingLeftovers, tempDir } from '../../../fixtures/wordpress/test-dirs';

afterAll(removeTempDirs);

const FIXTURE = path.resolve(import.meta.dirname, '../../../fixtures/wordpress-export/export.xml');

let out: string;
let result: RunImportResult;
const article = (slug: string) => readJsonFile<ArticleSource>(path.join(out, 'articles', `${slug}.json`));
const allText = async () => Object.values(await snapshotTree(out)).map((f) => f.text).join('\n');

beforeAll(async () => {
  out = path.join(await tempDir(), 'content');
  result = await runImport({ kind: 'wordpress-export', source: FIXTURE, out, remoteMedia: true });
});

describe('wordpress-export: what comes out of a WXR file', () => {
  it('imports the published posts only, and counts everything else by kind', async () => {
    const content = await loadContent(out);
    expect(content.articles.map((a) => a.slug).sort()).toEqual(['cafe-quay', 'choir-sings-in-three-languages', 'night-ferries-return', 'spring-night-market']);
    expect(result.counts).toEqual({ articles: 4, categories: 3, authors: 2, tags: 3, skipped: 0 });
    expect(result.leftOut).toEqual({
      attachment: 3,
      draft: 1,
      'menu item': 1,
      page: 1,
      'password-protected': 1,
      'pending review': 1,
      private: 1,
      revision: 1,
      scheduled: 1,
      trashed: 1,
    });
    expect(await stagingLeftovers(out)).toEqual([]);
  });

  it('never writes the text of a password-protected post, a draft, a page or a revision', async () => {
    const text = await allText();
    for (const secret of ['SECRET-TEXT', 'SECRET-EXCERPT', 'Members only', 'DRAFT-TEXT', 'PENDING-TEXT', 'PRIVATE-TEXT', 'FUTURE-TEXT', 'TRASH-TEXT', 'PAGE-TEXT', 'REVISION-TEXT']) {
      expect(text).not.toContain(secret);
    }
  });

  it('builds categories with their parents, tags (also ones only on posts) and authors, without e-mail addresses', async () => {
    expect((await readJsonFile<CategorySource[]>(path.join(out, 'categories.json'))).map((c) => [c.path, c.name])).toEqual([
      ['culture', 'Culture'],
      ['news', 'News'],
      ['news/harbour', 'Harbour & Docks'],
    ]);
    expect((await readJsonFile<TagSource[]>(path.join(out, 'tags.json'))).map((t) => t.slug).sort()).toEqual(['ferries', 'lanterns', 'night-market']);
    expect(await readJsonFile<AuthorSource[]>(path.join(out, 'authors.json'))).toEqual([
      { slug: 'mara', name: 'Mara Quill' },
      { slug: 'tomas', name: 'Tomás Reyes' },
    ]);
    const text = await allText();
    expect(text).not.toContain('@');
    expect(text).not.toContain('reader');
  });

  it('takes the site name, description and language from the channel', async () => {
    expect(await readJsonFile(path.join(out, 'site.json'))).toMatchObject({ name: 'The Harbour Gazette', description: 'News from the quay & the hills', lang: 'en-GB' });
  });

  it('maps a post: dates, sticky, category, tags, author, and _thumbnail_id as the hero with its size, alt and srcset', async () => {
    const a = await article('night-ferries-return');
    expect(a).toMatchObject({
      title: 'Night ferries return to the harbour',
      standfirst: 'The night ferries are back after two winters.',
      category: 'news/harbour',
      author: 'mara',
      tags: ['ferries'],
      publishedAt: '2026-11-20T08:30:00Z',
      updatedAt: '2026-11-21T10:00:00Z',
      mustRead: true,
    });
    expect(a.hero).toMatchObject({ src: 'https://gazette.example/wp-content/uploads/2026/11/night-ferry.jpg', alt: 'The ferry Mairead, lit up, tied at the quay', width: 1600, height: 1000 });
    expect(a.hero?.srcset?.map((s) => s.width)).toEqual([300, 1024, 1600]);
  });

  it('applies wpautop and [caption], and rewrites links between posts (?p=ID and permalinks) to /article/{slug}', async () => {
    const { body } = await article('night-ferries-return');
    expect(body[1]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'The first crossing left at 21:10' }, { type: 'break' }, { type: 'text', text: 'with forty passengers aboard.' }] });
    expect(body[2]).toMatchObject({ type: 'image', alt: 'The ferry Mairead', width: 300, height: 188, caption: 'The Mairead, back in service' });
    // The timetable's <pre> keeps its columns.
    expect(body.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'image', 'heading', 'list', 'paragraph', 'preformatted', 'paragraph']);
    const links = JSON.stringify(body.at(-1));
    expect(links.match(/"href":"\/article\/spring-night-market"/g)).toHaveLength(2);
  });

  it('reads block-editor content as it is, and [gallery ids] as a gallery of the attachments\' images', async () => {
    const a = await article('spring-night-market');
    expect(a.body[1]).toMatchObject({ type: 'paragraph', content: [{ text: 'The ferry timetable is ' }, { type: 'link', href: '/article/night-ferries-return' }, { text: '. Nothing here is wrapped again.' }] });
    // [gallery ids="102,103,999"]: the two attachments there are, as one gallery (999 is no attachment).
    expect(a.body[2]).toEqual({
      type: 'gallery',
      images: [
        { src: 'https://gazette.example/wp-content/uploads/2026/11/lanterns.jpg', alt: 'Red lanterns', width: 800, height: 600, caption: 'Paper lanterns over the stalls' },
        { src: 'https://gazette.example/wp-content/uploads/2026/11/fish-stall.jpg', alt: '', width: 1200, height: 800 },
      ],
    });
    expect(a.tags.sort()).toEqual(['lanterns', 'night-market']);
  });

  it('falls back to pubDate for an unknown post_date_gmt, percent-decodes the slug, makes one from the title when empty', async () => {
    expect((await article('cafe-quay')).publishedAt).toBe('2026-11-22T12:15:00Z');
    expect((await article('choir-sings-in-three-languages')).title).toBe('Choir sings in three languages');
  });

  it('embeds: a tweet as a social card linking the post, an unknown provider as a link paragraph; unknown shortcodes lose their tags only', async () => {
    const { body } = await article('cafe-quay');
    const json = JSON.stringify(body);
    expect(body).toContainEqual(expect.objectContaining({ type: 'social', network: 'x', url: 'https://twitter.com/gazette/status/1234567890' }));
    expect(body).toContainEqual({ type: 'paragraph', content: [{ type: 'link', href: 'https://maps.example/quay', children: [{ type: 'text', text: 'https://maps.example/quay' }] }] });
    expect(body.at(-1)).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'Send us your tips and the owner said [sic] it was "grand".' }] });
    expect(json).not.toContain('contact-form');
    expect(result.warnings.list.filter((w) => w.kind === 'shortcode-removed').map((w) => w.detail)).toEqual(['contact-form-7']);
  });

  it('is idempotent: importing the same export again changes nothing', async () => {
    const before = await snapshotTree(out);
    const again = await runImport({ kind: 'wordpress-export', source: FIXTURE, out, remoteMedia: true });
    expect(again.report.wrote).toBe(false);
    expect(again.report.unchanged).toHaveLength(4);
    expect(await snapshotTree(out)).toEqual(before);
  });
});

describe('wordpress-export: failures write nothing', () => {
  it('malformed XML: an error naming the file and line, and no --out', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'broken.xml');
    await writeFile(file, (await readFile(FIXTURE, 'utf8')).replace('<wp:post_id>12</wp:post_id>', '<wp:post_id>12</wp:post_ide>'));
    const target = path.join(dir, 'content');
    await expect(runImport({ kind: 'wordpress-export', source: file, out: target, remoteMedia: true })).rejects.toThrow(/broken\.xml, field "line 198": <wp:post_id> \(opened at line 191\) is not closed/);
    await expect(stat(target)).rejects.toThrow();
  });

  it('an invalid published post: the file, the item (id, title, line) and the field', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'export.xml');
    const text = (await readFile(FIXTURE, 'utf8'))
      .replace('<wp:post_date_gmt><![CDATA[2026-11-23 09:00:00]]></wp:post_date_gmt>', '')
      .replace('<pubDate>Mon, 23 Nov 2026 09:00:00 +0000</pubDate>', '');
    await writeFile(file, text);
    const target = path.join(dir, 'content');
    const error = await runImport({ kind: 'wordpress-export', source: file, out: target, remoteMedia: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidItemsError);
    expect((error as InvalidItemsError).problems).toEqual([expect.objectContaining({ file, item: 'post 13 "Choir sings in three languages" (line 200)', field: 'date_gmt' })]);
    await expect(stat(target)).rejects.toThrow();
    const skipped = await runImport({ kind: 'wordpress-export', source: file, out: target, remoteMedia: true, skipInvalid: true });
    expect(skipped.counts).toMatchObject({ articles: 3, skipped: 1 });
  });

  it('an export larger than --max-bytes', async () => {
    const target = path.join(await tempDir(), 'content');
    await expect(runImport({ kind: 'wordpress-export', source: FIXTURE, out: target, http: { maxBytes: 2000 } })).rejects.toThrow(/larger than --max-bytes \(2000\)/);
  });
});

describe('an export and the live site give the same story', () => {
  const item = (value: unknown, index = 0): Sourced => ({ file: 'rest.json', index, value });
  const up = 'https://gazette.example/wp-content/uploads/2026/11';

  /** Post 10 as GET /wp-json/wp/v2/posts gives it: the content as WordPress renders it from the same raw text. */
  const restDump: WpDump = {
    source: 'rest',
    siteUrl: 'https://gazette.example',
    index: { name: 'The Harbour Gazette', home: 'https://gazette.example', language: 'en-GB' },
    posts: [
      item({
        id: 10,
        date_gmt: '2026-11-20T08:30:00',
        modified_gmt: '2026-11-21T10:00:00',
        slug: 'night-ferries-return',
        status: 'publish',
        link: 'https://gazette.example/2026/11/night-ferries-return/',
        guid: { rendered: 'https://gazette.example/?p=10' },
        title: { rendered: 'Night ferries return to the harbour' },
        content: {
          rendered: `<p>After two winters without them, the night ferries are back.</p>
<p>The first crossing left at 21:10<br />
with forty passengers aboard.</p>
<figure id="attachment_101" aria-describedby="caption-attachment-101" style="width: 300px" class="wp-caption alignnone"><img decoding="async" class="size-medium wp-image-101" src="${up}/night-ferry-300x188.jpg" alt="The ferry Mairead" width="300" height="188" srcset="${up}/night-ferry-300x188.jpg 300w, ${up}/night-ferry-1024x640.jpg 1024w, ${up}/night-ferry.jpg 1600w" sizes="(max-width: 300px) 100vw, 300px" /><figcaption id="caption-attachment-101" class="wp-caption-text">The Mairead, back in service</figcaption></figure>
<h2>The timetable</h2>
<ul>
<li>21:10 to the islands</li>
<li>23:40 back to town</li>
</ul>
<p>The timetable is printed below.</p>
<pre>DEPART  ARRIVE
21:10   21:55

23:40   00:25</pre>
<p>Read about <a href="https://gazette.example/?p=11">the night market</a> and <a href="https://gazette.example/2026/11/spring-night-market/">its stalls</a>.</p>
`,
        },
        excerpt: { rendered: '<p>The night ferries are back after two winters.</p>\n' },
        author: 2,
        featured_media: 101,
        sticky: true,
        categories: [5],
        tags: [7],
      }),
      item({ id: 11, date_gmt: '2026-11-21T17:00:00', slug: 'spring-night-market', link: 'https://gazette.example/2026/11/spring-night-market/', title: { rendered: 'Spring night market opens its stalls' }, content: { rendered: '<p>Forty stalls.</p>' }, author: 3, categories: [6] }, 1),
    ],
    categories: [
      item({ id: 4, name: 'News', slug: 'news', parent: 0 }),
      item({ id: 5, name: 'Harbour &amp; Docks', slug: 'harbour', parent: 4, description: 'Boats, berths and the people who work them' }, 1),
      item({ id: 6, name: 'Culture', slug: 'culture', parent: 0 }, 2),
    ],
    users: [item({ id: 2, name: 'Mara Quill', slug: 'mara' }), item({ id: 3, name: 'Tomás Reyes', slug: 'tomas' }, 1)],
    tags: [item({ id: 7, name: 'Ferries', slug: 'ferries' })],
    media: [
      item({
        id: 101,
        source_url: `${up}/night-ferry.jpg`,
        alt_text: 'The ferry Mairead, lit up, tied at the quay',
        caption: { rendered: '<p>The last crossing of the evening leaves at 23:40.</p>\n' },
        media_details: {
          width: 1600,
          height: 1000,
          sizes: { medium: { source_url: `${up}/night-ferry-300x188.jpg`, width: 300, height: 188 }, large: { source_url: `${up}/night-ferry-1024x640.jpg`, width: 1024, height: 640 } },
        },
      }),
    ],
    pages: [],
  };

  it('the same article, blocks and all, from the export as from the REST API', async () => {
    const fromExport = importWxr(await readWxr(FIXTURE, { maxBytes: 1_000_000 }), new Warnings());
    const fromRest = importWordPress(restDump, new Warnings());
    const pick = (articles: readonly ArticleSource[]) => articles.find((a) => a.slug === 'night-ferries-return');
    expect(pick(fromRest.bundle.articles)?.body.length).toBe(8);
    expect(pick(fromExport.bundle.articles)).toEqual(pick(fromRest.bundle.articles));
  });
});
