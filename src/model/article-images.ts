import type { Block, Image } from './block';

/** What carries images in an article: the source article and the API article both fit. */
export interface WithImages {
  hero?: Image;
  body: readonly Block[];
}

/**
 * Every image an article shows: the hero, then each image block in body order. The one place that
 * knows where images live in an article; a new block type with images is added here.
 */
export function articleImages(article: WithImages): Image[] {
  const images: Image[] = [];
  if (article.hero) images.push(article.hero);
  for (const block of article.body) if (block.type === 'image') images.push(block);
  return images;
}

/** The files one image refers to: its src, then its srcset candidates. */
export function imageSources(image: Image): string[] {
  return [image.src, ...(image.srcset ?? []).map((candidate) => candidate.src)];
}

/** An image file an article refers to, and the field that names it ("hero.src", "body.3.srcset.1.src"). */
export interface ImageUse {
  src: string;
  field: string;
}

/** Every file an article's images refer to, with its field, in the order articleImages gives them. */
export function articleImageUses(article: WithImages): ImageUse[] {
  const uses = (image: Image, at: string): ImageUse[] => imageSources(image).map((src, i) => ({ src, field: i === 0 ? `${at}src` : `${at}srcset.${i - 1}.src` }));
  return [...(article.hero ? uses(article.hero, 'hero.') : []), ...article.body.flatMap((block, i) => (block.type === 'image' ? uses(block, `body.${i}.`) : []))];
}

/** Every file an article's images refer to, in the order articleImages gives them. */
export function articleImageSources(article: WithImages): string[] {
  return articleImageUses(article).map((use) => use.src);
}

/** Changes one image, keeping whatever else the value holds (an image block keeps its type). */
export type ImageEdit = <T extends Image>(image: T) => T;

/** The article with each of its images (those articleImages lists) replaced by `edit(image)`. */
export function mapArticleImages<A extends { hero?: Image; body: Block[] }>(article: A, edit: ImageEdit): A {
  return {
    ...article,
    ...(article.hero ? { hero: edit(article.hero) } : {}),
    body: article.body.map((block) => (block.type === 'image' ? edit(block) : block)),
  };
}
