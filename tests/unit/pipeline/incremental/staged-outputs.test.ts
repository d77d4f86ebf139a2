// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentHash } from '../../../../src/pipeline/incremental/content-hash';
import { emptyManifest, type BuildManifest } from '../../../../src/pipeline/incremental/manifest';
import { StagedOutputs } from '../../../../src/pipeline/incremental/staged-outputs';
import { makeTempDir, removeContentDirs } from '../../../fixtures/content';

afterAll(removeContentDirs);
const staging = () => makeTempDir('dateline-staged-');

function published(files: Record<string, string>): BuildManifest {
  const manifest = emptyManifest('app');
  for (const [rel, text] of Object.entries(files)) manifest.files[rel] = contentHash(text);
  return manifest;
}

describe('StagedOutputs', () => {
  const before = published({
    'pagefind/2026-10/index/a.pf_index': 'a',
    'pagefind/2026-10/pagefind-entry.json': 'e',
    'pagefind/2026-10x/other.json': 'x',
    'pagefind/2026-1/old.json': 'o',
    'pagefind/shards.json': 's',
    'api/v1/latest/1.json': 'l',
  });

  it('keeps exactly the published files under a folder, not those of a folder that merely starts alike', async () => {
    const staged = new StagedOutputs(await staging(), 'app', before);
    staged.keepUnder('pagefind/2026-10/');
    expect(Object.keys(staged.next.files).sort()).toEqual(['pagefind/2026-10/index/a.pf_index', 'pagefind/2026-10/pagefind-entry.json']);
    staged.keepUnder('pagefind/2026-1/');
    expect(staged.hashOf('pagefind/2026-1/old.json')).toBe(contentHash('o'));
    staged.keepUnder('pagefind/2099-01/');
    expect(Object.keys(staged.next.files)).toHaveLength(3);
  });

  it('writes only what differs from the published build, and reports added, changed and removed', async () => {
    const dir = await staging();
    const staged = new StagedOutputs(dir, 'app', before);
    staged.put('api/v1/latest/1.json', 'l');
    staged.put('pagefind/shards.json', 's2');
    staged.put('api/v1/home.json', 'h');
    staged.keepUnder('pagefind/2026-10/');
    expect(existsSync(path.join(dir, 'api/v1/latest/1.json'))).toBe(false);
    expect(readFileSync(path.join(dir, 'pagefind/shards.json'), 'utf8')).toBe('s2');
    expect(staged.changes()).toEqual({
      added: ['api/v1/home.json'],
      changed: ['pagefind/shards.json'],
      removed: ['pagefind/2026-1/old.json', 'pagefind/2026-10x/other.json'],
    });
  });

  it('keeps nothing in a full build', async () => {
    const staged = new StagedOutputs(await staging(), 'app', null, before);
    staged.keepUnder('pagefind/2026-10/');
    expect(staged.next.files).toEqual({});
    expect(() => staged.keep('pagefind/shards.json')).toThrow(/not in the published build/);
  });
});
