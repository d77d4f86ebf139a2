import type { Inline } from '../../model/inline';

/** How many links a social card keeps; further ones (a hashtag wall) read as their text. */
export const MAX_SOCIAL_LINKS = 5;

/** Lines the networks' embed markup adds around a post: their interface, not the post's words. */
const BOILERPLATE = [/^view this post on instagram$/i, /^view (this post )?on (threads|mastodon|instagram|tiktok)$/i, /^\[image or embed\]$/i, /^post by @[\w.@-]+$/i];
export const isBoilerplate = (text: string) => BOILERPLATE.some((re) => re.test(text.trim()));

function textOf(content: readonly Inline[]): string {
  return content.map((n) => (n.type === 'text' || n.type === 'code' ? n.text : 'children' in n ? textOf(n.children) : ' ')).join('');
}

/**
 * A post's text as a card keeps it: links to the post itself and hashtag links read as text, links that
 * only say "[image or embed]" go, and of the other links the first MAX_SOCIAL_LINKS stay links. Returns
 * the inlines and whether links were capped.
 */
export function tidySocialText(content: readonly Inline[], permalink: string): { text: Inline[]; capped: boolean } {
  let links = 0;
  let capped = false;
  const visit = (list: readonly Inline[]): Inline[] =>
    list.flatMap((node): Inline[] => {
      if (node.type !== 'link') return 'children' in node ? [{ ...node, children: visit(node.children) }] : [node];
      const label = textOf(node.children).trim();
      if (isBoilerplate(label)) return [];
      const children = visit(node.children);
      if (node.href === permalink || label.startsWith('#')) return children;
      links += 1;
      if (links > MAX_SOCIAL_LINKS) {
        capped = true;
        return children;
      }
      return [{ ...node, children }];
    });
  return { text: visit(content), capped };
}

export interface Attribution {
  author?: string;
  handle?: string;
}

/** "— Name (@handle)" (X, Bluesky), "A post shared by Name (@handle)" (Instagram), "Posted by Name" (Facebook). */
export function parseAttribution(line: string): Attribution {
  const text = line
    .replace(/\s+/g, ' ')
    .replace(/^[\s\u2014\u2013\u2015-]+/, '')
    .replace(/^(a post shared by|posted by)\s+/i, '')
    .replace(/\s+on\s*$/i, '')
    .trim();
  const match = /^(.*?)\s*\((@[^()\s]+)\)\s*$/.exec(text);
  const author = (match ? match[1]! : text).trim();
  const handle = match?.[2];
  return { ...(author ? { author } : {}), ...(handle ? { handle } : {}) };
}

const TRACKING = new Set(['ref_src', 'ref_url', 'refer', 'igsh', 'igshid', 'is_from_webapp', 'sender_device', 'embed_source', 'src']);

/** A permalink without the embed's tracking parameters (?ref_src=twsrc…, ?utm_source=ig_embed…). */
export function cleanPermalink(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING.has(name) || name.startsWith('utm_')) url.searchParams.delete(name);
  }
  return url.href;
}

/** at://did:plc:x/app.bsky.feed.post/abc → https://bsky.app/profile/did:plc:x/post/abc. */
export function blueskyPostUrl(uri: string | undefined): string | undefined {
  const match = /^at:\/\/([^/\s]+)\/app\.bsky\.feed\.post\/([\w-]+)$/.exec(uri?.trim() ?? '');
  return match ? `https://bsky.app/profile/${match[1]}/post/${match[2]}` : undefined;
}
