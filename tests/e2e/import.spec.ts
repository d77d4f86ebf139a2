import { expect, test } from '@playwright/test';
import { importedSite, type ImportedSite } from './imported-site';

/*
 * The WordPress importer end to end: import the fixture dump, build it with the real pipeline, serve the
 * build, and read an imported article in Chromium.
 */

// Not 4190: browsers refuse it (it is on the Fetch standard's list of blocked "bad ports", ManageSieve),
// and so does Node's fetch. 4191 is the next free one.
const PORT = Number(process.env.IMPORT_E2E_PORT ?? 4191);
const ORIGIN = `http://localhost:${PORT}`;

let site: ImportedSite | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  site = await importedSite(['wordpress', 'tests/fixtures/wordpress/site'], PORT);
});

test.afterAll(async () => {
  await site?.stop();
});

test('an imported article reads as in WordPress: headline, breadcrumb, rewritten internal link', async ({ page }) => {
  await page.goto(`${ORIGIN}/article/night-ferries-return`);
  const article = page.getByRole('article');
  const title = 'Night ferries return to the east quay — and the “blue line” too';
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(title);

  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumb.getByRole('link')).toHaveText(['Home', 'City Life', 'Harbour & Docks', title]);
  await expect(breadcrumb.getByRole('link', { name: 'Harbour & Docks' })).toHaveAttribute('href', '/category/city-life/harbour');

  const internal = article.getByRole('link', { name: 'our report on the harbour budget' });
  await expect(internal).toHaveAttribute('href', '/article/council-harbour-budget');
  await expect(article.getByRole('link', { name: 'Transit Watch volunteers' })).toHaveAttribute('href', 'https://transit-watch.example/reports/quay-count');

  await internal.click();
  await expect(page).toHaveURL(`${ORIGIN}/article/council-harbour-budget`);
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText('Council agrees a smaller harbour budget');
});

test('the Persian post reads right to left, and hostile markup is gone', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${ORIGIN}/article/post-1005`);
  await expect(page.getByRole('article')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText('شب شعر در بندر');

  await page.goto(`${ORIGIN}/article/letters-new-timetable`);
  const article = page.getByRole('article');
  await expect(article).toContainText('Thank you for the ferries. Click here to see my photos.');
  await expect(article.locator('script, iframe, [onclick], [onerror], [style], a[href^="javascript"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('the imported site wears its own name: manifest, title and footer, none of the demo\'s', async ({ page, request }) => {
  const nav = (await (await request.get(`${ORIGIN}/api/v1/nav.json`)).json()) as { site: { name: string; description: string } };
  expect(nav.site.name).not.toBe('Dateline');
  const manifest = (await (await request.get(`${ORIGIN}/manifest.webmanifest`)).json()) as Record<string, unknown>;
  expect(manifest).toMatchObject({ name: nav.site.name, short_name: nav.site.name, description: nav.site.description });

  // A page only the browser renders starts from the shell: it is in the site's name from its first byte.
  const shell = await (await request.get(`${ORIGIN}/search`)).text();
  expect(shell).toContain(`<title>${nav.site.name}</title>`);
  expect(shell).not.toContain('Dateline');

  await page.goto(`${ORIGIN}/article/night-ferries-return`);
  await expect(page).toHaveTitle(new RegExp(`— ${nav.site.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.getByRole('contentinfo')).not.toContainText('Dateline');
});
