import { percentDecode } from '../urls';
import type { Warnings } from '../warnings';
import type { Sourced, WpDump } from '../wordpress/dump';
import { attachmentMetadata } from './php-serialized';
import type { WxrExport, WxrItem, WxrTerm } from './read-wxr';
import { renderContent } from './render-content';
import type { GalleryImage } from './shortcodes';
import { wpautop } from './wpautop';

/*
 * A WordPress export → the same raw shapes the REST importer reads (posts, categories, tags, users,
 * media, pages as GET /wp-json/wp/v2/… gives them), so that an export and the live site give the same
 * stories through the same mapping (importWordPress). The content is rendered the way WordPress renders
 * it for the REST API first (render-content.ts).
 */

/** What is not imported, by kind, in the words of the summary. */
const STATUS_KIND: Readonly<Record<string, string>> = {
  draft: 'draft',
  'auto-draft': 'draft',
  pending: 'pending review',
  private: 'private',
  future: 'scheduled',
  trash: 'trashed',
  inherit: 'revision',
};

export interface MappedExport {
  dump: WpDump;
  /** Items not imported, counted by kind ("draft", "page", "password-protected", …). */
  leftOut: Record<string, number>;
}

const positiveId = (value: string | undefined) => {
  const n = value !== undefined && /^\s*\d+\s*$/.test(value) ? Number(value) : undefined;
  return n !== undefined && Number.isSafeInteger(n) && n > 0 ? n : undefined;
};

/** "2026-11-20 08:30:00" (UTC); "0000-00-00 00:00:00" or empty is unknown. */
const knownGmt = (value: string | undefined) => {
  const v = value?.trim();
  return v && !v.startsWith('0000-00-00') ? v : undefined;
};

/** pubDate (RFC 822, "Fri, 20 Nov 2026 08:30:00 +0000") → a UTC time "2026-11-20T08:30:00", or undefined. */
function fromPubDate(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 19);
}

/** Ids for terms: their wp:term_id, or new ones above every id in the file. */
class TermIds {
  private readonly byNicename = new Map<string, number>();
  private next = 1;
  readonly terms: { id: number; term: WxrTerm }[] = [];

  constructor(terms: readonly WxrTerm[]) {
    for (const t of terms) this.next = Math.max(this.next, (positiveId(t.termId) ?? 0) + 1);
    for (const t of terms) this.add(t);
  }

  add(term: WxrTerm): number {
    const key = term.nicename || term.name;
    const known = this.byNicename.get(key);
    if (known !== undefined) return known;
    const given = positiveId(term.termId);
    const id = given !== undefined && !this.terms.some((t) => t.id === given) ? given : this.next++;
    this.byNicename.set(key, id);
    this.terms.push({ id, term });
    return id;
  }

  id(nicename: string): number | undefined {
    return this.byNicename.get(nicename);
  }
}

const looksLikeEmail = (text: string) => text.includes('@');

const meta = (item: WxrItem, key: string) => item.meta.get(key);

function itemLabel(kind: string, item: WxrItem): string {
  const id = item.postId?.trim() || 'without an id';
  const title = item.title.trim();
  return `${kind} ${id}${title ? ` "${title.length > 60 ? `${title.slice(0, 59)}…` : title}"` : ''} (line ${item.line})`;
}

const decodeSlug = (value: string | undefined) => {
  const slug = value?.trim();
  return slug ? percentDecode(slug) : undefined;
};

interface Attachment {
  id: number;
  item: WxrItem;
  media: Record<string, unknown>;
  image: GalleryImage;
}

function mapAttachment(item: WxrItem, id: number): Attachment | undefined {
  const url = (item.attachmentUrl ?? item.guid ?? '').trim();
  if (!url) return undefined;
  const details = attachmentMetadata(meta(item, '_wp_attachment_metadata') ?? '');
  const base = url.slice(0, url.lastIndexOf('/') + 1);
  const sizes = Object.fromEntries(Object.entries(details?.sizes ?? {}).map(([name, s]) => [name, { source_url: `${base}${s.file}`, width: s.width, height: s.height }]));
  const alt = meta(item, '_wp_attachment_image_alt')?.trim();
  const caption = item.excerpt.trim();
  const media: Record<string, unknown> = {
    id,
    source_url: url,
    slug: decodeSlug(item.postName),
    link: item.link?.trim() || undefined,
    alt_text: alt ?? '',
    caption: { rendered: caption },
    media_details: details ? { width: details.width, height: details.height, sizes } : undefined,
  };
  const image: GalleryImage = { src: url, width: details?.width, height: details?.height, alt: alt ?? '', ...(caption ? { caption } : {}) };
  return { id, item, media, image };
}

