import type { ArticleSource, AuthorSource, CategorySource, TagSource } from '../../model/content';
import type { ImportedContent, ItemOrigin } from '../content-bundle';
import { collapsePlainText, htmlToText } from '../html/plain-text';
import { keepImageFor } from '../image-hosts';
import { normaliseLang } from '../lang';
import { zodProblems, type ContentProblem } from '../../pipeline/content/content-error';
import { ImportError, itemLabel } from '../problems';
import { siteSource } from '../site';
import { MAX_NAME_LENGTH } from '../../model/limits';
import { capText } from '../cap-text';
import { firstWords } from '../standfirst';
import { latinSlug, uniqueSlugs } from '../slugs';
import { isHttpUrl, safeUrl } from '../urls';
import type { Warnings } from '../warnings';
import { LinkMap } from '../wordpress/link-map';
import { labelOf } from '../wordpress/parse-items';
import { lastPathSegment, nameSlug, shortHash } from './feed-ids';
import { FeedItemSchema, FeedSchema, type FeedAuthor, type FeedItem } from './feed-schema';
import { mapItem } from './map-item';
import type { FeedDocument } from './read-feed';

export interface JsonFeedImportOptions {
  /** Language of the items, unless an item says otherwise; default: the feed's, else "en". */
  lang?: string;
}

interface Parsed {
  item: FeedItem;
  label: string;
}

/** A slug from the item's URL, else its title, else its first words, else a hash of its id. */
function itemSlug(item: FeedItem): string {
  const text = item.summary || (item.content_html !== undefined ? htmlToText(item.content_html) : (item.content_text ?? ''));
  const candidates = [lastPathSegment(item.url), item.title, firstWords(text, 8).replace(/…$/, '')];
  for (const candidate of candidates) {
    const slug = candidate ? latinSlug(candidate) : undefined;
    if (slug) return slug;
  }
  return `item-${shortHash(item.id)}`;
}

/**
 * A JSON Feed → Dateline content. Each item's first tag is its category (a feed has no better one);
 * items without tags go into a category named after the feed. Authors come from the item, else the
 * feed. Throws ImportError naming every problem (file, item id and slug, field).
 */
export function importJsonFeed(doc: FeedDocument, warnings: Warnings, options: JsonFeedImportOptions = {}): ImportedContent {
  const problems: ContentProblem[] = [];
  const feedResult = FeedSchema.safeParse(doc.value);
  if (!feedResult.success) throw new ImportError(zodProblems(feedResult.error, doc.file));
  const feed = feedResult.data;

  const parsed: Parsed[] = [];
  feed.items.forEach((value, index) => {
    const label = labelOf('item', { file: doc.file, index, value });
    const result = FeedItemSchema.safeParse(value);
    if (result.success) parsed.push({ item: result.data, label: itemLabel('item', result.data.id) });
    else problems.push(...zodProblems(result.error, doc.file, label, ['items', index]));
  });
  // Keep going with the well-formed items: every problem is reported in one run.

  const feedName = collapsePlainText(feed.title) || 'Feed';
  const feedWarn = warnings.scoped(doc.file);
  /** The feed's name where it names a category or an author, which are capped. */
  const feedLabel = capText(feedName, MAX_NAME_LENGTH, feedWarn, 'feed title as a name');
  const lang = normaliseLang(options.lang) ?? normaliseLang(feed.language) ?? 'en';
  if (feed.language !== undefined && !normaliseLang(feed.language)) warnings.add({ kind: 'lang-invalid', subject: feed.language, file: doc.file });
  const feedCategory: CategorySource = { path: latinSlug(feedName) ?? 'news', name: feedLabel };
  const homeUrl = feed.home_page_url && isHttpUrl(feed.home_page_url) ? feed.home_page_url : doc.url;

  // Loopback images are kept only for a feed fetched from loopback (a local development site).
  const keepImage = keepImageFor(doc.url);
  const slugs = uniqueSlugs(parsed, (p) => itemSlug(p.item), (p) => shortHash(p.item.id));
  const links = new LinkMap();
  for (const p of parsed) links.add(p.item.url, `/article/${slugs.get(p)}`);

  const categories = new Map<string, CategorySource>();
  const authors = new Map<string, AuthorSource>();
  const tags = new Map<string, TagSource>();
  const origins = new Map<string, ItemOrigin>();
  const articles: ArticleSource[] = [];
  const feedAuthor: FeedAuthor | undefined = feed.authors?.[0] ?? feed.author;

  for (const p of parsed) {
    const { item } = p;
    const slug = slugs.get(p)!;
    const label = itemLabel('item', item.id, slug);
    const warn = warnings.scoped(doc.file, label);

    const itemTags: TagSource[] = [];
    for (const name of (item.tags ?? []).map((t) => capText(collapsePlainText(t), MAX_NAME_LENGTH, warn, 'tag name')).filter(Boolean)) {
      const tag = { slug: nameSlug(name, 'tag'), name };
      if (!itemTags.some((t) => t.slug === tag.slug)) itemTags.push(tags.get(tag.slug) ?? tag);
    }
    for (const tag of itemTags) if (!tags.has(tag.slug)) tags.set(tag.slug, tag);
    const first = itemTags[0];
    const category = first ? (categories.get(first.slug) ?? { path: first.slug, name: first.name }) : feedCategory;
    categories.set(category.path, category);

    const person = item.authors?.[0] ?? item.author ?? feedAuthor;
    const personName = capText(collapsePlainText(person?.name ?? ''), MAX_NAME_LENGTH, warn, 'author name');
    if (!personName) warn('author-missing', 'the feed is credited');
    const author: AuthorSource = personName ? { slug: nameSlug(personName, 'author'), name: personName } : { slug: latinSlug(feedName) ?? 'staff', name: feedLabel };
    if (!authors.has(author.slug)) authors.set(author.slug, author);
    if (person?.url) links.add(person.url, `/author/${author.slug}`);

    const itemLang = normaliseLang(item.language);
    if (item.language !== undefined && !itemLang) warn('lang-invalid', undefined, item.language);
    const baseUrl = (item.url && safeUrl(item.url, 'link', homeUrl)) || homeUrl;
    const article = mapItem(
      item,
      { slug, category: category.path, author: author.slug, tags: itemTags.map((t) => t.slug), lang: itemLang ?? lang, baseUrl, rewriteHref: links.rewrite, keepImage },
      warn,
      (field, message) => problems.push({ file: doc.file, item: label, field, message }),
    );
    if (article) {
      articles.push(article);
      origins.set(slug, { file: doc.file, item: label });
    }
  }
  if (problems.length > 0) throw new ImportError(problems);

  const byKey = <T>(key: (t: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  return {
    bundle: {
      site: siteSource({ name: feedName, description: feed.description }, feedName, lang),
      categories: [...categories.values()].sort(byKey((c) => c.path)),
      authors: [...authors.values()].sort(byKey((a) => a.slug)),
      tags: [...tags.values()].sort(byKey((t) => t.slug)),
      articles: articles.sort(byKey((a) => a.slug)),
    },
    origins,
  };
}
