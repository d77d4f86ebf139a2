import type { Block, Image } from '../../model/block';
import type { ArticleSource, AuthorSource, CategorySource, TagSource } from '../../model/content';
import { MAX_NAME_LENGTH, MAX_STANDFIRST_LENGTH, MAX_TITLE_LENGTH } from '../../model/limits';
import type { ContentProblem } from '../../pipeline/content/content-error';
import { articleSource } from '../article-source';
import { capText } from '../cap-text';
import type { ImportedContent, ItemOrigin } from '../content-bundle';
import { htmlToBlocks } from '../html/html-to-blocks';
import { collapsePlainText, htmlToText } from '../html/plain-text';
import { rewriteLinks, runSteps } from '../html/steps';
import { positiveInt } from '../html/srcset';
import { keepImageFor, type KeepImage } from '../image-hosts';
import { lastPathSegment, nameSlug, shortHash } from '../jsonfeed/feed-ids';
import { normaliseLang } from '../lang';
import { ImportError } from '../problems';
import { siteSource } from '../site';
import { latinSlug, uniqueSlugs } from '../slugs';
import { cleanExcerpt, firstWords, standfirstFromBody } from '../standfirst';
import { textToBlocks } from '../text-to-blocks';
import { safeUrl } from '../urls';
import type { Warn, Warnings } from '../warnings';
import { LinkMap } from '../wordpress/link-map';
import { feedDate } from './feed-date';
import type { FeedEntry, FeedHead, FeedMedia, FeedPerson, FeedText } from './xml-feed';

/** The size given to a hero whose feed states none (an enclosure, a bare media:thumbnail): 3:2. */
export const DEFAULT_HERO_SIZE = { width: 1200, height: 800 } as const;

export interface XmlFeedImportOptions {
  /** Language of the items, unless an item says otherwise; default: the feed's, else "en". */
  lang?: string;
}

/** Where a document of the feed came from: the file or URL (for messages) and the URL it was fetched from. */
export interface FeedPage {
  file: string;
  url?: string;
}

/** An item mapped as it was read, waiting for its slug (which needs every item) and its links rewritten. */
interface Pending {
  file: string;
  /** "item 3 (guid "…")", without the slug. */
  label: string;
  /** A stable identity: guid, Atom id, else link, else a hash of title and date. */
  id: string;
  link?: string;
  slugBase: string;
  categories: string[];
  person?: FeedPerson;
  lang?: string;
  article: ArticleSource;
}

const textValue = (text: FeedText | undefined) => (text === undefined ? '' : text.type === 'html' ? htmlToText(text.value) : collapsePlainText(text.value));

/** Text that may hold markup (an RSS title often carries entities or a stray <em>) → plain text. */
function plainTitle(text: FeedText | undefined): string {
  if (text === undefined) return '';
  return text.type === 'html' && /[<&]/.test(text.value) ? htmlToText(text.value) : collapsePlainText(text.value);
}

function bodyOf(text: FeedText, baseUrl: string | undefined, keepImage: KeepImage, warn: Warn): Block[] {
  return text.type === 'html' ? htmlToBlocks(text.value, { baseUrl, keepImage, warn }) : textToBlocks(text.value);
}

const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.gif', '.webp', '.avif'];

/** An image by its medium or type; media:content saying neither, by its file name. */
function isImage(m: FeedMedia): boolean {
  if (m.medium !== undefined || m.type !== undefined) return m.medium?.toLowerCase() === 'image' || (m.type ?? '').toLowerCase().startsWith('image/');
  if (m.kind !== 'content') return false;
  try {
    const file = new URL(m.url, 'https://x.invalid/').pathname.toLowerCase();
    return IMAGE_EXTENSIONS.some((ext) => file.endsWith(ext));
  } catch {
    return false;
  }
}

/** media:content (an image), else media:thumbnail, else an image enclosure: the first that is safe to keep. */
function heroOf(entry: FeedEntry, body: readonly Block[], baseUrl: string | undefined, keepImage: KeepImage, warn: Warn, sizeAssumed: Set<string>): Image | undefined {
  const candidates = [
    ...entry.media.filter((m) => m.kind === 'content' && isImage(m)),
    ...entry.media.filter((m) => m.kind === 'thumbnail'),
    ...entry.media.filter((m) => m.kind === 'enclosure' && isImage(m)),
  ];
  for (const media of candidates) {
    const src = safeUrl(media.url, 'image', baseUrl);
    if (!src) {
      warn('unsafe-url', `media ${media.kind}`, media.url.slice(0, 80));
      continue;
    }
    if (!keepImage(src)) {
      warn('image-private-address', `media ${media.kind}`, src);
      continue;
    }
    const width = positiveInt(media.width);
    const height = positiveInt(media.height);
    if (width !== undefined && height !== undefined) return { src, alt: '', width, height };
    const same = body.find((b) => b.type === 'image' && b.src === src);
    if (same?.type === 'image') return { src, alt: same.alt, width: same.width, height: same.height };
    warn('hero-size-assumed', `${DEFAULT_HERO_SIZE.width}×${DEFAULT_HERO_SIZE.height}`, src);
    sizeAssumed.add(src);
    return { src, alt: '', ...DEFAULT_HERO_SIZE };
  }
  return undefined;
}

