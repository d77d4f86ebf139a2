import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/*
 * The floor: a plain static page with the article's headline and first paragraph, the same viewport
 * meta, no JS and no CSS beyond a tiny inline style. Written into the bench's own (temporary) build.
 */

type Inline = { type: string; text?: string; children?: Inline[]; content?: Inline[] };
type Block = { type: string; content?: Inline[] };

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const textOf = (inlines: Inline[] = []): string =>
  inlines.map((i) => (i.type === 'break' ? ' ' : (i.text ?? '') + textOf(i.children ?? i.content))).join('');

export const FLOOR_FILE = 'bench-floor.html';

export async function writeFloor(distDir: string, slug: string): Promise<string> {
  const data = JSON.parse(await readFile(path.join(distDir, 'api', 'v1', 'articles', `${slug}.json`), 'utf8')) as {
    article: { title: string; lang: string; dir?: string; body: Block[] };
  };
  const { title, lang, dir = 'ltr', body } = data.article;
  const first = body.find((b) => b.type === 'paragraph');
  if (!first) throw new Error(`article ${slug} has no paragraph`);
  const articleHtml = await readFile(path.join(distDir, 'article', `${slug}.html`), 'utf8');
  const viewport = /<meta name="viewport"[^>]*>/.exec(articleHtml)?.[0] ?? '<meta name="viewport" content="width=device-width, initial-scale=1">';
  const html = `<!doctype html>
<html lang="${escape(lang)}" dir="${escape(dir)}">
<head>
<meta charset="utf-8">
${viewport}
<title>${escape(title)}</title>
<meta name="description" content="${escape(title)}">
<style>body{margin:0 auto;max-width:40rem;padding:1rem;font:1.125rem/1.6 Georgia,serif;color:#1d1d1f;background:#fbfaf7}h1{font-size:2rem;line-height:1.2}</style>
</head>
<body>
<main>
<h1>${escape(title)}</h1>
<p>${escape(textOf(first.content))}</p>
</main>
</body>
</html>
`;
  await writeFile(path.join(distDir, FLOOR_FILE), html);
  return FLOOR_FILE;
}
