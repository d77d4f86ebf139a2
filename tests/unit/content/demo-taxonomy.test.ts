// @vitest-environment node
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parentPath } from '../../../src/model/category-path';
import { AuthorsSourceSchema, CategoriesSourceSchema, SiteSourceSchema, TagsSourceSchema } from '../../../src/model/content';

// The demo newsroom's taxonomy files (its articles are checked by `npm run check-content`, not here).
const DEMO = path.resolve(import.meta.dirname, '../../../content/demo');
const read = async (file: string): Promise<unknown> => JSON.parse(await readFile(path.join(DEMO, file), 'utf8'));

describe('content/demo taxonomy', () => {
  it('site.json is valid and leaves the origin to the build (so links point wherever the demo is served)', async () => {
    const site = SiteSourceSchema.parse(await read('site.json'));
    expect(site.name).toBe('Dateline');
    expect(site.origin).toBeUndefined();
  });

  it('categories.json is valid, without duplicates, and every parent exists', async () => {
    const categories = CategoriesSourceSchema.parse(await read('categories.json'));
    const paths = categories.map((c) => c.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const p of paths) {
      const parent = parentPath(p);
      if (parent !== undefined) expect(paths, p).toContain(parent);
    }
    expect(categories.find((c) => c.path === 'region')?.name).toBe('News on the Region');
    expect(categories.find((c) => c.path === 'region/iraq')?.name).toBe('Iraq');
  });

  it('authors.json and tags.json are valid and without duplicate slugs', async () => {
    const authors = AuthorsSourceSchema.parse(await read('authors.json'));
    const tags = TagsSourceSchema.parse(await read('tags.json'));
    expect(new Set(authors.map((a) => a.slug)).size).toBe(authors.length);
    expect(new Set(tags.map((t) => t.slug)).size).toBe(tags.length);
  });
});
