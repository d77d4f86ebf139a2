// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  checkArticleResponse,
  checkAuthorPage,
  checkCategoryPage,
  checkHome,
  checkLatestPage,
  checkMustRead,
  checkNav,
  checkTagPage,
} from '../../../src/api/guards';
import { archiveAsPage } from '../../../src/api/list-query';
import { apiDocuments, compileSite } from '../../../src/pipeline/api/api-documents';
import { loadContent, type Content } from '../../../src/pipeline/content/load-content';
import { syntheticLoaded } from '../../fixtures/synthetic-site';

/*
 * The contract between the build and the browser: every document the pipeline writes passes the guard
 * the browser reads it with (src/api/guards.ts, what ships to readers), whole. A guard drops a list entry
 * it cannot read rather than failing the page, so a disagreement between the two would quietly hide
 * stories: the guard's result must equal the document, entry for entry.
 */
const GUARDS: [pattern: RegExp, guard: (data: unknown) => unknown][] = [
  [/^articles\/[^/]+\.json$/, checkArticleResponse],
  [/^latest\/1\.json$/, checkLatestPage],
  [/^categories\/.+\/1\.json$/, checkCategoryPage],
  [/^authors\/[^/]+\/1\.json$/, checkAuthorPage],
  [/^tags\/[^/]+\/1\.json$/, checkTagPage],
  // An older page is read with its list's guard once it carries the head's page fields.
  [/^latest\/archive-\d+\.json$/, checkLatestPage],
  [/^categories\/.+\/archive-\d+\.json$/, checkCategoryPage],
  [/^authors\/[^/]+\/archive-\d+\.json$/, checkAuthorPage],
  [/^tags\/[^/]+\/archive-\d+\.json$/, checkTagPage],
  [/^must-read\.json$/, checkMustRead],
  [/^home\.json$/, checkHome],
  [/^nav\.json$/, checkNav],
];

function withoutArchiveNumber(page: unknown): unknown {
  const { archive: _number, ...rest } = page as Record<string, unknown>;
  return rest;
}

function checkEvery(content: Content): Map<string, number> {
  const kinds = new Map<string, number>();
  for (const doc of apiDocuments(compileSite(content))) {
    const entry = GUARDS.find(([pattern]) => pattern.test(doc.path));
    expect(entry, `no guard reads ${doc.path}`).toBeDefined();
    const [pattern, guard] = entry!;
    const fetched = JSON.parse(JSON.stringify(doc.data())) as unknown; // as the browser gets it
    // An archive page's number says which file it is; what a view reads is the page it is shown as.
    const data = doc.path.includes('/archive-') ? withoutArchiveNumber(archiveAsPage(fetched, { page: 2, pageCount: 9, total: 180 })) : fetched;
    expect(guard(data), doc.path).toEqual(data);
    kinds.set(pattern.source, (kinds.get(pattern.source) ?? 0) + 1);
  }
  return kinds;
}

describe('API contract: what the build writes, the browser reads whole', () => {
  const warn = vi.spyOn(console, 'warn');
  afterEach(() => {
    expect(warn, 'a guard skipped a list entry').not.toHaveBeenCalled();
    warn.mockClear();
  });

  it('for a varied synthetic archive (every kind of document, several pages of each)', () => {
    // 3,000 stories: enough for archive pages of every list, an author's (40 authors) and a tag's (200) too.
    const kinds = checkEvery(syntheticLoaded(3000));
    expect([...kinds.keys()].sort()).toEqual(GUARDS.map(([pattern]) => pattern.source).sort());
    expect(kinds.get(GUARDS[5]![0].source)).toBeGreaterThan(1); // several older pages of the latest news
  });

  it('for the demo newsroom (both languages, nested sections, images)', async () => {
    const kinds = checkEvery(await loadContent('content/demo'));
    // The demo is small: every kind of document but (some) archive pages.
    const heads = GUARDS.map(([pattern]) => pattern.source).filter((kind) => !kind.includes('archive'));
    expect([...kinds.keys()].filter((kind) => !kind.includes('archive')).sort()).toEqual(heads.sort());
  });
});
