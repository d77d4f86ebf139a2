// @vitest-environment node
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyManifest, MANIFEST_FILE, readManifest, writeManifest } from '../../../../src/pipeline/incremental/manifest';
import { makeTempDir, removeContentDirs } from '../../../fixtures/content';

afterAll(removeContentDirs);

function sample() {
  const manifest = emptyManifest('app-1');
  manifest.files = { 'b.html': 'h2', 'a.html': 'h1', 'api/v1/Z.json': 'h3' };
  manifest.pages = { 'b.html': { key: 'k', deps: ['nav.json'] } };
  manifest.keys = { 'api/v1/Z.json': 'key' };
  manifest.groups = { 'search:2026-11': 'g' };
  return manifest;
}

describe('the build manifest', () => {
  it('reads back what it wrote, its records in code-unit order whatever order they were made in', async () => {
    const dir = await makeTempDir('dateline-manifest-');
    await writeManifest(dir, sample());
    const { manifest } = await readManifest(dir);
    expect(manifest).toEqual(sample());
    expect(Object.keys(manifest!.files)).toEqual(['a.html', 'api/v1/Z.json', 'b.html']);
    const text = readFileSync(path.join(dir, MANIFEST_FILE), 'utf8');
    await writeManifest(dir, manifest!);
    expect(readFileSync(path.join(dir, MANIFEST_FILE), 'utf8')).toBe(text);
  });

  it.each([
    ['a hash that is not a string', (m: Record<string, unknown>) => ({ ...m, files: { 'a.html': 1 } }), /files/],
    ['a page without its deps', (m: Record<string, unknown>) => ({ ...m, pages: { 'b.html': { key: 'k' } } }), /pages/],
    ['an older version', (m: Record<string, unknown>) => ({ ...m, version: 1 }), /version/],
    ['the keys missing', ({ keys: _keys, ...m }: Record<string, unknown>) => m, /keys/],
  ])('is not trusted with %s: the build is a full one, and says why', async (_what, damage, field) => {
    const dir = await makeTempDir('dateline-manifest-');
    writeFileSync(path.join(dir, MANIFEST_FILE), JSON.stringify(damage(sample() as unknown as Record<string, unknown>)));
    const read = await readManifest(dir);
    expect(read.manifest).toBeNull();
    expect(read.reason).toMatch(field);
  });
});
