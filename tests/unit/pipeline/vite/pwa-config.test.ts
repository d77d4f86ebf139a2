// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { pageCacheKey } from '../../../../src/pipeline/vite/pwa-config';
import { APP_SEARCH_PARAMS } from '../../../../src/ui/paths';

const key = (url: string) => pageCacheKey({ request: new Request(url) });

describe('the pages cache key', () => {
  it('keeps exactly the parameters the app reads, and drops the rest', async () => {
    const every = APP_SEARCH_PARAMS.map((name) => `${name}=1`).join('&');
    const kept = new URL(await key(`https://news.example/search?utm_source=chat&${every}&fbclid=x#top`));
    expect([...kept.searchParams.keys()].sort()).toEqual([...APP_SEARCH_PARAMS].sort());
    expect(kept.hash).toBe('');
  });

  it('gives a shared link the same entry as the page itself', async () => {
    expect(await key('https://news.example/article/dam?utm_source=chat&utm_medium=x')).toBe('https://news.example/article/dam');
    expect(await key('https://news.example/category/region?page=2&ref=home')).toBe('https://news.example/category/region?page=2');
  });
});
