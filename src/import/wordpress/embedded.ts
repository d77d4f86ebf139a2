import type { Parsed } from './parse-items';
import { WpMediaSchema, WpTermSchema, WpUserSchema, type WpMedia, type WpPost, type WpTerm, type WpUser } from './wp-schemas';

/**
 * What posts carry in `_embedded` (with ?_embed): their author, featured media and terms. Entries that
 * are WordPress error objects (an author the site hides, media the visitor may not see) are skipped.
 */
export interface Embedded {
  users: WpUser[];
  categories: WpTerm[];
  tags: WpTerm[];
  media: WpMedia[];
}

export function collectEmbedded(posts: readonly Parsed<WpPost>[]): Embedded {
  const users = new Map<number, WpUser>();
  const categories = new Map<number, WpTerm>();
  const tags = new Map<number, WpTerm>();
  const media = new Map<number, WpMedia>();
  for (const { value: post } of posts) {
    for (const raw of post._embedded?.author ?? []) {
      const user = WpUserSchema.safeParse(raw);
      if (user.success && !users.has(user.data.id)) users.set(user.data.id, user.data);
    }
    for (const raw of post._embedded?.['wp:featuredmedia'] ?? []) {
      const item = WpMediaSchema.safeParse(raw);
      if (item.success && !media.has(item.data.id)) media.set(item.data.id, item.data);
    }
    for (const raw of (post._embedded?.['wp:term'] ?? []).flatMap((group) => (Array.isArray(group) ? (group as unknown[]) : []))) {
      const term = WpTermSchema.safeParse(raw);
      if (!term.success) continue;
      // Embedded terms carry no parent: only categories.json knows the tree.
      const { parent: _parent, ...flat } = term.data;
      if (term.data.taxonomy === 'category' && !categories.has(flat.id)) categories.set(flat.id, flat);
      if (term.data.taxonomy === 'post_tag' && !tags.has(flat.id)) tags.set(flat.id, flat);
    }
  }
  const byId = <T extends { id: number }>(m: Map<number, T>) => [...m.values()].sort((a, b) => a.id - b.id);
  return { users: byId(users), categories: byId(categories), tags: byId(tags), media: byId(media) };
}
