import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { assetBase, firstLoadFiles } from '../scripts/first-load';

/*
 * Bytes a reader downloads: the JS and CSS a first visit actually requests (in Chromium, until the
 * network is idle — so lazy chunks imported on load count), each file counted gzip -9 like
 * scripts/bundle-budget.ts; the largest chunk; the prerendered article HTML; the service worker precache.
 */

/** `atStart`: in the page's HTML or imported (statically, or by the starter) to start the app — what the size budget counts. */
export type FileSize = { file: string; gzip: number; atStart: boolean };
export type PageBytes = { url: string; jsGzip: number; cssGzip: number; jsAtStartGzip: number; files: FileSize[] };
export type BytesResult = {
  pages: Record<string, PageBytes>;
  largestChunk: { file: string; gzip: number; raw: number };
  jsChunks: number;
  articleHtml: { file: string; raw: number; gzip: number };
  precache: { entries: number; bytes: number; gzip: number; missing: string[] };
};

const gzipOf = (data: Buffer) => gzipSync(data, { level: 9 }).length;

/** Script, modulepreload and stylesheet URLs a prerendered page declares (as scripts/bundle-budget.ts reads them). */
export function declaredAssets(html: string): string[] {
  const scripts = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+\.css)"/g)].map((m) => m[1]!);
  return [...new Set([...scripts, ...styles])];
}

async function pageBytes(browser: Browser, url: string, distDir: string): Promise<PageBytes> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const requested = new Set<string>();
  page.on('request', (request) => {
    const u = new URL(request.url());
    const type = request.resourceType();
    if (u.origin === origin && (type === 'script' || type === 'stylesheet') && /\.(?:js|css)$/.test(u.pathname)) requested.add(u.pathname);
  });
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status()}`);
    const html = await response.text();
    const base = assetBase(html);
    const atStart = new Set([...declaredAssets(html).map((u) => new URL(u, url).pathname), ...(await firstLoadFiles(distDir, html)).map((f) => base + f)]);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500); // idle-time imports
    await page.waitForLoadState('networkidle');
    const files: FileSize[] = [];
    for (const pathname of [...requested].sort()) {
      const file = path.join(distDir, decodeURIComponent(pathname));
      files.push({ file: pathname, gzip: gzipOf(await readFile(file)), atStart: atStart.has(pathname) });
    }
    const sum = (list: FileSize[]) => list.reduce((total, f) => total + f.gzip, 0);
    const js = files.filter((f) => f.file.endsWith('.js'));
    return { url, jsGzip: sum(js), cssGzip: sum(files.filter((f) => f.file.endsWith('.css'))), jsAtStartGzip: sum(js.filter((f) => f.atStart)), files };
  } finally {
    await context.close();
  }
}

/** The precache list of sw.js: `precacheAndRoute([{url:"…",revision:…},…])`. */
export function precacheUrls(sw: string): string[] {
  return [...sw.matchAll(/\{\s*"?url"?\s*:\s*"([^"]+)"\s*,\s*"?revision"?\s*:\s*(?:null|"[^"]*")\s*\}/g)].map((m) => m[1]!);
}

export async function measureBytes(browser: Browser, pages: Record<string, string>, distDir: string, articleHtmlFile: string): Promise<BytesResult> {
  const measured: Record<string, PageBytes> = {};
  for (const [name, url] of Object.entries(pages)) measured[name] = await pageBytes(browser, url, distDir);

  const chunks = (await readdir(path.join(distDir, 'assets'))).filter((f) => f.endsWith('.js'));
  let largest = { file: '', gzip: 0, raw: 0 };
  for (const chunk of chunks) {
    const data = await readFile(path.join(distDir, 'assets', chunk));
    const gzip = gzipOf(data);
    if (gzip > largest.gzip) largest = { file: `assets/${chunk}`, gzip, raw: data.length };
  }

  const html = await readFile(path.join(distDir, articleHtmlFile));

  const urls = precacheUrls(await readFile(path.join(distDir, 'sw.js'), 'utf8'));
  if (urls.length === 0) throw new Error('no precache entries found in sw.js');
  const precache = { entries: urls.length, bytes: 0, gzip: 0, missing: [] as string[] };
  for (const url of urls) {
    const file = path.join(distDir, decodeURIComponent(url.split('?')[0]!));
    const size = await stat(file).then((s) => s.size, () => null);
    if (size === null) {
      precache.missing.push(url);
      continue;
    }
    precache.bytes += size;
    precache.gzip += gzipOf(await readFile(file));
  }

  return { pages: measured, largestChunk: largest, jsChunks: chunks.length, articleHtml: { file: articleHtmlFile, raw: html.length, gzip: gzipOf(html) }, precache };
}
