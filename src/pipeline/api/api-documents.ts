import type { ArticleResponse, CategoryPage, Home, Nav } from '../../model/api';
import { apiPaths, type ListDocument } from '../../model/api-paths';
import type { Article, ArticleSummary } from '../../model/article';
import { toSummary } from '../../model/summary';
import type { Category, CategoryNode } from '../../model/taxonomy';
import { categoryLineage, parentPath } from '../../model/category-path';
import { categoryBreadcrumb, homeCrumb } from './breadcrumb';
import { compileArticle } from './compile-article';
import type { Content } from '../content/load-content';
import { paginate } from './paginate';
import { computeRelated } from './related';
import { isSiteRelative } from '../../model/url';

export interface ApiDocument {
  /** Path under `api/v1/`, e.g. "articles/some-slug.json". */
  path: string;
  data: unknown;
}

export const MEDIA_PREFIX = 'media/';
const HOME_TOP = 5;
const HOME_SECTION = 4;
const RAIL = 6;

export interface CompiledSite {
  content: Content;
  /** Newest first, ties broken by slug so every build is identical. */
  articles: Article[];
  summaries: ArticleSummary[];
  categories: Map<string, Category>;
}

export function compileSite(content: Content): CompiledSite {
  const categories = new Map(content.categories.map((c) => [c.path, { path: c.path, name: c.name, description: c.description }]));
  const authors = new Map(content.authors.map((a) => [a.slug, a]));
  const tags = new Map(content.tags.map((t) => [t.slug, t]));
  const articles = content.articles
    .map((source) =>
      compileArticle(source, {
        category: (path) => ({ path, name: categories.get(path)!.name }),
        author: (slug) => ({ slug, name: authors.get(slug)!.name }),
        tag: (slug) => tags.get(slug)!,
        imageSrc: (src) => (isSiteRelative(src) ? `${MEDIA_PREFIX}${src.replace(/^\.\//, '')}` : src),
      }),
    );
  // Sort by instant, not by string: offsets other than Z would otherwise misorder.
  articles.sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.slug.localeCompare(b.slug));
  return { content, articles, summaries: articles.map(toSummary), categories };
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
function* pages<T extends object>(list: readonly ArticleSummary[], pathOf: (archive?: ListDocument) => string, extra: T) {
  const { head, archives } = paginate(list);
  yield { path: pathOf(), data: { ...extra, ...head } };
  for (const page of archives) yield { path: pathOf(page.archive), data: { ...extra, ...page } };
}

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

  const related = computeRelated(articles);
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i]!;
    const response: ArticleResponse = {
      article,
      breadcrumb: categoryBreadcrumb(article.category.path, nameOf, homeLink),
      related: related[i]!.map((j) => summaries[j]!),
    };
    yield { path: apiPaths.article(article.slug), data: response };
  }

  yield* pages(summaries, apiPaths.latest, {});

  const byCategory = groupBy(summaries, (s) => categoryLineage(s.category.path));
  for (const [path, category] of categories) {
    const extra: Omit<CategoryPage, 'items' | 'page' | 'pageCount' | 'total'> = {
      category,
      breadcrumb: categoryBreadcrumb(path, nameOf, homeLink),
      subcategories: [...categories.values()].filter((c) => parentPath(c.path) === path),
    };
    yield* pages(byCategory.get(path) ?? [], (archive) => apiPaths.category(path, archive), extra);
  }

  const byAuthor = groupBy(summaries, (s) => [s.author.slug]);
  for (const author of content.authors) {
    yield* pages(byAuthor.get(author.slug) ?? [], (archive) => apiPaths.author(author.slug, archive), { author });
  }

  const tagsOf = new Map(articles.map((a) => [a.slug, a.tags.map((t) => t.slug)]));
  const byTag = groupBy(summaries, (s) => tagsOf.get(s.slug)!);
  for (const tag of content.tags) {
    yield* pages(byTag.get(tag.slug) ?? [], (archive) => apiPaths.tag(tag.slug, archive), { tag });
  }

  const mustRead = articles.filter((a) => a.mustRead).slice(0, RAIL).map(toSummary);
  yield { path: apiPaths.mustRead(), data: { items: mustRead } };

  const tree = categoryTree(categories);
  const home: Home = {
    top: summaries.slice(0, HOME_TOP),
    sections: tree
      .map((root) => ({ category: { path: root.path, name: root.name, description: root.description }, items: (byCategory.get(root.path) ?? []).slice(0, HOME_SECTION) }))
      .filter((section) => section.items.length > 0),
    mustRead,
    latest: summaries.slice(0, 10),
  };
  yield { path: apiPaths.home(), data: home };

  const { name, description, lang, origin, footer, copyright, social } = content.site;
  const nav: Nav = {
    site: { name, description, lang, origin: origin?.replace(/\/$/, ''), ...(footer ? { footer } : {}), ...(copyright ? { copyright } : {}), ...(social?.length ? { social } : {}) },
    categories: tree,
  };
  yield { path: apiPaths.nav(), data: nav };
}
