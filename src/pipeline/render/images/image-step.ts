import path from 'node:path';
import { MEDIA_PREFIX, type CompiledSite } from '../../api/api-documents';
import { applyVariants, imageJobs } from './apply-variants';
import { DEFAULT_IMAGE_OPTIONS, type ImageOptions } from './options';
import { processImages, type ImageStats } from './process-images';

export interface ImageStepOptions {
  /** The site's output folder: variants go under `<outDir>/media/`. */
  outDir: string;
  /** Kept between builds; `.dateline/image-cache` by default. */
  cacheDir?: string;
  options?: ImageOptions;
}

/**
 * The build's image step: every raster image in the content folder becomes responsive AVIF, WebP and
 * JPEG (or PNG) variants in the output folder, and the site comes back with its images pointing at them.
 * Depends only on the source files and the options, so it can be skipped when neither changed.
 */
export async function buildImages(site: CompiledSite, step: ImageStepOptions): Promise<{ site: CompiledSite; stats: ImageStats }> {
  const { variants, stats } = await processImages(imageJobs(site, MEDIA_PREFIX), {
    contentDir: site.content.dir,
    outDir: step.outDir,
    cacheDir: step.cacheDir ?? path.join(process.cwd(), '.dateline', 'image-cache'),
    prefix: MEDIA_PREFIX,
    options: step.options ?? DEFAULT_IMAGE_OPTIONS,
  });
  return { site: applyVariants(site, variants, MEDIA_PREFIX), stats };
}
