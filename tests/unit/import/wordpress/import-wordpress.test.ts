// @vitest-environment node
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleResponse } from '../../../../src/model/api';
import type { ArticleSource, AuthorSource, CategorySource, SiteSource, TagSource } from '../../../../src/model/content';
import { apiDocuments, compileSite } from '../../../../src/pipeline/api/api-documents';
import { loadContent } from '../../../../src/pipeline/content/load-content';
import { runImport, type RunImportResult } from '../../../../src/import/run-import';
import {
  WORDPRESS_FIXTURE,
  copyOfWordPressFixture,
  readJsonFile,
  removeTempDirs,
  snapshotTree,
  stagingLeftovers,
  tempDir,
} from '../../../fixtures/wordpress/test-dirs';

afterAll(removeTempDirs);

let out: string;
let result: RunImportResult;
const article = (slug: string) => readJsonFile<ArticleSource>(path.join(out, 'articles', `${slug}.json`));

beforeAll(async () => {
  out = path.join(await tempDir(), 'content');
  // Hotlinked images: what the mapping gives. Downloading them is covered below and in tests/unit/import/media/.
  result = await runImport({ kind: 'wordpress', source: WORDPRESS_FIXTURE, out, remoteMedia: true });
});

describe('WordPress folder import: what comes out', () => {
  it('writes a content folder the pipeline loads, one article per published post', async () => {
    const content = await loadContent(out);
    expect(content.articles.map((a) => a.slug).sort()).toEqual([
      'cafe-owners-quay',
      'council-harbour-budget',
      'letters-new-timetable',
      'night-ferries-return',
      'post-1005',
      'school-choir-three-languages',
      'spring-night-market-delayed',
    ]);
    expect(result.counts).toEqual({ articles: 7, categories: 7, authors: 3, tags: 6, skipped: 0 });
    expect(result.report).toMatchObject({ wrote: true, updated: [], unchanged: [], removed: [] });
    expect(result.report.added).toHaveLength(7);
    expect(await stagingLeftovers(out)).toEqual([]);
  });

  it('builds the category tree from categories.json parents, keeping only categories in use', async () => {
    const categories = await readJsonFile<CategorySource[]>(path.join(out, 'categories.json'));
    expect(categories.map((c) => [c.path, c.name])).toEqual([
      ['business', 'Business'],
      ['business/markets', 'Markets'],
      ['city-life', 'City Life'],
      ['city-life/harbour', 'Harbour & Docks'],
      ['city-life/schools', 'Schools'],
      ['culture', 'Culture'],
      ['culture/category-41', 'فرهنگ و هنر'],
    ]);
    expect(categories.find((c) => c.path === 'city-life')?.description).toBe('Streets, quays and the people who keep the city running.');
  });

  it('gives the breadcrumb WordPress shows: Home › Parent › Child, from the first category', async () => {
    const site = compileSite(await loadContent(out));
    const docs = new Map([...apiDocuments(site)].map((d) => [d.path, d.data()]));
    const crumbs = (slug: string) => (docs.get(`articles/${slug}.json`) as ArticleResponse).breadcrumb.map((c) => c.name).join(' › ');
    expect(crumbs('night-ferries-return')).toBe('Home › City Life › Harbour & Docks');
    // Post 1002 is in Harbour & Docks (first) and Business: the first decides.
    expect(crumbs('council-harbour-budget')).toBe('Home › City Life › Harbour & Docks');
    expect(crumbs('spring-night-market-delayed')).toBe('Home › Business › Markets');
    expect((docs.get('articles/night-ferries-return.json') as ArticleResponse).breadcrumb.map((c) => c.path)).toEqual(['/', '/category/city-life', '/category/city-life/harbour']);
  });

  it('decodes entities in titles, excerpts and names to plain text', async () => {
    const ferries = await article('night-ferries-return');
    expect(ferries.title).toBe('Night ferries return to the east quay — and the “blue line” too');
    expect(ferries.standfirst).toBe('After two winters without a late crossing, the harbour authority restores the 23:40 ferry & adds a second boat on Fridays.');
    expect((await article('cafe-owners-quay')).title).toBe('Café owners on the quay welcome the ferries');
    const authors = await readJsonFile<AuthorSource[]>(path.join(out, 'authors.json'));
    expect(authors).toContainEqual({ slug: 'tomas-ferreira', name: 'Tomás Ferreira', bio: 'Education and youth reporter.' });
    expect(authors).toContainEqual({ slug: 'mira-okafor', name: 'Mira Okafor', bio: 'Mira covers the port & the city council.' });
    const tags = await readJsonFile<TagSource[]>(path.join(out, 'tags.json'));
    expect(tags).toContainEqual({ slug: 'rain-weather', name: 'rain & weather' });
    expect(tags).toContainEqual({ slug: 'tag-55', name: 'شعر' });
    const site = await readJsonFile<SiteSource>(path.join(out, 'site.json'));
    expect(site).toEqual({ name: 'The Harbour Ledger', description: 'News from the quays & streets of a port city', lang: 'en' });
  });

  it('drops the "[…]" of automatic excerpts and derives a missing standfirst from the body', async () => {
    expect((await article('council-harbour-budget')).standfirst).toBe('Repairs to the sea wall come first; the new fish market waits another year.');
    expect((await article('spring-night-market-delayed')).standfirst).toMatch(/^The spring night market on the harbour road will open a week late/);
  });

  it('reads date_gmt and modified_gmt as UTC instants (not the site-local date)', async () => {
    const ferries = await article('night-ferries-return');
    expect(ferries.publishedAt).toBe('2026-02-14T06:30:00Z');
    expect(ferries.updatedAt).toBe('2026-02-14T09:05:00Z');
    const budget = await article('council-harbour-budget');
    expect(budget.publishedAt).toBe('2026-02-11T15:00:00Z');
    expect(budget.updatedAt).toBeUndefined(); // modified_gmt equals date_gmt
  });

  it('rewrites links to imported posts to /article/{slug}: http or https, with or without slash, relative, ?p=id', async () => {
    const hrefs = (a: ArticleSource) => JSON.stringify(a.body).match(/"href":"[^"]*"/g);
    expect(hrefs(await article('night-ferries-return'))).toEqual(['"href":"/article/council-harbour-budget"', '"href":"https://transit-watch.example/reports/quay-count"']);
    expect(hrefs(await article('council-harbour-budget'))).toEqual(['"href":"/article/night-ferries-return"', '"href":"/article/school-choir-three-languages"']);
    expect(hrefs(await article('cafe-owners-quay'))).toEqual(['"href":"/article/night-ferries-return"', '"href":"mailto:quay-cafes@harbour-ledger.example"']);
    expect(hrefs(await article('post-1005'))).toEqual(['"href":"/article/night-ferries-return"']);
  });

  it('turns the featured media into a hero with a srcset of same-shaped sizes (no cropped thumbnail)', async () => {
    expect((await article('night-ferries-return')).hero).toEqual({
      src: 'https://harbour-ledger.example/wp-content/uploads/2026/02/ferry-terminal.jpg',
      alt: 'A ferry moored at the east quay at dusk',
      width: 1600,
      height: 900,
      caption: 'The east quay terminal, repainted over the winter.',
      srcset: [300, 768, 1024, 1600].map((width) => ({
        src: `https://harbour-ledger.example/wp-content/uploads/2026/02/ferry-terminal${width === 1600 ? '' : `-${width}x${Math.round((width * 9) / 16)}`}.jpg`,
        width,
      })),
    });
    // Featured media found only in _embedded (not in media.json) works too.
    expect((await article('spring-night-market-delayed')).hero).toMatchObject({ width: 1400, height: 933, caption: 'Stall holders set up before the rain.' });
    // An SVG without a size cannot be a hero.
    expect((await article('post-1005')).hero).toBeUndefined();
  });

  it('sizes content images from the media library, keeps sized ones, and keeps the rest at the default shape', async () => {
    const budget = await article('council-harbour-budget');
    expect(budget.body.find((b) => b.type === 'image')).toMatchObject({
      src: 'https://harbour-ledger.example/wp-content/uploads/2026/02/market-hall-1024x683.jpg',
      width: 1024,
      height: 683,
      caption: 'The market hall will stay as it is until 2027.',
    });
    const choir = await article('school-choir-three-languages');
    expect(choir.body.filter((b) => b.type === 'image').map((b) => b.type === 'image' && [b.src, b.width, b.height])).toEqual([
      ['https://harbour-ledger.example/wp-content/uploads/2026/02/choir-rehearsal.jpg', 1000, 1000],
      ['https://harbour-ledger.example/wp-content/uploads/2025/11/old-programme.png', 1200, 800],
    ]);
    expect(choir.body.find((b) => b.type === 'pullquote')).toEqual({
      type: 'pullquote',
      blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Singing in my grandmother’s language made her cry, in a good way.' }] }],
      cite: 'A pupil in year five',
    });
  });

  it('maps sticky to must-read, authors, tags, and a Persian post to lang fa with a post-{id} slug', async () => {
    expect((await article('night-ferries-return')).mustRead).toBe(true);
    expect((await article('council-harbour-budget')).mustRead).toBe(false);
    expect(await article('council-harbour-budget')).toMatchObject({ author: 'mira-okafor', tags: ['budget', 'ferries'] });
    expect(await article('post-1005')).toMatchObject({ lang: 'fa', title: 'شب شعر در بندر', category: 'culture/category-41', tags: ['tag-55'] });
  });

  it('removes hostile markup from a post, keeping its prose', async () => {
    const post = await article('letters-new-timetable');
    // The frame from an unknown host (not YouTube's) is never loaded: a link card to it stands in.
    const card = post.body.find((b) => b.type === 'embed');
    expect(card).toEqual({ type: 'embed', provider: 'youtube-nocookie.example', url: 'https://www.youtube-nocookie.example/embed/abc', title: 'Ferry at night' });
    const letters = JSON.stringify({ ...post, body: post.body.filter((b) => b !== card) });
    expect(letters).not.toMatch(/script|javascript|onclick|onerror|style|iframe|youtube|cookie/i);
    expect(letters).toContain('Thank you for the ferries. Click here to see my photos.');
    expect(letters).toContain('Please add a third boat.');
  });

  it('summarises what it dropped or guessed as warnings', () => {
    const summary = result.warnings.summary().map((g) => `${g.count} ${g.kind}${g.detail ? ` ${g.detail}` : ''}`);
    expect(summary).toEqual([
      '2 image-size-assumed',
      '1 element-dropped <script>',
      '1 frame-as-link www.youtube-nocookie.example',
      '1 handler-dropped onclick',
      '1 handler-dropped onerror',
      '1 hero-dropped no width/height in media_details',
      '1 image-size-from-media',
      '1 post-skipped status "draft"',
      '1 slug-changed cleaned',
      '1 slug-changed not Latin: post-{id}',
      '1 standfirst-derived',
      '1 unsafe-url a href',
    ]);
  });
});