/** Reads the export into the REST importer's shapes; counts what is left out. */
export function mapExport(wxr: WxrExport, warnings: Warnings): MappedExport {
  const file = wxr.file;
  const leftOut: Record<string, number> = {};
  const count = (kind: string) => (leftOut[kind] = (leftOut[kind] ?? 0) + 1);

  const categories = new TermIds(wxr.categories);
  const tags = new TermIds(wxr.tags);
  const users = new Map<string, { id: number; name: string; slug: string }>();
  let nextUser = 1;
  for (const a of wxr.authors) nextUser = Math.max(nextUser, (positiveId(a.id) ?? 0) + 1);
  const userFor = (login: string, displayName?: string, given?: string) => {
    const known = users.get(login);
    if (known) return known.id;
    const wanted = positiveId(given);
    const id = wanted !== undefined && ![...users.values()].some((u) => u.id === wanted) ? wanted : nextUser++;
    // Many sites use an e-mail address as a login (and WordPress copies the login into the display
    // name): one is never written out, neither as the name nor as the slug.
    const name = [displayName?.trim(), login.trim()].find((n) => n && !looksLikeEmail(n));
    users.set(login, { id, name: name ?? `Author ${id}`, slug: looksLikeEmail(login) ? (name ?? `author-${id}`) : login });
    return id;
  };
  for (const a of wxr.authors) userFor(a.login, a.displayName, a.id);

  const attachments = new Map<number, Attachment>();
  for (const item of wxr.items) {
    const id = positiveId(item.postId);
    if (item.postType?.trim() === 'attachment' && id !== undefined) {
      const attachment = mapAttachment(item, id);
      if (attachment) attachments.set(id, attachment);
    }
  }

  const dump: WpDump = {
    source: file,
    siteUrl: wxr.link || wxr.baseBlogUrl || wxr.baseSiteUrl,
    index: { name: wxr.title, description: wxr.description, home: wxr.link || undefined, url: wxr.baseBlogUrl || undefined, language: wxr.language || undefined },
    posts: [],
    categories: [],
    users: [],
    tags: [],
    media: [...attachments.values()].map((a, index) => ({ file, index, value: a.media, label: itemLabel('attachment', a.item) })),
    pages: [],
  };

  wxr.items.forEach((item, index) => {
    const type = item.postType?.trim() || 'post';
    const status = item.status?.trim() || 'publish';
    const id = positiveId(item.postId);
    const ref = { id: item.postId?.trim(), slug: decodeSlug(item.postName), link: item.link?.trim() || undefined, guid: item.guid ? { rendered: item.guid.trim() } : undefined };
    if (type !== 'post') {
      count(type === 'nav_menu_item' ? 'menu item' : type);
      if (type === 'page' && id !== undefined) dump.pages.push({ file, index, value: ref, label: itemLabel('page', item) });
      return;
    }
    const label = itemLabel('post', item);
    const password = (item.password ?? '') !== '';
    if (status !== 'publish') count(STATUS_KIND[status] ?? status);
    else if (password) count('password-protected');

    const itemCategories: number[] = [];
    const itemTags: number[] = [];
    for (const term of item.terms) {
      const nicename = term.nicename || term.name;
      if (term.domain === 'category') itemCategories.push(categories.id(nicename) ?? categories.add({ nicename, name: term.name }));
      else if (term.domain === 'post_tag') itemTags.push(tags.id(nicename) ?? tags.add({ nicename, name: term.name }));
    }
    const creator = item.creator?.trim();
    const thumbnail = positiveId(meta(item, '_thumbnail_id'));
    const warn = warnings.scoped(file, label);
    const content = password
      ? { rendered: '', protected: true }
      : {
          rendered: renderContent(item.content, {
            attachment: (n) => attachments.get(n)?.image,
            onUnknown: (name) => warn('shortcode-removed', name),
            onMissingAttachment: (n) => warn('gallery-image-missing', undefined, `attachment ${n}`),
          }),
        };
    const post: Record<string, unknown> = {
      ...ref,
      status,
      date_gmt: knownGmt(item.postDateGmt) ?? fromPubDate(item.pubDate),
      modified_gmt: knownGmt(item.postModifiedGmt),
      title: { rendered: item.title },
      content,
      ...(password ? {} : { excerpt: { rendered: wpautop(item.excerpt) } }),
      author: creator ? userFor(creator) : undefined,
      featured_media: thumbnail,
      sticky: item.isSticky?.trim() === '1',
      categories: itemCategories,
      tags: itemTags,
    };
    dump.posts.push({ file, index, value: post, label });
  });

  const parentId = (ids: TermIds, term: WxrTerm) => {
    const id = ids.id(term.parent!);
    if (id === undefined) warnings.add({ kind: 'category-parent-missing', subject: `category "${term.nicename}": parent "${term.parent}"`, file });
    return id;
  };
  const termValue = (kind: 'category' | 'tag', ids: TermIds, { id, term }: { id: number; term: WxrTerm }, index: number): Sourced => ({
    file,
    index,
    label: `${kind} ${term.termId ?? id} "${term.nicename || term.name}"`,
    value: {
      id,
      name: term.name || undefined,
      slug: term.nicename ? percentDecode(term.nicename) : undefined,
      description: term.description,
      parent: term.parent ? parentId(ids, term) : undefined,
    },
  });
  dump.categories = categories.terms.map((t, i) => termValue('category', categories, t, i));
  dump.tags = tags.terms.map((t, i) => termValue('tag', tags, t, i));
  // Only the login and display name: an export's e-mail addresses are never read.
  dump.users = [...users.values()].map((u, index) => ({ file, index, value: u, label: `author "${u.slug}"` }));
  return { dump, leftOut };
}
