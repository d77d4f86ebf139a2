import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleResponse } from '../../../../src/model/api';
import { FakeCache, stubCacheStorage } from '../../../fixtures/fake-cache-storage';

/*
 * The saved-articles store against in-memory stand-ins for IndexedDB (idb-keyval) and Cache Storage,
 * so its own logic — ordering, replacing, removing, and failing without losing anything — runs for real.
 */

vi.mock('idb-keyval', () => import('../../../fixtures/fake-idb-keyval'));
const { idb } = await import('../../../fixtures/fake-idb-keyval');
const cache = new FakeCache();

function response(slug: string, image = `media/images/${slug}.svg`): ArticleResponse {
  const summary = { slug, title: `Title ${slug}`, standfirst: 's', lang: 'en', dir: 'ltr' as const, category: { path: 'region', name: 'Region' }, author: { slug: 'a', name: 'A' }, publishedAt: '2026-11-01T00:00:00Z', readingMinutes: 2, image: { src: image, alt: '', width: 10, height: 10 } };
  return { article: { ...summary, tags: [], mustRead: false, wordCount: 10, body: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }] }, breadcrumb: [], related: [] };
}

const store = await import('../../../../src/features/saved/saved-store');

beforeEach(() => {
  idb.clear();
  stubCacheStorage(cache);
  vi.stubGlobal('fetch', vi.fn(async () => new Response('<svg/>', { status: 200, headers: { 'Content-Type': 'image/svg+xml' } })));
});

describe('saved articles', () => {
  it('stores the article JSON and its image, lists newest first, and replaces a re-saved article', async () => {
    vi.spyOn(Date, 'now').mockReturnValueOnce(1000).mockReturnValueOnce(2000).mockReturnValueOnce(3000);
    await store.saveArticle(response('one'), response('one').article);
    await store.saveArticle(response('two'), response('two').article);
    await store.saveArticle(response('one'), response('one').article);
    const list = await store.listSaved();
    expect(list.map((s) => s.summary.slug)).toEqual(['one', 'two']);
    expect([...cache.entries.keys()].some((url) => url.endsWith('/api/v1/articles/one.json'))).toBe(true);
    expect([...cache.entries.keys()].some((url) => url.endsWith('/media/images/one.svg'))).toBe(true);
    expect(await store.isSaved('two')).toBe(true);
  });

  it('stores every file of a picture the build made, the AVIF and WebP ones too, whichever the browser picks offline', async () => {
    const built = response('photo');
    const at = (ext: string) => [640, 1280].map((width) => ({ src: `media/images/photo-abc-${width}.${ext}`, width }));
    built.article.image = { src: 'media/images/photo-abc-1280.jpg', alt: '', width: 2400, height: 1600, srcset: at('jpg'), sources: [{ type: 'image/avif', srcset: at('avif') }, { type: 'image/webp', srcset: at('webp') }] };
    await store.saveArticle(built, built.article);
    const images = [...cache.entries.keys()].filter((url) => url.includes('/media/images/photo-abc-')).map((url) => url.split('/').pop()).sort();
    expect(images).toEqual(['photo-abc-1280.avif', 'photo-abc-1280.jpg', 'photo-abc-1280.webp', 'photo-abc-640.avif', 'photo-abc-640.jpg', 'photo-abc-640.webp']);
  });

  it('a full disk gives a clear message and loses nothing already saved', async () => {
    await store.saveArticle(response('kept'), response('kept').article);
    const before = [...cache.entries.keys()];
    cache.failPuts = true;
    await expect(store.saveArticle(response('new'), response('new').article)).rejects.toMatchObject({ quota: true, message: expect.stringContaining('not enough storage space') });
    expect((await store.listSaved()).map((s) => s.summary.slug)).toEqual(['kept']);
    expect([...cache.entries.keys()]).toEqual(before);
  });

  it('removing one keeps images another saved article still uses; remove all empties both stores', async () => {
    await store.saveArticle(response('a', 'media/images/shared.svg'), response('a', 'media/images/shared.svg').article);
    await store.saveArticle(response('b', 'media/images/shared.svg'), response('b', 'media/images/shared.svg').article);
    await store.removeSaved('a');
    expect((await store.listSaved()).map((s) => s.summary.slug)).toEqual(['b']);
    expect([...cache.entries.keys()].some((url) => url.endsWith('/media/images/shared.svg'))).toBe(true);
    expect([...cache.entries.keys()].some((url) => url.endsWith('/articles/a.json'))).toBe(false);
    await store.removeAllSaved();
    expect(await store.listSaved()).toEqual([]);
    expect(cache.entries.size).toBe(0);
  });

  it('an unreadable or old-format saved list is treated as empty instead of breaking the page, and says so', async () => {
    idb.set('saved-list', { version: 99, items: 'garbage' });
    expect(await store.listSaved()).toEqual([]);
    expect((await store.readSaved()).discarded).toBe(true);
    idb.set('saved-list', { version: 1, items: [{ nonsense: true }, null] });
    expect(await store.readSaved()).toEqual({ items: [], discarded: true });
  });

  it('a healthy list reports nothing discarded', async () => {
    await store.saveArticle(response('ok'), response('ok').article);
    expect((await store.readSaved()).discarded).toBe(false);
    idb.delete('saved-list');
    expect(await store.readSaved()).toEqual({ items: [], discarded: false });
  });

  it('tells listeners in this tab when the list changes', async () => {
    const listener = vi.fn();
    const stop = store.onSavedChange(listener);
    await store.saveArticle(response('x'), response('x').article);
    expect(listener).toHaveBeenCalled();
    stop();
  });
});
