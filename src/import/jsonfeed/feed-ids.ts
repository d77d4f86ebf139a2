import { createHash } from 'node:crypto';
import { latinSlug } from '../slugs';

/** A short, stable hex digest: the same input gives the same id on every import. */
export function shortHash(value: string): string {
  return createHash('sha1').update(value).digest('hex').slice(0, 8);
}

/** The last meaningful segment of a URL path ("/2026/03/harbour-tolls.html" → "harbour-tolls"). */
export function lastPathSegment(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const segment = new URL(url).pathname.split('/').filter(Boolean).at(-1);
    if (!segment) return undefined;
    const dot = segment.lastIndexOf('.');
    return dot > 0 ? segment.slice(0, dot) : segment;
  } catch {
    return undefined;
  }
}

/** A slug for a name, or `${prefix}-{hash}` when the name cannot be written in a-z (a Persian tag, say). */
export function nameSlug(name: string, prefix: string): string {
  return latinSlug(name) ?? `${prefix}-${shortHash(name)}`;
}
