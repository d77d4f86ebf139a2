import { element, xmlDocument } from './xml';
import { feedStories, feedUpdated, type FeedInput, type FeedSite } from './feed-input';

/** Text as HTML that shows exactly that text: RSS descriptions are HTML by convention, so a standfirst must be escaped as HTML before XML. */
function htmlOfText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** RSS 2.0. Titles and names are text; an item's description is the standfirst as HTML-escaped text. */
export function renderRss(input: FeedInput, site: FeedSite): string {
  const items = feedStories(input, site).map(({ story, link, image, updated, categoryUrl }) =>
    element(
      'item',
      {},
      element('title', {}, story.title),
      element('link', {}, link),
      element('guid', { isPermaLink: 'false' }, link),
      element('pubDate', {}, updated.toUTCString()),
      element('description', {}, htmlOfText(story.standfirst)),
      element('dc:creator', {}, story.author.name),
      element('category', { domain: categoryUrl }, story.category.name),
      ...(image ? [element('enclosure', { url: image.url, length: '0', type: image.type })] : []),
    ),
  );
  const channel = element(
    'channel',
    {},
    element('title', {}, input.title),
    element('link', {}, input.home),
    element('description', {}, input.description),
    element('lastBuildDate', {}, feedUpdated(input).toUTCString()),
    element('docs', {}, 'https://validator.w3.org/feed/docs/rss2.html'),
    element('generator', {}, 'Dateline'),
    element('language', {}, site.lang),
    element('copyright', {}, `© ${site.copyright}`),
    element('atom:link', { href: site.absolute(input.paths.rss), rel: 'self', type: 'application/rss+xml' }),
    ...items,
  );
  return xmlDocument(element('rss', { version: '2.0', 'xmlns:atom': 'http://www.w3.org/2005/Atom', 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' }, channel));
}
