import { afterEach, describe, expect, it } from 'vitest';
import { readBootState, STATE_ELEMENT_ID } from '../../../src/app/boot-state';

/** A prerendered page's state element for `url`, and the address bar at `href`. */
function page(url: string, href: string) {
  const element = document.createElement('script');
  element.type = 'application/json';
  element.id = STATE_ELEMENT_ID;
  element.textContent = JSON.stringify({ url, loaderData: { layout: null, article: { slug: 'dam', valid: true } }, queries: { mutations: [], queries: [{ queryKey: ['nav'], queryHash: '["nav"]', state: { data: 1, dataUpdatedAt: 0, status: 'success' } }] } });
  document.body.append(element);
  return new URL(href) as unknown as Location;
}

describe('readBootState', () => {
  afterEach(() => document.body.replaceChildren());

  it('takes the prerendered data for its own URL, with or without a trailing slash, and marks it fresh', () => {
    const state = readBootState(page('/article/dam', 'https://news.example/article/dam'), '/');
    expect(state?.url).toBe('/article/dam');
    expect(state!.queries.queries[0]!.state.dataUpdatedAt).toBeGreaterThan(0);
    expect(readBootState(page('/article/dam', 'https://news.example/article/dam/'), '/')).toBeDefined();
    expect(state!.loaderData).toEqual({ layout: null, article: { slug: 'dam', valid: true } });
  });

  it('reads nothing from a page prerendered before routes had loaders (it is rendered anew)', () => {
    const element = document.createElement('script');
    element.type = 'application/json';
    element.id = STATE_ELEMENT_ID;
    element.textContent = JSON.stringify({ url: '/', queries: { mutations: [], queries: [] } });
    document.body.append(element);
    expect(readBootState(new URL('https://news.example/') as unknown as Location, '/')).toBeUndefined();
  });

  it('keeps the prerendered page for a shared link with tracking parameters', () => {
    expect(readBootState(page('/article/dam', 'https://news.example/article/dam?utm_source=chat&fbclid=x'), '/')).toBeDefined();
  });

  it('refuses it where the page would show something else: another path, another list page, a search', () => {
    expect(readBootState(page('/article/dam', 'https://news.example/article/other'), '/')).toBeUndefined();
    document.body.replaceChildren();
    expect(readBootState(page('/category/region', 'https://news.example/category/region?page=2'), '/')).toBeUndefined();
    document.body.replaceChildren();
    expect(readBootState(page('/', 'https://news.example/?q=dam'), '/')).toBeUndefined();
  });

  it('strips the base path, and reads nothing from a page without state or with broken state', () => {
    expect(readBootState(page('/article/dam', 'https://news.example/news/article/dam'), '/news/')).toBeDefined();
    document.body.replaceChildren();
    expect(readBootState(new URL('https://news.example/') as unknown as Location, '/')).toBeUndefined();
    const broken = document.createElement('script');
    broken.type = 'application/json';
    broken.id = STATE_ELEMENT_ID;
    broken.textContent = '{"url": "/", "queries": ';
    document.body.append(broken);
    expect(readBootState(new URL('https://news.example/') as unknown as Location, '/')).toBeUndefined();
  });
});
