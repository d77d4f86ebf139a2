import type { ContentBundle, ImportedContent } from './content-bundle';

/** What a WordPress site import records for the next `--since last` (see wordpress/sync-state.ts). */
export const IMPORT_STATE_FILE = '.import-state.json';

/** JSON as written to a content folder: two-space indent, a final newline. Same input, same bytes. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * The files of a content folder, by relative path, in a stable order. Nothing time-dependent goes in:
 * importing the same source twice gives the same bytes.
 */
export function contentFiles(bundle: ContentBundle): Map<string, string> {
  const files = new Map<string, string>([
    ['site.json', toJson(bundle.site)],
    ['categories.json', toJson(bundle.categories)],
    ['authors.json', toJson(bundle.authors)],
    ['tags.json', toJson(bundle.tags)],
  ]);
  for (const article of bundle.articles) files.set(`articles/${article.slug}.json`, toJson(article));
  return files;
}

/** The content files of an import and the files it owns besides them (the sync state). */
export function importFiles(imported: ImportedContent): Map<string, string> {
  const files = contentFiles(imported.bundle);
  for (const [rel, text] of imported.extraFiles ?? []) files.set(rel, text);
  return files;
}

/**
 * Files an import owns in a content folder; everything else there (images/, notes) is carried over. The
 * sync state is owned: an import that writes none (another source, a folder) removes a stale one.
 */
export function isManagedFile(relativePath: string): boolean {
  if (['site.json', 'categories.json', 'authors.json', 'tags.json', IMPORT_STATE_FILE].includes(relativePath)) return true;
  return relativePath.startsWith('articles/') && relativePath.endsWith('.json') && !relativePath.slice('articles/'.length).includes('/');
}
