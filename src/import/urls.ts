import { decodeHTML } from 'entities';
import { isSafeUrl } from '../model/url';
import { byCodeUnits } from '../model/order';

export type UrlUse = 'link' | 'image';

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * A URL from imported HTML (entities already decoded by the parser) → an absolute URL that is safe to
 * keep, or undefined when refused. Relative URLs are resolved against `base` (the page they came from);
 * without a base they are refused, since they would point into Dateline instead. Protocol-relative
 * URLs become https. The scheme is read the way a browser reads it: case-folded, after the URL parser
 * strips what it strips; as a second line of defence a URL still carrying entities is decoded once
 * more and must be safe that way too.
 */
export function safeUrl(raw: string, use: UrlUse, base?: string): string | undefined {
  const value = raw.trim();
  if (value === '' || !isSafeUrl(value) || !isSafeUrl(decodeHTML(value))) return undefined;
  let url: URL;
  try {
    url = value.startsWith('//') ? new URL(`https:${value}`) : new URL(value, base);
  } catch {
    return undefined;
  }
  const allowed = use === 'image' ? IMAGE_PROTOCOLS : LINK_PROTOCOLS;
  if (!allowed.has(url.protocol)) return undefined;
  const href = url.href;
  return isSafeUrl(href) ? href : undefined;
}

/** Whether a URL is absolute http(s). */
export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Percent-encoding decoded ("caf%C3%A9" → "café"); text that is not valid percent-encoding is kept as it is. */
export function percentDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The identity of a page URL for matching links against posts: http and https, "www." or not, with or
 * without a trailing slash, percent-encoded in any case, and with or without a #fragment all match.
 * Undefined for anything that is not an absolute http(s) URL.
 */
export function pageKey(value: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = value.startsWith('//') ? new URL(`https:${value}`) : new URL(value, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const port = url.port ? `:${url.port}` : '';
  const path = percentDecode(url.pathname).replace(/\/+$/, '');
  const params = [...url.searchParams.entries()].sort(([a], [b]) => byCodeUnits(a, b));
  const query = params.length > 0 ? `?${params.map(([k, v]) => `${k}=${v}`).join('&')}` : '';
  return `${host}${port}${path}${query}`;
}
