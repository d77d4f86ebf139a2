import type { Image } from '../../../model/block';
import { isSafeUrl } from '../../../model/url';
import { mediaUrl } from '../../../ui/paths';
import { useBody } from './body-context';
import { BodyLink } from './BodyLink';
import { hostOf } from './media-url';

/** The column a body picture fills: the measure on a wide screen, the window on a phone. */
export const BODY_SIZES = '(min-width: 70rem) 44rem, 100vw';

/** An image's src and srcset, resolved and re-checked (an unsafe candidate is left out); undefined for an unsafe src. */
export function imageSources(image: Image): { src: string; srcSet: string | undefined } | undefined {
  if (!isSafeUrl(image.src)) return undefined;
  const srcSet = image.srcset
    ?.filter((c) => isSafeUrl(c.src))
    .map((c) => `${mediaUrl(c.src)} ${c.width}w`)
    .join(', ');
  return { src: mediaUrl(image.src), srcSet: srcSet || undefined };
}

interface FigureProps {
  image: Image;
  /** The hero is the page's largest paint: load it first, not lazily. */
  priority?: boolean;
  className?: string;
  /** How wide the picture shows, for the browser's pick from the srcset. */
  sizes?: string;
  /** Where the picture links to, if it is a link. */
  link?: string;
}

export function Figure({ image, priority = false, className = 'figure', sizes = BODY_SIZES, link }: FigureProps) {
  const { words } = useBody();
  const sources = imageSources(image);
  if (!sources) return null;
  const img = (
    <img
      src={sources.src}
      srcSet={sources.srcSet}
      sizes={sources.srcSet ? sizes : undefined}
      alt={image.alt}
      width={image.width}
      height={image.height}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
    />
  );
  return (
    <figure className={className}>
      {link && isSafeUrl(link) ? (
        <BodyLink href={link} className="figure__link">
          {img}
          {/* The link's name is the picture's alt text; a picture without one says where the link goes. */}
          {image.alt.trim() === '' && <span className="visually-hidden">{words.imageLink(hostOf(link))}</span>}
        </BodyLink>
      ) : (
        img
      )}
      {(image.caption || image.credit) && (
        <figcaption>
          {image.caption}
          {image.credit && <span className="figure__credit"> {image.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
