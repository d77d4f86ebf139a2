import { element, xmlDocument } from './xml';
import { feedStories, feedUpdated, type FeedInput, type FeedSite } from './feed-input';

/** Atom 1.0. Titles and summaries are `type="text"`: a reader shows them as they are, never as markup. */
export function renderAtom(input: FeedInput, site: FeedSite): string {
  const entries = feedStories(input, site).map(({ story, link, image, updated, authorUrl }) =>
    element(
      'entry',
      {},
      element('title', { type: 'text' }, story.title),
      element('id', {}, link),
      element('link', { href: link }),
      ...(image ? [element('link', { rel: 'enclosure', href: image.url, type: image.type })] : []),
      element('updated', {}, updated.toISOString()),
      element('summary', { type: 'text' }, story.standfirst),
      element('author', {}, element('name', {}, story.author.name), element('uri', {}, authorUrl)),
      element('category', { term: story.category.path, label: story.category.name, scheme: site.absolute('category/') }),
      element('published', {}, new Date(story.publishedAt).toISOString()),
    ),
  );
  const feed = element(
    'feed',
    { xmlns: 'http://www.w3.org/2005/Atom' },
    element('id', {}, input.home),
    element('title', { type: 'text' }, input.title),
    element('updated', {}, feedUpdated(input).toISOString()),
    element('generator', {}, 'Dateline'),
    element('link', { rel: 'alternate', href: input.home }),
    element('link', { rel: 'self', href: site.absolute(input.paths.atom) }),
    element('subtitle', { type: 'text' }, input.description),
    element('rights', { type: 'text' }, `© ${site.copyright}`),
    ...entries,
  );
  return xmlDocument(feed);
}
