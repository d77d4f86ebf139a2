import path from 'node:path';
import type { ArticleSource, SiteSource } from '../../model/content';
import type { ImportedContent, ItemOrigin } from '../content-bundle';
import { htmlToText } from '../html/plain-text';
import { keepImageFor, type KeepImage } from '../image-hosts';
import { normaliseLang } from '../lang';
import type { ContentProblem } from '../../pipeline/content/content-error';
import { ImportError } from '../problems';
import { siteSource } from '../site';
import { slugFor, uniqueSlugs } from '../slugs';
import { isHttpUrl } from '../urls';
import type { Warnings } from '../warnings';
import type { WpDump } from './dump';
import { collectEmbedded } from './embedded';
import { buildCategoryTree } from './map-categories';
import { buildMediaIndex, type MediaIndex } from './map-media';
import { mapAuthors, mapTags } from './map-people-and-tags';
import { mapPost } from './map-post';
import { parseItems } from './parse-items';
import { resolveReferences, type ResolvedPost } from './resolve-references';
import { selectPosts } from './select-posts';
import { WpMediaSchema, WpPostSchema, WpTermSchema, WpUserSchema } from './wp-schemas';

export interface WordPressImportOptions {
  /** Language of the posts (BCP 47), unless a post says otherwise; default: the site's, else "en". */
  lang?: string;
}

/** Items of `extra` whose id `known` lacks. */
function missingFrom<T extends { id: number }>(known: readonly T[], extra: readonly T[]): T[] {
  const ids = new Set(known.map((k) => k.id));
  return extra.filter((e) => !ids.has(e.id));
}

function siteOf(dump: WpDump, lang: string): SiteSource {
  const fallbackName = isHttpUrl(dump.source) ? new URL(dump.source).hostname : path.basename(path.resolve(dump.source));
  return siteSource({ name: htmlToText(dump.index?.name ?? ''), description: htmlToText(dump.index?.description ?? '') }, fallbackName, lang);
}

interface MapContext {
  lang: string;
  siteUrl?: string;
  media: MediaIndex;
  keepImage: KeepImage;
  rewriteHref: (href: string) => string;
}

function mapResolved({ post, warn, ...refs }: ResolvedPost, ctx: MapContext, problems: ContentProblem[]): ArticleSource | undefined {
  const wp = post.value;
  const hero = wp.featured_media ? ctx.media.hero(wp.featured_media, warn) : undefined;
  const postLang = normaliseLang(wp.lang);
  if (wp.lang !== undefined && !postLang) warn('lang-invalid', undefined, wp.lang);
  return mapPost(
    wp,
    { ...refs, hero, lang: postLang ?? ctx.lang, siteUrl: ctx.siteUrl, knownImage: ctx.media.lookup, keepImage: ctx.keepImage, rewriteHref: ctx.rewriteHref },
    warn,
    (field, message) => problems.push({ file: post.file, item: post.label, field, message }),
  );
}

/**
 * A WordPress dump → Dateline content, validated field by field. Throws ImportError naming every
 * problem (file, post id and slug, field); warnings go to `warnings`.
 */
export function importWordPress(dump: WpDump, warnings: Warnings, options: WordPressImportOptions = {}): ImportedContent {
  const problems: ContentProblem[] = [];
  // Malformed items are reported; the well-formed ones carry on, so one run reports every problem.
  const parsedPosts = parseItems(dump.posts, WpPostSchema, 'post', problems);
  const categoryTerms = parseItems(dump.categories, WpTermSchema, 'category', problems).map((p) => p.value);
  const users = parseItems(dump.users, WpUserSchema, 'user', problems).map((p) => p.value);
  const tagTerms = parseItems(dump.tags, WpTermSchema, 'tag', problems).map((p) => p.value);
  const media = parseItems(dump.media, WpMediaSchema, 'media item', problems).map((p) => p.value);

  const posts = selectPosts(parsedPosts, warnings);
  const embedded = collectEmbedded(posts);
  const siteWarn = warnings.scoped(dump.source);
  // Terms seen only embedded in posts still count, at the top level (embedded terms carry no parent).
  const strayCategories = missingFrom(categoryTerms, embedded.categories);
  for (const term of strayCategories) siteWarn('category-missing', 'not in categories.json: placed at the top level', `category ${term.id} "${term.slug}"`);

  const references = resolveReferences(
    posts,
    {
      slugs: uniqueSlugs(posts, (p) => slugFor(p.value.slug, 'post', p.value.id).slug, (p) => p.value.id),
      tree: buildCategoryTree([...categoryTerms, ...strayCategories], siteWarn),
      authors: mapAuthors([...users, ...missingFrom(users, embedded.users)], siteWarn),
      tags: mapTags([...tagTerms, ...missingFrom(tagTerms, embedded.tags)], siteWarn),
    },
    warnings,
  );

  const lang = normaliseLang(options.lang) ?? normaliseLang(dump.index?.lang ?? dump.index?.language) ?? 'en';
  // Loopback images are kept for a loopback site: the URL fetched, or for a folder the dump's own site URL.
  const keepImage = keepImageFor(isHttpUrl(dump.source) ? dump.source : dump.siteUrl);
  const ctx: MapContext = {
    lang,
    siteUrl: dump.siteUrl ?? dump.index?.home ?? dump.index?.url,
    media: buildMediaIndex([...media, ...missingFrom(media, embedded.media)], keepImage),
    keepImage,
    rewriteHref: references.links.rewrite,
  };
  const origins = new Map<string, ItemOrigin>();
  const articles: ArticleSource[] = [];
  for (const resolved of references.posts) {
    const article = mapResolved(resolved, ctx, problems);
    if (!article) continue;
    articles.push(article);
    origins.set(article.slug, { file: resolved.post.file, item: resolved.post.label });
  }
  if (problems.length > 0) throw new ImportError(problems);

  articles.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return {
    bundle: { site: siteOf(dump, lang), categories: references.categories, authors: references.authors, tags: references.tags, articles },
    origins,
  };
}
