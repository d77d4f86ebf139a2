import type { Image } from '../../model/block';
import type { ArticleSource } from '../../model/content';
import { articleImageUses, mapArticleImages, type ImageUse } from '../../model/article-images';
import { frameHostsOf } from '../../model/frame-hosts';
import { isSiteRelative } from '../../model/url';
import { countWords } from '../api/reading-time';

/** An article's fields but its body: what lists, feeds, the sitemap and the checks need. */
export type ArticleHead = Omit<ArticleSource, 'body'>;

/**
 * What the build needs to know of a valid article file without holding its body: its other fields,
 * and the few facts taken from the body (words, images, frame hosts). The same facts come from the file
 * every time its bytes are the same, so an incremental build keeps them instead of reading the file.
 */
export interface ArticleFacts {
  head: ArticleHead;
  wordCount: number;
  /** The body's images in reading order, as in the file, each with its field ("body.3.images.1"). */
  images: BodyImage[];
  /** The images (hero and body) that name a file in the content folder, with the field naming it. */
  localUses: ImageUse[];
  /** The hosts the body may frame once its reader asks (videos, embeds). */
  frameHosts: string[];
}

export interface BodyImage {
  at: string;
  image: Image;
}

/** The body's images in reading order, each with its field. */
export function bodyImages(body: ArticleSource['body']): BodyImage[] {
  const images: BodyImage[] = [];
  mapArticleImages({ body: [...body] }, (image, at) => {
    images.push({ at, image });
    return image;
  });
  return images;
}

export function factsOf(source: ArticleSource): ArticleFacts {
  const { body, ...head } = source;
  return {
    head,
    wordCount: countWords(body),
    images: bodyImages(body),
    localUses: articleImageUses(source).filter((use) => isSiteRelative(use.src)),
    frameHosts: [...frameHostsOf(body)].sort(),
  };
}
