import * as pagefind from 'pagefind';

/**
 * Builds the chunked static search index (Pagefind) from the prerendered article pages: the browser
 * downloads only the fragments a query needs, so search stays cheap at 100,000 articles. One index for
 * all languages, so an English search page also finds Persian stories.
 */
export async function writeSearchIndex(outDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', keepIndexUrl: false, verbose: false });
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir, glob: 'article/*.html' });
    if (added.errors.length) throw new Error(`search index: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
    if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
