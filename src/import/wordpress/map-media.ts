import type { Image } from '../../model/block';
import type { ImageLookup, KnownImage, SrcsetCandidate } from '../html/context';
import { htmlToText, collapsePlainText } from '../html/plain-text';
import { normaliseSrcset } from '../html/srcset';
import type { KeepImage } from '../image-hosts';
import { safeUrl } from '../urls';
import type { Warn } from '../warnings';
import { mediaSizes, type WpMedia, type WpSize } from './wp-schemas';

/** An image URL's identity: scheme, "www." and percent-encoding differences do not matter. */
function imageKey(url: string): string | undefined {
  try {
    const u = new URL(url.startsWith('//') ? `https:${url}` : url);
    let path = u.pathname;
    try {
      path = decodeURIComponent(path);
    } catch {
      /* keep it encoded */
    }
    return `${u.hostname.toLowerCase().replace(/^www\./, '')}${path}`;
  } catch {
    return undefined;
  }
}

const sameShape = (a: WpSize, b: WpSize) => Math.abs(a.width / a.height - b.width / b.height) < 0.01;

/** The sizes of a media item with the same proportions as `size` (cropped thumbnails left out), as a srcset. */
function srcsetFor(sizes: readonly WpSize[], size: WpSize, keepImage: KeepImage): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  for (const s of sizes) {
    if (!sameShape(s, size)) continue;
    const src = safeUrl(s.source_url, 'image');
    if (src && keepImage(src)) candidates.push({ src, width: s.width });
  }
  const srcset = normaliseSrcset(candidates);
  return srcset.length > 1 ? srcset : [];
}

export interface MediaIndex {
  byId: ReadonlyMap<number, WpMedia>;
  /** Size (and srcset) of an image in post content that has no width/height attributes. */
  lookup: ImageLookup;
  /** The hero for a featured media id; undefined (with a warning) when it is missing or has no size. */
  hero(id: number, warn: Warn): Image | undefined;
}

export function buildMediaIndex(media: readonly WpMedia[], keepImage: KeepImage): MediaIndex {
  const byId = new Map<number, WpMedia>();
  const sizesById = new Map<number, WpSize[]>();
  const byUrl = new Map<string, { size: WpSize; sizes: WpSize[] }>();
  for (const item of [...media].sort((a, b) => a.id - b.id)) {
    byId.set(item.id, item);
    const sizes = mediaSizes(item);
    sizesById.set(item.id, sizes);
    for (const size of sizes) {
      const key = imageKey(size.source_url);
      if (key && !byUrl.has(key)) byUrl.set(key, { size, sizes });
    }
  }
  const keysOf = new Map<WpSize, string | undefined>();
  const keyOf = (size: WpSize) => {
    if (!keysOf.has(size)) keysOf.set(size, imageKey(size.source_url));
    return keysOf.get(size);
  };
  const known = (size: WpSize, sizes: WpSize[]): KnownImage => {
    const srcset = srcsetFor(sizes, size, keepImage);
    return { width: size.width, height: size.height, ...(srcset.length > 0 ? { srcset } : {}) };
  };
  return {
    byId,
    lookup(src, mediaId) {
      const key = imageKey(src);
      const sizes = mediaId === undefined ? undefined : sizesById.get(mediaId);
      const size = sizes && (sizes.find((s) => keyOf(s) === key) ?? sizes[0]);
      if (sizes && size) return known(size, sizes);
      const hit = key === undefined ? undefined : byUrl.get(key);
      return hit ? known(hit.size, hit.sizes) : undefined;
    },
    hero(id, warn) {
      const item = byId.get(id);
      if (!item) {
        warn('media-missing', undefined, `media ${id}`);
        return undefined;
      }
      return heroFromMedia(item, sizesById.get(id) ?? [], warn, keepImage);
    },
  };
}

/** A featured image → the hero: the full-size file, its size, a srcset of the same-shaped sizes. */
export function heroFromMedia(media: WpMedia, sizes: readonly WpSize[], warn: Warn, keepImage: KeepImage): Image | undefined {
  const full = sizes.find((s) => s.source_url === media.source_url) ?? [...sizes].sort((a, b) => b.width - a.width)[0];
  if (!full) {
    warn('hero-dropped', 'no width/height in media_details', media.source_url);
    return undefined;
  }
  const src = safeUrl(full.source_url, 'image');
  if (!src) {
    warn('unsafe-url', 'featured image', full.source_url.slice(0, 80));
    return undefined;
  }
  if (!keepImage(src)) {
    warn('image-private-address', 'featured image', src);
    return undefined;
  }
  const srcset = srcsetFor(sizes, full, keepImage);
  const caption = htmlToText(media.caption?.rendered ?? '');
  return {
    src,
    alt: collapsePlainText(media.alt_text ?? ''),
    width: full.width,
    height: full.height,
    ...(caption ? { caption } : {}),
    ...(srcset.length > 0 ? { srcset } : {}),
  };
}
