import type { AuthorSource, CategorySource, TagSource } from '../../model/content';
import { latinSlug } from '../slugs';
import type { Warn, Warnings } from '../warnings';
import type { CategoryNode, CategoryTree } from './map-categories';
import type { Linked } from './map-people-and-tags';
import type { Parsed } from './parse-items';
import type { WpPost } from './wp-schemas';

const UNCATEGORIZED: CategoryNode = { id: 0, path: 'uncategorized', name: 'Uncategorized' };
const UNKNOWN_AUTHOR: AuthorSource = { slug: 'unknown-author', name: 'Unknown author' };

export interface ResolvedPost {
  post: Parsed<WpPost>;
  warn: Warn;
  slug: string;
  category: string;
  author: string;
  tags: string[];
}

export interface ResolvedReferences {
  posts: ResolvedPost[];
  /** categories.json: the categories posts are in, with their ancestors. */
  categories: CategorySource[];
  authors: AuthorSource[];
  tags: TagSource[];
  /** The Dateline routes of what is imported, by WordPress id: for rewriting links to them (siteLinks). */
  routes: Routes;
}

export interface Routes {
  posts: ReadonlyMap<number, string>;
  categories: ReadonlyMap<number, string>;
  authors: ReadonlyMap<number, string>;
  tags: ReadonlyMap<number, string>;
}

export interface Lookups {
  slugs: ReadonlyMap<Parsed<WpPost>, string>;
  tree: CategoryTree;
  authors: ReadonlyMap<number, Linked<AuthorSource>>;
  tags: ReadonlyMap<number, Linked<TagSource>>;
}

const bySlug = <T extends { slug: string }>(a: T, b: T) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/**
 * Each post's slug, category (the first that is known: it decides the breadcrumb), author and tags,
 * and from them the categories, authors and tags to write: only those in use. Missing references fall
 * back (Uncategorized, Unknown author) with a warning.
 */
export function resolveReferences(posts: readonly Parsed<WpPost>[], { slugs, tree, authors, tags }: Lookups, warnings: Warnings): ResolvedReferences {
  const postRoutes = new Map<number, string>();
  const usedCategories = new Set<string>();
  const usedAuthors = new Map<string, Linked<AuthorSource>>();
  const usedTags = new Map<string, Linked<TagSource>>();
  const uncategorized = [...tree.byId.values()].find((n) => n.path === UNCATEGORIZED.path) ?? UNCATEGORIZED;

  const resolved = posts.map((post): ResolvedPost => {
    const { value: wp } = post;
    const warn = warnings.scoped(post.file, post.label);
    const slug = slugs.get(post)!;
    if (!wp.slug) warn('slug-changed', 'no slug: made from the title', `"${slug}"`);
    else if (slug !== wp.slug) warn('slug-changed', latinSlug(wp.slug) === undefined ? 'not Latin: post-{id}' : 'cleaned', `"${wp.slug}" → "${slug}"`);
    postRoutes.set(wp.id, `/article/${slug}`);

    const ids = wp.categories ?? [];
    const primary = ids.map((id) => tree.byId.get(id)).find((node) => node !== undefined);
    if (!primary) warn('category-missing', ids.length === 0 ? 'post has no category: "Uncategorized"' : 'no known category: "Uncategorized"');
    const category = primary ?? uncategorized;
    usedCategories.add(category.path);

    const author = (wp.author ? authors.get(wp.author) : undefined) ?? { value: UNKNOWN_AUTHOR };
    if (author.value === UNKNOWN_AUTHOR) warn('author-missing', wp.author ? undefined : 'post has no author', wp.author ? `user ${wp.author}` : undefined);
    usedAuthors.set(author.value.slug, author);

    const tagSlugs: string[] = [];
    for (const id of wp.tags ?? []) {
      const tag = tags.get(id);
      if (!tag) warn('tag-missing', undefined, `tag ${id}`);
      else if (!tagSlugs.includes(tag.value.slug)) {
        tagSlugs.push(tag.value.slug);
        usedTags.set(tag.value.slug, tag);
      }
    }
    return { post, warn, slug, category: category.path, author: author.value.slug, tags: tagSlugs };
  });

  const categories = tree.sourcesFor(usedCategories);
  if (usedCategories.has(UNCATEGORIZED.path) && !categories.some((c) => c.path === UNCATEGORIZED.path)) {
    categories.push({ path: UNCATEGORIZED.path, name: UNCATEGORIZED.name });
    categories.sort((a, b) => (a.path < b.path ? -1 : 1));
  }
  const written = new Set(categories.map((c) => c.path));
  const routesOf = <T extends { slug: string }>(items: ReadonlyMap<number, Linked<T>>, used: ReadonlyMap<string, unknown>, prefix: string) =>
    new Map([...items].filter(([, item]) => used.has(item.value.slug)).map(([id, item]) => [id, `${prefix}/${item.value.slug}`]));
  const routes: Routes = {
    posts: postRoutes,
    categories: new Map([...tree.byId.values()].filter((node) => written.has(node.path)).map((node) => [node.id, `/category/${node.path}`])),
    authors: routesOf(authors, usedAuthors, '/author'),
    tags: routesOf(tags, usedTags, '/tag'),
  };

  return {
    posts: resolved,
    categories,
    authors: [...usedAuthors.values()].map((a) => a.value).sort(bySlug),
    tags: [...usedTags.values()].map((t) => t.value).sort(bySlug),
    routes,
  };
}

