import { articleImageSources, mapArticleImages } from '../../model/article-images';
import type { Image } from '../../model/block';
import type { ArticleSource } from '../../model/content';
import { normaliseSrcset } from '../html/srcset';
import { isHttpUrl } from '../urls';
import type { ImageDimensions } from './image-dimensions';

/** A remote image stored in the content folder. */
export interface LocalImage {
  /** Relative to the content folder, e.g. "images/imported/0123456789abcdef.png". */
  path: string;
  /** Read from the file; undefined for an SVG that states none. */
  size?: ImageDimensions;
}

/** Every distinct remote (http/https) image file the articles use, in the order they first appear. */
export function remoteImageUrls(articles: readonly ArticleSource[]): string[] {
  const urls = new Set<string>();
  for (const article of articles) for (const src of articleImageSources(article)) if (isHttpUrl(src)) urls.add(src);
  return [...urls];
}

/**
 * The size to give an image: the file's own when the article gave none; otherwise the file's true width
 * with the article's aspect ratio (the same as the file's size unless the article showed it reshaped).
 */
export function fittedSize(declared: ImageDimensions | undefined, file: ImageDimensions | undefined): ImageDimensions | undefined {
  if (!file || !declared) return file ?? declared;
  return { width: file.width, height: Math.max(1, Math.round((file.width * declared.height) / declared.width)) };
}

function localised<T extends Image>(image: T, local: ReadonlyMap<string, LocalImage>, sizeAssumed: ReadonlySet<string>): T {
  const main = local.get(image.src);
  const declared = sizeAssumed.has(image.src) ? undefined : { width: image.width, height: image.height };
  const size = fittedSize(declared, main?.size) ?? image;
  const srcset = image.srcset?.map((candidate) => {
    const file = local.get(candidate.src);
    return file ? { src: file.path, width: file.size?.width ?? candidate.width } : candidate;
  });
  return {
    ...image,
    src: main?.path ?? image.src,
    width: size.width,
    height: size.height,
    ...(srcset ? { srcset: normaliseSrcset(srcset) } : {}),
  };
}

/**
 * The articles with every image stored locally pointing at its file, sized from it (its own size
 * outright for the `sizeAssumed` ones); the others unchanged.
 */
export function localiseImages(articles: readonly ArticleSource[], local: ReadonlyMap<string, LocalImage>, sizeAssumed: ReadonlySet<string> = new Set()): ArticleSource[] {
  return articles.map((article) => mapArticleImages(article, (image) => localised(image, local, sizeAssumed)));
}
