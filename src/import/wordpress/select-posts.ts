import type { Warnings } from '../warnings';
import type { Parsed } from './parse-items';
import type { WpPost } from './wp-schemas';

/**
 * The posts to import, by id: published ones only (a dump made with credentials may hold drafts), not
 * password-protected ones (their content is withheld), one copy per id (the most recently modified).
 */
export function selectPosts(posts: readonly Parsed<WpPost>[], warnings: Warnings): Parsed<WpPost>[] {
  const byId = new Map<number, Parsed<WpPost>>();
  for (const post of posts) {
    const warn = warnings.scoped(post.file, post.label);
    const status = post.value.status ?? 'publish';
    if (status !== 'publish') {
      warn('post-skipped', `status "${status}"`);
      continue;
    }
    if (post.value.content.protected) {
      warn('post-skipped', 'password-protected');
      continue;
    }
    const other = byId.get(post.value.id);
    if (other) {
      warn('post-duplicate');
      if ((other.value.modified_gmt ?? '') >= (post.value.modified_gmt ?? '')) continue;
    }
    byId.set(post.value.id, post);
  }
  return [...byId.values()].sort((a, b) => a.value.id - b.value.id);
}
