import type { Block, Image } from '../../model/block';
import type { ArticleSource } from '../../model/content';
import { MAX_STANDFIRST_LENGTH, MAX_TITLE_LENGTH } from '../../model/limits';
import { articleSource, type ArticlePlace, type ReportProblem } from '../article-source';
import { capText } from '../cap-text';
import type { ImageLookup } from '../html/context';
import type { KeepImage } from '../image-hosts';
import { classList, type HtmlElement } from '../html/html-node';
import { htmlToBlocks } from '../html/html-to-blocks';
import { htmlToText } from '../html/plain-text';
import { cleanExcerpt, standfirstFromBody } from '../standfirst';
import { isHttpUrl } from '../urls';
import type { Warn } from '../warnings';
import { wpGmtToInstant } from './dates';
import type { WpPost } from './wp-schemas';

/** Everything about a post that depends on the rest of the import, resolved beforehand. */
export interface PostLinks extends ArticlePlace {
  hero?: Image;
  /** Where relative URLs resolve when the post's own link is not an absolute URL. */
  siteUrl?: string;
  knownImage: ImageLookup;
  keepImage: KeepImage;
  rewriteHref: (href: string) => string;
}


/** Theme-added "Continue reading" links and screen-reader-only text in excerpts. */
const skipInExcerpt = (element: HtmlElement) =>
  classList(element).some((c) => c === 'more-link' || c === 'screen-reader-text');

/**
 * One WordPress post → one Dateline article: title and excerpt to plain text, content to typed blocks,
 * *_gmt dates to instants, sticky to must-read. Problems (a missing title, a bad date) are reported
 * with the WordPress field they are in; the article is returned only if there were none.
 */
export function mapPost(post: WpPost, links: PostLinks, warn: Warn, problem: ReportProblem): ArticleSource | undefined {
  let ok = true;
  const fail: ReportProblem = (field, message) => {
    ok = false;
    problem(field, message);
  };

  const title = capText(htmlToText(post.title.rendered), MAX_TITLE_LENGTH, warn, 'title');
  if (title === '') fail('title.rendered', `a title is required: expected a headline, got ${JSON.stringify(post.title.rendered)}`);

  const publishedAt = wpGmtToInstant(post.date_gmt);
  if (!publishedAt) fail('date_gmt', `expected the publication time in UTC like "2024-03-05T10:00:00", got ${JSON.stringify(post.date_gmt)}`);
  const modified = post.modified_gmt ? wpGmtToInstant(post.modified_gmt) : undefined;
  if (post.modified_gmt && !modified) fail('modified_gmt', `expected the modification time in UTC like "2024-03-05T10:00:00", got ${JSON.stringify(post.modified_gmt)}`);
  let updatedAt: string | undefined;
  if (modified && publishedAt) {
    if (Date.parse(modified) > Date.parse(publishedAt)) updatedAt = modified;
    else if (Date.parse(modified) < Date.parse(publishedAt)) warn('date-adjusted', undefined, `${post.modified_gmt} < ${post.date_gmt}`);
  }

  const baseUrl = isHttpUrl(post.link) ? post.link : links.siteUrl;
  let body: Block[] = htmlToBlocks(post.content.rendered, { baseUrl, knownImage: links.knownImage, keepImage: links.keepImage, rewriteHref: links.rewriteHref, warn });

  let standfirst = cleanExcerpt(htmlToText(post.excerpt?.rendered ?? '', { skip: skipInExcerpt }));
  if (standfirst === '') {
    warn('standfirst-derived');
    standfirst = standfirstFromBody(body) || title;
  }
  if (body.length === 0) {
    warn('body-empty');
    body = [{ type: 'paragraph', content: [{ type: 'text', text: standfirst || title || ' ' }] }];
  }
  if (!ok || !publishedAt) return undefined;
  standfirst = capText(standfirst, MAX_STANDFIRST_LENGTH, warn, 'standfirst');

  return articleSource(links, { title, standfirst, publishedAt, updatedAt, mustRead: post.sticky === true, hero: links.hero, body });
}
