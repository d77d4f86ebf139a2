import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SiteSource } from '../../../src/model/content';
import { runImport } from '../../../src/import/run-import';
import { renamedSite, siteSource } from '../../../src/import/site';
import { readJsonFile, removeTempDirs, tempDir, WORDPRESS_FIXTURE } from '../../fixtures/wordpress/test-dirs';

afterAll(removeTempDirs);

describe('the imported site\'s identity', () => {
  it('is the source\'s name and description, else a default naming the source', () => {
    expect(siteSource({ name: ' The  Harbour Ledger ', description: 'Quays.' }, 'dump', 'en')).toEqual({ name: 'The Harbour Ledger', description: 'Quays.', lang: 'en' });
    expect(siteSource({}, 'frontity-dump2', 'en')).toEqual({ name: 'frontity-dump2', description: 'Articles imported from frontity-dump2.', lang: 'en' });
  });

  it('--name renames it; a description that only named the source follows, a real one stays', () => {
    expect(renamedSite(siteSource({}, 'frontity-dump2', 'en'), 'Bandar Daily')).toEqual({ name: 'Bandar Daily', description: 'Articles imported from Bandar Daily.', lang: 'en' });
    expect(renamedSite({ name: 'Old', description: 'Port news since 1921.', lang: 'en' }, 'New')).toMatchObject({ name: 'New', description: 'Port news since 1921.' });
  });

  it('an import with --name writes that name into site.json', async () => {
    const out = path.join(await tempDir(), 'content');
    await runImport({ kind: 'wordpress', source: WORDPRESS_FIXTURE, out, remoteMedia: true, siteName: 'Bandar Daily' });
    expect((await readJsonFile<SiteSource>(path.join(out, 'site.json'))).name).toBe('Bandar Daily');
  });
});
