// @vitest-environment node
import { readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArticleResponseSchema, LatestPageSchema, NavSchema } from '../../../../src/model/api';
import { apiDocuments, compileSite } from '../../../../src/pipeline/api/api-documents';
import { loadContent } from '../../../../src/pipeline/content/load-content';
import { writeApi } from '../../../../src/pipeline/api/write-api';
import { StagedOutputs } from '../../../../src/pipeline/incremental/staged-outputs';
import { articleSource, makeContentDir, makeSecretFile, makeTempDir, removeContentDirs, SVG } from '../../../fixtures/content';

afterAll(removeContentDirs);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')).sort();
}

/** Every "src" in a JSON document that points at served media. */
function mediaSources(value: unknown): string[] {
  return (JSON.stringify(value).match(/"src":"media\/[^"]*"/g) ?? []).map((m) => m.slice(7, -1));
}

async function site(articles: Record<string, unknown>, images: string[]) {
  const dir = await makeContentDir({ articles, images });
  return compileSite(await loadContent(dir));
}

describe('writeApi', () => {
  it('writes every API document as JSON under api/v1/ and copies local images under media/', async () => {
    const compiled = await site(
      {
        'dam.json': articleSource('dam', {
          hero: { src: 'images/dam.svg', alt: 'Dam', width: 4, height: 3 },
          body: [{ type: 'image', src: './images/river.svg', alt: 'River', width: 4, height: 3, caption: 'The river.' }],
        }),
        'port.json': articleSource('port', { category: 'world', publishedAt: '2026-11-21T08:30:00Z' }),
      },
      ['images/dam.svg', 'images/river.svg', 'images/unused.svg'],
    );
    const out = await makeTempDir();
    const stats = await writeApi(compiled, new StagedOutputs(out, 'test', null));

    const expectedDocs = [...apiDocuments(compiled)].map((d) => `api/v1/${d.path}`);
    const files = await filesUnder(out);
    expect(files.filter((f) => f.startsWith('api/'))).toEqual([...expectedDocs].sort());
    expect(files.filter((f) => f.startsWith('media/'))).toEqual(['media/images/dam.svg', 'media/images/river.svg']);
    expect(stats.files).toBe(expectedDocs.length + 2);
    let bytes = 0;
    for (const f of expectedDocs) bytes += (await stat(path.join(out, f))).size;
    expect(stats.bytes).toBe(bytes);

    const article = ArticleResponseSchema.parse(JSON.parse(await readFile(path.join(out, 'api/v1/articles/dam.json'), 'utf8')));
    expect(article.article.image?.src).toBe('media/images/dam.svg');
    expect(LatestPageSchema.parse(JSON.parse(await readFile(path.join(out, 'api/v1/latest/1.json'), 'utf8'))).items.map((s) => s.slug)).toEqual(['port', 'dam']);
    expect(NavSchema.safeParse(JSON.parse(await readFile(path.join(out, 'api/v1/nav.json'), 'utf8'))).success).toBe(true);
    expect(await readFile(path.join(out, 'media/images/dam.svg'), 'utf8')).toBe(SVG);
  });

  it('writes a file for every media path the article documents reference (hero and blocks)', async () => {
    const compiled = await site(
      {
        'dam.json': articleSource('dam', {
          hero: { src: 'images/dam.svg', alt: 'Dam', width: 4, height: 3 },
          body: [{ type: 'image', src: 'images/nested/river.svg', alt: 'River', width: 4, height: 3 }],
        }),
      },
      ['images/dam.svg', 'images/nested/river.svg'],
    );
    const out = await makeTempDir();
    await writeApi(compiled, new StagedOutputs(out, 'test', null));
    const referenced = [...apiDocuments(compiled)].flatMap((d) => mediaSources(d.data()));
    expect(referenced.length).toBeGreaterThan(0);
    for (const src of referenced) await expect(stat(path.join(out, src)).then((s) => s.isFile()), src).resolves.toBe(true);
  });

  it('also copies the local srcset candidates the documents reference', async () => {
    const compiled = await site(
      {
        'dam.json': articleSource('dam', {
          hero: { src: 'images/dam.svg', alt: 'Dam', width: 4, height: 3, srcset: [{ src: 'images/dam-640.svg', width: 640 }] },
        }),
      },
      ['images/dam.svg', 'images/dam-640.svg'],
    );
    const out = await makeTempDir();
    await writeApi(compiled, new StagedOutputs(out, 'test', null));
    const referenced = [...apiDocuments(compiled)].flatMap((d) => mediaSources(d.data()));
    expect(referenced).toContain('media/images/dam-640.svg');
    for (const src of referenced) await expect(stat(path.join(out, src)).then((s) => s.isFile(), () => false), src).resolves.toBe(true);
  });
});

describe('writeApi: only validated image files reach media/', () => {
  const heroed = (src: string) => ({ 'dam.json': articleSource('dam', { hero: { src, alt: 'Dam', width: 4, height: 3 } }) });

  it('refuses an image that became a link after the content was checked, and copies nothing from outside', async () => {
    const compiled = await site(heroed('images/dam.svg'), ['images/dam.svg']);
    const secret = await makeSecretFile();
    const image = path.join(compiled.content.dir, 'images/dam.svg');
    await rm(image);
    await symlink(secret, image);
    const out = await makeTempDir();
    await expect(writeApi(compiled, new StagedOutputs(out, 'test', null))).rejects.toThrow(/images\/dam\.svg: is a symbolic link/);
    const copied = await filesUnder(out);
    for (const f of copied) expect(await readFile(path.join(out, f), 'utf8')).not.toContain('root:x:0:0');
  });

  it('refuses a local file that is not an image type, or a path out of the folder, even when listed', async () => {
    const compiled = await site(heroed('images/dam.svg'), ['images/dam.svg']);
    await writeFile(path.join(compiled.content.dir, 'notes.txt'), 'private notes');
    for (const src of ['notes.txt', '../outside.svg']) {
      const out = await makeTempDir();
      const forged = { ...compiled, content: { ...compiled.content, localImages: [src] } };
      await expect(writeApi(forged, new StagedOutputs(out, 'test', null)), src).rejects.toThrow(/Refusing to copy/);
      expect((await filesUnder(out)).filter((f) => f.startsWith('media/')), src).toEqual([]);
    }
  });
});
