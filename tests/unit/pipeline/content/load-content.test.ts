// @vitest-environment node
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError, type ContentProblem } from '../../../../src/pipeline/content/content-error';
import { loadContent } from '../../../../src/pipeline/content/load-content';
import { articleSource, baseCategories, baseSite, makeContentDir, makeSecretFile, removeContentDirs, type ContentOverrides } from '../../../fixtures/content';

afterAll(removeContentDirs);

/** Loads a fixture dir that must be invalid and returns its problems. */
async function problemsOf(overrides: ContentOverrides): Promise<ContentProblem[]> {
  const dir = await makeContentDir(overrides);
  const error = await loadContent(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  return (error as ContentError).problems;
}

describe('loadContent: valid content', () => {
  it('loads a minimal content directory and applies the schema defaults', async () => {
    const dir = await makeContentDir({
      articles: { 'dam-levels-fall.json': articleSource('dam-levels-fall', { tags: undefined, lang: undefined }) },
    });
    const content = await loadContent(dir);
    expect(content.dir).toBe(dir);
    expect(content.site.name).toBe('Fixture News');
    expect(content.categories.map((c) => c.path)).toEqual(baseCategories.map((c) => c.path));
    expect(content.authors.map((a) => a.slug)).toEqual(['layla-hassan', 'dariush-karimi']);
    expect(content.tags.map((t) => t.slug)).toEqual(['water', 'cities']);
    expect(content.articles).toHaveLength(1);
    const [article] = content.articles;
    expect(article).toMatchObject({ slug: 'dam-levels-fall', lang: 'en', tags: [], mustRead: false });
    expect(content.localImages).toEqual([]);
  });

  it('lists the local images articles use (hero and image blocks), sorted, leaving remote ones out', async () => {
    const dir = await makeContentDir({
      images: ['images/dam.svg', 'images/river.svg'],
      articles: {
        'dam-levels-fall.json': articleSource('dam-levels-fall', {
          hero: { src: 'images/river.svg', alt: 'A river', width: 4, height: 3 },
          body: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Words.' }] },
            { type: 'image', src: 'images/dam.svg', alt: 'A dam', width: 4, height: 3 },
            { type: 'image', src: 'https://cdn.example.org/remote.jpg', alt: 'Remote', width: 4, height: 3 },
          ],
        }),
      },
    });
    const content = await loadContent(dir);
    expect(content.localImages).toEqual(['images/dam.svg', 'images/river.svg']);
  });
});

