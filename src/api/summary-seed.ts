import type { QueryClient } from '@tanstack/react-query';
import type { ArticleResponse } from '../model/api';
import type { ArticleSummary } from '../model/article';
import type { CategoryNode } from '../model/taxonomy';
import { categoryLineage } from '../model/category-path';
import { navQuery } from './queries';

/** Every list of summaries a cached response can hold. */
function summaryLists(data: unknown): ArticleSummary[][] {
  if (typeof data !== 'object' || data === null) return [];
  const d = data as Record<string, unknown>;
  const lists: unknown[] = [d.items, d.top, d.latest, d.mustRead, d.related];
  if (Array.isArray(d.sections)) for (const s of d.sections as { items?: unknown }[]) lists.push(s.items);
  return lists.filter((l): l is ArticleSummary[] => Array.isArray(l));
}

export function findCachedSummary(client: QueryClient, slug: string): ArticleSummary | undefined {
  for (const query of client.getQueryCache().getAll()) {
    for (const list of summaryLists(query.state.data)) {
      const found = list.find((s) => s.slug === slug);
      if (found) return found;
    }
  }
  return undefined;
}

function findCategoryName(nodes: readonly CategoryNode[], path: string): string | undefined {
  for (const node of nodes) {
    if (node.path === path) return node.name;
    const inner = findCategoryName(node.children, path);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * What the article page can show before its own request answers: headline, standfirst, byline and
 * breadcrumb from a list that already named the story. The body stays empty (a skeleton shows instead).
 * `homeName` is the first crumb in the site's language, as the API's own breadcrumb has it.
 */
export function articleSeed(client: QueryClient, slug: string, homeName: string): ArticleResponse | undefined {
  const summary = findCachedSummary(client, slug);
  if (!summary) return undefined;
  const nav = client.getQueryData(navQuery().queryKey);
  const breadcrumb = [
    { name: homeName, path: '/' },
    ...categoryLineage(summary.category.path).map((path) => ({
      name: path === summary.category.path ? summary.category.name : (nav && findCategoryName(nav.categories, path)) ?? path,
      path: `/category/${path}`,
    })),
  ];
  return { article: { ...summary, tags: [], mustRead: false, wordCount: 0, body: [] }, breadcrumb, related: [] };
}
