import type { ArticleResponse, CategoryPage, Home, Nav } from '../../model/api';
import { apiPaths, type ListDocument } from '../../model/api-paths';
import type { ArticleSummary } from '../../model/article';
import type { Block } from '../../model/block';
import type { ArticleSource } from '../../model/content';
import { toSummary } from '../../model/summary';
import type { Category, CategoryNode } from '../../model/taxonomy';
import { categoryLineage, parentPath } from '../../model/category-path';
import { categoryBreadcrumb, homeCrumb } from './breadcrumb';
import { articleOf, compileBody, compileHead, type Lookups, type SiteArticle } from './compile-article';
import { factsOf } from '../content/article-facts';
import type { ArticleEntry, Content, ContentFolder } from '../content/load-content';
import { contentHash, keyOf } from '../incremental/content-hash';
import { paginate } from './paginate';
import { computeRelated } from './related';
import { isSiteRelative } from '../../model/url';

export interface ApiDocument {
  /** Path under `api/v1/`, e.g. "articles/some-slug.json". */
  path: string;
  /**
   * A hash of everything the document is made from, when that is cheaper to know than the document:
   * the same key gives the same bytes, so a build can keep the published file without making it.
   */
  key?: string;
  data: () => unknown;
}

/** Bump when the way a keyed document is made changes without the app's code key changing. */
const DOC_FORMAT = 'api-doc-v1';

export const MEDIA_PREFIX = 'media/';
const HOME_TOP = 5;
const HOME_SECTION = 4;
const RAIL = 6;

export interface CompiledSite {
  content: Omit<Content, 'articles'>;
  /** Newest first, ties broken by slug so every build is identical. */
  articles: SiteArticle[];
  summaries: ArticleSummary[];
  categories: Map<string, Category>;
  /** An article's body as published (read again from its file when the build did not keep it). */
  body: (article: SiteArticle) => Block[];
  /** Each article's related stories (indices into `articles`), when the build has worked them out already. */
  related?: number[][];
}

/** The source of an article whose file the build took from its cache (and so did not parse). */
export type SourceReader = (entry: ArticleEntry) => ArticleSource;

/** A content folder → the site the API, pages and feeds are made from. */
export function compileSite(content: Content): CompiledSite {
  const { articles, ...rest } = content;
  const entries = articles.map((source): ArticleEntry => ({ file: `articles/${source.slug}.json`, hash: contentHash(JSON.stringify(source)), facts: factsOf(source), source }));
  return compileFolder({ ...rest, entries }, (entry) => {
    throw new Error(`${entry.file}: the source is not in memory`);
  });
}

/** compileSite for the build: the articles taken from the cache have their bodies read by `readSource` when needed. */
export function compileFolder(folder: ContentFolder, readSource: SourceReader): CompiledSite {
  const { entries, ...content } = folder;
  const categories = new Map(content.categories.map((c) => [c.path, { path: c.path, name: c.name, description: c.description }]));
  const authors = new Map(content.authors.map((a) => [a.slug, a]));
  const tags = new Map(content.tags.map((t) => [t.slug, t]));
  const lookups: Lookups = {
    category: (path) => ({ path, name: categories.get(path)!.name }),
    author: (slug) => ({ slug, name: authors.get(slug)!.name }),
    tag: (slug) => tags.get(slug)!,
    imageSrc: (src) => (isSiteRelative(src) ? `${MEDIA_PREFIX}${src.replace(/^\.\//, '')}` : src),
  };
  const bySlug = new Map(entries.map((entry) => [entry.facts.head.slug, entry]));
  const articles = entries.map((entry) => compileHead(entry.facts, entry.hash, lookups));
  // Sort by instant, not by string: offsets other than Z would otherwise misorder.
  articles.sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.slug.localeCompare(b.slug));
  const body = (article: SiteArticle) => {
    const entry = bySlug.get(article.slug)!;
    return compileBody((entry.source ?? readSource(entry)).body, lookups);
  };
  return { content, articles, summaries: articles.map(toSummary), categories, body };
}

function categoryTree(categories: Map<string, Category>): CategoryNode[] {
  const nodes = new Map<string, CategoryNode>([...categories].map(([path, c]) => [path, { ...c, children: [] }]));
  const roots: CategoryNode[] = [];
  for (const [path, node] of nodes) {
    const parent = parentPath(path);
    (parent === undefined ? roots : nodes.get(parent)!.children).push(node);
  }
  return roots;
}

