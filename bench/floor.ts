import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';

/*
 * The floor: a plain static page with the article's headline, first paragraph and hero image served
 * the same way as the prerendered article serves it (the same <picture>/<img> element, with its
 * srcset, sizes, dimensions, placeholder and fetch priority, and the same image preload in the head),
 * the same viewport meta, no JS and no CSS beyond a tiny inline style. Written into the bench's own
 * (temporary) build. The article's HTML is read with htmlparser2 and the elements written back with its
 * serializer (dom-serializer, through DomUtils.getOuterHTML).
 */

type Inline = { type: string; text?: string; children?: Inline[]; content?: Inline[] };
type Block = { type: string; content?: Inline[] };
type Node = Parameters<typeof DomUtils.getOuterHTML>[0];
type Element = Parameters<typeof DomUtils.getAttributeValue>[0];

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const textOf = (inlines: Inline[] = []): string =>
  inlines.map((i) => (i.type === 'break' ? ' ' : (i.text ?? '') + textOf(i.children ?? i.content))).join('');

export const FLOOR_FILE = 'bench-floor.html';
/** The class of the figure the prerendered article puts its hero in. */
export const HERO_FIGURE_CLASS = 'figure--hero';

const DEFAULT_VIEWPORT = '<meta name="viewport" content="width=device-width, initial-scale=1">';

/** The parts of a prerendered article page the floor copies, serialized as the page has them. */
export function heroOf(articleHtml: string, slug: string): { viewport: string; preloads: string[]; hero: string } {
  const document = parseDocument(articleHtml);
  const head = DomUtils.findOne((e) => e.name === 'head', document.children);
  const attr = (e: Element, name: string) => DomUtils.getAttributeValue(e, name)?.trim().toLowerCase();
  const viewport = head ? DomUtils.findOne((e) => e.name === 'meta' && attr(e, 'name') === 'viewport', head) : null;
  const preloads = head ? DomUtils.findAll((e) => e.name === 'link' && attr(e, 'rel') === 'preload' && attr(e, 'as') === 'image', head) : [];
  const figure = DomUtils.findOne((e) => e.name === 'figure' && (DomUtils.getAttributeValue(e, 'class') ?? '').split(/\s+/).includes(HERO_FIGURE_CLASS), document.children);
  // The whole <picture> (its <source>s choose the format); an <img> alone if the hero has no <picture>.
  const hero = figure && (DomUtils.findOne((e) => e.name === 'picture', figure) ?? DomUtils.findOne((e) => e.name === 'img', figure));
  if (!hero) throw new Error(`bench floor: article/${slug}.html has no hero image (no <picture> or <img> in a <figure class="${HERO_FIGURE_CLASS}">); the floor needs the article's hero`);
  const html = (node: Node) => DomUtils.getOuterHTML(node);
  return { viewport: viewport ? html(viewport) : DEFAULT_VIEWPORT, preloads: preloads.map(html), hero: html(hero) };
}

export async function writeFloor(distDir: string, slug: string): Promise<string> {
  const data = JSON.parse(await readFile(path.join(distDir, 'api', 'v1', 'articles', `${slug}.json`), 'utf8')) as {
    article: { title: string; lang: string; dir?: string; body: Block[] };
  };
  const { title, lang, dir = 'ltr', body } = data.article;
  const first = body.find((b) => b.type === 'paragraph');
  if (!first) throw new Error(`article ${slug} has no paragraph`);
  const { viewport, preloads, hero } = heroOf(await readFile(path.join(distDir, 'article', `${slug}.html`), 'utf8'), slug);
  // In the article's order: headline, hero, first paragraph.
  const html = `<!doctype html>
<html lang="${escape(lang)}" dir="${escape(dir)}">
<head>
<meta charset="utf-8">
${viewport}
<title>${escape(title)}</title>
<meta name="description" content="${escape(title)}">
${preloads.map((p) => `${p}\n`).join('')}<style>body{margin:0 auto;max-width:40rem;padding:1rem;font:1.125rem/1.6 Georgia,serif;color:#1d1d1f;background:#fbfaf7}h1{font-size:2rem;line-height:1.2}img{display:block;max-width:100%;height:auto;background-size:cover}</style>
</head>
<body>
<main>
<h1>${escape(title)}</h1>
${hero}
<p>${escape(textOf(first.content))}</p>
</main>
</body>
</html>
`;
  await writeFile(path.join(distDir, FLOOR_FILE), html);
  return FLOOR_FILE;
}
