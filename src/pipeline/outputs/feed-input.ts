import type { ArticleSummary } from '../../model/article';
import type { FeedPaths } from '../../model/site-url';

/** One feed: the site's or a section's, with its newest stories. */
export interface FeedInput {
  title: string;
  description: string;
  /** Absolute URL of the page the feed follows. */
  home: string;
  paths: FeedPaths;
  items: readonly ArticleSummary[];
}

/** What every feed of a site shares. */
export interface FeedSite {
  absolute: (p: string) => string;
  lang: string;
  siteName: string;
  /** Who holds the copyright (site.json `copyright`, else the site's name). */
  copyright: string;
}

/** When a feed last changed: its newest story's last update, or the epoch for an empty feed (reproducible builds). */
export function feedUpdated(input: FeedInput): Date {
  const newest = input.items[0];
  return newest ? new Date(newest.updatedAt ?? newest.publishedAt) : new Date(0);
}


const IMAGE_TYPES: Readonly<Record<string, string>> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
};

/** A story's picture as an absolute URL and its media type, when it has one. */
function storyImage(story: ArticleSummary, site: FeedSite): { url: string; type: string } | undefined {
  if (!story.image) return undefined;
  const url = site.absolute(story.image.src);
  const ext = /\.([a-z0-9]+)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase() ?? '';
  return { url, type: IMAGE_TYPES[ext] ?? 'image/*' };
}

/** A story with the addresses and dates every feed format writes. */
export interface FeedStory {
  story: ArticleSummary;
  link: string;
  image?: { url: string; type: string };
  /** The last change: updatedAt, else publishedAt. */
  updated: Date;
  authorUrl: string;
  categoryUrl: string;
}

export function feedStories(input: FeedInput, site: FeedSite): FeedStory[] {
  return input.items.map((story) => ({
    story,
    link: site.absolute(`article/${story.slug}`),
    image: storyImage(story, site),
    updated: new Date(story.updatedAt ?? story.publishedAt),
    authorUrl: site.absolute(`author/${story.author.slug}`),
    categoryUrl: site.absolute(`category/${story.category.path}`),
  }));
}
