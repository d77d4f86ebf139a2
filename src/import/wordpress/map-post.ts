import type { Block, Image } from '../../model/block';
import type { ArticleSource } from '../../model/content';
import { MAX_STANDFIRST_LENGTH, MAX_TITLE_LENGTH } from '../../model/limits';
import { articleSource, type ArticlePlace } from '../article-source';
import { capText } from '../cap-text';
import type { ImageLookup } from '../html/context';
import type { KeepImage } from '../image-hosts';
import { classList, type HtmlElement } from '../html/html-node';
import { htmlToBlocks } from '../html/html-to-blocks';
import { htmlToText } from '../html/plain-text';
import { cleanExcerpt, standfirstFromBody } from '../standfirst';
import { isHttpUrl } from '../urls';
import type { Warn } from '../warnings';
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
 * One WordPress post (validated: it has a title, a publication date and content) → one Dateline
 * article: title and excerpt to plain text, content to typed blocks, sticky to must-read.
 */
export function mapPost(post: WpPost, links: PostLinks, warn: Warn): ArticleSource {
  const title = capText(htmlToText(post.title.rendered), MAX_TITLE_LENGTH, warn, 'title');
  const publishedAt = post.date_gmt;
  let updatedAt: string | undefined;
  if (post.modified_gmt) {
    if (Date.parse(post.modified_gmt) > Date.parse(publishedAt)) updatedAt = post.modified_gmt;
    else if (Date.parse(post.modified_gmt) < Date.parse(publishedAt)) warn('date-adjusted', undefined, `${post.modified_gmt} < ${post.date_gmt}`);
  }

  const baseUrl = post.link && isHttpUrl(post.link) ? post.link : links.siteUrl;
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
  standfirst = capText(standfirst, MAX_STANDFIRST_LENGTH, warn, 'standfirst');

  return articleSource(links, { title, standfirst, publishedAt, updatedAt, mustRead: post.sticky === true, hero: links.hero, body });
}