/** A list's head page and its archive pages, each with the list's own fields (`extra`). */
function* pages<T extends object>(list: readonly ArticleSummary[], pathOf: (archive?: ListDocument) => string, extra: T, keys: SummaryKeys): Generator<ApiDocument> {
  const { head, archives } = paginate(list);
  const extraJson = JSON.stringify(extra);
  const keyOfPage = ({ items, ...fields }: { items: readonly ArticleSummary[] }) => keyOf(DOC_FORMAT, extraJson, JSON.stringify(fields), ...items.map(keys));
  yield { path: pathOf(), key: keyOfPage(head), data: () => ({ ...extra, ...head }) };
  for (const page of archives) yield { path: pathOf(page.archive), key: keyOfPage(page), data: () => ({ ...extra, ...page }) };
}

/** A summary's hash, which a list page's key is made of. */
type SummaryKeys = (summary: ArticleSummary) => string;

function groupBy(summaries: readonly ArticleSummary[], keysOf: (s: ArticleSummary) => string[]): Map<string, ArticleSummary[]> {
  const groups = new Map<string, ArticleSummary[]>();
  for (const summary of summaries) {
    for (const key of keysOf(summary)) {
      const group = groups.get(key);
      if (group) group.push(summary);
      else groups.set(key, [summary]);
    }
  }
  return groups;
}

/**
 * Every document of the static JSON API, produced one at a time so a large archive can be written
 * without holding the whole API in memory.
 */
export function* apiDocuments(site: CompiledSite): Generator<ApiDocument> {
  const { content, articles, summaries, categories } = site;
  const homeLink = homeCrumb(content.site.lang);
  const nameOf = (path: string) => categories.get(path)!.name;
  const summaryHashes = new Map(summaries.map((s) => [s, contentHash(JSON.stringify(s))]));
  const keys: SummaryKeys = (summary) => summaryHashes.get(summary)!;

  const related = site.related ?? computeRelated(articles);
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i]!;
    const breadcrumb = categoryBreadcrumb(article.category.path, nameOf, homeLink);
    const picked = related[i]!.map((j) => summaries[j]!);
    // The body comes from the source file (its hash) and the images' variants; the rest is in the summaries.
    const key = keyOf(DOC_FORMAT, article.sourceHash, keys(summaries[i]!), JSON.stringify([article.tags, article.bodyImages, breadcrumb]), ...picked.map(keys));
    const data = (): ArticleResponse => ({ article: articleOf(article, site.body(article)), breadcrumb, related: picked });
    yield { path: apiPaths.article(article.slug), key, data };
  }

  yield* pages(summaries, apiPaths.latest, {}, keys);

  const byCategory = groupBy(summaries, (s) => categoryLineage(s.category.path));
  for (const [path, category] of categories) {
    const extra: Omit<CategoryPage, 'items' | 'page' | 'pageCount' | 'total'> = {
      category,
      breadcrumb: categoryBreadcrumb(path, nameOf, homeLink),
      subcategories: [...categories.values()].filter((c) => parentPath(c.path) === path),
    };
    yield* pages(byCategory.get(path) ?? [], (archive) => apiPaths.category(path, archive), extra, keys);
  }

  const byAuthor = groupBy(summaries, (s) => [s.author.slug]);
  for (const author of content.authors) {
    yield* pages(byAuthor.get(author.slug) ?? [], (archive) => apiPaths.author(author.slug, archive), { author }, keys);
  }

  const tagsOf = new Map(articles.map((a) => [a.slug, a.tags.map((t) => t.slug)]));
  const byTag = groupBy(summaries, (s) => tagsOf.get(s.slug)!);
  for (const tag of content.tags) {
    yield* pages(byTag.get(tag.slug) ?? [], (archive) => apiPaths.tag(tag.slug, archive), { tag }, keys);
  }

  const mustRead = articles.filter((a) => a.mustRead).slice(0, RAIL).map(toSummary);
  yield { path: apiPaths.mustRead(), data: () => ({ items: mustRead }) };

  const tree = categoryTree(categories);
  const home: Home = {
    top: summaries.slice(0, HOME_TOP),
    sections: tree
      .map((root) => ({ category: { path: root.path, name: root.name, description: root.description }, items: (byCategory.get(root.path) ?? []).slice(0, HOME_SECTION) }))
      .filter((section) => section.items.length > 0),
    mustRead,
    latest: summaries.slice(0, 10),
  };
  yield { path: apiPaths.home(), data: () => home };

  const { name, description, lang, origin, footer, copyright, social } = content.site;
  const nav: Nav = {
    site: { name, description, lang, origin: origin?.replace(/\/$/, ''), ...(footer ? { footer } : {}), ...(copyright ? { copyright } : {}), ...(social?.length ? { social } : {}) },
    categories: tree,
  };
  yield { path: apiPaths.nav(), data: () => nav };
}
