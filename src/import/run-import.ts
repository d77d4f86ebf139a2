import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ImportedContent } from './content-bundle';
import type { HttpOptions } from './http/fetch-with-retry';
import { importFeed } from './feed/import-feed';
import { importJsonFeed } from './jsonfeed/map-feed';
import { readFeed } from './jsonfeed/read-feed';
import type { ContentProblem } from '../pipeline/content/content-error';
import { countItems, ImportError } from './problems';
import { renamedSite } from './site';
import type { Progress } from './progress';
import { writeWithMedia, type WriteWithMediaResult } from './media/write-with-media';
import { isHttpUrl } from './urls';
import { Warnings } from './warnings';
import { DEFAULT_MAX_BYTES } from './http/fetch-with-retry';
import { importWordPressExport } from './wordpress-export/import-export';
import { fetchWordPressSite } from './wordpress/fetch-site';
import { importWordPress } from './wordpress/import-wordpress';
import { readWordPressFolder } from './wordpress/read-folder';
import { syncWordPressSite, withState } from './wordpress/sync-site';
import type { WriteReport } from './write-content';

export type SourceKind = 'wordpress' | 'wordpress-export' | 'jsonfeed' | 'feed';

export interface RunImportOptions {
  kind: SourceKind;
  /** A folder or site URL (wordpress), a WXR file (wordpress-export), a file or URL (jsonfeed; feed: RSS, Atom or JSON Feed). */
  source: string;
  out: string;
  lang?: string;
  /** The site's name, instead of the one the source gives (or the folder's name). */
  siteName?: string;
  http?: HttpOptions;
  progress?: Progress;
  /** Progress of the image downloads. */
  imageProgress?: Progress;
  skipMedia?: boolean;
  /** Keep images hotlinked from their source instead of downloading them into the content folder. */
  remoteMedia?: boolean;
  /** Most pages read per WordPress endpoint (default 10,000); for a feed URL, most documents read through rel="next" links (default 100). */
  maxPages?: number;
  /** (WordPress) Leave out invalid items and list them in `skipped`, instead of failing the import. */
  skipInvalid?: boolean;
  /** (WordPress site URL) "last" or an ISO date: fetch only what changed since and merge it into --out. */
  since?: string;
}

export interface RunImportResult {
  report: WriteReport;
  warnings: Warnings;
  /** `skipped`: invalid source items left out (--skip-invalid). */
  counts: { articles: number; categories: number; authors: number; tags: number; skipped: number };
  /** What was left out (--skip-invalid) and why: file, item, field, message. */
  skipped: ContentProblem[];
  /** Source items not imported by design (a WordPress export's drafts, pages, attachments…), by kind. */
  leftOut: Readonly<Record<string, number>>;
  /** Remote images downloaded now, found in --out from an earlier import, or left hotlinked after a failure. */
  images: WriteWithMediaResult['images'];
  seconds: number;
  /** Something the user should know about how the import ran (a --since that became a full import). */
  note?: string;
}

/** --out must not be the source folder, nor hold it: the swap would replace the source's own files. */
function checkOutIsNotSource({ source, out }: RunImportOptions): void {
  if (isHttpUrl(source)) return;
  const relative = path.relative(path.resolve(out), path.resolve(source));
  if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) {
    throw new ImportError([{ file: out, message: `is (or contains) the source ${source}; choose an --out folder outside it` }]);
  }
}

async function readAndMap(options: RunImportOptions, warnings: Warnings): Promise<ImportedContent & { note?: string }> {
  if (options.kind === 'feed') return importFeed(options.source, warnings, { http: options.http, lang: options.lang, maxPages: options.maxPages, progress: options.progress });
  if (options.kind === 'jsonfeed') return importJsonFeed(await readFeed(options.source, options.http), warnings, { lang: options.lang });
  if (options.kind === 'wordpress-export') {
    return importWordPressExport(options.source, warnings, { lang: options.lang, skipInvalid: options.skipInvalid, maxBytes: options.http?.maxBytes ?? DEFAULT_MAX_BYTES, progress: options.progress });
  }
  const mapping = { lang: options.lang, skipInvalid: options.skipInvalid };
  if (!isHttpUrl(options.source)) return importWordPress(await readWordPressFolder(options.source), warnings, mapping);
  const fetch = { http: options.http, progress: options.progress, skipMedia: options.skipMedia, maxPages: options.maxPages };
  if (options.since !== undefined) {
    const { imported, note } = await syncWordPressSite({ ...mapping, source: options.source, out: options.out, since: options.since, fetch }, warnings);
    return { ...imported, ...(note ? { note } : {}) };
  }
  return withState(importWordPress(await fetchWordPressSite(options.source, warnings, fetch), warnings, mapping), options.source);
}

/**
 * One import: read the source, map it, download the images its articles use (unless remoteMedia),
 * validate everything (the pipeline loader's checks on the files about to be written, in writeContent),
 * and only then replace --out. Throws ImportError and
 * leaves --out untouched on any problem.
 */
export async function runImport(options: RunImportOptions): Promise<RunImportResult> {
  const started = performance.now();
  checkOutIsNotSource(options);
  if (options.since !== undefined && (options.kind !== 'wordpress' || !isHttpUrl(options.source))) {
    throw new ImportError([{ file: options.source, message: '--since is for a WordPress site URL (it asks the REST API what changed)' }]);
  }
  const warnings = new Warnings();
  const mapped = await readAndMap(options, warnings);
  const imported = options.siteName ? { ...mapped, bundle: { ...mapped.bundle, site: renamedSite(mapped.bundle.site, options.siteName) } } : mapped;
  const { report, images } = await writeWithMedia(imported, options.out, { remote: options.remoteMedia, http: options.http, warnings, progress: options.imageProgress });
  const { bundle } = imported;
  const skipped = imported.skipped ?? [];
  return {
    report,
    warnings,
    images,
    counts: { articles: bundle.articles.length, categories: bundle.categories.length, authors: bundle.authors.length, tags: bundle.tags.length, skipped: countItems(skipped) },
    skipped,
    leftOut: imported.leftOut ?? {},
    seconds: (performance.now() - started) / 1000,
    ...(mapped.note ? { note: mapped.note } : {}),
  };
}
