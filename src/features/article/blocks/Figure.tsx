import type { Image } from '../../../model/block';
import { isSafeUrl } from '../../../model/url';
import { mediaUrl } from '../../../ui/paths';

interface FigureProps {
  image: Image;
  /** The hero is the page's largest paint: load it first, not lazily. */
  priority?: boolean;
  className?: string;
}

export function Figure({ image, priority = false, className = 'figure' }: FigureProps) {
  if (!isSafeUrl(image.src)) return null;
  const srcSet = image.srcset
    ?.filter((c) => isSafeUrl(c.src))
    .map((c) => `${mediaUrl(c.src)} ${c.width}w`)
    .join(', ');
  return (
    <figure className={className}>
      <img
        src={mediaUrl(image.src)}
        srcSet={srcSet || undefined}
        sizes={srcSet ? '(min-width: 70rem) 44rem, 100vw' : undefined}
        alt={image.alt}
        width={image.width}
        height={image.height}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : undefined}
        decoding="async"
      />
      {(image.caption || image.credit) && (
        <figcaption>
          {image.caption}
          {image.credit && <span className="figure__credit"> {image.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
