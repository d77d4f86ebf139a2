// @vitest-environment node
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATELINE_ICON, siteIdentity } from '../../../../src/pipeline/vite/site-identity';
import { makeTempDir, removeContentDirs } from '../../../fixtures/content';

afterAll(removeContentDirs);

async function folderWith(site: unknown): Promise<string> {
  const dir = await makeTempDir('dateline-site-');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'site.json'), typeof site === 'string' ? site : JSON.stringify(site));
  return dir;
}

describe('siteIdentity (the installed app is the newsroom\'s)', () => {
  it('takes name, short name, description, language and direction from site.json', async () => {
    const dir = await folderWith({ name: 'Bandar Daily', shortName: 'Bandar', description: 'Port news.', lang: 'fa-IR' });
    expect(siteIdentity(dir)).toEqual({ name: 'Bandar Daily', shortName: 'Bandar', description: 'Port news.', lang: 'fa-IR', dir: 'rtl', icon: DATELINE_ICON, screenshots: [], colors: {} });
  });

  it('the short name defaults to the name, the language to English', async () => {
    expect(siteIdentity(await folderWith({ name: 'The Harbour Ledger', description: 'Quays.' }))).toMatchObject({ shortName: 'The Harbour Ledger', lang: 'en', dir: 'ltr' });
  });

  it('names the file and the field when site.json is wrong', async () => {
    const broken = await folderWith('{"name": ');
    expect(() => siteIdentity(broken)).toThrow(new RegExp(`${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/site\\.json`));
    const long = await folderWith({ name: 'N', description: 'D', shortName: 'x'.repeat(31) });
    expect(() => siteIdentity(long)).toThrow(/shortName.*at most 30 characters/);
  });

  it("makes the icons from the site's logo, and says so when the logo is not there or not an SVG or PNG", async () => {
    const dir = await folderWith({ name: 'N', description: 'D', logo: 'images/logo.svg' });
    await mkdir(path.join(dir, 'images'), { recursive: true });
    await writeFile(path.join(dir, 'images/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>');
    expect(siteIdentity(dir).icon).toBe(path.join(dir, 'images/logo.svg'));
    const missing = await folderWith({ name: 'N', description: 'D', logo: 'images/none.png' });
    expect(() => siteIdentity(missing)).toThrow(/logo: images\/none\.png is not a file/);
    const jpeg = await folderWith({ name: 'N', description: 'D', logo: 'images/logo.jpg' });
    expect(() => siteIdentity(jpeg)).toThrow(/logo.*\.svg or \.png file inside the content folder/);
  });
});
