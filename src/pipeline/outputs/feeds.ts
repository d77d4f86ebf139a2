import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadStrings } from '../../i18n/catalogue';
import type { ArticleSummary } from '../../model/article';
import { categoryLineage } from '../../model/category-path';
import { feedPaths, type FeedPaths } from '../../model/site-url';
import type { CompiledSite } from '../api/api-documents';
import { renderAtom } from './atom-feed';
import type { FeedInput, FeedSite } from './feed-input';
import { renderJsonFeed } from './json-feed';
import { renderRss } from './rss-feed';

/** How many of the newest stories a feed carries. */
export const FEED_SIZE = 30;

/**
 * RSS 2.0, Atom and JSON Feed 1.1 of one feed, written by our own small XML writer (./xml.ts) rather
 * than a library that passed headlines through as HTML: every title and name is text.
 */
export function renderFeeds(input: FeedInput, site: FeedSite): Record<keyof FeedPaths, string> {
  return { rss: renderRss(input, site), atom: renderAtom(input, site), json: renderJsonFeed(input, site) };
}

/** The newest FEED_SIZE stories of each category and its subcategories, in one pass that stops once every feed is full. */
function newestByCategory(summaries: readonly ArticleSummary[], categories: number): Map<string, ArticleSummary[]> {
  const lists = new Map<string, ArticleSummary[]>();
  let full = 0;
  for (const summary of summaries) {
    for (const path of categoryLineage(summary.category.path)) {
      const list = lists.get(path) ?? [];
      if (list.length === 0) lists.set(path, list);
      if (list.length < FEED_SIZE && list.push(summary) === FEED_SIZE) full += 1;
    }
    if (full === categories) break;
  }
  return lists;
}

/** Writes the site-wide feeds and one set per category. */
export async function writeFeeds(site: CompiledSite, outDir: string, absolute: (p: string) => string): Promise<number> {
  const { content, summaries, categories } = site;
  const t = await loadStrings(content.site.lang);
  const newest = newestByCategory(summaries, categories.size);
  const feedSite: FeedSite = { absolute, lang: content.site.lang, siteName: content.site.name, copyright: content.site.copyright ?? content.site.name };
  const inputs: FeedInput[] = [
    { title: content.site.name, description: content.site.description, home: absolute(''), paths: feedPaths(), items: summaries.slice(0, FEED_SIZE) },
    ...[...categories.values()].map((category) => ({
      title: `${category.name} — ${content.site.name}`,
      description: category.description ?? t.feeds.sectionDescription(category.name, content.site.name),
      home: absolute(`category/${category.path}`),
      paths: feedPaths(category.path),
      items: newest.get(category.path) ?? [],
    })),
  ];
  for (const input of inputs) {
    const rendered = renderFeeds(input, feedSite);
    await mkdir(path.join(outDir, path.dirname(input.paths.rss)), { recursive: true });
    await Promise.all((Object.keys(rendered) as (keyof FeedPaths)[]).map((kind) => writeFile(path.join(outDir, input.paths[kind]), rendered[kind])));
  }
  return inputs.length * 3;
}
