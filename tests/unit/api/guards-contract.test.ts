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
  [/^latest\/\d+\.json$/, checkLatestPage],
  [/^categories\/.+\/\d+\.json$/, checkCategoryPage],
  [/^authors\/[^/]+\/\d+\.json$/, checkAuthorPage],
  [/^tags\/[^/]+\/\d+\.json$/, checkTagPage],
  [/^must-read\.json$/, checkMustRead],
  [/^home\.json$/, checkHome],
  [/^nav\.json$/, checkNav],
];

function checkEvery(content: Content): Map<string, number> {
  const kinds = new Map<string, number>();
  for (const doc of apiDocuments(compileSite(content))) {
    const entry = GUARDS.find(([pattern]) => pattern.test(doc.path));
    expect(entry, `no guard reads ${doc.path}`).toBeDefined();
    const [pattern, guard] = entry!;
    const data = JSON.parse(JSON.stringify(doc.data)) as unknown; // as the browser gets it
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
    const kinds = checkEvery(syntheticLoaded(300));
    expect([...kinds.keys()].sort()).toEqual(GUARDS.map(([pattern]) => pattern.source).sort());
    expect(kinds.get(GUARDS[1]![0].source)).toBeGreaterThan(1); // several latest pages
  });

  it('for the demo newsroom (both languages, nested sections, images)', async () => {
    const kinds = checkEvery(await loadContent('content/demo'));
    expect(kinds.size).toBe(GUARDS.length);
  });
});
