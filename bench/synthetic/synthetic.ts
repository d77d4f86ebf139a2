import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Block } from '../../src/model/block';
import type { ArticleSource, AuthorSource, CategorySource, SiteSource, TagSource } from '../../src/model/content';
import { prng } from './prng';

/*
 * Writes N valid, varied articles for scale tests: a two-level category tree, authors, tags, every
 * block type, a share of right-to-left articles, dates spread over years. Deterministic for a given N.
 */

const WORDS = 'harbour council river grain market ferry school clinic bridge archive festival budget railway orchard tower desert valley harvest library museum court station factory village coast border reservoir'.split(' ');
/**
 * Words for measuring search by how common a word is: each English title ends in one of ten verbs (so
 * "reopens" is in about one story in ten), and one story in a hundred mentions the lighthouse.
 */
export const RARE_WORD = 'lighthouse';
export const ONE_IN_TEN_WORD = 'reopens';
const VERBS = 'reopens expands delays approves rebuilds measures questions restores doubles opens'.split(' ');
const FA_WORDS = 'بندر شورا رودخانه بازار مدرسه درمانگاه پل کتابخانه جشنواره بودجه راه‌آهن باغ برج دره برداشت موزه'.split(' ');
const ROOTS = ['metro', 'nation', 'world', 'money', 'science', 'arts', 'sport', 'opinion'];
const CHILDREN = ['north', 'south', 'east', 'west', 'policy', 'people'];

export function syntheticContent(count: number) {
  const random = prng(count);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const site: SiteSource = { name: 'Dateline Synthetic', description: `${count} generated articles for scale tests.`, lang: 'en' };
  const categories: CategorySource[] = ROOTS.flatMap((root) => [
    { path: root, name: root[0]!.toUpperCase() + root.slice(1) },
    ...CHILDREN.map((child) => ({ path: `${root}/${child}`, name: `${root} ${child}` })),
  ]);
  const authors: AuthorSource[] = Array.from({ length: 40 }, (_, i) => ({ slug: `author-${i + 1}`, name: `Reporter ${i + 1}`, role: 'Staff writer' }));
  const tags: TagSource[] = Array.from({ length: 200 }, (_, i) => ({ slug: `topic-${i + 1}`, name: `Topic ${i + 1}` }));
  const start = Date.parse('2020-01-01T00:00:00Z');
  const span = Date.parse('2026-11-01T00:00:00Z') - start;

  const sentence = (fa: boolean, n = 14) => {
    const words = Array.from({ length: n }, () => pick(fa ? FA_WORDS : WORDS));
    const text = words.join(' ');
    return fa ? `${text}.` : `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (fa: boolean): Block => ({
    type: 'paragraph',
    content: [
      { type: 'text', text: `${sentence(fa)} ${sentence(fa)} ` },
      { type: 'em', children: [{ type: 'text', text: sentence(fa, 5) }] },
      { type: 'text', text: ` ${sentence(fa)}` },
    ],
  });

  function* articles(): Generator<ArticleSource> {
    for (let i = 0; i < count; i++) {
      const fa = random() < 0.05;
      const slug = `story-${String(i + 1).padStart(6, '0')}`;
      const body: Block[] = [paragraph(fa), paragraph(fa)];
      body.push({ type: 'heading', level: 2, content: [{ type: 'text', text: sentence(fa, 4) }] });
      body.push({
        type: 'paragraph',
        content: [
          { type: 'text', text: `${sentence(fa)} ` },
          { type: 'link', href: `/article/story-${String(Math.floor(random() * count) + 1).padStart(6, '0')}`, children: [{ type: 'text', text: sentence(fa, 3) }] },
        ],
      });
      if (random() < 0.5) body.push({ type: 'quote', blocks: [{ type: 'paragraph', content: [{ type: 'text', text: sentence(fa) }] }], cite: pick(authors).name });
      if (random() < 0.4) body.push({ type: 'list', ordered: random() < 0.5, items: [0, 1, 2].map(() => [{ type: 'text', text: sentence(fa, 6) }]) });
      if (random() < 0.1) body.push({ type: 'embed', provider: 'Video', url: `https://video.example.org/watch/${i}`, title: sentence(fa, 6) });
      if (random() < 0.3) body.push({ type: 'image', src: 'images/synthetic.svg', alt: sentence(fa, 5), width: 1200, height: 675, caption: sentence(fa, 8) });
      for (let p = Math.floor(random() * 5); p > 0; p--) body.push(paragraph(fa));
      const published = start + Math.floor((span * i) / count + random() * 3_600_000);
      yield {
        slug,
        title: sentence(fa, 7).replace(/\.$/, '') + (fa ? '' : ` ${pick(VERBS)}`),
        standfirst: fa || i % 100 !== 42 ? sentence(fa, 18) : sentence(fa, 18).replace(/\.$/, ` beside the ${RARE_WORD}.`),
        lang: fa ? 'fa' : 'en',
        category: pick(categories).path,
        author: pick(authors).slug,
        tags: [...new Set([pick(tags).slug, pick(tags).slug, pick(tags).slug])],
        publishedAt: new Date(published).toISOString(),
        mustRead: random() < 0.01,
        hero: random() < 0.6 ? { src: 'images/synthetic.svg', alt: sentence(fa, 6), width: 1200, height: 675, caption: sentence(fa, 8) } : undefined,
        body,
      };
    }
  }
  return { site, categories, authors, tags, articles };
}

