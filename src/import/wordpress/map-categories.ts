import type { CategorySource } from '../../model/content';
import { categoryLineage } from '../../model/category-path';
import { htmlToText } from '../html/plain-text';
import { MAX_NAME_LENGTH, MAX_SLUG_LENGTH } from '../../model/limits';
import { capSlug, capText } from '../cap-text';
import { slugFor } from '../slugs';
import type { Warn } from '../warnings';
import type { WpTerm } from './wp-schemas';

export interface CategoryNode {
  id: number;
  path: string;
  name: string;
  description?: string;
  link?: string;
}

export interface CategoryTree {
  byId: ReadonlyMap<number, CategoryNode>;
  /** categories.json entries for these paths and all their ancestors, sorted by path. */
  sourcesFor(paths: Iterable<string>): CategorySource[];
}

/**
 * WordPress categories (flat, each with a parent id) → our tree of paths: a child's path is its
 * parent's path plus its own slug, so "Parent › Child" breadcrumbs come out as in WordPress. A parent
 * that is missing (or a loop of parents) puts the category at the top level, with a warning.
 */
export function buildCategoryTree(terms: readonly WpTerm[], warn: Warn): CategoryTree {
  const terms_ = [...terms].sort((a, b) => a.id - b.id);
  const byTermId = new Map(terms_.map((t) => [t.id, t]));
  const byId = new Map<number, CategoryNode>();
  const byPath = new Map<string, CategoryNode>();
  const visiting = new Set<number>();

  const resolve = (term: WpTerm): CategoryNode => {
    const done = byId.get(term.id);
    if (done) return done;
    visiting.add(term.id);
    let parentPath: string | undefined;
    if (term.parent) {
      const parent = byTermId.get(term.parent);
      if (!parent) warn('category-parent-missing', undefined, `category ${term.id} "${term.slug ?? term.name}": parent ${term.parent}`);
      else if (visiting.has(parent.id)) warn('category-parent-missing', 'loop of parents', `category ${term.id} "${term.slug ?? term.name}"`);
      else parentPath = resolve(parent).path;
    }
    const { slug } = slugFor(term.slug || term.name || '', 'category', term.id);
    let path = parentPath ? `${parentPath}/${slug}` : slug;
    if (byPath.has(path)) {
      const suffix = `-${term.id}`;
      path = `${parentPath ? `${parentPath}/` : ''}${capSlug(slug, MAX_SLUG_LENGTH - suffix.length)}${suffix}`;
    }
    const name = capText(htmlToText(term.name ?? '') || slug, MAX_NAME_LENGTH, warn, 'category name');
    const description = htmlToText(term.description ?? '');
    const node: CategoryNode = { id: term.id, path, name, ...(description ? { description } : {}), ...(term.link ? { link: term.link } : {}) };
    visiting.delete(term.id);
    byId.set(term.id, node);
    byPath.set(path, node);
    return node;
  };
  terms_.forEach(resolve);

  return {
    byId,
    sourcesFor(paths) {
      const wanted = new Set<string>();
      for (const path of paths) for (const p of categoryLineage(path)) wanted.add(p);
      return [...wanted]
        .sort()
        .map((path) => byPath.get(path))
        .filter((node): node is CategoryNode => node !== undefined)
        .map(({ path, name, description }) => ({ path, name, ...(description ? { description } : {}) }));
    },
  };
}
