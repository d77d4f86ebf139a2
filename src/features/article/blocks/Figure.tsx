import type { Image } from '../../../model/block';
import { isSafeUrl } from '../../../model/url';
import { BODY_SIZES } from '../../../ui/image-sizes';
import { Picture } from '../../../ui/Picture';
import { useBody } from './body-context';
import { BodyLink } from './BodyLink';
import { hostOf } from './media-url';

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
  if (!isSafeUrl(image.src)) return null;
  const img = <Picture image={image} sizes={sizes} priority={priority} />;
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