/** The name to credit: Atom/RSS name, else an email's local part (the address itself is not published). */
function personName(person: FeedPerson | undefined): string {
  if (!person) return '';
  return collapsePlainText(person.name ?? person.email?.split('@')[0] ?? '');
}

function entryLabel(entry: FeedEntry, title: string): string {
  const key = entry.guid ?? entry.id;
  if (key !== undefined) return `item ${entry.index} (${entry.guid !== undefined ? 'guid' : 'id'} ${JSON.stringify(key.slice(0, 120))})`;
  return title ? `item ${entry.index} (${JSON.stringify(title.slice(0, 80))})` : `item ${entry.index}`;
}

/**
 * RSS 2.0 / Atom 1.0 items → Dateline content, one item at a time (add), then the whole (finish). Like
 * the JSON Feed importer: an item's first category is its category, all of them are its tags; items
 * without categories go into one named after the feed; the author is the item's, else the feed's, else
 * the feed itself. Problems (no title to be had, no date) are gathered and thrown together by finish.
 */
export class XmlFeedImport {
  private readonly pending: Pending[] = [];
  private readonly problems: ContentProblem[] = [];
  private readonly ids = new Set<string>();
  private readonly sizeAssumed = new Set<string>();
  private keepImage: KeepImage | undefined;

  constructor(
    private readonly warnings: Warnings,
    private readonly options: XmlFeedImportOptions = {},
  ) {}

  /** Maps one item of the document `page`; `head` is its channel/feed as read so far (its link and language come before the items). */
  add(entry: FeedEntry, page: FeedPage, head: { link?: string; lang?: string; format: FeedHead['format'] }): void {
    this.keepImage ??= keepImageFor(page.url);
    const keepImage = this.keepImage;
    const rawTitle = plainTitle(entry.title);
    const label = entryLabel(entry, rawTitle);
    const warn = this.warnings.scoped(page.file, label);
    const problem = (field: string, message: string) => this.problems.push({ file: page.file, item: label, field, message });
    const homeUrl = (head.link && safeUrl(head.link, 'link', page.url)) || page.url;
    const permaGuid = entry.guid !== undefined && entry.guidIsPermaLink ? entry.guid : undefined;
    const rawLink = entry.link ?? permaGuid;
    const link = rawLink === undefined ? undefined : safeUrl(rawLink, 'link', homeUrl);
    if (rawLink !== undefined && !link) warn('unsafe-url', 'link', rawLink.slice(0, 80));
    const baseUrl = link ?? homeUrl;
    const rss = head.format === 'rss';
    const rawDate = rss ? (entry.pubDate ?? entry.dcDate) : (entry.published ?? entry.updated);
    // Pages of a feed overlap when stories are published while it is read: an item is imported once.
    const id = entry.guid ?? entry.id ?? link ?? `${rawTitle}\u0000${rawDate}`;
    if (this.ids.has(id)) {
      warn('item-duplicate', undefined, id.slice(0, 120));
      return;
    }
    this.ids.add(id);

    const content = entry.content ?? entry.summary;
    const body = content ? bodyOf(content, baseUrl, keepImage, warn) : [];
    const summary = entry.content && entry.summary ? cleanExcerpt(textValue(entry.summary)) : '';

    let title = rawTitle;
    if (title === '') {
      title = firstWords(summary || standfirstFromBody(body, 12), 12);
      if (title === '') problem('title', 'expected a title, or a description or content to take one from');
      else warn('title-derived');
    }
    let standfirst = summary;
    if (standfirst === '') {
      if (entry.content) warn('standfirst-derived');
      standfirst = standfirstFromBody(body) || title;
    }
    const dateField = rss ? 'pubDate' : 'published';
    const publishedAt = feedDate(rawDate);
    if (!publishedAt) {
      problem(dateField, rawDate === undefined
        ? `expected ${rss ? '<pubDate>, e.g. "Tue, 01 Dec 2026 08:30:00 GMT"' : '<published> or <updated>, e.g. "2026-12-01T08:30:00Z"'}`
        : `expected ${rss ? 'an RFC 822 date, e.g. "Tue, 01 Dec 2026 08:30:00 GMT"' : 'an RFC 3339 date, e.g. "2026-12-01T08:30:00Z"'}, got ${JSON.stringify(rawDate.slice(0, 80))}`);
    }
    if (!publishedAt || title === '') return;
    const modified = rss ? undefined : feedDate(entry.updated);
    const updatedAt = modified && Date.parse(modified) > Date.parse(publishedAt) ? modified : undefined;

    title = capText(title, MAX_TITLE_LENGTH, warn, 'title');
    standfirst = capText(standfirst, MAX_STANDFIRST_LENGTH, warn, 'standfirst');
    const hero = heroOf(entry, body, baseUrl, keepImage, warn, this.sizeAssumed);
    if (body.length === 0) warn('body-empty');
    const finalBody: Block[] = body.length > 0 ? body : [{ type: 'paragraph', content: [{ type: 'text', text: standfirst }] }];

    const slugBase = [lastPathSegment(link), rawTitle, firstWords(standfirst, 8).replace(/…$/, '')]
      .map((candidate) => (candidate ? latinSlug(candidate) : undefined))
      .find((slug) => slug !== undefined) ?? `item-${shortHash(id)}`;
    const lang = entry.lang;
    if (lang !== undefined && !normaliseLang(lang)) warn('lang-invalid', undefined, lang);
    this.pending.push({
      file: page.file,
      label,
      id,
      ...(link ? { link } : {}),
      slugBase,
      categories: entry.categories,
      person: entry.authors.find((a) => personName(a) !== ''),
      ...(lang ? { lang } : {}),
      // The place (slug, category, author, tags, lang) is filled in by finish.
      article: articleSource({ slug: '', category: '', author: '', tags: [], lang: '' }, { title, standfirst, publishedAt, updatedAt, mustRead: false, hero, body: finalBody }),
    });
  }