describe('loadContent: problems name the file, the item and the field', () => {
  it('names the file that is not valid JSON', async () => {
    const problems = await problemsOf({ articles: { 'broken.json': '{ "slug": "broken", ' } });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('articles/broken.json');
    expect(problems[0]!.message).toMatch(/not valid JSON/);
  });

  it('names a malformed top-level file', async () => {
    const problems = await problemsOf({ authors: '[{"slug": "x", "name": "X"},]' });
    expect(problems.map((p) => p.file)).toContain('authors.json');
    expect(problems.find((p) => p.file === 'authors.json')!.message).toMatch(/not valid JSON/);
  });

  it('reports a missing site.json', async () => {
    const problems = await problemsOf({ omit: ['site.json'] });
    expect(problems).toEqual([{ file: 'site.json', message: 'file is missing' }]);
  });

  it('reports a missing articles folder', async () => {
    const problems = await problemsOf({ omit: ['articles'] });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('articles/');
  });

  it('locates a missing required field deep in the body', async () => {
    const article = articleSource('dam-levels-fall', { body: [{ type: 'paragraph' }] });
    const problems = await problemsOf({ articles: { 'dam-levels-fall.json': article } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'articles/dam-levels-fall.json', item: 'dam-levels-fall', field: 'body.0.content' });
  });

  it('locates a missing headline', async () => {
    const article = articleSource('dam-levels-fall', { title: undefined });
    const problems = await problemsOf({ articles: { 'dam-levels-fall.json': article } });
    expect(problems).toEqual([expect.objectContaining({ file: 'articles/dam-levels-fall.json', item: 'dam-levels-fall', field: 'title' })]);
  });

  it('locates an unsafe link inside inline content', async () => {
    const article = articleSource('dam-levels-fall', {
      body: [
        { type: 'paragraph', content: [{ type: 'text', text: 'ok' }] },
        { type: 'paragraph', content: [{ type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', text: 'x' }] }] },
      ],
    });
    const problems = await problemsOf({ articles: { 'dam-levels-fall.json': article } });
    expect(problems).toEqual([expect.objectContaining({ item: 'dam-levels-fall', field: 'body.1.content.0.href' })]);
  });

  it('reports emphasis nested thousands deep as a problem at its field, not a stack overflow', async () => {
    // Written as text: JSON.stringify itself recurses.
    const deep = `${'{"type":"em","children":['.repeat(5_000)}{"type":"text","text":"x"}${']}'.repeat(5_000)}`;
    const article = articleSource('dam-levels-fall', {
      body: [
        { type: 'paragraph', content: [{ type: 'text', text: 'ok' }] },
        { type: 'list', ordered: false, items: [[{ type: 'text', text: 'ok' }], ['DEEP']] },
      ],
    });
    const text = JSON.stringify(article).replace('"DEEP"', deep);
    const problems = await problemsOf({ articles: { 'dam-levels-fall.json': text } });
    expect(problems).toEqual([
      { file: 'articles/dam-levels-fall.json', item: 'dam-levels-fall', field: 'body.1.items.1.0', message: expect.stringContaining('nests too deep') },
    ]);
  });

  it('refuses a publishedAt without a time zone', async () => {
    const article = articleSource('dam-levels-fall', { publishedAt: '2026-11-20T08:30:00' });
    const problems = await problemsOf({ articles: { 'dam-levels-fall.json': article } });
    expect(problems).toEqual([expect.objectContaining({ field: 'publishedAt' })]);
  });

  it('reports an updatedAt earlier than publishedAt', async () => {
    const article = articleSource('dam-levels-fall', { updatedAt: '2026-11-19T08:30:00Z' });
    const problems = await problemsOf({ articles: { 'dam-levels-fall.json': article } });
    expect(problems).toEqual([expect.objectContaining({ item: 'dam-levels-fall', field: 'updatedAt' })]);
  });

  it('reports an unknown category, author and tag, each on its own field', async () => {
    const article = articleSource('dam-levels-fall', { category: 'region/irak', author: 'nobody', tags: ['water', 'weather'] });
    const problems = await problemsOf({ articles: { 'dam-levels-fall.json': article } });
    expect(problems).toHaveLength(3);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'articles/dam-levels-fall.json', item: 'dam-levels-fall', field: 'category', message: expect.stringContaining('region/irak') }),
        expect.objectContaining({ item: 'dam-levels-fall', field: 'author', message: expect.stringContaining('nobody') }),
        expect.objectContaining({ item: 'dam-levels-fall', field: 'tags.1', message: expect.stringContaining('weather') }),
      ]),
    );
  });

  it('accepts a reference to a parent category, not only to leaves', async () => {
    const dir = await makeContentDir({ articles: { 'a.json': articleSource('a', { category: 'region' }) } });
    await expect(loadContent(dir)).resolves.toMatchObject({ articles: [{ category: 'region' }] });
  });

  it('reports a slug that does not match the file name', async () => {
    const problems = await problemsOf({ articles: { 'dam-levels.json': articleSource('dam-levels-fall') } });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'articles/dam-levels.json', item: 'dam-levels-fall', field: 'slug', message: expect.stringContaining('articles/dam-levels-fall.json') }),
    ]);
  });

  it('reports a slug used by two articles, naming the first file', async () => {
    const problems = await problemsOf({
      articles: { 'alpha.json': articleSource('alpha'), 'beta.json': articleSource('alpha') },
    });
    const duplicate = problems.find((p) => /already used/.test(p.message));
    expect(duplicate).toMatchObject({ file: 'articles/beta.json', item: 'alpha', field: 'slug' });
    expect(duplicate!.message).toContain('articles/alpha.json');
  });

  it('reports duplicate categories, authors and tags', async () => {
    const problems = await problemsOf({
      categories: [...baseCategories, { path: 'world', name: 'World again' }],
      authors: [{ slug: 'layla-hassan', name: 'Layla Hassan' }, { slug: 'layla-hassan', name: 'Layla H.' }],
      tags: [{ slug: 'water', name: 'Water' }, { slug: 'water', name: 'Water again' }],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'categories.json', item: 'world' }),
        expect.objectContaining({ file: 'authors.json', item: 'layla-hassan' }),
        expect.objectContaining({ file: 'tags.json', item: 'water' }),
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('reports a category whose parent is not defined', async () => {
    const problems = await problemsOf({
      categories: [{ path: 'region', name: 'Region' }, { path: 'region/iraq', name: 'Iraq' }, { path: 'science/climate', name: 'Climate' }],
    });
    expect(problems).toEqual([expect.objectContaining({ file: 'categories.json', item: 'science/climate', field: 'path', message: expect.stringContaining('"science"') })]);
  });

  it('refuses a category path that is not made of slugs', async () => {
    const problems = await problemsOf({ categories: [...baseCategories, { path: 'World/Europe', name: 'Europe' }] });
    expect(problems).toEqual(expect.arrayContaining([expect.objectContaining({ file: 'categories.json', field: '4.path' })]));
  });

  it('reports a hero image that is not in the content directory', async () => {
    const article = articleSource('dam-levels-fall', { hero: { src: 'images/missing.svg', alt: 'x', width: 4, height: 3 } });
    const problems = await problemsOf({ articles: { 'dam-levels-fall.json': article }, images: ['images/other.svg'] });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'articles/dam-levels-fall.json', item: 'dam-levels-fall', message: expect.stringContaining('images/missing.svg') }),
    ]);
  });

  it('reports an image block that points outside the content directory', async () => {
    const article = articleSource('dam-levels-fall', {
      body: [{ type: 'image', src: '../../etc/passwd', alt: 'x', width: 4, height: 3 }],
    });
    const problems = await problemsOf({ articles: { 'dam-levels-fall.json': article } });
    expect(problems).toEqual([expect.objectContaining({ item: 'dam-levels-fall', message: expect.stringContaining('outside the content directory') })]);
  });

  it('refuses absolute and escaping local image paths and non-image files at check time, naming the field', async () => {
    const article = articleSource('dam-levels-fall', {
      hero: { src: '/etc/x.png', alt: 'x', width: 4, height: 3 },
      body: [
        { type: 'image', src: 'images/../../x.png', alt: 'x', width: 4, height: 3 },
        { type: 'image', src: 'images/notes.txt', alt: 'x', width: 4, height: 3 },
      ],
    });
    const problems = await problemsOf({ articles: { 'dam-levels-fall.json': article } });
    expect(problems.map((p) => [p.file, p.item, p.field])).toEqual([
      ['articles/dam-levels-fall.json', 'dam-levels-fall', 'hero.src'],
      ['articles/dam-levels-fall.json', 'dam-levels-fall', 'body.0.src'],
      ['articles/dam-levels-fall.json', 'dam-levels-fall', 'body.1.src'],
    ]);
  });

  it('refuses a link with a backslash ("/\\host" is another host to a browser)', async () => {
    const article = articleSource('dam-levels-fall', {
      body: [{ type: 'paragraph', content: [{ type: 'link', href: '/\\evil.example/x', children: [{ type: 'text', text: 'x' }] }] }],
    });
    const problems = await problemsOf({ articles: { 'dam-levels-fall.json': article } });
    expect(problems).toEqual([expect.objectContaining({ item: 'dam-levels-fall', field: 'body.0.content.0.href' })]);
  });

  it('refuses an image with a javascript: src', async () => {
    const article = articleSource('dam-levels-fall', { hero: { src: 'javascript:alert(1)', alt: 'x', width: 4, height: 3 } });
    const problems = await problemsOf({ articles: { 'dam-levels-fall.json': article } });
    expect(problems).toEqual([expect.objectContaining({ field: 'hero.src' })]);
  });

  it('reports a missing local srcset candidate like any other image', async () => {
    const article = articleSource('dam-levels-fall', {
      hero: { src: 'images/dam.svg', alt: 'x', width: 4, height: 3, srcset: [{ src: 'images/dam-640.svg', width: 640 }] },
    });
    const problems = await problemsOf({ articles: { 'dam-levels-fall.json': article }, images: ['images/dam.svg'] });
    expect(problems).toEqual([expect.objectContaining({ item: 'dam-levels-fall', message: expect.stringContaining('images/dam-640.svg') })]);
  });

  it('collects every problem at once instead of stopping at the first', async () => {
    const problems = await problemsOf({
      articles: {
        'a.json': articleSource('a', { author: 'nobody' }),
        'b.json': articleSource('b', { standfirst: '   ' }),
        'c.json': articleSource('c'),
      },
    });
    expect(problems).toHaveLength(2);
    expect(problems.map((p) => [p.file, p.field])).toEqual(
      expect.arrayContaining([
        ['articles/a.json', 'author'],
        ['articles/b.json', 'standfirst'],
      ]),
    );
  });

  it('formats all problems into the error message', async () => {
    const dir = await makeContentDir({
      articles: { 'a.json': articleSource('a', { author: 'nobody' }), 'b.json': articleSource('b', { category: 'nowhere' }) },
    });
    await expect(loadContent(dir)).rejects.toThrow(
      /Content is invalid \(2 problems\):\n {2}- articles\/a\.json, item "a", field "author": .*\n {2}- articles\/b\.json, item "b", field "category"/,
    );
  });
});