describe('WordPress folder import: images on hosts that do not exist', () => {
  it('fail to download, quickly and without retries, and keep their hotlinks: the same files as --remote-media', async () => {
    const downloading = path.join(await tempDir(), 'content');
    const withMedia = await runImport({ kind: 'wordpress', source: WORDPRESS_FIXTURE, out: downloading });
    const texts = (tree: Awaited<ReturnType<typeof snapshotTree>>) => Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, v.text]));
    expect(texts(await snapshotTree(downloading))).toEqual(texts(await snapshotTree(out)));
    expect(withMedia.images).toEqual({ downloaded: 0, reused: 0, failed: 14 });
    const notDownloaded = withMedia.warnings.list.filter((w) => w.kind === 'image-not-downloaded');
    expect(notDownloaded).toHaveLength(14);
    expect(new Set(notDownloaded.map((w) => new URL(w.subject ?? '').host))).toEqual(new Set(['harbour-ledger.example']));
    expect(withMedia.warnings.count - notDownloaded.length).toBe(result.warnings.count);
    expect(await stagingLeftovers(downloading)).toEqual([]);
  });
});

describe('WordPress folder import: re-importing', () => {
  it('is idempotent: the same source gives byte-identical files, and nothing is rewritten', async () => {
    const before = await snapshotTree(out);
    const again = await runImport({ kind: 'wordpress', source: WORDPRESS_FIXTURE, out });
    expect(again.report).toMatchObject({ wrote: false, added: [], updated: [], removed: [], changedIndexes: [] });
    expect(again.report.unchanged).toHaveLength(7);
    expect(await snapshotTree(out)).toEqual(before);
    // A fresh import elsewhere gives the same bytes: nothing depends on time or order of reading.
    const elsewhere = path.join(await tempDir(), 'content');
    await runImport({ kind: 'wordpress', source: WORDPRESS_FIXTURE, out: elsewhere });
    const texts = (tree: Awaited<ReturnType<typeof snapshotTree>>) => Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, v.text]));
    expect(texts(await snapshotTree(elsewhere))).toEqual(texts(before));
  });

  it('updates only what changed in a newer dump, keeps unchanged files as they were, and counts', async () => {
    const dump = await copyOfWordPressFixture();
    const target = path.join(await tempDir(), 'content');
    await runImport({ kind: 'wordpress', source: dump, out: target });
    await mkdir(path.join(target, 'images'));
    await writeFile(path.join(target, 'images', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const before = await snapshotTree(target);

    const page1 = await readJsonFile<Record<string, unknown>[]>(path.join(dump, 'posts-1.json'));
    const page2 = await readJsonFile<Record<string, unknown>[]>(path.join(dump, 'posts-2.json'));
    page1[1]!.title = { rendered: 'Council agrees a smaller harbour budget, again' };
    const added = { ...page1[3]!, id: 1010, slug: 'choir-tour-announced', link: 'https://harbour-ledger.example/2026/03/choir-tour-announced/', guid: { rendered: 'https://harbour-ledger.example/?p=1010' } };
    const removedSlug = 'letters-new-timetable';
    await writeFile(path.join(dump, 'posts-1.json'), JSON.stringify([...page1, added]));
    await writeFile(path.join(dump, 'posts-2.json'), JSON.stringify(page2.filter((p) => p.slug !== removedSlug)));

    const update = await runImport({ kind: 'wordpress', source: dump, out: target });
    expect(update.report.added).toEqual(['articles/choir-tour-announced.json']);
    expect(update.report.updated).toEqual(['articles/council-harbour-budget.json']);
    expect(update.report.removed).toEqual([`articles/${removedSlug}.json`]);
    expect(update.report.unchanged).toHaveLength(5);
    expect(update.report.changedIndexes).toEqual([]);

    const after = await snapshotTree(target);
    for (const file of update.report.unchanged) {
      expect(after[file], file).toEqual(before[file]); // same bytes, same mtime, same inode: not rewritten
    }
    expect(after['articles/council-harbour-budget.json']!.text).toContain('smaller harbour budget, again');
    expect(after[`articles/${removedSlug}.json`]).toBeUndefined();
    expect(after['images/logo.svg']).toEqual(before['images/logo.svg']); // files the import does not own are kept
    expect((await stat(target)).mode & 0o777).toBe(0o755); // not the 0700 of a temp folder
  });

  it('takes the site name from an optional site.json in the folder, else names the folder', async () => {
    const dump = await copyOfWordPressFixture();
    await rm(path.join(dump, 'site.json'));
    const target = path.join(await tempDir(), 'content');
    await runImport({ kind: 'wordpress', source: dump, out: target, lang: 'en-GB' });
    expect(JSON.parse(await readFile(path.join(target, 'site.json'), 'utf8'))).toEqual({ name: 'dump', description: 'Articles imported from dump.', lang: 'en-GB' });
  });
});

