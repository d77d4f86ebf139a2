import { mapArticleImages } from '../../../model/article-images';
import type { Image } from '../../../model/block';
import { toSummary } from '../../../model/summary';
import { isSiteRelative } from '../../../model/url';
import type { CompiledSite } from '../../api/api-documents';
import type { SiteArticle } from '../../api/compile-article';
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

/** Every raster image the site's articles show, once each, with where it is first used. */
export function imageJobs(site: CompiledSite, prefix: string): ImageJob[] {
  const jobs = new Map<string, ImageJob>();
  for (const article of site.articles) {
    for (const { image, at } of [...(article.image ? [{ image: article.image, at: 'hero' }] : []), ...article.bodyImages]) {
      const src = rasterSource(image, prefix);
      if (src && !jobs.has(src)) jobs.set(src, { src, usedBy: `articles/${article.slug}.json, ${at}` });
    }
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

/** The site with each raster image pointing at its variants (the summaries and bodies follow their articles). */
export function applyVariants(site: CompiledSite, variants: ReadonlyMap<string, ImageVariants>, prefix: string): CompiledSite {
  if (variants.size === 0) return site;
  const edit = <T extends Image>(image: T): T => {
    const src = rasterSource(image, prefix);
    const found = src === undefined ? undefined : variants.get(src);
    return found ? withVariants(image, found) : image;
  };
  const articles = site.articles.map((article) => ({
    ...article,
    image: article.image && edit(article.image),
    bodyImages: article.bodyImages.map(({ at, image }) => ({ at, image: edit(image) })),
  }));
  const body = (article: SiteArticle) => mapArticleImages({ body: site.body(article) }, edit).body;
  return { ...site, articles, summaries: articles.map(toSummary), body };
}
