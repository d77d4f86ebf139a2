import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Home } from '../../src/model/api';
import { article, getJson } from './api';
import { appReady, searchWord } from './pages';

/*
 * A reader with a keyboard and nothing else: no clicks, no locator.focus(), only page.keyboard. At every
 * Tab stop the focused element must show a focus indicator (WCAG 2.4.7), and Tab must always lead on
 * (2.1.2: no keyboard trap).
 */

interface FocusInfo {
  element: string;
  outline: string;
  boxShadow: string;
  visible: boolean;
}

/** What has focus and whether it draws a visible indicator (an outline or a box-shadow). */
function focusInfo(page: Page): Promise<FocusInfo | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outlineVisible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadowVisible = style.boxShadow !== 'none' && style.boxShadow !== '';
    const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
    return {
      element: `${el.tagName.toLowerCase()}${name ? ` “${name}”` : ''}`,
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
      boxShadow: style.boxShadow,
      visible: outlineVisible || shadowVisible,
    };
  });
}

async function expectFocusVisible(page: Page): Promise<FocusInfo> {
  const info = await focusInfo(page);
  expect(info, 'something on the page has focus').not.toBeNull();
  expect(info!.visible, `focus indicator on ${info!.element} (outline: ${info!.outline}; box-shadow: ${info!.boxShadow})`).toBe(true);
  return info!;
}

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement).catch(() => false);

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, checking the focus indicator at every stop.
 * Fails if focus falls off the page or gets stuck on one element on the way.
 */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 80 } = {}): Promise<void> {
  let previous = await page.evaluateHandle(() => document.activeElement);
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const info = await expectFocusVisible(page);
    const current = await page.evaluateHandle(() => document.activeElement);
    expect(await current.evaluate((el, before) => el !== before, previous), `focus stuck on ${info.element}`).toBe(true);
    previous = current;
    if (await isFocused(target)) {
      await expect(target).toBeFocused();
      return;
    }
  }
  throw new Error(`${target} never received focus in ${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

/** After moving to a new page, focus is on the page's main region or its heading, not lost on <body>. */
async function expectFocusOnNewPage(page: Page): Promise<void> {
  await expect(page.locator(':is(main, main h1):focus')).toHaveCount(1);
}

test('keyboard only: home → skip link → story → related story → header search → result', async ({ page, request }) => {
  const home = await getJson<Home>(request, 'home.json');
  const lead = home.top[0]!;
  const related = (await article(request, lead.slug)).related[0]!;
  const { word } = await searchWord(request);

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Top stories' })).toBeVisible();
  await appReady(page);

  // Skip link first, and it takes focus to the main region.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // The first story on the front page.
  const leadLink = page.getByRole('main').getByRole('link', { name: lead.title, exact: true }).first();
  await tabTo(page, leadLink, { max: 5 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/article/${lead.slug}$`));
  await expect(page.getByRole('article').getByRole('heading', { level: 1, name: lead.title })).toBeVisible();
  await expectFocusOnNewPage(page);

  // On through the story to the first related story.
  const relatedRegion = page.getByRole('region', { name: 'Related stories' });
  await expect(relatedRegion.getByRole('listitem').first()).toBeVisible();
  await tabTo(page, relatedRegion.getByRole('link', { name: related.title, exact: true }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/article/${related.slug}$`));
  await expect(page.getByRole('article').getByRole('heading', { level: 1, name: related.title })).toBeVisible();
  await expectFocusOnNewPage(page);

  // Back up into the header's search landmark, and search.
  const searchbox = page.getByRole('banner').getByRole('search').getByRole('searchbox');
  await tabTo(page, searchbox, { backwards: true, max: 10 });
  await page.keyboard.type(word);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  const firstResult = page.getByRole('main').getByRole('list').getByRole('link').first();
  await expect(firstResult).toBeVisible();
  await expectFocusOnNewPage(page);
  const resultTitle = (await firstResult.textContent())!.trim();

  // The first result opens.
  await tabTo(page, firstResult, { max: 10 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/article\//);
  await expect(page.getByRole('article').getByRole('heading', { level: 1, name: resultTitle })).toBeVisible();
  await expectFocusOnNewPage(page);
});

test('keyboard only: every Tab stop on an article shows focus, and Tab leaves the page after the footer', async ({ page, request }) => {
  const home = await getJson<Home>(request, 'home.json');
  await page.goto(`/article/${home.top[0]!.slug}`);
  await expect(page.getByRole('region', { name: 'Related stories' }).getByRole('listitem').first()).toBeVisible();
  await expect(page.locator('.skeleton')).toHaveCount(0);

  // Shift+Tab from the top of the document reaches the last stop on the page: the footer's last control.
  await page.keyboard.press('Shift+Tab');
  const last = await expectFocusVisible(page);
  expect(await page.evaluate(() => !!document.activeElement?.closest('footer'))).toBe(true);
  await page.keyboard.press('Tab');
  // Past the last element focus leaves the document (to the browser) or wraps to the start: not trapped.
  const after = await page.evaluate(() => document.activeElement === document.body || document.activeElement === null || document.activeElement?.matches('.skip-link'));
  expect(after, `Tab after the footer's last control (${last.element})`).toBe(true);

  // One full pass forwards: every stop visible, every stop new, and the pass reaches the footer's end.
  await page.goto(`/article/${home.top[0]!.slug}`);
  await expect(page.getByRole('region', { name: 'Related stories' }).getByRole('listitem').first()).toBeVisible();
  const seen: string[] = [];
  let previous = await page.evaluateHandle(() => document.activeElement);
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const info = await focusInfo(page);
    if (!info || (seen.length > 0 && (await page.evaluate(() => document.activeElement?.matches('.skip-link'))))) break;
    expect(info.visible, `focus indicator on stop ${i + 1}, ${info.element} (outline: ${info.outline}; box-shadow: ${info.boxShadow})`).toBe(true);
    const current = await page.evaluateHandle(() => document.activeElement);
    expect(await current.evaluate((el, before) => el !== before, previous), `focus stuck on ${info.element}`).toBe(true);
    previous = current;
    seen.push(info.element);
  }
  expect(seen.length).toBeGreaterThan(20);
  expect(seen.at(-1), 'the forward pass ends on the same last stop').toBe(last.element);
});
