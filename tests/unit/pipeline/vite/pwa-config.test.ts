// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { pageCacheKey, pwaOptions } from '../../../../src/pipeline/vite/pwa-config';
import { siteIdentity } from '../../../../src/pipeline/vite/site-identity';
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

type Rule = { urlPattern: (options: { url: URL; request: { mode: string; destination: string }; sameOrigin: boolean }) => boolean; handler: string; options: { networkTimeoutSeconds?: number; cacheName: string } };

/** The service worker's rule for a URL: the first that matches, as Workbox picks it. */
function ruleFor(href: string): Rule {
  const rules = pwaOptions('/', siteIdentity('content/demo')).workbox!.runtimeCaching as unknown as Rule[];
  const url = new URL(href);
  const rule = rules.find((r) => r.urlPattern({ url, request: { mode: 'cors', destination: '' }, sameOrigin: true }));
  if (!rule) throw new Error(`no rule for ${href}`);
  return rule;
}

describe('the service worker and the API', () => {
  it('online, answers a list only from the network (no timeout that would fall back to an old copy)', () => {
    for (const path of ['latest/1.json', 'home.json', 'must-read.json', 'categories/region/iraq/1.json', 'authors/layla-hassan/1.json', 'tags/water/1.json', 'nav.json']) {
      const rule = ruleFor(`https://news.example/api/v1/${path}`);
      expect(rule.handler, path).toBe('NetworkFirst');
      expect(rule.options.networkTimeoutSeconds, path).toBeUndefined();
    }
  });

  it('lets a story come from its last copy when the network is slow', () => {
    const rule = ruleFor('https://news.example/api/v1/articles/mosul-old-city-rebuild.json');
    expect(rule.handler).toBe('NetworkFirst');
    expect(rule.options.networkTimeoutSeconds).toBe(3);
  });
});
