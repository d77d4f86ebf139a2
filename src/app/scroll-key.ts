import type { Location } from 'react-router-dom';

let documentEntryKey: string | undefined;

/**
 * The key under which the router saves and restores a history entry's scroll position. Entries the app
 * pushed carry their own key. An entry loaded as a document (a link followed before the app started, a
 * reload, a page opened from elsewhere) has none: React Router calls every such entry "default", so one
 * page's saved position would be applied to the next page opened that way. Here each document names its
 * own first entry, so an in-app "back" to it is restored by the router, and a document load is left to
 * the browser's own restoration.
 */
export function scrollKey(location: Location): string {
  if (location.key !== 'default') return location.key;
  documentEntryKey ??= `document-${crypto.randomUUID()}`;
  return documentEntryKey;
}
