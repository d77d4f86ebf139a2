import type { Image } from '../model/block';
import { isSafeUrl } from '../model/url';
import { mediaUrl } from './paths';

/** A srcset attribute from candidates, leaving out any unsafe one; undefined when none is left. */
export function srcsetOf(candidates: Image['srcset']): string | undefined {
  return candidates?.filter((c) => isSafeUrl(c.src)).map((c) => `${mediaUrl(c.src)} ${c.width}w`).join(', ') || undefined;
}

interface PictureProps {
  image: Image;
  /** How wide the picture shows, for the browser's pick from the srcset. */
  sizes: string;
  /** The page's largest paint: fetched first, not lazily. */
  priority?: boolean;
  className?: string;
  alt?: string;
}

/**
 * An image with what the build made of it: a <picture> offering AVIF and WebP before the JPEG or PNG
 * fallback when it has `sources`, each at several widths, the blurred placeholder behind it until it
 * arrives, and its size always given so nothing moves when it loads.
 */
export function Picture({ image, sizes, priority = false, className, alt = image.alt }: PictureProps) {
  if (!isSafeUrl(image.src)) return null;
  const srcSet = srcsetOf(image.srcset);
  const img = (
    <img
      className={className}
      src={mediaUrl(image.src)}
      srcSet={srcSet}
      sizes={srcSet ? sizes : undefined}
      alt={alt}
      width={image.width}
      height={image.height}
      loading={priority ? undefined : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding={priority ? undefined : 'async'}
      // Sized by the stylesheet (picture > img), so the preview covers the box whatever its shape.
      style={image.placeholder ? { backgroundImage: `url("${image.placeholder}")` } : undefined}
    />
  );
  if (!image.sources?.length) return img;
  return (
    <picture>
      {image.sources.map((source) => {
        const set = srcsetOf(source.srcset);
        return set && <source key={source.type} type={source.type} srcSet={set} sizes={sizes} />;
      })}
      {img}
    </picture>
  );
}
