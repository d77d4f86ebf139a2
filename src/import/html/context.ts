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

export interface Size {
  width: number;
  height: number;
}

/** What an enclosing figure tells the media inside it: its caption (a title when they have none) and its shape. */
export interface FigureHints {
  caption?: string;
  aspect?: Size;
  /** The page the embed shows (a lone link beside its frame), when the figure names one, and that link's text. */
  url?: string;
  title?: string;
}

export interface ConvertContext {
  warn: Warn;
  /** A link href → a safe absolute URL, or undefined to keep only the link's text. */
  linkUrl: (raw: string) => string | undefined;
  /** An image src → a safe absolute http(s) URL, or undefined to drop the image. */
  imageUrl: (raw: string) => string | undefined;
  /** Whether a safe image (or media file) URL's host may be kept (not a private or link-local address). */
  keepImage: (src: string) => boolean;
  knownImage: ImageLookup;
  /** Footnote marks met so far: note id → the number shown (for a mark whose footnote never comes). */
  notes: Map<string, string>;
  /** Pages of WordPress post embeds already kept as cards (their iframe twin is then left out). */
  embeddedPages: Set<string>;
  /** Set inside a <figure>: its caption and shape, for the video or frame it holds. */
  figure?: FigureHints;
  /** Set inside <pre>: inline code keeps its line breaks and runs of spaces. */
  verbatim?: boolean;
}
