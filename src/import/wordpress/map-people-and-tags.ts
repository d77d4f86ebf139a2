import type { AuthorSource, TagSource } from '../../model/content';
import { htmlToText } from '../html/plain-text';
import { MAX_NAME_LENGTH } from '../../model/limits';
import { capText } from '../cap-text';
import { slugFor, uniqueSlugs } from '../slugs';
import type { Warn } from '../warnings';
import type { WpTerm, WpUser } from './wp-schemas';

export interface Linked<T> {
  value: T;
  /** The page of this author or tag on the WordPress site, for rewriting links to it. */
  link?: string;
}

/** WordPress users by id → authors with unique Dateline slugs (`author-{id}` when a slug is not Latin). */
export function mapAuthors(users: readonly WpUser[], warn?: Warn): Map<number, Linked<AuthorSource>> {
  const sorted = [...users].sort((a, b) => a.id - b.id);
  const slugs = uniqueSlugs(sorted, (u) => slugFor(u.slug || u.name || '', 'author', u.id).slug, (u) => u.id);
  return new Map(
    sorted.map((user) => {
      const slug = slugs.get(user)!;
      const bio = htmlToText(user.description ?? '');
      const author: AuthorSource = { slug, name: capText(htmlToText(user.name ?? '') || slug, MAX_NAME_LENGTH, warn, 'author name'), ...(bio ? { bio } : {}) };
      return [user.id, { value: author, link: user.link }];
    }),
  );
}

/** WordPress tags by id → tags with unique Dateline slugs. */
export function mapTags(terms: readonly WpTerm[], warn?: Warn): Map<number, Linked<TagSource>> {
  const sorted = [...terms].sort((a, b) => a.id - b.id);
  const slugs = uniqueSlugs(sorted, (t) => slugFor(t.slug || t.name || '', 'tag', t.id).slug, (t) => t.id);
  return new Map(
    sorted.map((term) => {
      const slug = slugs.get(term)!;
      return [term.id, { value: { slug, name: capText(htmlToText(term.name ?? '') || slug, MAX_NAME_LENGTH, warn, 'tag name') }, link: term.link }];
    }),
  );
}
