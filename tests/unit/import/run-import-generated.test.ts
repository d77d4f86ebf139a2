// @vitest-environment node
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/pipeline/content/load-content';
import { runImport } from '../../../src/import/run-import';
import { generateWordPressDump, writeWordPressDump } from '../../fixtures/wordpress/generate';
import { removeTempDirs, tempDir } from '../../fixtures/wordpress/test-dirs';

afterAll(removeTempDirs);

describe('generated WordPress dumps (for timing)', () => {
  it('are deterministic and paged by 100', () => {
    const a = generateWordPressDump(250);
    expect(generateWordPressDump(250)).toEqual(a);
    expect(Object.keys(a).filter((f) => f.startsWith('posts-')).sort()).toEqual(['posts-1.json', 'posts-2.json', 'posts-3.json']);
    expect((a['posts-3.json'] as unknown[]).length).toBe(50);
  });

  it('import into valid content with internal links rewritten', async () => {
    const dir = path.join(await tempDir(), 'dump');
    await writeWordPressDump(dir, 250);
    const out = path.join(await tempDir(), 'content');
    const result = await runImport({ kind: 'wordpress', source: dir, out, remoteMedia: true });
    expect(result.counts.articles).toBe(250);
    const content = await loadContent(out);
    const body = JSON.stringify(content.articles.map((a) => a.body));
    expect(body).toMatch(/"href":"\/article\/story-\d+-[a-z]+"/);
    expect(body).not.toContain('synthetic-wp.example/2025');
    expect(result.warnings.summary().map((g) => g.kind)).toEqual(['image-size-from-media']);
  });
});
