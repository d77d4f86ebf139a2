/*
 * Checks of the live WordPress test (run.sh): what a full import wrote, and that a --since sync changed
 * exactly the three posts the site changed. `hashes <dir> <file>` records a folder's file hashes.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

type Hashes = Record<string, string>;
const problems: string[] = [];
const check = (ok: boolean, message: string) => {
  if (!ok) problems.push(message);
};

async function hashTree(dir: string, rel = ''): Promise<Hashes> {
  const out: Hashes = {};
  for (const entry of await readdir(path.join(dir, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(out, await hashTree(dir, child));
    else out[child] = createHash('sha256').update(await readFile(path.join(dir, child))).digest('hex');
  }
  return out;
}

const readJson = async <T>(file: string): Promise<T> => JSON.parse(await readFile(file, 'utf8')) as T;
interface Article { slug: string; title: string; category: string; tags: string[]; author: string; hero?: { src: string }; body: { type: string; src?: string }[] }
const article = (dir: string, slug: string) => readJson<Article>(path.join(dir, 'articles', `${slug}.json`));
const articleFiles = (hashes: Hashes) => Object.keys(hashes).filter((f) => f.startsWith('articles/')).sort();

async function checkFull(dir: string): Promise<void> {
  const hashes = await hashTree(dir);
  const expected = ['choir', 'harbour-budget', 'market-delayed', 'night-ferries-return'].map((s) => `articles/${s}.json`);
  check(JSON.stringify(articleFiles(hashes)) === JSON.stringify(expected), `full import: expected articles ${expected.join(', ')}, got ${articleFiles(hashes).join(', ')}`);
  const ferries = await article(dir, 'night-ferries-return');
  check(ferries.title === 'Night ferries return to the harbour', `night-ferries-return: title "${ferries.title}"`);
  check(ferries.category === 'harbour', `night-ferries-return: category "${ferries.category}", expected "harbour"`);
  check(JSON.stringify(ferries.tags) === '["ferries"]', `night-ferries-return: tags ${JSON.stringify(ferries.tags)}, expected ["ferries"]`);
  check(ferries.hero?.src.startsWith('images/imported/') === true && hashes[ferries.hero.src] !== undefined, `night-ferries-return: hero ${JSON.stringify(ferries.hero)} is not a downloaded image in the folder`);
  const market = await article(dir, 'market-delayed');
  const image = market.body.find((b) => b.type === 'image');
  check(image?.src?.startsWith('images/imported/') === true, `market-delayed: expected a downloaded body image, got ${JSON.stringify(image)}`);
  const authors = await readJson<{ slug: string; name: string }[]>(path.join(dir, 'authors.json'));
  check(authors.some((a) => a.name === 'Mina Harbour'), `authors.json: no "Mina Harbour" in ${JSON.stringify(authors)}`);
  const state = await readJson<{ posts: Record<string, { slug: string }> }>(path.join(dir, '.import-state.json'));
  check(Object.keys(state.posts).length === 4, `.import-state.json: expected 4 posts, got ${Object.keys(state.posts).length}`);
}

async function checkSync(dir: string, beforeFile: string): Promise<void> {
  const before = await readJson<Hashes>(beforeFile);
  const after = await hashTree(dir);
  const files = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => f !== '.import-state.json').sort();
  const added = files.filter((f) => before[f] === undefined);
  const removed = files.filter((f) => after[f] === undefined);
  const changed = files.filter((f) => before[f] !== undefined && after[f] !== undefined && before[f] !== after[f]);
  const show = (list: string[]) => (list.length === 0 ? 'nothing' : list.join(', '));
  console.log(`Sync: added ${show(added)}; changed ${show(changed)}; removed ${show(removed)}; ${files.length - added.length - removed.length - changed.length} files byte-identical.`);
  check(show(added) === 'articles/quay-cafes-open-late.json', `sync: expected only articles/quay-cafes-open-late.json added, got ${show(added)}`);
  check(show(changed) === 'articles/market-delayed.json', `sync: expected only articles/market-delayed.json changed, got ${show(changed)}`);
  check(show(removed) === 'articles/harbour-budget.json', `sync: expected only articles/harbour-budget.json removed, got ${show(removed)}`);
  const market = await article(dir, 'market-delayed');
  check(market.title === 'Spring night market delayed by two weeks', `market-delayed: title "${market.title}", expected the edited one`);
  const cafes = await article(dir, 'quay-cafes-open-late');
  check(cafes.category === 'harbour' && JSON.stringify(cafes.tags) === '["ferries"]', `quay-cafes-open-late: category "${cafes.category}", tags ${JSON.stringify(cafes.tags)}`);
  const state = await readJson<{ posts: Record<string, { slug: string }> }>(path.join(dir, '.import-state.json'));
  const slugs = Object.values(state.posts).map((p) => p.slug).sort();
  check(JSON.stringify(slugs) === JSON.stringify(['choir', 'market-delayed', 'night-ferries-return', 'quay-cafes-open-late']), `.import-state.json: posts ${slugs.join(', ')}`);
}

async function main([command, dir, file]: string[]): Promise<void> {
  if (!dir) throw new Error('usage: verify.ts hashes|full|sync <content-dir> [file]');
  if (command === 'hashes') await writeFile(file!, JSON.stringify(await hashTree(dir), null, 2));
  else if (command === 'full') await checkFull(dir);
  else if (command === 'sync') await checkSync(dir, file!);
  else throw new Error(`unknown command ${command}`);
  if (problems.length > 0) {
    console.error(`${command}: ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`${command}: ok`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
