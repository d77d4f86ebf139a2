// @vitest-environment node
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSource, AuthorSource, CategorySource } from '../../../../src/model/content';
import { loadContent } from '../../../../src/pipeline/content/load-content';
import { runImport, type RunImportResult } from '../../../../src/import/run-import';
import { oldWordPressDump, writeDump } from '../../../fixtures/wordpress/old-wordpress';
import { readJsonFile, removeTempDirs, tempDir } from '../../../fixtures/wordpress/test-dirs';

afterAll(removeTempDirs);

async function importDump(files: Record<string, unknown>): Promise<{ out: string; result: RunImportResult }> {
  const dir = path.join(await tempDir(), 'dump');
  await writeDump(dir, files);
  const out = path.join(await tempDir(), 'content');
  return { out, result: await runImport({ kind: 'wordpress', source: dir, out, remoteMedia: true }) };
}

describe('a dump from an older WordPress (plain-string captions and titles, [] details, null alt text…)', () => {
  let out: string;
  let result: RunImportResult;
  const article = (slug: string) => readJsonFile<ArticleSource>(path.join(out, 'articles', `${slug}.json`));
  beforeAll(async () => {
    ({ out, result } = await importDump(oldWordPressDump()));
  });

  it('imports every post, into content the pipeline loads', async () => {
    expect(result.counts).toMatchObject({ articles: 5, skipped: 0 });
    expect((await loadContent(out)).articles.map((a) => a.slug).sort()).toEqual(['bridge-repairs', 'choir-night', 'flood-warning', 'market-day', 'mill-reopens']);
  });

  it('reads titles, content and excerpts given as strings or {raw, rendered}, and MySQL-spelled dates', async () => {
    const mill = await article('mill-reopens');
    expect(mill).toMatchObject({ title: 'The mill reopens', standfirst: 'The wheel turns again.', publishedAt: '2014-03-05T10:00:00Z', category: 'town/roads', author: 'ada-miller', tags: ['roads'] });
    expect(mill.updatedAt).toBeUndefined();
    expect(JSON.stringify(mill.body)).toContain('"text":"old mill"');
    const bridge = await article('bridge-repairs');
    expect(bridge).toMatchObject({ title: 'Bridge repairs', standfirst: 'The bridge is closed for a week.', category: 'uncategorized', author: 'unknown-author', mustRead: false });
    expect(bridge.hero).toBeUndefined();
  });

  it('keeps plain-string captions, reads null alt text as empty, sizes written as strings, and skips sizes without a width', async () => {
    expect((await article('mill-reopens')).hero).toEqual({
      src: 'https://oldmill.example/wp-content/uploads/2014/03/mill-1.jpg',
      alt: 'Mill photo 1',
      width: 1200,
      height: 800,
      caption: 'The mill wheel, photo 1 & its caption.',
      srcset: [
        { src: 'https://oldmill.example/wp-content/uploads/2014/03/mill-1-600x400.jpg', width: 600 },
        { src: 'https://oldmill.example/wp-content/uploads/2014/03/mill-1.jpg', width: 1200 },
      ],
    });
    expect((await article('market-day')).hero).toMatchObject({ width: 1200, height: 800, caption: 'The mill wheel, photo 3 & its caption.' });
    const choir = (await article('choir-night')).hero;
    expect(choir).toMatchObject({ alt: '', width: 1200, caption: 'The mill wheel, photo 4 & its caption.' });
    expect(choir?.srcset).toBeUndefined();
    // media_details: [] gives no size, so no hero.
    expect((await article('flood-warning')).hero).toBeUndefined();
  });

  it('reads terms without descriptions (or with one as {rendered}), a parent id as a string, and users without a slug', async () => {
    const categories = await readJsonFile<CategorySource[]>(path.join(out, 'categories.json'));
    expect(categories).toEqual([
      { path: 'town', name: 'Town' },
      { path: 'town/roads', name: 'Roads', description: 'Potholes and bridges.' },
      { path: 'uncategorized', name: 'Uncategorized' },
    ]);
    const authors = await readJsonFile<AuthorSource[]>(path.join(out, 'authors.json'));
    expect(authors).toEqual([
      { slug: 'ada-miller', name: 'Ada Miller' },
      { slug: 'ben-cole', name: 'Ben Cole', bio: 'Covers music.' },
      { slug: 'unknown-author', name: 'Unknown author' },
    ]);
  });

  it('rewrites a relative link between its posts', async () => {
    expect(JSON.stringify((await article('mill-reopens')).body)).toContain('"href":"/article/bridge-repairs"');
  });

  it('warns only about what is really missing, not about the shapes', () => {
    const kinds = result.warnings.summary().map((g) => `${g.kind}${g.detail ? ` ${g.detail}` : ''}`);
    expect(kinds.filter((k) => k.startsWith('field-ignored'))).toEqual([]);
    expect(kinds).toContain('author-missing post has no author');
    expect(kinds).toContain('hero-dropped no width/height in media_details');
  });
});

describe('optional fields that cannot be read', () => {
  it('are read as absent, each with a warning naming the field: never a reason to refuse the site', async () => {
    const files = oldWordPressDump();
    const posts = files['posts.json'] as Record<string, unknown>[];
    Object.assign(posts[0]!, { categories: '6', sticky: 'yes', excerpt: 42, lang: 7, modified_gmt: 'soon', author: { id: 3 } });
    const media = files['media.json'] as Record<string, unknown>[];
    Object.assign(media[0]!, { alt_text: 5, caption: { text: 'x' } });
    const { out, result } = await importDump(files);
    expect(result.counts.articles).toBe(5);
    const ignored = result.warnings.list.filter((w) => w.kind === 'field-ignored').map((w) => `${w.file}: ${w.item}: ${w.detail} (${w.subject})`);
    expect(ignored).toEqual([
      'posts.json: post 11 (slug "mill-reopens"): post modified_gmt (the string "soon")',
      'posts.json: post 11 (slug "mill-reopens"): post excerpt (number 42)',
      'posts.json: post 11 (slug "mill-reopens"): post author (an object)',
      'posts.json: post 11 (slug "mill-reopens"): post sticky (the string "yes")',
      'posts.json: post 11 (slug "mill-reopens"): post categories (the string "6")',
      'posts.json: post 11 (slug "mill-reopens"): post lang (number 7)',
      'media.json: media item 301 (slug "mill-1"): media item alt_text (number 5)',
      'media.json: media item 301 (slug "mill-1"): media item caption (an object)',
    ]);
    const mill = await readJsonFile<ArticleSource>(path.join(out, 'articles', 'mill-reopens.json'));
    expect(mill).toMatchObject({ category: 'uncategorized', author: 'unknown-author', mustRead: false, lang: 'en', standfirst: 'After ten years the old mill turns again. See the bridge.' });
    expect(mill.hero).toMatchObject({ alt: '', width: 1200 });
    expect(mill.hero?.caption).toBeUndefined();
  });
});
