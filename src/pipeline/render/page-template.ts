import { readFile } from 'node:fs/promises';
import path from 'node:path';

const MARKERS = {
  html: /<html lang="[^"]*"(?: dir="[^"]*")?>/,
  title: /<title>[^<]*<\/title>/,
  description: /<meta name="description" content="[^"]*" \/>/,
  root: '<div id="root"></div>',
};

export interface FilledPage {
  html: string;
  headHtml: string;
  lang: string;
  dir: string;
  stateJson: string;
}

/** Puts a rendered page into the built index.html: lang/dir, head tags, markup and dehydrated state. */
export function fillTemplate(template: string, page: FilledPage): string {
  for (const [name, marker] of Object.entries(MARKERS)) {
    const found = typeof marker === 'string' ? template.includes(marker) : marker.test(template);
    if (!found) throw new Error(`index.html has no ${name} marker (${String(marker)}): the prerender cannot place the page`);
  }
  return template
    .replace(MARKERS.html, `<html lang="${page.lang}" dir="${page.dir}">`)
    .replace(MARKERS.description, '')
    .replace(MARKERS.title, () => page.headHtml)
    .replace(MARKERS.root, () => `<div id="root">${page.html}</div>\n    <script type="application/json" id="dateline-state">${page.stateJson}</script>`);
}

/**
 * Replaces the stylesheet links with the stylesheets themselves (a few KB): a prerendered page then
 * paints its text on the first round trip, before any other request. The SPA shell keeps the link.
 */
export async function inlineStylesheets(template: string, outDir: string, base: string): Promise<string> {
  const links = [...template.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+\.css)"[^>]*>/g)];
  let html = template;
  for (const [tag, href] of links) {
    const css = await readFile(path.join(outDir, href!.slice(base.length)), 'utf8');
    if (css.includes('</style')) throw new Error(`${href} contains "</style": cannot inline it`);
    html = html.replace(tag, () => `<style>${css}</style>`);
  }
  return html;
}
