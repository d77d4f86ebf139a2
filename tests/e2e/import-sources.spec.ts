import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { importedSite, type ImportedSite } from './imported-site';

/*
 * A newsroom that hands over an RSS feed or a WordPress export file gets its own site: imported, built
 * and read in Chromium under its own name, with its own manifest and footer, none of the demo's.
 */

const SOURCES = [
  { kind: 'an RSS feed', args: ['feed', 'tests/fixtures/feed/rss.xml'], port: 4192, name: 'The Lighthouse Ledger', slug: 'ferry-timetable', headline: 'Ferry timetable changes & what they mean' },
  {
    kind: 'a WordPress export (WXR)',
    args: ['wordpress-export', 'tests/fixtures/wordpress-export/export.xml'],
    port: 4193,
    name: 'The Harbour Gazette',
    slug: 'night-ferries-return',
    headline: 'Night ferries return to the harbour',
  },
] as const;

async function expectOwnIdentity(page: Page, request: APIRequestContext, origin: string, name: string) {
  const manifest = (await (await request.get(`${origin}/manifest.webmanifest`)).json()) as Record<string, unknown>;
  expect(manifest).toMatchObject({ name, short_name: name });
  expect(JSON.stringify(manifest)).not.toContain('Dateline');
  // No install screenshots but its own: its content folder has none, so the demo's are not shown either.
  expect(manifest.screenshots).toEqual([]);
  const shell = await (await request.get(`${origin}/search`)).text();
  expect(shell).toContain(`<title>${name}</title>`);
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText(`© ${name}`);
  await expect(footer).not.toContainText('Dateline');
}

for (const source of SOURCES) {
  test.describe(`a site imported from ${source.kind}`, () => {
    test.describe.configure({ mode: 'serial' });
    let site: ImportedSite | undefined;

    test.beforeAll(async () => {
      test.setTimeout(300_000);
      site = await importedSite(source.args, source.port);
    });

    test.afterAll(async () => {
      await site?.stop();
    });

    test('reads an article under the newsroom\'s own name, manifest and footer', async ({ page, request }) => {
      const origin = site!.origin;
      await page.goto(`${origin}/article/${source.slug}`);
      await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(source.headline);
      await expect(page).toHaveTitle(`${source.headline} — ${source.name}`);
      await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
      await expectOwnIdentity(page, request, origin, source.name);
    });
  });
}
