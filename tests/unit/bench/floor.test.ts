// @vitest-environment jsdom
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FLOOR_FILE, writeFloor } from '../../../bench/floor';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const SRCSET = '/media/images/hero-320.jpg 320w, /media/images/hero-1280.jpg 1280w';
const SIZES = '(min-width: 70rem) 44rem, 100vw';
const PRELOAD = `<link rel="preload" as="image" type="image/avif" imagesrcset="/media/images/hero-320.avif 320w, /media/images/hero-1280.avif 1280w" imagesizes="${SIZES}" fetchpriority="high" data-head>`;
const PICTURE =
  `<picture><source type="image/avif" srcSet="/media/images/hero-320.avif 320w, /media/images/hero-1280.avif 1280w" sizes="${SIZES}"/>` +
  `<img src="/media/images/hero-1280.jpg" srcSet="${SRCSET}" sizes="${SIZES}" alt="The old city&#x27;s minaret" width="2400" height="1600" fetchPriority="high" style="background-image:url(&quot;data:image/webp;base64,AAAA&quot;)"/></picture>`;

const articleHtml = (hero: string) => `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"/>
${PRELOAD}<link rel="stylesheet" href="/assets/app.css"><link rel="preload" as="font" href="/assets/font.woff2" crossorigin>
<script type="module" src="/assets/start.js"></script></head>
<body><div id="root"><main><article><header><h1 class="article__headline">A headline</h1></header>
${hero}<div class="article__body"><p>First paragraph.</p></div>
<figure class="figure"><img src="/media/images/inline.svg" alt="" width="1200" height="675" loading="lazy"/></figure></article></main></div>
<script>window.__DATA__ = {}</script></body></html>`;

async function dist(hero: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-floor-test-'));
  dirs.push(dir);
  await mkdir(path.join(dir, 'api', 'v1', 'articles'), { recursive: true });
  await mkdir(path.join(dir, 'article'), { recursive: true });
  const article = { title: 'A headline', lang: 'en', body: [{ type: 'heading', content: [{ type: 'text', text: 'Not this' }] }, { type: 'paragraph', content: [{ type: 'text', text: 'First ' }, { type: 'em', children: [{ type: 'text', text: 'paragraph' }] }, { type: 'text', text: '.' }] }] };
  await writeFile(path.join(dir, 'api', 'v1', 'articles', 'story.json'), JSON.stringify({ article }));
  await writeFile(path.join(dir, 'article', 'story.html'), articleHtml(hero));
  return dir;
}

/** The floor, and a DOM of it to query (jsdom's DOMParser, a different parser from the one the floor writer uses). */
async function floorOf(hero: string) {
  const dir = await dist(hero);
  const file = await writeFloor(dir, 'story');
  const html = await readFile(path.join(dir, file), 'utf8');
  return { file, html, document: new DOMParser().parseFromString(html, 'text/html') };
}

describe('writeFloor', () => {
  it('carries the article hero as the article serves it: the same picture, img attributes and preload', async () => {
    const { file, document } = await floorOf(`<figure class="figure figure--hero">${PICTURE}<figcaption>Caption</figcaption></figure>`);
    expect(file).toBe(FLOOR_FILE);
    const img = document.querySelector('main picture > img')!;
    expect(img).not.toBeNull();
    expect(img.getAttribute('srcset')).toBe(SRCSET);
    expect(img.getAttribute('sizes')).toBe(SIZES);
    expect(img.getAttribute('src')).toBe('/media/images/hero-1280.jpg');
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['2400', '1600']);
    expect(img.getAttribute('fetchpriority')).toBe('high');
    expect(img.getAttribute('alt')).toBe('The old city\'s minaret');
    expect(img.getAttribute('style')).toBe('background-image:url("data:image/webp;base64,AAAA")');
    expect(document.querySelector('main picture > source[type="image/avif"]')?.getAttribute('srcset')).toBe('/media/images/hero-320.avif 320w, /media/images/hero-1280.avif 1280w');
    // Only the hero: not the article's other images, nor its caption.
    expect(document.querySelectorAll('img')).toHaveLength(1);
    expect(document.querySelector('figcaption')).toBeNull();

    const preloads = [...document.head.querySelectorAll('link[rel="preload"]')];
    expect(preloads).toHaveLength(1);
    const preload = preloads[0]!;
    expect(preload.getAttribute('as')).toBe('image');
    expect(preload.getAttribute('imagesrcset')).toBe('/media/images/hero-320.avif 320w, /media/images/hero-1280.avif 1280w');
    expect(preload.getAttribute('imagesizes')).toBe(SIZES);
    expect(preload.getAttribute('fetchpriority')).toBe('high');
  });

  it('keeps headline, hero and first paragraph in the article order, with the article viewport', async () => {
    const { document } = await floorOf(`<figure class="figure figure--hero">${PICTURE}</figure>`);
    expect([...document.querySelector('main')!.children].map((e) => e.tagName.toLowerCase())).toEqual(['h1', 'picture', 'p']);
    expect(document.querySelector('h1')?.textContent).toBe('A headline');
    expect(document.querySelector('main p')?.textContent).toBe('First paragraph.');
    expect(document.querySelector('meta[name="viewport"]')?.getAttribute('content')).toBe('width=device-width, initial-scale=1, viewport-fit=cover');
  });

  it('has no JS and none of the app CSS; the hero fits the column', async () => {
    const { html, document } = await floorOf(`<figure class="figure figure--hero">${PICTURE}</figure>`);
    expect(html).not.toMatch(/<script/i);
    expect(document.querySelectorAll('script, link[rel="stylesheet"], link[rel="modulepreload"]')).toHaveLength(0);
    expect(document.querySelectorAll('style')).toHaveLength(1);
    expect(document.querySelector('style')!.textContent).toMatch(/img\{[^}]*max-width:100%;height:auto/);
  });

  it('takes a hero that is a bare <img>', async () => {
    const { document } = await floorOf(`<figure class="figure figure--hero"><img src="/media/images/hero.svg" alt="" width="1200" height="675" fetchPriority="high"/></figure>`);
    expect(document.querySelector('main img')?.getAttribute('src')).toBe('/media/images/hero.svg');
  });

  it('fails clearly when the article has no hero', async () => {
    const dir = await dist('<figure class="figure"><img src="/media/images/inline.svg" alt=""/></figure>');
    await expect(writeFloor(dir, 'story')).rejects.toThrow(/no hero image/);
  });
});
