import { feedStories, type FeedInput, type FeedSite } from './feed-input';

/** JSON Feed 1.1 as a typed object (the `feed` library writes 1.0); JSON.stringify does the escaping. */
export function renderJsonFeed(input: FeedInput, site: FeedSite): string {
  const { absolute } = site;
  const jsonFeed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: input.title,
    home_page_url: input.home,
    feed_url: absolute(input.paths.json),
    description: input.description,
    language: site.lang,
    items: feedStories(input, site).map(({ story, link, authorUrl }) => ({
      id: link,
      url: link,
      title: story.title,
      summary: story.standfirst,
      content_text: story.standfirst,
      date_published: story.publishedAt,
      ...(story.updatedAt ? { date_modified: story.updatedAt } : {}),
      ...(story.image ? { image: absolute(story.image.src) } : {}),
      authors: [{ name: story.author.name, url: authorUrl }],
      language: story.lang,
      tags: [story.category.name],
    })),
  };
  return JSON.stringify(jsonFeed, null, 2);
}
