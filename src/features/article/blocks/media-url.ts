import { isSafeUrl } from '../../../model/url';

/** A media file's address as the model requires it: http(s) only (checked again: the API may be someone else's). */
export function isMediaFileUrl(src: unknown): src is string {
  return typeof src === 'string' && /^https?:\/\//i.test(src) && isSafeUrl(src);
}

/** The host a URL points to, or undefined for a link inside the site (or one that is not a URL). */
export function hostOf(href: string): string | undefined {
  if (!/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) return undefined;
  try {
    const url = new URL(href, 'https://site.invalid/');
    return url.protocol === 'mailto:' ? url.pathname : url.hostname || undefined;
  } catch {
    return undefined;
  }
}
