import { InstantSchema } from '../../model/article';
import type { Block, Image } from '../../model/block';
import type { ArticleSource } from '../../model/content';
import { MAX_STANDFIRST_LENGTH, MAX_TITLE_LENGTH } from '../../model/limits';
import { articleSource, type ArticlePlace, type ReportProblem } from '../article-source';
import { capText } from '../cap-text';
import { htmlToBlocks } from '../html/html-to-blocks';
import { collapsePlainText } from '../html/plain-text';
import type { KeepImage } from '../image-hosts';
import { firstWords, standfirstFromBody } from '../standfirst';
import { textToBlocks } from '../text-to-blocks';
import { safeUrl } from '../urls';
import type { Warn } from '../warnings';
import type { FeedItem } from './feed-schema';

export interface ItemLinks extends ArticlePlace {
  /** Where relative URLs in content_html resolve: the item's url, else the feed's home page. */
  baseUrl?: string;
  rewriteHref: (href: string) => string;
  keepImage: KeepImage;
}


/** An RFC 3339 date → an instant our schema takes, or undefined. */
export function feedInstant(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (InstantSchema.safeParse(value).success) return value;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/**
 * The hero from `image` (else `banner_image`). A JSON Feed gives only a URL; our images need a size, so
 * the size is taken from the same image in the content, or the hero is dropped with a warning.
 */
function heroOf(item: FeedItem, body: readonly Block[], links: ItemLinks, warn: Warn): Image | undefined {
  const raw = item.image ?? item.banner_image;
  if (raw === undefined) return undefined;
  const src = safeUrl(raw, 'image', links.baseUrl);
  if (!src) {
    warn('unsafe-url', 'image', raw.slice(0, 80));
    return undefined;
  }
  if (!links.keepImage(src)) {
    warn('image-private-address', 'image', src);
    return undefined;
  }
  const same = body.find((b) => b.type === 'image' && b.src === src);
  if (same?.type !== 'image') {
    warn('hero-dropped', 'no size known (JSON Feed images have no width/height)', src);
    return undefined;
  }
  const { type: _type, caption: _caption, ...image } = same;
  return image;
}

/** One JSON Feed item → one article. Problems are reported with the feed field they are in. */
export function mapItem(item: FeedItem, links: ItemLinks, warn: Warn, problem: ReportProblem): ArticleSource | undefined {
  let ok = true;
  const fail: ReportProblem = (field, message) => {
    ok = false;
    problem(field, message);
  };
  const body =
    item.content_html !== undefined
      ? htmlToBlocks(item.content_html, { baseUrl: links.baseUrl, rewriteHref: links.rewriteHref, keepImage: links.keepImage, warn })
      : textToBlocks(item.content_text ?? '');

  const summary = collapsePlainText(item.summary ?? '');
  let title = collapsePlainText(item.title ?? '');
  if (title === '') {
    title = firstWords(summary || standfirstFromBody(body, 12), 12);
    if (title === '') fail('title', 'expected a title, or a summary or content to take one from');
    else warn('title-derived');
  }
  let standfirst = summary;
  if (standfirst === '') {
    warn('standfirst-derived');
    standfirst = standfirstFromBody(body) || title;
  }

  const publishedAt = feedInstant(item.date_published) ?? feedInstant(item.date_modified);
  if (!publishedAt) {
    fail('date_published', `expected date_published as an RFC 3339 date, e.g. "2026-03-01T09:00:00Z", got ${JSON.stringify(item.date_published)}`);
  }
  const modified = feedInstant(item.date_modified);
  const updatedAt = modified && publishedAt && Date.parse(modified) > Date.parse(publishedAt) ? modified : undefined;
  if (!ok || !publishedAt) return undefined;
  title = capText(title, MAX_TITLE_LENGTH, warn, 'title');
  standfirst = capText(standfirst, MAX_STANDFIRST_LENGTH, warn, 'standfirst');

  const hero = heroOf(item, body, links, warn);
  const finalBody: Block[] = body.length > 0 ? body : [{ type: 'paragraph', content: [{ type: 'text', text: standfirst }] }];
  if (body.length === 0) warn('body-empty');
  return articleSource(links, { title, standfirst, publishedAt, updatedAt, mustRead: false, hero, body: finalBody });
}
