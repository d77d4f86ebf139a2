/*
 * Checks the HTML importer against WordPress's own block fixtures (the markup the editor saves for every
 * core block): each fixture is turned into what a site's REST API would serve as content.rendered
 * (wordpress-fixtures/simulate-rendered.ts), converted with htmlToBlocks, and judged "whole" by the rule
 * in wordpress-fixtures/whole-rule.ts. Prints each fixture that is not whole with the reasons, then the
 * total. The fixtures are not part of the project: pass their folder.
 *
 *   npx tsx scripts/wordpress-fixtures.ts ../shared/gutenberg-fixtures [--verbose] [--strict]
 *
 * --strict also fails a fixture for every element whose address had to be refused (the editor's test
 * fixtures use data: URIs for their pictures and videos, which no site would serve and we never keep).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { BodySchema } from '../src/model/block';
import { htmlToBlocks } from '../src/import/html/html-to-blocks';
import { keepImageFor } from '../src/import/image-hosts';
import type { ImportWarning } from '../src/import/warnings';
import { simulateRendered } from './wordpress-fixtures/simulate-rendered';
import { parseTree } from './wordpress-fixtures/tree';
import { blockWords, countCounterparts, lostLinks, refusedLinks, visibleWords, wordCoverage } from './wordpress-fixtures/whole-rule';

/** The fixtures' own site (their uploads are on localhost:8888): a post on it. */
const BASE = 'http://localhost:8888/2022/02/a-fixture/';
const MIN_WORD_SHARE = 0.99;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

interface Verdict {
  name: string;
  skipped?: string;
  failures: string[];
  warnings: ImportWarning[];
}

function judge(name: string, saved: string, strict: boolean): Verdict {
  const simulated = simulateRendered(saved);
  if ('skipped' in simulated) return { name, skipped: simulated.skipped, failures: [], warnings: [] };
  const root = parseTree(simulated.html);
  const expectedWords = visibleWords(root);
  const warnings: ImportWarning[] = [];
  const blocks = htmlToBlocks(simulated.html, { baseUrl: BASE, keepImage: keepImageFor(BASE), warn: (kind, detail, subject) => warnings.push({ kind, detail, subject }) });
  const counted = countCounterparts(root, blocks, warnings, BASE);
  if (expectedWords.length === 0 && counted.every((c) => c.kind === 'hr → separator' || c.kind === 'ul/ol → list')) {
    return { name, skipped: 'no content (no visible words, no media)', failures: [], warnings };
  }
  const failures: string[] = [];
  const { share, missing } = wordCoverage(expectedWords, blockWords(blocks));
  if (share < MIN_WORD_SHARE) failures.push(`words ${(share * 100).toFixed(0)}% of ${expectedWords.length} (missing e.g. ${missing.join(', ')})`);
  for (const c of counted) {
    if (c.found < c.expected) failures.push(`${c.kind}: ${c.found} of ${c.expected}`);
    if (c.warned < c.refused) failures.push(`${c.kind}: ${c.refused} refused address(es), ${c.warned} warning(s)`);
    else if (strict && c.refused > 0) failures.push(`${c.kind}: ${c.refused} refused address(es) (--strict)`);
  }
  const lost = lostLinks(root, blocks, BASE);
  if (lost.length > 0) failures.push(`a[href] → link: ${lost.length} lost (${lost.slice(0, 2).join(', ')})`);
  const refused = refusedLinks(root, BASE);
  const linkWarnings = warnings.filter((w) => w.kind === 'unsafe-url' && w.detail === 'a href').length;
  if (linkWarnings < refused) failures.push(`a[href]: ${refused} refused, ${linkWarnings} warning(s)`);
  if (blocks.length > 0) {
    const parsed = BodySchema.safeParse(blocks);
    if (!parsed.success) failures.push(`not a valid body: ${parsed.error.issues[0]?.message ?? ''}`);
  }
  return { name, failures, warnings };
}

async function main(): Promise<number> {
  const dir = process.argv[2];
  const verbose = process.argv.includes('--verbose');
  const strict = process.argv.includes('--strict');
  if (!dir) {
    console.error('Usage: npx tsx scripts/wordpress-fixtures.ts <gutenberg-fixtures folder> [--verbose] [--strict]');
    return 2;
  }
  const files = await htmlFiles(dir);
  const verdicts: Verdict[] = [];
  for (const file of files) verdicts.push(judge(path.relative(dir, file).replace(/\.html$/, ''), await readFile(file, 'utf8'), strict));

  const judged = verdicts.filter((v) => !v.skipped);
  const failed = judged.filter((v) => v.failures.length > 0);
  for (const v of failed) console.log(`✗ ${v.name}\n    ${v.failures.join('\n    ')}`);
  if (verbose) {
    for (const v of verdicts.filter((x) => x.skipped)) console.log(`– ${v.name}: ${v.skipped}`);
    const kinds = new Map<string, number>();
    for (const w of judged.flatMap((v) => v.warnings)) kinds.set(`${w.kind}${w.detail ? ` ${w.detail}` : ''}`, (kinds.get(`${w.kind}${w.detail ? ` ${w.detail}` : ''}`) ?? 0) + 1);
    console.log('Warnings:', Object.fromEntries([...kinds].sort((a, b) => b[1] - a[1])));
  }
  const skipped = verdicts.length - judged.length;
  console.log(`\n${judged.length - failed.length} of ${judged.length} fixtures with content come through whole (${skipped} of ${verdicts.length} skipped: dynamic or empty).`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
