import { createStore, get, update } from 'idb-keyval';
import type { ArticleResponse } from '../../model/api';
import type { ArticleSummary } from '../../model/article';
import { apiUrl } from '../../api/fetch-json';
import { SAVED_CACHE } from '../../api/offline-copy';
import { apiPaths } from '../../model/api-paths';
import { articleImages, articleImageSources } from '../../model/article-images';
import { mediaUrl } from '../../ui/paths';
import { SaveError } from './save-error';

export { SaveError } from './save-error';

/*
 * Articles saved for offline reading: the article JSON and its images in Cache Storage (which the
 * service worker and fetchJson fall back to when the network fails), and the list of what is saved in
 * IndexedDB. Both survive reloads and app updates: neither is touched by a new service worker.
 */

const LIST_KEY = 'saved-list';
const VERSION = 1;

export interface SavedArticle {
  summary: ArticleSummary;
  savedAt: number;
  /** Every URL stored for this article (JSON and images), so removing it removes exactly those. */
  urls: string[];
}

interface SavedList {
  version: typeof VERSION;
  items: SavedArticle[];
}

let store: ReturnType<typeof createStore> | undefined;
const db = () => (store ??= createStore('dateline', 'saved'));

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

/** Reads the list, discarding anything unreadable rather than failing: a bad record must not lock the reader out. */
function validList(value: unknown): SavedList {
  const list = value as SavedList | undefined;
  if (!list || list.version !== VERSION || !Array.isArray(list.items)) return { version: VERSION, items: [] };
  return { version: VERSION, items: list.items.filter((item) => typeof item?.summary?.slug === 'string' && Array.isArray(item.urls)) };
}

const listeners = new Set<() => void>();
let channel: BroadcastChannel | undefined;
/** Opened on first use, in the browser only (an open channel would keep a prerendering Node process alive). */
function tabs(): BroadcastChannel | undefined {
  if (!channel && typeof window !== 'undefined' && typeof BroadcastChannel === 'function') {
    channel = new BroadcastChannel('dateline-saved');
    (channel as { unref?: () => void }).unref?.(); // Node (tests): an open channel must not keep the process up
    channel.addEventListener('message', () => listeners.forEach((l) => l()));
  }
  return channel;
}

/** Called when the saved list changes, in this tab or another. */
export function onSavedChange(listener: () => void): () => void {
  tabs();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed(): void {
  listeners.forEach((l) => l());
  tabs()?.postMessage('changed');
}

export async function listSaved(): Promise<SavedArticle[]> {
  return (await readSaved()).items;
}

/**
 * The saved list, newest first, and whether stored data had to be dropped because it could not be read
 * (a damaged or foreign record): the saved page tells the reader rather than failing or hiding it.
 */
export async function readSaved(): Promise<{ items: SavedArticle[]; discarded: boolean }> {
  const raw = (await get(LIST_KEY, db())) as Partial<SavedList> | undefined;
  const list = validList(raw);
  const storedCount = Array.isArray(raw?.items) ? raw.items.length : 0;
  const discarded = raw !== undefined && (raw?.version !== VERSION || !Array.isArray(raw?.items) || list.items.length < storedCount);
  return { items: [...list.items].sort((a, b) => b.savedAt - a.savedAt), discarded };
}

export async function isSaved(slug: string): Promise<boolean> {
  return (await listSaved()).some((item) => item.summary.slug === slug);
}

function imageUrls(response: ArticleResponse): string[] {
  const { article } = response;
  const shown = { hero: article.image, body: article.body };
  // A picture the build made is offered in AVIF and WebP too: whichever one the browser picks offline must be there.
  const newer = articleImages(shown).flatMap((image) => (image.sources ?? []).flatMap((source) => source.srcset.map((c) => c.src)));
  const sources = [...articleImageSources(shown), ...newer];
  return [...new Set(sources.map((src) => new URL(mediaUrl(src), location.href).href))];
}

/** Stores the article and its images, then records it; on failure nothing already saved is touched. */
export async function saveArticle(response: ArticleResponse, summary: ArticleSummary): Promise<void> {
  const jsonUrl = new URL(apiUrl(apiPaths.article(summary.slug)), location.href).href;
  const images = imageUrls(response);
  const urls = [jsonUrl, ...images];
  let cache: Cache;
  try {
    cache = await caches.open(SAVED_CACHE);
    await cache.put(jsonUrl, new Response(JSON.stringify(response), { headers: { 'Content-Type': 'application/json' } }));
    // Images are best effort: an image that fails to download leaves the story readable.
    await Promise.all(
      images.map(async (url) => {
        const image = await fetch(url).catch(() => undefined);
        if (image?.ok) await cache.put(url, image);
      }),
    );
    await update(LIST_KEY, (value) => {
      const list = validList(value);
      const items = list.items.filter((item) => item.summary.slug !== summary.slug);
      return { version: VERSION, items: [...items, { summary, savedAt: Date.now(), urls }] };
    }, db());
  } catch (error) {
    await Promise.all(urls.map((url) => caches.open(SAVED_CACHE).then((c) => c.delete(url)).catch(() => undefined)));
    if (isQuotaError(error)) throw new SaveError('There is not enough storage space on this device to save the article. Remove a saved article and try again.', 'no-space');
    throw new SaveError('This browser would not let us store the article (private browsing can prevent it).', 'blocked');
  }
  changed();
  if ((await listSaved()).length === 1) void navigator.storage?.persist?.();
}

export async function removeSaved(slug: string): Promise<void> {
  let removed: SavedArticle | undefined;
  await update(LIST_KEY, (value) => {
    const list = validList(value);
    removed = list.items.find((item) => item.summary.slug === slug);
    return { version: VERSION, items: list.items.filter((item) => item.summary.slug !== slug) };
  }, db());
  if (removed) {
    const cache = await caches.open(SAVED_CACHE);
    const stillUsed = new Set((await listSaved()).flatMap((item) => item.urls));
    await Promise.all(removed.urls.filter((url) => !stillUsed.has(url)).map((url) => cache.delete(url)));
  }
  changed();
}

export async function removeAllSaved(): Promise<void> {
  await update(LIST_KEY, () => ({ version: VERSION, items: [] }), db());
  await caches.delete(SAVED_CACHE);
  changed();
}
