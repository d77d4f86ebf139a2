// @vitest-environment node
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleSource } from '../../../src/model/content';
import type { ContentBundle } from '../../../src/import/content-bundle';
import { ImportError } from '../../../src/import/problems';
import { contentFiles } from '../../../src/import/serialize-content';
import { validateImport } from '../../../src/import/validate-import';
import { writeContent } from '../../../src/import/write-content';
import { ContentError, type ContentProblem } from '../../../src/pipeline/content/content-error';
import { loadContent } from '../../../src/pipeline/content/load-content';
import { SVG, articleSource, baseAuthors, baseCategories, baseSite, baseTags, makeTempDir, removeContentDirs, type Json } from '../../fixtures/content';

afterAll(removeContentDirs);

function bundleOf(articles: Json[], overrides: Partial<Record<'categories' | 'authors' | 'tags', Json[]>> = {}): ContentBundle {
  return {
    site: baseSite,
    categories: overrides.categories ?? baseCategories,
    authors: overrides.authors ?? baseAuthors,
    tags: overrides.tags ?? baseTags,
    articles: articles as unknown as ArticleSource[],
  } as ContentBundle;
}

async function withImages(dir: string, images: readonly string[]): Promise<string> {
  for (const image of images) {
    await mkdir(path.dirname(path.join(dir, image)), { recursive: true });
    await writeFile(path.join(dir, image), SVG);
  }
  return dir;
}

async function problemsOf(run: () => Promise<unknown>, type: abstract new (...args: never[]) => ContentError): Promise<ContentProblem[]> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(type);
  return (error as ContentError).problems;
}

const hero = (src: string) => ({ hero: { src, alt: 'A dam', width: 4, height: 3 } });

describe('validateImport: the loader’s checks, once, on the files about to be written', () => {
  const broken: [string, ContentBundle, string[]][] = [
    ['a schema problem', bundleOf([articleSource('dam-levels-fall', { title: '' })]), []],
    ['unknown references and dates', bundleOf([articleSource('dam-levels-fall', { category: 'region/irak', author: 'nobody', tags: ['weather'], updatedAt: '2026-11-19T08:30:00Z' })]), []],
    ['duplicates and a missing parent', bundleOf([articleSource('dam-levels-fall')], { categories: [...baseCategories, { path: 'world', name: 'Again' }, { path: 'sea/north', name: 'North' }] }), []],
    ['a missing local image', bundleOf([articleSource('dam-levels-fall', hero('images/missing.svg'))]), ['images/dam.svg']],
    ['an image outside the folder', bundleOf([articleSource('dam-levels-fall', hero('../dam.svg'))]), []],
  ];

  it.each(broken)('finds exactly what loadContent finds in the written folder: %s', async (_, bundle, images) => {
    const files = contentFiles(bundle);
    const written = await withImages(await makeTempDir(), images);
    await mkdir(path.join(written, 'articles'));
    for (const [rel, text] of files) await writeFile(path.join(written, rel), text);
    const loaded = await problemsOf(() => loadContent(written), ContentError);
    expect(loaded.length).toBeGreaterThan(0);

    const out = await withImages(await makeTempDir(), images);
    expect(await problemsOf(() => validateImport(files, out, new Map()), ImportError)).toEqual(loaded);
  });

  it('checks every article of the bundle against the schemas, even one the folder listing would not see', async () => {
    const out = await makeTempDir();
    const problems = await problemsOf(() => validateImport(contentFiles(bundleOf([articleSource('a/b')])), out, new Map()), ImportError);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'articles/a/b.json', field: 'slug' }));
  });
});

describe('writeContent validates before it writes anything', () => {
  it('names the source item of a schema problem and leaves no --out behind', async () => {
    const out = path.join(await makeTempDir(), 'content');
    const origins = new Map([['dam-levels-fall', { file: 'posts-1.json', item: 'post 1001 (slug "dam-levels-fall")' }]]);
    const problems = await problemsOf(() => writeContent({ bundle: bundleOf([articleSource('dam-levels-fall', { title: '' })]), origins }, out), ImportError);
    expect(problems).toEqual([expect.objectContaining({ file: 'posts-1.json → articles/dam-levels-fall.json', item: 'post 1001 (slug "dam-levels-fall")', field: 'title' })]);
    await expect(loadContent(out)).rejects.toBeInstanceOf(ContentError);
  });

  it('accepts images already in --out (carried over), and what it writes passes loadContent', async () => {
    const out = path.join(await makeTempDir(), 'content');
    const withHero = { bundle: bundleOf([articleSource('dam-levels-fall', hero('images/dam.svg'))]), origins: new Map() };
    await writeContent({ bundle: bundleOf([articleSource('dam-levels-fall')]), origins: new Map() }, out);
    await expect(writeContent(withHero, out)).rejects.toThrow('articles/dam-levels-fall.json, dam-levels-fall: image "images/dam.svg" does not exist in the content directory');
    await withImages(out, ['images/dam.svg']);
    const report = await writeContent(withHero, out);
    expect(report).toMatchObject({ wrote: true, updated: ['articles/dam-levels-fall.json'] });
    const content = await loadContent(out);
    expect(content.articles.map((a) => a.slug)).toEqual(['dam-levels-fall']);
    expect(content.localImages).toEqual(['images/dam.svg']);
  });
});