describe('WordPress folder import: text longer than the model allows', () => {
  it('cuts a 100k-character title, excerpt, names and slug to the caps, with warnings, into valid content', async () => {
    const source = await copyOfWordPressFixture();
    const postsFile = path.join(source, 'posts-1.json');
    const posts = await readJsonFile<Record<string, unknown>[]>(postsFile);
    const words = (n: number) => 'Harbour tolls rise again '.repeat(n);
    Object.assign(posts[0]!, {
      title: { rendered: words(4_000) },
      excerpt: { rendered: `<p>${words(4_000)}</p>` },
      slug: 'harbour-'.repeat(100),
      _embedded: undefined,
    });
    await writeFile(postsFile, JSON.stringify(posts));
    for (const [file, id] of [['users.json', 2], ['tags.json', 51], ['categories.json', 12]] as const) {
      const items = await readJsonFile<Record<string, unknown>[]>(path.join(source, file));
      Object.assign(items.find((i) => i.id === id)!, { name: words(400), slug: 'long-'.repeat(100) });
      await writeFile(path.join(source, file), JSON.stringify(items));
    }
    const target = path.join(await tempDir(), 'content');
    const imported = await runImport({ kind: 'wordpress', source, out: target });

    const content = await loadContent(target);
    const post = content.articles.find((a) => a.title.startsWith('Harbour tolls rise again'))!;
    expect(post.title.length).toBeLessThanOrEqual(300);
    const kept = post.title.slice(0, -1);
    expect(post.title.endsWith('…') && words(4_000).startsWith(`${kept} `), 'cut at a word boundary').toBe(true);
    expect(post.standfirst.length).toBeLessThanOrEqual(1000);
    expect(post.slug.length).toBeLessThanOrEqual(120);
    for (const named of [...content.authors, ...content.tags, ...content.categories]) expect(named.name.length, named.name.slice(0, 20)).toBeLessThanOrEqual(120);
    const cut = imported.warnings.summary().filter((g) => g.kind === 'text-truncated').map((g) => g.detail);
    expect(cut).toEqual(expect.arrayContaining(['title', 'standfirst', 'author name', 'tag name', 'category name']));
  });
});
