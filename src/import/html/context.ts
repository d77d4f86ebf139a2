import type { Warn } from '../warnings';

export interface SrcsetCandidate {
  src: string;
  width: number;
}

/** What the media library knows about an image. */
export interface KnownImage {
  width: number;
  height: number;
  srcset?: SrcsetCandidate[];
}

/** How an image's missing size is looked up: by URL, or by the WordPress attachment id in `wp-image-{id}`. */
export type ImageLookup = (src: string, mediaId: number | undefined) => KnownImage | undefined;

export interface ConvertContext {
  warn: Warn;
  /** A link href → a safe absolute URL, or undefined to keep only the link's text. */
  linkUrl: (raw: string) => string | undefined;
  /** An image src → a safe absolute http(s) URL, or undefined to drop the image. */
  imageUrl: (raw: string) => string | undefined;
  /** Whether a safe image URL's host may be kept (not a private or link-local address). */
  keepImage: (src: string) => boolean;
  knownImage: ImageLookup;
}
