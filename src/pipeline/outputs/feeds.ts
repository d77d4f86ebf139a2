import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Feed } from 'feed';
import type { ArticleSummary } from '../../model/article';
import { feedPaths, type FeedPaths } from '../../model/site-url';
import type { CompiledSite } from '../api/api-documents';

/** How many of the newest stories a feed carries. */
export const FEED_SIZE = 30;


interface FeedInput {
  title: string;
  description: string;
  /** Absolute URL of the page the feed follows. */
  home: string;
  paths: FeedPaths;
  items: readonly ArticleSummary[];
}

/**
 * RSS 2.0 and Atom from the `feed` library; JSON Feed 1.1 as a typed object (the library writes 1.0).
 */
export function renderFeeds(input: FeedInput, absolute: (p: string) => string, lang: string, siteName: string): Record<keyof FeedPaths, string> {
  const updated = input.items[0] ? new Date(input.items[0].updatedAt ?? input.items[0].publishedAt) : new Date(0);
  const feed = new Feed({
    id: input.home,
    title: input.title,
    description: input.description,
    link: input.home,
    language: lang,
    updated,
    generator: 'Dateline',
    copyright: `© ${siteName}`,
    feedLinks: { rss: absolute(input.paths.rss), atom: absolute(input.paths.atom), json: absolute(input.paths.json) },
  });
  for (const story of input.items) {
    const link = absolute(`article/${story.slug}`);
    feed.addItem({
      id: link,
      guid: link,
      title: story.title,
      link,
      description: story.standfirst,
      date: new Date(story.updatedAt ?? story.publishedAt),
      published: new Date(story.publishedAt),
      author: [{ name: story.author.name, link: absolute(`author/${story.author.slug}`) }],
      category: [{ name: story.category.name, domain: absolute(`category/${story.category.path}`) }],
      image: story.image ? absolute(story.image.src) : undefined,
    });
  }
  const jsonFeed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: input.title,
    home_page_url: input.home,
    feed_url: absolute(input.paths.json),
    description: input.description,
    language: lang,
    items: input.items.map((story) => ({
      id: absolute(`article/${story.slug}`),
      url: absolute(`article/${story.slug}`),
      title: story.title,
      summary: story.standfirst,
      content_text: story.standfirst,
      date_published: story.publishedAt,
      ...(story.updatedAt ? { date_modified: story.updatedAt } : {}),
      ...(story.image ? { image: absolute(story.image.src) } : {}),
      authors: [{ name: story.author.name, url: absolute(`author/${story.author.slug}`) }],
      language: story.lang,
      tags: [story.category.name],
    })),
  };
  return { rss: feed.rss2(), atom: feed.atom1(), json: JSON.stringify(jsonFeed, null, 2) };
}

/** Writes the site-wide feeds and one set per category. */
export async function writeFeeds(site: CompiledSite, outDir: string, absolute: (p: string) => string): Promise<number> {
  const { content, summaries, categories } = site;
  const inputs: FeedInput[] = [
    { title: content.site.name, description: content.site.description, home: absolute(''), paths: feedPaths(), items: summaries.slice(0, FEED_SIZE) },
    ...[...categories.values()].map((category) => ({
      title: `${category.name} — ${content.site.name}`,
      description: category.description ?? `The latest ${category.name} stories from ${content.site.name}.`,
      home: absolute(`category/${category.path}`),
      paths: feedPaths(category.path),
      items: summaries.filter((s) => s.category.path === category.path || s.category.path.startsWith(`${category.path}/`)).slice(0, FEED_SIZE),
    })),
  ];
  for (const input of inputs) {
    const rendered = renderFeeds(input, absolute, content.site.lang, content.site.name);
    await mkdir(path.join(outDir, path.dirname(input.paths.rss)), { recursive: true });
    await Promise.all((Object.keys(rendered) as (keyof FeedPaths)[]).map((kind) => writeFile(path.join(outDir, input.paths[kind]), rendered[kind])));
  }
  return inputs.length * 3;
}
