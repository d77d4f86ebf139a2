import type { Block, Image } from './block';
import { blockImages, mapBlockImages, type ImageEdit } from './block-walk';

export type { ImageEdit } from './block-walk';

/** What carries images in an article: the source article and the API article both fit. */
export interface WithImages {
  hero?: Image;
  body: readonly Block[];
}

/**
 * Every image an article shows: the hero, then each image of the body in reading order (image
 * blocks, galleries, video posters, social posts' pictures, inside disclosures too). The content
 * loader, the API compiler, save-for-offline and the importers all use this one walk.
 */
export function articleImages(article: WithImages): Image[] {
  return [...(article.hero ? [article.hero] : []), ...article.body.flatMap(blockImages)];
}

/** The files one image refers to: its src, then its srcset candidates. */
export function imageSources(image: Image): string[] {
  return [image.src, ...(image.srcset ?? []).map((candidate) => candidate.src)];
}

/** An image file an article refers to, and the field that names it ("hero.src", "body.3.images.1.srcset.0.src"). */
export interface ImageUse {
  src: string;
  field: string;
}

/** Every file an article's images refer to, with its field, in the order articleImages gives them. */
export function articleImageUses(article: WithImages): ImageUse[] {
  const uses: ImageUse[] = [];
  mapArticleImages({ hero: article.hero, body: [...article.body] }, (image, at) => {
    imageSources(image).forEach((src, i) => uses.push({ src, field: i === 0 ? `${at}.src` : `${at}.srcset.${i - 1}.src` }));
    return image;
  });
  return uses;
}

/** Every file an article's images refer to, in the order articleImages gives them. */
export function articleImageSources(article: WithImages): string[] {
  return articleImageUses(article).map((use) => use.src);
}

/** The article with each of its images (those articleImages lists) replaced by `edit(image)`. */
export function mapArticleImages<A extends { hero?: Image; body: Block[] }>(article: A, edit: ImageEdit): A {
  return {
    ...article,
    ...(article.hero ? { hero: edit(article.hero, 'hero') } : {}),
    body: article.body.map((block, i) => mapBlockImages(block, edit, `body.${i}`)),
  };
}
