import type { z } from 'zod';
import path from 'node:path';
import type { ArticleSource, SiteSource } from '../../model/content';
import type { ImportedContent, ItemOrigin } from '../content-bundle';
import { htmlToText } from '../html/plain-text';
import { keepImageFor, type KeepImage } from '../image-hosts';
import { normaliseLang } from '../lang';
import type { ContentProblem } from '../../pipeline/content/content-error';
import { InvalidItemsError } from '../problems';
import { siteSource } from '../site';
import { slugFor, uniqueSlugs } from '../slugs';
import { isHttpUrl } from '../urls';
import type { Warnings } from '../warnings';
import type { Sourced, WpDump } from './dump';
import { collectEmbedded } from './embedded';
import { buildCategoryTree } from './map-categories';
import { buildMediaIndex, type MediaIndex } from './map-media';
import { mapAuthors, mapTags } from './map-people-and-tags';
import { mapPost } from './map-post';
import { parseItems } from './parse-items';
import { resolveReferences, type ResolvedPost } from './resolve-references';
import { publishedPosts, selectPosts } from './select-posts';
import { siteLinks, type SiteItem } from './link-map';
import { WpMediaSchema, WpPostSchema, WpRefSchema, WpTermSchema, WpUserSchema } from './wp-schemas';

export interface WordPressImportOptions {
  /** Language of the posts (BCP 47), unless a post says otherwise; default: the site's, else "en". */
  lang?: string;
  /** Leave out invalid items (posts, terms, users, media) and list them in `skipped`, instead of failing. */
  skipInvalid?: boolean;
  /** Slugs already taken (the articles a --since sync keeps): a new post of the same slug gets a suffix. */
  reservedSlugs?: Iterable<string>;
  /** Posts imported earlier and kept (a --since sync): links to them become links to their articles. */
  knownPosts?: readonly { id: number; slug: string; link?: string }[];
}

/** A post that became an article: what a sync records of it. */
export interface ImportedPost {
  id: number;
  slug: string;
  link?: string;
  /** modified_gmt, as an instant. */
  modified?: string;
}

