// @vitest-environment node
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderOnWorkers, type PrerenderTarget, type WorkerSetup } from '../../../../src/pipeline/render/prerender-pool';
import { makeTempDir, removeContentDirs } from '../../../fixtures/content';

afterAll(removeContentDirs);

const TEMPLATE = '<html lang="en"><head><title>Shell</title><meta name="description" content="Shell" /></head><body><div id="root"></div></body></html>';

/** A stand-in for the server bundle: renders the URL, what the API answered for it and the worker's thread. */
const SERVER_PARTS = `
import { mkdirSync, readdirSync } from 'node:fs';
import { threadId, workerData } from 'node:worker_threads';
async function renderOne(url) {
  if (url.includes('boom')) throw new Error('cannot render ' + url);
  const nav = await (await fetch('/api/v1/nav.json')).text();
  return { html: '<p>' + url + '</p>' + nav + '<i>' + threadId + '</i>', head: { title: url, lang: 'en', dir: 'ltr' }, state: { url } };
}
export const serializeHead = (head, site) => '<title>' + head.title + ' — ' + site.name + '</title>';
export const scriptJson = (value) => JSON.stringify(value);
`;
const SERVER = `${SERVER_PARTS}\nexport const renderPage = renderOne;`;

/**
 * The same, but no page is rendered until two threads have checked in (a folder each): the first worker
 * waits on its first batch, so the second one gets work however slowly it starts.
 */
const TWO_THREAD_SERVER = `${SERVER_PARTS}
export async function renderPage(url) {
  const dir = workerData.outDir + '/threads';
  mkdirSync(dir + '/' + threadId, { recursive: true });
  while (readdirSync(dir).length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
  return renderOne(url);
}`;

async function setUp(server = SERVER): Promise<WorkerSetup> {
  const outDir = await makeTempDir();
  await mkdir(path.join(outDir, 'api', 'v1'), { recursive: true });
  await mkdir(path.join(outDir, 'page'));
  await writeFile(path.join(outDir, 'api', 'v1', 'nav.json'), '{"nav":true}');
  const serverEntry = path.join(outDir, 'server-entry.mjs');
  await writeFile(serverEntry, server);
  return { template: TEMPLATE, serverEntry, outDir, api: { dirs: [outDir] }, base: '/', origin: 'http://example.test', siteName: 'Fixture News', sameAs: [] };
}

const targets = (n: number): PrerenderTarget[] => Array.from({ length: n }, (_, i) => ({ url: `/page/${i}`, file: `page/${i}.html` }));

describe('renderOnWorkers', () => {
  it('writes every target once, through the app server bundle and the API on disk, and counts the bytes', async () => {
    const setup = await setUp(TWO_THREAD_SERVER);
    const list = targets(450); // enough routes for two workers
    const { bytes, pages } = await renderOnWorkers(list, setup, 2);
    let total = 0;
    const threads = new Set<string>();
    for (const { url, file } of list) {
      const html = await readFile(path.join(setup.outDir, file), 'utf8');
      expect(html).toContain(`<div id="root"><p>${url}</p>{"nav":true}<i>`);
      threads.add(/<i>(\d+)<\/i>/.exec(html)![1]!);
      expect(html).toContain(`<title>${url} — Fixture News</title>`);
      expect(html).toContain(`<script type="application/json" id="dateline-state">{"url":"${url}"}</script>`);
      total += (await stat(path.join(setup.outDir, file))).size;
    }
    expect(bytes).toBe(total);
    expect(threads.size).toBe(2);
    expect(pages.map((p) => p.file).sort()).toEqual(list.map((t) => t.file).sort());
    expect(new Set(pages.map((p) => p.deps.join()))).toEqual(new Set(['nav.json']));
  });

  it('reports each page\'s own API reads, found or not, and reads a later folder when an earlier one lacks a document', async () => {
    const setup = await setUp(`${SERVER_PARTS}
export async function renderPage(url) {
  const own = await fetch('/api/v1/pages/' + url.split('/').pop() + '.json');
  const nav = await (await fetch('/api/v1/nav.json')).text();
  return { html: '<p>' + own.status + '</p>' + nav, head: { title: url, lang: 'en', dir: 'ltr' }, state: {} };
}`);
    const published = await makeTempDir();
    await mkdir(path.join(published, 'api', 'v1', 'pages'), { recursive: true });
    await writeFile(path.join(published, 'api', 'v1', 'pages', '1.json'), '{}');
    await writeFile(path.join(published, 'api', 'v1', 'pages', '2.json'), '{}');
    await writeFile(path.join(published, 'api', 'v1', 'nav.json'), '{"old":true}');
    const { pages } = await renderOnWorkers(targets(3), { ...setup, api: { dirs: [setup.outDir, published], removed: new Set(['pages/2.json']) } }, 1);
    expect(Object.fromEntries(pages.map((p) => [p.file, p.deps]))).toEqual({
      'page/0.html': ['nav.json', 'pages/0.json'],
      'page/1.html': ['nav.json', 'pages/1.json'],
      'page/2.html': ['nav.json', 'pages/2.json'],
    });
    const html = (n: number) => readFile(path.join(setup.outDir, `page/${n}.html`), 'utf8');
    expect(await html(0)).toContain('<p>404</p>{"nav":true}');
    expect(await html(1)).toContain('<p>200</p>{"nav":true}');
    expect(await html(2)).toContain('<p>404</p>');
  });

  it('fails with the URL of a page that cannot be rendered', async () => {
    const setup = await setUp();
    const list = [...targets(20), { url: '/page/boom', file: 'page/boom.html' }];
    for (const inProcessMax of [0, 40]) await expect(renderOnWorkers(list, setup, 2, inProcessMax)).rejects.toThrow(/cannot render \/page\/boom/);
  });

  it('renders a publish\'s few pages in this process, byte for byte as a worker does, and gives fetch back', async () => {
    const onWorker = await setUp(`${SERVER_PARTS}
export async function renderPage(url) {
  const nav = await (await fetch('/api/v1/nav.json')).text();
  return { html: '<p>' + url + '</p>' + nav, head: { title: url, lang: 'en', dir: 'ltr' }, state: { url } };
}`);
    const inProcess = { ...onWorker, outDir: await makeTempDir() };
    await mkdir(path.join(inProcess.outDir, 'page'));
    const fetchBefore = globalThis.fetch;
    const [worker, here] = [await renderOnWorkers(targets(5), onWorker, 1, 0), await renderOnWorkers(targets(5), inProcess, 1)];
    expect(globalThis.fetch).toBe(fetchBefore);
    expect(here.pages).toEqual(worker.pages);
    expect(here.bytes).toBe(worker.bytes);
    for (const { file } of targets(5)) expect(await readFile(path.join(inProcess.outDir, file), 'utf8')).toBe(await readFile(path.join(onWorker.outDir, file), 'utf8'));
  });

  it('fails when the server bundle cannot be loaded', async () => {
    const setup = await setUp();
    for (const inProcessMax of [0, 40]) await expect(renderOnWorkers(targets(3), { ...setup, serverEntry: path.join(setup.outDir, 'missing.mjs') }, 1, inProcessMax)).rejects.toThrow(/missing\.mjs/);
  });
});