  /** The content, once every document is read; throws ImportError naming every item problem. */
  finish(head: FeedHead, page: FeedPage): ImportedContent {
    if (this.problems.length > 0) throw new ImportError(this.problems);
    const feedWarn = this.warnings.scoped(page.file);
    const feedName = plainTitle(head.title) || 'Feed';
    const feedLabel = capText(feedName, MAX_NAME_LENGTH, feedWarn, 'feed title as a name');
    const feedLang = head.lang === undefined ? undefined : normaliseLang(head.lang);
    if (head.lang !== undefined && !feedLang) feedWarn('lang-invalid', undefined, head.lang);
    const lang = normaliseLang(this.options.lang) ?? feedLang ?? 'en';
    const feedCategory: CategorySource = { path: latinSlug(feedName) ?? 'news', name: feedLabel };
    const feedPerson = head.authors.find((a) => personName(a) !== '');

    const slugs = uniqueSlugs(this.pending, (p) => p.slugBase, (p) => shortHash(p.id));
    const links = new LinkMap();
    for (const p of this.pending) links.add(p.link, `/article/${slugs.get(p)}`);

    const categories = new Map<string, CategorySource>();
    const authors = new Map<string, AuthorSource>();
    const tags = new Map<string, TagSource>();
    const origins = new Map<string, ItemOrigin>();
    const articles: ArticleSource[] = [];
    for (const p of this.pending) {
      const slug = slugs.get(p)!;
      const label = `${p.label} (slug "${slug}")`;
      const warn = this.warnings.scoped(p.file, label);
      const itemTags: TagSource[] = [];
      for (const name of p.categories.map((c) => capText(collapsePlainText(c), MAX_NAME_LENGTH, warn, 'tag name')).filter(Boolean)) {
        const tag = tags.get(nameSlug(name, 'tag')) ?? { slug: nameSlug(name, 'tag'), name };
        if (!itemTags.some((t) => t.slug === tag.slug)) itemTags.push(tag);
        tags.set(tag.slug, tag);
      }
      const first = itemTags[0];
      const category = first ? (categories.get(first.slug) ?? { path: first.slug, name: first.name }) : feedCategory;
      categories.set(category.path, category);

      const person = p.person ?? feedPerson;
      const name = capText(personName(person), MAX_NAME_LENGTH, warn, 'author name');
      if (!name) warn('author-missing', 'the feed is credited');
      const author: AuthorSource = name ? { slug: nameSlug(name, 'author'), name } : { slug: latinSlug(feedName) ?? 'staff', name: feedLabel };
      if (!authors.has(author.slug)) authors.set(author.slug, author);
      if (person?.uri) {
        const uri = safeUrl(person.uri, 'link', p.link);
        if (uri) links.add(uri, `/author/${author.slug}`);
      }
      articles.push({ ...p.article, slug, category: category.path, author: author.slug, tags: itemTags.map((t) => t.slug), lang: normaliseLang(p.lang) ?? lang });
      origins.set(slug, { file: p.file, item: label });
    }
    const rewrite = [rewriteLinks(links.rewrite)];
    for (const article of articles) article.body = runSteps(article.body, rewrite);

    const icon = head.image === undefined ? undefined : safeUrl(head.image, 'image', (head.link && safeUrl(head.link, 'link', page.url)) || page.url);
    const siteIcon = icon && /^https?:/i.test(icon) ? icon : undefined;
    const byKey = <T>(key: (t: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
    return {
      bundle: {
        site: siteSource({ name: feedName, description: textValue(head.description) }, feedName, lang),
        categories: [...categories.values()].sort(byKey((c) => c.path)),
        authors: [...authors.values()].sort(byKey((a) => a.slug)),
        tags: [...tags.values()].sort(byKey((t) => t.slug)),
        articles: articles.sort(byKey((a) => a.slug)),
      },
      origins,
      sizeAssumed: this.sizeAssumed,
      // The feed's image (RSS image/url, Atom logo or icon): downloaded with the images, it becomes the logo.
      ...(siteIcon ? { siteIcon } : {}),
    };
  }
}