export interface WordPressImport extends ImportedContent {
  posts: ImportedPost[];
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

function mapResolved({ post, warn, ...refs }: ResolvedPost, ctx: MapContext): ArticleSource {
  const wp = post.value;
  const hero = wp.featured_media ? ctx.media.hero(wp.featured_media, warn) : undefined;
  const postLang = normaliseLang(wp.lang);
  if (wp.lang !== undefined && !postLang) warn('lang-invalid', undefined, wp.lang);
  return mapPost(wp, { ...refs, hero, lang: postLang ?? ctx.lang, siteUrl: ctx.siteUrl, knownImage: ctx.media.lookup, keepImage: ctx.keepImage, rewriteHref: ctx.rewriteHref }, warn);
}

/** The id and addresses of raw items, whatever else is wrong with them (for telling links apart). */
function refsOf(items: readonly Sourced[]): (SiteItem & { guid?: string })[] {
  const refs: (SiteItem & { guid?: string })[] = [];
  for (const item of items) {
    const ref = WpRefSchema.safeParse(item.value);
    if (ref.success) refs.push({ id: ref.data.id, slug: ref.data.slug, link: ref.data.link, guid: ref.data.guid?.rendered });
  }
  return refs;
}

/**
 * A WordPress dump → Dateline content. Invalid items (a post without a title or date, a term without a
 * name or slug) fail the import with every problem named (file, item id and slug, field), or with
 * skipInvalid are left out and listed in `skipped`; optional fields in older or plugins' shapes are
 * read (wp-schemas.ts). Warnings go to `warnings`.
 */
export function importWordPress(dump: WpDump, warnings: Warnings, options: WordPressImportOptions = {}): WordPressImport {
  const problems: ContentProblem[] = [];
  const invalid = new Map<string, string>();
  // Malformed items are reported; the well-formed ones carry on, so one run reports every problem.
  const parse = <S extends z.ZodObject>(items: readonly Sourced[], schema: S, kind: string) => {
    const before = problems.length;
    const parsed = parseItems(items, schema, kind, problems, warnings);
    for (const p of problems.slice(before)) invalid.set(`${p.file}\u0000${p.item ?? ''}`, kind);
    return parsed;
  };
  const parsedPosts = parse(publishedPosts(dump.posts, warnings), WpPostSchema, 'post');
  const categoryTerms = parse(dump.categories, WpTermSchema, 'category').map((p) => p.value);
  const users = parse(dump.users, WpUserSchema, 'user').map((p) => p.value);
  const tagTerms = parse(dump.tags, WpTermSchema, 'tag').map((p) => p.value);
  const media = parse(dump.media, WpMediaSchema, 'media item').map((p) => p.value);
  if (problems.length > 0 && !options.skipInvalid) throw new InvalidItemsError(problems);
  for (const [key, kind] of invalid) {
    const [file, item] = key.split('\u0000');
    warnings.add({ kind: 'invalid-skipped', detail: kind, file, item });
  }

  const posts = selectPosts(parsedPosts, warnings);
  const embedded = collectEmbedded(posts);
  const siteWarn = warnings.scoped(dump.source);
  // Terms seen only embedded in posts still count, at the top level (embedded terms carry no parent).
  const strayCategories = missingFrom(categoryTerms, embedded.categories);
  for (const term of strayCategories) siteWarn('category-missing', 'not in categories.json: placed at the top level', `category ${term.id} "${term.slug ?? term.name}"`);
  const allCategories = [...categoryTerms, ...strayCategories];
  const allUsers = [...users, ...missingFrom(users, embedded.users)];
  const allTags = [...tagTerms, ...missingFrom(tagTerms, embedded.tags)];
  const allMedia = [...media, ...missingFrom(media, embedded.media)];

  const references = resolveReferences(
    posts,
    {
      slugs: uniqueSlugs(posts, (p) => slugFor(p.value.slug || htmlToText(p.value.title.rendered), 'post', p.value.id).slug, (p) => p.value.id, options.reservedSlugs),
      tree: buildCategoryTree(allCategories, siteWarn),
      authors: mapAuthors(allUsers, siteWarn),
      tags: mapTags(allTags, siteWarn),
    },
    warnings,
  );
  const { routes } = references;
  const links = siteLinks({
    homes: [dump.siteUrl, dump.index?.home, dump.index?.url],
    posts: [
      ...posts.map(({ value: p }) => ({ id: p.id, slug: p.slug, link: p.link, guid: p.guid?.rendered, route: routes.posts.get(p.id) })),
      // Posts not imported (drafts, invalid ones): links to them stay links to the site.
      ...refsOf(dump.posts),
      ...(options.knownPosts ?? []).map((p) => ({ id: p.id, link: p.link, route: `/article/${p.slug}` })),
    ],
    pages: refsOf(dump.pages),
    attachments: allMedia,
    categories: allCategories.map((c) => ({ ...c, route: routes.categories.get(c.id) })),
    tags: allTags.map((t) => ({ ...t, route: routes.tags.get(t.id) })),
    authors: allUsers.map((u) => ({ ...u, route: routes.authors.get(u.id) })),
  });

  const lang = normaliseLang(options.lang) ?? normaliseLang(dump.index?.lang ?? dump.index?.language) ?? 'en';
  // Loopback images are kept for a loopback site: the URL fetched, or for a folder the dump's own site URL.
  const keepImage = keepImageFor(isHttpUrl(dump.source) ? dump.source : dump.siteUrl);
  const ctx: MapContext = {
    lang,
    siteUrl: dump.siteUrl ?? dump.index?.home ?? dump.index?.url,
    media: buildMediaIndex(allMedia, keepImage),
    keepImage,
    rewriteHref: links.rewrite,
  };
  const origins = new Map<string, ItemOrigin>();
  const articles: ArticleSource[] = [];
  const imported: ImportedPost[] = [];
  for (const resolved of references.posts) {
    const article = mapResolved(resolved, ctx);
    articles.push(article);
    const wp = resolved.post.value;
    imported.push({ id: wp.id, slug: article.slug, ...(wp.link ? { link: wp.link } : {}), ...(wp.modified_gmt ? { modified: wp.modified_gmt } : {}) });
    origins.set(article.slug, { file: resolved.post.file, item: resolved.post.label });
  }

  articles.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const icon = dump.index?.site_icon_url;
  return {
    ...(icon && isHttpUrl(icon) ? { siteIcon: icon } : {}),
    bundle: { site: siteOf(dump, lang), categories: references.categories, authors: references.authors, tags: references.tags, articles },
    origins,
    posts: imported,
    ...(problems.length > 0 ? { skipped: problems } : {}),
  };
}
