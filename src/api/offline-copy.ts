/** Cache Storage bucket of articles the reader saved for offline reading (see features/saved). */
export const SAVED_CACHE = 'dateline-saved';

/** The saved copy of a URL, if the reader saved it: the fallback when the network fails. */
export async function savedCopy(url: string): Promise<Response | undefined> {
  if (typeof caches === 'undefined') return undefined;
  try {
    return await (await caches.open(SAVED_CACHE)).match(new URL(url, location.href).href);
  } catch {
    return undefined;
  }
}
