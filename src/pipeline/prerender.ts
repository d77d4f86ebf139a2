import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as ServerEntry from '../app/server-entry';
import type { CompiledSite } from './api-documents';
import { NOT_FOUND_PAGE } from './static-routes';

type Server = typeof ServerEntry;


/** Every URL that gets its own HTML file, and where the file goes (`/article/x` → `article/x.html`). */
export function prerenderTargets(site: CompiledSite): { url: string; file: string }[] {
  const { content, articles, categories } = site;
  const page = (url: string) => ({ url, file: `${url.slice(1)}.html` });
  return [
    { url: '/', file: 'index.html' },
    page('/latest'),
    ...articles.map((a) => page(`/article/${a.slug}`)),
    ...[...categories.keys()].map((p) => page(`/category/${p}`)),
    ...content.authors.map((a) => page(`/author/${a.slug}`)),
    ...content.tags.map((t) => page(`/tag/${t.slug}`)),
    { url: '/404', file: NOT_FOUND_PAGE },
  ];
}

const MARKERS = {
  html: /<html lang="[^"]*">/,
  title: /<title>[^<]*<\/title>/,
  description: /<meta name="description" content="[^"]*" \/>/,
  root: '<div id="root"></div>',
};

/** Puts a rendered page into the built index.html: lang/dir, head tags, markup and dehydrated state. */
export function fillTemplate(template: string, page: { html: string; headHtml: string; lang: string; dir: string; stateJson: string }): string {
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

/**
 * Points `fetch` at the API files just written, so the app's own query functions load the prerender's
 * data. Small shared documents (navigation, rails) are read once.
 */
function serveApiFromDisk(outDir: string, base: string): () => void {
  const original = globalThis.fetch;
  const shared = new Map<string, string | null>();
  const prefix = `${base}api/v1/`;
  globalThis.fetch = async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.pathname : new URL(input.url).pathname;
    if (!url.startsWith(prefix)) throw new TypeError(`prerender: unexpected fetch of ${url}`);
    const rel = url.slice(prefix.length);
    const isShared = !rel.includes('/') || rel === 'latest/1.json';
    let text = isShared ? shared.get(rel) : undefined;
    if (text === undefined) {
      text = await readFile(path.join(outDir, 'api', 'v1', rel), 'utf8').catch(() => null);
      if (isShared) shared.set(rel, text);
    }
    return text === null ? new Response('not found', { status: 404 }) : new Response(text, { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
  return () => {
    globalThis.fetch = original;
  };
}

export interface PrerenderOptions {
  outDir: string;
  serverEntry: string;
  base: string;
  origin: string;
}

export async function prerender(site: CompiledSite, { outDir, serverEntry, base, origin }: PrerenderOptions): Promise<{ pages: number; bytes: number }> {
  const server = (await import(/* @vite-ignore */ pathToFileURL(serverEntry).href)) as Server;
  const template = await inlineStylesheets(await readFile(path.join(outDir, 'index.html'), 'utf8'), outDir, base);
  const siteInfo = { name: site.content.site.name, origin, base };
  const restore = serveApiFromDisk(outDir, base);
  let bytes = 0;
  const targets = prerenderTargets(site);
  try {
    const made = new Set<string>();
    const CONCURRENCY = 8;
    for (let i = 0; i < targets.length; i += CONCURRENCY) {
      await Promise.all(
        targets.slice(i, i + CONCURRENCY).map(async ({ url, file }) => {
          const page = await server.renderPage(url);
          if (!page.head) throw new Error(`${url}: the page declared no head (title, description)`);
          const html = fillTemplate(template, {
            html: page.html,
            headHtml: server.serializeHead(page.head, siteInfo),
            lang: page.head.lang,
            dir: page.head.dir,
            stateJson: server.scriptJson(page.state),
          });
          const target = path.join(outDir, file);
          const dir = path.dirname(target);
          if (!made.has(dir)) {
            await mkdir(dir, { recursive: true });
            made.add(dir);
          }
          await writeFile(target, html);
          bytes += Buffer.byteLength(html);
        }),
      );
    }
  } finally {
    restore();
  }
  return { pages: targets.length, bytes };
}
