import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstLoadFiles } from './first-load';

/*
 * Size budgets over the production build (DESIGN.md §5): the JavaScript a reader downloads on a first
 * visit to an article, and every lazy chunk. Fails the test run when one is exceeded.
 */
const FIRST_ARTICLE_JS = 125 * 1024;
const LAZY_CHUNK = 50 * 1024;
const dist = path.resolve(process.argv[2] ?? 'dist');

const gzip = async (file: string) => gzipSync(await readFile(path.join(dist, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const articles = await readdir(path.join(dist, 'article'));
const sample = articles.find((f) => f.endsWith('.html'));
if (!sample) throw new Error(`${dist}/article has no prerendered article: run npm run build first`);
const html = await readFile(path.join(dist, 'article', sample), 'utf8');
const initialFiles = new Set(await firstLoadFiles(dist, html));
let firstLoad = 0;
for (const file of initialFiles) firstLoad += await gzip(file);

const chunks = (await readdir(path.join(dist, 'assets'))).filter((f) => f.endsWith('.js'));
const initialNames = new Set([...initialFiles].map((f) => path.basename(f)));
const lazy = await Promise.all(chunks.filter((f) => !initialNames.has(f)).map(async (f) => ({ file: f, size: await gzip(`assets/${f}`) })));
const largestLazy = lazy.sort((a, b) => b.size - a.size)[0];

const problems: string[] = [];
if (firstLoad > FIRST_ARTICLE_JS) problems.push(`first article load: ${kb(firstLoad)} of JS (gzip), budget ${kb(FIRST_ARTICLE_JS)}`);
for (const chunk of lazy) if (chunk.size > LAZY_CHUNK) problems.push(`lazy chunk ${chunk.file}: ${kb(chunk.size)} (gzip), budget ${kb(LAZY_CHUNK)}`);

console.log(`First article load: ${initialFiles.size} scripts, ${kb(firstLoad)} gzip (budget ${kb(FIRST_ARTICLE_JS)})`);
const rich = lazy.find((chunk) => chunk.file.startsWith('RichBlockView-'));
if (rich) console.log(`A story with players, tables, cards or notes also loads the rich blocks' chunk before it hydrates: ${kb(rich.size)}, ${kb(firstLoad + rich.size)} in all`);
console.log(`Lazy chunks: ${lazy.length}, largest ${largestLazy ? `${largestLazy.file} ${kb(largestLazy.size)}` : 'none'} (budget ${kb(LAZY_CHUNK)} each)`);
if (problems.length) {
  console.error(`Over budget:\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}
