import { useId } from 'react';
import type { GalleryBlock } from '../../../model/block';
import { Figure } from './Figure';
import { useRichWords } from './rich-words';

/** Pictures share the measure: two or three across on a wide screen, one on a phone. */
const GALLERY_SIZES = '(min-width: 70rem) 22rem, (min-width: 30rem) 50vw, 100vw';

/** A set of pictures: a figure holding a grid of figures, each with its own caption, named by the gallery's caption. */
export function Gallery({ block }: { block: GalleryBlock }) {
  const words = useRichWords();
  const captionId = useId();
  const images = block.images ?? [];
  if (images.length === 0) return null;
  return (
    <figure
      className="gallery"
      aria-labelledby={block.caption ? captionId : undefined}
      aria-label={block.caption ? undefined : words.gallery(images.length)}
    >
      <div className="gallery__grid">
        {images.map((image, i) => (
          <Figure key={i} image={image} className="figure gallery__item" sizes={GALLERY_SIZES} />
        ))}
      </div>
      {block.caption && (
        <figcaption id={captionId} className="gallery__caption">
          {block.caption}
        </figcaption>
      )}
    </figure>
  );
}
