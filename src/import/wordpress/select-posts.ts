import type { Warnings } from '../warnings';
import type { Sourced } from './dump';
import { labelOf, type Parsed } from './parse-items';
import type { WpPost } from './wp-schemas';

/**
 * The raw posts to validate: published ones only (a dump made with credentials may hold drafts), not
 * password-protected ones (their content is withheld). This is read before validation, so a draft's
 * missing date (WordPress gives null until it is published) is not a problem.
 */
export function publishedPosts(items: readonly Sourced[], warnings: Warnings): Sourced[] {
  return items.filter((item) => {
    const raw = item.value as { status?: unknown; content?: { protected?: unknown } } | null;
    const status = typeof raw?.status === 'string' ? raw.status : 'publish';
    const skip = status !== 'publish' ? `status "${status}"` : raw?.content?.protected === true ? 'password-protected' : undefined;
    if (skip) warnings.add({ kind: 'post-skipped', detail: skip, file: item.file, item: labelOf('post', item) });
    return !skip;
  });
}

/** One copy of each post, by id (the most recently modified), in id order. */
export function selectPosts(posts: readonly Parsed<WpPost>[], warnings: Warnings): Parsed<WpPost>[] {
  const byId = new Map<number, Parsed<WpPost>>();
  for (const post of posts) {
    const other = byId.get(post.value.id);
    if (other) {
      warnings.add({ kind: 'post-duplicate', file: post.file, item: post.label });
      if ((other.value.modified_gmt ?? '') >= (post.value.modified_gmt ?? '')) continue;
    }
    byId.set(post.value.id, post);
  }
  return [...byId.values()].sort((a, b) => a.value.id - b.value.id);
}