describe('loadContent: symbolic links cannot reach the rest of the machine', () => {
  const heroed = (src: string) => ({ 'dam-levels-fall.json': articleSource('dam-levels-fall', { hero: { src, alt: 'x', width: 4, height: 3 } }) });

  it('refuses an image that is a link to a file outside, naming the article and the field', async () => {
    const secret = await makeSecretFile();
    const problems = await problemsOf({ articles: heroed('images/x.svg'), symlinks: { 'images/x.svg': secret } });
    expect(problems).toEqual([
      { file: 'articles/dam-levels-fall.json', item: 'dam-levels-fall', field: 'hero.src', message: expect.stringMatching(/^image "images\/x\.svg" is a symbolic link/) },
    ]);
  });

  it('refuses an image inside a linked folder, and a link between two images of the folder', async () => {
    const secret = await makeSecretFile('x.svg');
    const linkedFolder = await problemsOf({ articles: heroed('images/x.svg'), symlinks: { images: path.dirname(secret) } });
    expect(linkedFolder).toEqual([expect.objectContaining({ field: 'hero.src', message: expect.stringContaining('symbolic link') })]);
    const inside = await problemsOf({ articles: heroed('images/x.svg'), images: ['images/real.svg'], symlinks: { 'images/x.svg': 'real.svg' } });
    expect(inside).toEqual([expect.objectContaining({ field: 'hero.src', message: expect.stringContaining('symbolic link') })]);
  });

  it('refuses an image block whose srcset candidate is a link, naming that candidate', async () => {
    const secret = await makeSecretFile();
    const article = articleSource('dam-levels-fall', {
      body: [{ type: 'image', src: 'images/dam.svg', alt: 'x', width: 4, height: 3, srcset: [{ src: 'images/dam-2x.svg', width: 8 }] }],
    });
    const problems = await problemsOf({ articles: { 'dam-levels-fall.json': article }, images: ['images/dam.svg'], symlinks: { 'images/dam-2x.svg': secret } });
    expect(problems).toEqual([expect.objectContaining({ field: 'body.0.srcset.0.src', message: expect.stringContaining('symbolic link') })]);
  });

  it('refuses an article file, a top-level JSON file and the articles folder that are links', async () => {
    const outside = await makeContentDir();
    const article = await problemsOf({ symlinks: { 'articles/dam-levels-fall.json': path.join(outside, 'articles/dam-levels-fall.json') } });
    expect(article).toEqual([{ file: 'articles/dam-levels-fall.json', message: expect.stringContaining('symbolic link') }]);
    const site = await problemsOf({ symlinks: { 'site.json': path.join(outside, 'site.json') } });
    expect(site).toEqual([{ file: 'site.json', message: expect.stringContaining('symbolic link') }]);
    const folder = await problemsOf({ omit: ['articles'], symlinks: { articles: path.join(outside, 'articles') } });
    expect(folder).toEqual([{ file: 'articles/', message: expect.stringContaining('symbolic link') }]);
  });

  it('still reads the same files when they are real', async () => {
    const dir = await makeContentDir({ site: baseSite, articles: heroed('images/x.svg'), images: ['images/x.svg'] });
    await expect(loadContent(dir)).resolves.toMatchObject({ localImages: ['images/x.svg'] });
  });
});