const MARKER = '.synthetic';
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 675" width="1200" height="675"><rect width="1200" height="675" fill="#d9e2ec"/><path d="M0 500 Q300 380 600 470 T1200 430 V675 H0Z" fill="#6b8fb3"/><circle cx="950" cy="160" r="70" fill="#f2c14e"/></svg>\n';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const count = Number(args[0]);
  const outIndex = args.indexOf('--out');
  const out = outIndex >= 0 ? args[outIndex + 1] : undefined;
  if (!Number.isInteger(count) || count < 1 || !out) {
    console.error('Usage: npm run synthetic -- <N> --out <content-dir>   (N: a whole number of articles, at least 1)');
    process.exit(2);
  }
  const target = path.resolve(out);
  const staging = `${target}.tmp-${process.pid}`;
  const previous = await readdir(target).catch(() => undefined);
  if (previous && previous.length > 0 && !previous.includes(MARKER)) {
    console.error(`${out} already exists and was not made by this generator: refusing to replace it. Choose an empty or new folder.`);
    process.exit(2);
  }
  const { site, categories, authors, tags, articles } = syntheticContent(count);
  await rm(staging, { recursive: true, force: true });
  await mkdir(path.join(staging, 'articles'), { recursive: true });
  await mkdir(path.join(staging, 'images'), { recursive: true });
  await Promise.all([
    writeFile(path.join(staging, 'site.json'), JSON.stringify(site, null, 2)),
    writeFile(path.join(staging, 'categories.json'), JSON.stringify(categories, null, 2)),
    writeFile(path.join(staging, 'authors.json'), JSON.stringify(authors, null, 2)),
    writeFile(path.join(staging, 'tags.json'), JSON.stringify(tags, null, 2)),
    writeFile(path.join(staging, 'images', 'synthetic.svg'), SVG),
    writeFile(path.join(staging, MARKER), 'Made by `npm run synthetic`; safe to delete or regenerate.\n'),
  ]);
  let batch: Promise<void>[] = [];
  for (const article of articles()) {
    batch.push(writeFile(path.join(staging, 'articles', `${article.slug}.json`), JSON.stringify(article)));
    if (batch.length >= 128) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  await rm(target, { recursive: true, force: true });
  await rename(staging, target);
  console.log(`Wrote ${count} synthetic articles to ${out}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
