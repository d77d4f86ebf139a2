// @vitest-environment node
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSource, AuthorSource, CategorySource, SiteSource, TagSource } from '../../../../src/model/content';
import { loadContent, validateContent } from '../../../../src/pipeline/content/load-content';
import type { ContentSource } from '../../../../src/pipeline/content/content-source';
import { contentFiles } from '../../../../src/import/serialize-content';
import { importJsonFeed } from '../../../../src/import/jsonfeed/map-feed';
import { runImport, type RunImportResult } from '../../../../src/import/run-import';
import { Warnings } from '../../../../src/import/warnings';
import { JSONFEED_FIXTURE, readJsonFile, removeTempDirs, tempDir } from '../../../fixtures/wordpress/test-dirs';

afterAll(removeTempDirs);

let out: string;
let result: RunImportResult;
const read = <T>(file: string) => readJsonFile<T>(path.join(out, file));
const article = (slug: string) => read<ArticleSource>(`articles/${slug}.json`);

beforeAll(async () => {
  out = path.join(await tempDir(), 'content');
  result = await runImport({ kind: 'jsonfeed', source: JSONFEED_FIXTURE, out, remoteMedia: true });
});

describe('JSON Feed import', () => {
  it('writes a valid content folder: one article per item, slugs from the item URL or its words', async () => {
    const content = await loadContent(out);
    expect(content.articles.map((a) => a.slug).sort()).toEqual(['a-short-note-from-the-weather-mast-wind', 'brine-shrimp-season', 'flamingo-count', 'namak']);
    expect(await read<SiteSource>('site.json')).toEqual({
      name: 'Field Notes from the Salt Flats',
      description: "A naturalist's notebook: birds, brine and weather on the salt flats.",
      lang: 'en-GB',
    });
  });

  it('reads content_html through the same HTML → blocks, rewriting links to other items', async () => {
    const brine = await article('brine-shrimp-season');
    expect(brine.body).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Warm water in February has brought the brine shrimp out ' },
          { type: 'em', children: [{ type: 'text', text: 'three weeks' }] },
          { type: 'text', text: ' ahead of the usual calendar, and the flamingos have noticed.' },
        ],
      },
      { type: 'image', src: 'https://saltflats.example/media/shrimp-pond.jpg', alt: 'A shallow pink pond under a pale sky', width: 1200, height: 800, caption: 'The north pond on 2 March.' },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Counts from the ' },
          { type: 'link', href: 'https://birdcount.example/flats/2026', children: [{ type: 'text', text: 'volunteer bird survey' }] },
          { type: 'text', text: ' and from ' },
          { type: 'link', href: '/article/flamingo-count', children: [{ type: 'text', text: 'our own flamingo tally' }] },
          { type: 'text', text: ' tell the same story.' },
        ],
      },
    ]);
  });

  it('maps summary, dates, authors, tags (the first one as category) and the image as hero when its size is known', async () => {
    expect(await article('brine-shrimp-season')).toMatchObject({
      title: 'Brine shrimp season starts early',
      standfirst: 'Warm water in February has brought the brine shrimp out three weeks ahead of the usual calendar.',
      publishedAt: '2026-03-02T07:15:00+01:00',
      updatedAt: '2026-03-02T18:00:00+01:00',
      author: 'ana-ruiz',
      category: 'ecology',
      tags: ['ecology', 'birds'],
      lang: 'en-GB',
      hero: { src: 'https://saltflats.example/media/shrimp-pond.jpg', alt: 'A shallow pink pond under a pale sky', width: 1200, height: 800 },
    });
    // banner_image has no size anywhere: no hero (with a warning).
    expect((await article('flamingo-count')).hero).toBeUndefined();
    expect((await article('flamingo-count')).category).toBe('birds');
  });

  it('reads content_text into paragraphs, derives a missing title, and credits the feed when an item has no author', async () => {
    expect(await article('a-short-note-from-the-weather-mast-wind')).toMatchObject({
      title: 'A short note from the weather mast.',
      author: 'the-salt-flats-field-station',
      category: 'field-notes-from-the-salt-flats',
      tags: [],
      body: [
        { type: 'paragraph', content: [{ type: 'text', text: 'A short note from the weather mast.' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Wind from the north-east all day, gusting to 40 km/h.' }, { type: 'break' }, { type: 'text', text: 'No rain.' }] },
      ],
    });
  });

  it('takes the item language (fa, right-to-left in the pipeline) and hashes tags it cannot write in a-z', async () => {
    const namak = await article('namak');
    expect(namak).toMatchObject({ lang: 'fa', title: 'نمک‌زار در زمستان', author: 'dariush-mehr' });
    expect(namak.category).toMatch(/^tag-[0-9a-f]{8}$/);
    const categories = await read<CategorySource[]>('categories.json');
    expect(categories.find((c) => c.path === namak.category)?.name).toBe('نمک');
    const content = await loadContent(out);
    expect(content.articles.find((a) => a.slug === 'namak')?.dir).toBeUndefined(); // left to the pipeline: dir follows from lang
  });

  it('lists authors and tags once each', async () => {
    expect((await read<AuthorSource[]>('authors.json')).map((a) => a.slug)).toEqual(['ana-ruiz', 'dariush-mehr', 'the-salt-flats-field-station']);
    expect((await read<TagSource[]>('tags.json')).map((t) => t.name)).toEqual(['Birds', 'Ecology', 'نمک']);
  });

  it('summarises its warnings', () => {
    expect(result.warnings.summary().map((g) => `${g.count} ${g.kind}`)).toEqual(['2 standfirst-derived', '1 hero-dropped', '1 title-derived']);
  });

  it('lets --lang override the feed language, but not an item\'s own', async () => {
    const target = path.join(await tempDir(), 'content');
    await runImport({ kind: 'jsonfeed', source: JSONFEED_FIXTURE, out: target, lang: 'en-US' });
    const lang = async (slug: string) => (await readJsonFile<ArticleSource>(path.join(target, 'articles', `${slug}.json`))).lang;
    expect(await lang('brine-shrimp-season')).toBe('en-US');
    expect(await lang('namak')).toBe('fa');
    expect((await readJsonFile<SiteSource>(path.join(target, 'site.json'))).lang).toBe('en-US');
  });

  it('resolves relative URLs against the feed home page when an item has no url, and never invents them', () => {
    const warnings = new Warnings();
    const imported = importJsonFeed(
      {
        file: 'feed.json',
        value: {
          version: 'https://jsonfeed.org/version/1.1',
          title: 'T',
          home_page_url: 'https://t.example/blog/',
          items: [{ id: 'x', title: 'X', content_html: '<p><a href="post-2">two</a> <img src="/i.png" width="3" height="2"></p>', date_published: '2026-01-01T00:00:00Z' }],
        },
      },
      warnings,
    );
    expect(imported.bundle.articles[0]!.body).toEqual([
      { type: 'paragraph', content: [{ type: 'link', href: 'https://t.example/blog/post-2', children: [{ type: 'text', text: 'two' }] }] },
      { type: 'image', src: 'https://t.example/i.png', alt: '', width: 3, height: 2 },
    ]);
  });

  it('cuts a very long title, summary, feed title, author and tag name to the caps, with warnings, into valid content', async () => {
    const words = (n: number) => 'Salt crust cracks at dawn '.repeat(n);
    const warnings = new Warnings();
    const imported = importJsonFeed(
      {
        file: 'feed.json',
        value: {
          version: 'https://jsonfeed.org/version/1.1',
          title: words(100),
          authors: [{ name: words(100) }],
          items: [{ id: 'x', title: words(4_000), summary: words(4_000), tags: [words(100)], content_text: 'Body.', date_published: '2026-01-01T00:00:00Z' }],
        },
      },
      warnings,
    );
    const [item] = imported.bundle.articles;
    expect(item!.title.length).toBeLessThanOrEqual(300);
    expect(item!.title.endsWith('…')).toBe(true);
    expect(item!.standfirst.length).toBeLessThanOrEqual(1000);
    const files = contentFiles(imported.bundle);
    const source: ContentSource = {
      dir: '/nowhere',
      readBytes: (file) => Buffer.from(files.get(file)!),
      articleFiles: () => [...files.keys()].filter((f) => f.startsWith('articles/')),
      fileState: () => 'missing',
    };
    await expect(validateContent(source)).resolves.toBeDefined();
    const cut = warnings.summary().filter((g) => g.kind === 'text-truncated').map((g) => g.detail);
    expect(cut).toEqual(expect.arrayContaining(['title', 'standfirst', 'author name', 'tag name', 'feed title as a name']));
  });
});

describe('JSON Feed items repeating one id', () => {
  it('maps 20,000 items with the same id to 20,000 unique slugs, in linear time', () => {
    const items = Array.from({ length: 20_000 }, () => ({ id: 'dup', title: 'Same story', content_text: 'Text.', date_published: '2026-03-01T09:00:00Z' }));
    const { bundle } = importJsonFeed({ file: 'feed.json', value: { version: 'https://jsonfeed.org/version/1.1', title: 'Feed', items } }, new Warnings());
    const slugs = bundle.articles.map((a) => a.slug);
    expect(slugs).toHaveLength(20_000);
    expect(new Set(slugs).size).toBe(20_000);
  });
});

describe('JSON Feed images on private addresses', () => {
  it('drops an item image on a link-local address, with a warning, and keeps loopback ones only for a loopback feed', () => {
    const item = {
      id: '1',
      title: 'Story',
      date_published: '2026-03-01T09:00:00Z',
      image: 'http://169.254.169.254/latest/a.png',
      content_html: '<p>Text.</p><img src="http://169.254.169.254/latest/a.png" width="4" height="3"><img src="http://127.0.0.1:9/b.png" width="4" height="3">',
    };
    const feed = (url?: string) => ({ file: 'feed.json', value: { version: 'https://jsonfeed.org/version/1.1', title: 'Feed', items: [item] }, ...(url ? { url } : {}) });
    const warnings = new Warnings();
    const [article] = importJsonFeed(feed(), warnings).bundle.articles;
    expect(article?.hero).toBeUndefined();
    expect(article?.body.filter((b) => b.type === 'image')).toEqual([]);
    expect(warnings.list.filter((w) => w.kind === 'image-private-address').map((w) => w.subject)).toEqual([
      'http://169.254.169.254/latest/a.png',
      'http://127.0.0.1:9/b.png',
      'http://169.254.169.254/latest/a.png',
    ]);
    const [local] = importJsonFeed(feed('http://127.0.0.1:9/feed.json'), new Warnings()).bundle.articles;
    expect(local?.body.filter((b) => b.type === 'image').map((b) => (b.type === 'image' ? b.src : ''))).toEqual(['http://127.0.0.1:9/b.png']);
  });
});
