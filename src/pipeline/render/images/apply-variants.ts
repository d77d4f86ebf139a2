import type { Article } from '../../../model/article';
import { mapArticleImages } from '../../../model/article-images';
import type { Image } from '../../../model/block';
import { toSummary } from '../../../model/summary';
import { isSiteRelative } from '../../../model/url';
import type { CompiledSite } from '../../api/api-documents';
import { isRaster, type ImageJob } from './process-images';
import type { ImageVariants } from './variant-files';

/**
 * The local raster file an image's variants are made from, as a path inside the content folder: the
 * widest of its src and srcset files (an imported picture may come with WordPress's sizes beside it).
 * Undefined for hotlinked images, SVGs and GIFs, which are served as they are.
 */
export function rasterSource(image: Image, prefix: string): string | undefined {
  const candidates = [{ src: image.src, width: image.width }, ...(image.srcset ?? [])].filter((c) => isSiteRelative(c.src) && c.src.startsWith(prefix) && isRaster(c.src));
  const widest = candidates.reduce<(typeof candidates)[number] | undefined>((best, c) => (!best || c.width > best.width ? c : best), undefined);
  return widest?.src.slice(prefix.length);
}

const articleImages = (article: Article) => ({ hero: article.image, body: [...article.body] });

/** Every raster image the site's articles show, once each, with where it is first used. */
export function imageJobs(site: CompiledSite, prefix: string): ImageJob[] {
  const jobs = new Map<string, ImageJob>();
  for (const article of site.articles) {
    mapArticleImages(articleImages(article), (image, at) => {
      const src = rasterSource(image, prefix);
      if (src && !jobs.has(src)) jobs.set(src, { src, usedBy: `articles/${article.slug}.json, ${at}` });
      return image;
    });
  }
  return [...jobs.values()];
}

function withVariants<T extends Image>(image: T, variants: ImageVariants): T {
  return {
    ...image,
    src: variants.src,
    width: variants.width,
    height: variants.height,
    srcset: variants.srcset,
    sources: variants.sources,
    ...(variants.placeholder ? { placeholder: variants.placeholder } : {}),
  };
}

/** The site with each raster image pointing at its variants (the summaries follow their articles). */
export function applyVariants(site: CompiledSite, variants: ReadonlyMap<string, ImageVariants>, prefix: string): CompiledSite {
  if (variants.size === 0) return site;
  const articles = site.articles.map((article) => {
    const edited = mapArticleImages(articleImages(article), (image) => {
      const src = rasterSource(image, prefix);
      const found = src === undefined ? undefined : variants.get(src);
      return found ? withVariants(image, found) : image;
    });
    return { ...article, image: edited.hero, body: edited.body };
  });
  return { ...site, articles, summaries: articles.map(toSummary) };
}
