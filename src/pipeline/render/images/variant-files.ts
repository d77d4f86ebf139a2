import type { EncodedImage } from './encode';
import { extensionOf } from './image-cache';

/** A srcset candidate: a file and its width in pixels. */
export interface Candidate {
  src: string;
  width: number;
}

/** What the renderer needs of one processed image; every src is a path under the site's base. */
export interface ImageVariants {
  width: number;
  height: number;
  /** The fallback format at a width a wide screen uses (at most 1280 px): for <img src>, feeds and Open Graph. */
  src: string;
  /** The fallback format (JPEG, or PNG for see-through images) at every width. */
  srcset: Candidate[];
  /** AVIF then WebP, each at every width, for <picture>'s <source type>. */
  sources: { type: 'image/avif' | 'image/webp'; srcset: Candidate[] }[];
  placeholder?: string;
}

/** The largest fallback shown as the plain src. */
const SRC_WIDTH = 1280;

/** "images/Old City.JPG" → "images/old-city": a file-name stem for the variants, safe in any URL. */
export function variantStem(src: string): string {
  const slash = src.lastIndexOf('/');
  const dir = slash >= 0 ? src.slice(0, slash + 1) : '';
  const name = src.slice(slash + 1).replace(/\.[^.]+$/, '');
  const safe = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'image';
  return `${dir}${safe}`;
}

/**
 * Where each variant of `image` is published, "<prefix><stem>-<hash>-<width>.<ext>", and the metadata
 * that names them. `hash` stands for the source bytes and the options, so a changed photo gets new
 * names and the old ones can be cached forever.
 */
export function variantPaths(image: EncodedImage, stem: string, hash: string, prefix: string): { files: { path: string; data: Buffer }[]; variants: ImageVariants } {
  const files = image.variants.map((v) => ({ format: v.format, width: v.width, path: `${prefix}${stem}-${hash}-${v.width}.${extensionOf(v.format)}`, data: v.data }));
  const of = (format: string) => files.filter((f) => f.format === format).map((f) => ({ src: f.path, width: f.width }));
  const fallback = of(image.alpha ? 'png' : 'jpeg');
  const src = [...fallback].reverse().find((c) => c.width <= SRC_WIDTH) ?? fallback[0]!;
  return {
    files: files.map(({ path, data }) => ({ path, data })),
    variants: {
      width: image.width,
      height: image.height,
      src: src.src,
      srcset: fallback,
      sources: [
        { type: 'image/avif', srcset: of('avif') },
        { type: 'image/webp', srcset: of('webp') },
      ],
      ...(image.placeholder ? { placeholder: image.placeholder } : {}),
    },
  };
}
