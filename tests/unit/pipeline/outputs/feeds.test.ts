// @vitest-environment node
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { xml2js, type Element } from 'xml-js';
import { absoluteUrl } from '../../../../src/model/site-url';
import { compileSite } from '../../../../src/pipeline/api/api-documents';
import { writeFeeds } from '../../../../src/pipeline/outputs/feeds';
import { makeTempDir, removeContentDirs } from '../../../fixtures/content';
import { syntheticLoaded } from '../../../fixtures/synthetic-site';

afterAll(removeContentDirs);

const absolute = (p: string) => absoluteUrl({ origin: 'https://news.example.org', base: '/' }, p);

/** Headlines and standfirsts that are markup, entities or CDATA to a careless writer. */
const HOSTILE = [
  'Prices </title><img src=x onerror=alert(1)>',
  'Fish & chips: 5 < 6 > 3, "quoted" and \'single\'',
  'CDATA ]]> breakout <![CDATA[ inside ]]> twice ]]>',
  '&amp; stays &amp;, &lt;b&gt; stays &lt;b&gt;',
  '</description></item><item><title>injected</title>',
  'Line\r\nbreak\tand tab, 😀 and سلام',
];

/** The site's feeds, written to disk, with story i titled and summarised by HOSTILE[i] and a hostile site and section. */
async function hostileFeeds() {
  const content = syntheticLoaded(HOSTILE.length);
  content.site = { ...content.site, name: HOSTILE[0]!, description: HOSTILE[2]! };
  content.categories = content.categories.map((c) => ({ ...c, name: `${c.name} ${HOSTILE[1]}` }));
  content.authors = content.authors.map((a) => ({ ...a, name: `${a.name} ${HOSTILE[4]}` }));
  const site = compileSite(content);
  // Give each story, newest first, its hostile text after compiling (the order is the feed's order).
  site.summaries.forEach((story, i) => Object.assign(story, { title: HOSTILE[i], standfirst: HOSTILE[HOSTILE.length - 1 - i] }));
  const out = await makeTempDir();
  await writeFeeds(site, out, absolute);
  const read = (file: string) => readFile(path.join(out, 'feeds', file), 'utf8');
  return { site, rss: await read('rss.xml'), atom: await read('atom.xml'), json: await read('feed.json') };
}

const children = (el: Element | undefined): Element[] => (el?.elements ?? []).filter((e) => e.type === 'element');
const child = (el: Element | undefined, name: string): Element | undefined => children(el).find((e) => e.name === name);
/** The text of an element as a parser reads it (entities decoded, CDATA included). */
const text = (el: Element | undefined): string => (el?.elements ?? []).map((e) => (e.type === 'text' ? String(e.text) : e.type === 'cdata' ? String(e.cdata) : '')).join('');
const names = (el: Element | undefined) => children(el).map((e) => e.name);
function allNames(el: Element): string[] {
  const found: string[] = [];
  const stack = [el];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.type === 'element') found.push(next.name!);
    stack.push(...(next.elements ?? []));
  }
  return found;
}

/** What a reader shows for an RSS description, which is HTML: the text of that HTML. */
const htmlText = (html: string) => {
  expect(html).not.toMatch(/[<>]/);
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
};

describe('feeds: titles and standfirsts are text, whatever they hold', () => {
  it('RSS: each title parses back to the exact headline, each description shows the exact standfirst, nothing is injected', async () => {
    const { site, rss } = await hostileFeeds();
    const doc = xml2js(rss) as Element;
    const channel = child(child(doc, 'rss'), 'channel');
    expect(text(child(channel, 'title'))).toBe(HOSTILE[0]);
    expect(text(child(channel, 'description'))).toBe(HOSTILE[2]);
    const items = children(channel).filter((e) => e.name === 'item');
    expect(items).toHaveLength(HOSTILE.length);
    items.forEach((item, i) => {
      expect(text(child(item, 'title'))).toBe(HOSTILE[i]);
      expect(child(item, 'title')!.attributes).toBeUndefined();
      expect(htmlText(text(child(item, 'description')))).toBe(HOSTILE[HOSTILE.length - 1 - i]);
    });
    items.forEach((item, i) => {
      const enclosure = site.summaries[i]!.image ? ['enclosure'] : [];
      expect(names(item)).toEqual(['title', 'link', 'guid', 'pubDate', 'description', 'dc:creator', 'category', ...enclosure]);
      expect(text(child(item, 'dc:creator'))).toBe(site.summaries[i]!.author.name);
      expect(text(child(item, 'category'))).toBe(site.summaries[i]!.category.name);
      expect(Object.keys(child(item, 'category')!.attributes!)).toEqual(['domain']);
    });
    expect(allNames(doc)).not.toContain('img');
  });

  it('Atom: titles and summaries are type="text" and parse back exactly, nothing is injected', async () => {
    const { site, atom } = await hostileFeeds();
    const feed = child(xml2js(atom) as Element, 'feed');
    expect(text(child(feed, 'title'))).toBe(HOSTILE[0]);
    expect(text(child(feed, 'subtitle'))).toBe(HOSTILE[2]);
    const entries = children(feed).filter((e) => e.name === 'entry');
    expect(entries).toHaveLength(HOSTILE.length);
    entries.forEach((entry, i) => {
      const enclosure = site.summaries[i]!.image ? ['link'] : [];
      expect(names(entry)).toEqual(['title', 'id', 'link', ...enclosure, 'updated', 'summary', 'author', 'category', 'published']);
      expect(child(entry, 'title')!.attributes).toEqual({ type: 'text' });
      expect(text(child(entry, 'title'))).toBe(HOSTILE[i]);
      expect(child(entry, 'summary')!.attributes).toEqual({ type: 'text' });
      expect(text(child(entry, 'summary'))).toBe(HOSTILE[HOSTILE.length - 1 - i]);
      expect(text(child(child(entry, 'author'), 'name'))).toBe(site.summaries[i]!.author.name);
      expect(child(entry, 'category')!.attributes).toEqual({ term: site.summaries[i]!.category.path, label: site.summaries[i]!.category.name, scheme: absolute('category/') });
    });
    expect(allNames(feed!)).not.toContain('img');
  });

  it('JSON Feed: titles and summaries are the exact strings', async () => {
    const { json } = await hostileFeeds();
    const feed = JSON.parse(json) as { title: string; items: { title: string; summary: string; content_text: string }[] };
    expect(feed.title).toBe(HOSTILE[0]);
    expect(feed.items.map((i) => i.title)).toEqual(HOSTILE);
    expect(feed.items.map((i) => i.summary)).toEqual([...HOSTILE].reverse());
    expect(feed.items.map((i) => i.content_text)).toEqual([...HOSTILE].reverse());
  });

  it('drops the characters XML cannot carry, so the feed still parses', async () => {
    const content = syntheticLoaded(1);
    const site = compileSite(content);
    Object.assign(site.summaries[0]!, { title: 'Bell\u0007 and null\u0000 and lone \ud800 surrogate' });
    const out = await makeTempDir();
    await writeFeeds(site, out, absolute);
    const rss = xml2js(await readFile(path.join(out, 'feeds/rss.xml'), 'utf8')) as Element;
    const item = child(child(child(rss, 'rss'), 'channel'), 'item');
    expect(text(child(item, 'title'))).toBe('Bell and null and lone  surrogate');
    const atom = xml2js(await readFile(path.join(out, 'feeds/atom.xml'), 'utf8')) as Element;
    expect(text(child(child(child(atom, 'feed'), 'entry'), 'title'))).toBe('Bell and null and lone  surrogate');
  });
});
