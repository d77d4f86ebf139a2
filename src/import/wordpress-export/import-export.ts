import type { ImportedContent } from '../content-bundle';
import type { Progress } from '../progress';
import type { Warnings } from '../warnings';
import { importWordPress, type WordPressImportOptions } from '../wordpress/import-wordpress';
import { mapExport } from './map-export';
import { readWxr, type WxrExport } from './read-wxr';

/** A parsed export → Dateline content, through the REST importer's mapping; `leftOut` counts what is not imported. */
export function importWxr(wxr: WxrExport, warnings: Warnings, options: WordPressImportOptions = {}): ImportedContent {
  const { dump, leftOut } = mapExport(wxr, warnings);
  return { ...importWordPress(dump, warnings, options), leftOut };
}

export interface WordPressExportOptions extends WordPressImportOptions {
  maxBytes: number;
  progress?: Progress;
}

/** `npm run import -- wordpress-export <file.xml>`: read the WXR file (streamed, at most maxBytes) and map it. */
export async function importWordPressExport(file: string, warnings: Warnings, options: WordPressExportOptions): Promise<ImportedContent> {
  const wxr = await readWxr(file, { maxBytes: options.maxBytes, progress: options.progress });
  return importWxr(wxr, warnings, { lang: options.lang, skipInvalid: options.skipInvalid });
}
