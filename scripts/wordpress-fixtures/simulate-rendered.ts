/**
 * What a WordPress site's REST API would give as `content.rendered` for a block fixture (the markup the
 * editor saves): the block comments removed, shortcodes expanded, and a bare embed URL turned into the
 * provider's oEmbed HTML, the way WordPress's content filters do. Blocks that render on the server from
 * the database (latest posts, navigation, query loops, site title…) cannot be simulated: they are skipped.
 */

/** Blocks rendered on the server from data, not from their saved markup (a prefix ending in "-" covers a family). */
const DYNAMIC = [
  'archives', 'avatar', 'block', 'calendar', 'categories', 'comment-', 'comments', 'footnotes', 'home-link', 'latest-comments',
  'latest-posts', 'legacy-widget', 'loginout', 'more', 'navigation', 'nextpage', 'page-list', 'pattern', 'post-', 'query', 'read-more',
  'rss', 'search', 'site-', 'social-link', 'tag-cloud', 'template-part', 'term-description', 'widget-group',
];

function isDynamic(name: string): boolean {
  const block = name.replace(/^core\//, '');
  return DYNAMIC.some((d) => (d.endsWith('-') ? block.startsWith(d) : block === d || block.startsWith(`${d}-`)));
}

/** The outermost block's name ("core/cover" → "cover"), or undefined for markup without block comments. */
export function firstBlockName(saved: string): string | undefined {
  return /<!--\s*wp:([a-z0-9_/$-]+)/i.exec(saved)?.[1]?.replace(/^core\//, '');
}

export type Simulated = { skipped: string } | { html: string };

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The provider's oEmbed HTML for a URL, as WordPress stores it after fetching it (our own sample text). */
function oembedHtml(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return escape(url);
  }
  const host = u.hostname.replace(/^(www|m)\./, '');
  const frame = (src: string, title: string) =>
    `<iframe title="${escape(title)}" width="500" height="281" src="${escape(src)}" frameborder="0" allow="autoplay; encrypted-media" allowfullscreen></iframe>`;
  const segments = u.pathname.split('/').filter(Boolean);
  if (host === 'youtube.com' && u.searchParams.get('v')) return frame(`https://www.youtube.com/embed/${u.searchParams.get('v')}?feature=oembed`, 'A sample video');
  if (host === 'youtu.be' && segments[0]) return frame(`https://www.youtube.com/embed/${segments[0]}?feature=oembed`, 'A sample video');
  if (host === 'vimeo.com' && /^\d+$/.test(segments[0] ?? '')) return frame(`https://player.vimeo.com/video/${segments[0]}?dnt=1&app_id=122963`, 'A sample video');
  if (host === 'dailymotion.com' && segments[0] === 'video') return frame(`https://www.dailymotion.com/embed/video/${segments[1]}`, 'A sample video');
  if ((host === 'twitter.com' || host === 'x.com') && segments[1] === 'status') {
    const user = segments[0]!;
    return `<blockquote class="twitter-tweet" data-width="500" data-dnt="true"><p lang="en" dir="ltr">A sample post about the harbour.</p>&mdash; ${escape(user)} (@${escape(user)}) <a href="https://twitter.com/${escape(user)}/status/${escape(segments[2] ?? '1')}?ref_src=twsrc%5Etfw">March 3, 2022</a></blockquote><script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>`;
  }
  if (host === 'instagram.com' && segments[0] === 'p') {
    const permalink = `https://www.instagram.com/p/${escape(segments[1] ?? '')}/?utm_source=ig_embed&amp;utm_campaign=loading`;
    return `<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="${permalink}" data-instgrm-version="14"><div><a href="${permalink}" target="_blank"><div>View this post on Instagram</div></a><p><a href="${permalink}" target="_blank">A post shared by Sample (@sample)</a></p></div></blockquote><script async src="//www.instagram.com/embed.js"></script>`;
  }
  if (host === 'open.spotify.com') return `<iframe title="Spotify Embed" style="border-radius: 12px" width="100%" height="152" frameborder="0" allowfullscreen allow="encrypted-media" src="https://open.spotify.com/embed${escape(u.pathname)}?utm_source=oembed"></iframe>`;
  // No provider: WordPress makes the URL a link (WP_Embed::maybe_make_link).
  return `<a href="${escape(url)}">${escape(url)}</a>`;
}

/** [gallery ids="1,2"] as gallery_shortcode() writes it without HTML5 theme support (dl/dt/dd), with placeholder attachments. */
function galleryShortcode(attrs: string): string {
  const ids = /ids="([^"]*)"/.exec(attrs)?.[1]?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
  const items = ids.map(
    (id) =>
      `<dl class='gallery-item'><dt class='gallery-icon landscape'><a href='https://fixtures.example/attachment-${id}/'><img width="150" height="150" src="https://fixtures.example/wp-content/uploads/2022/02/attachment-${id}-150x150.jpg" class="attachment-thumbnail size-thumbnail" alt="" /></a></dt></dl>`,
  );
  return `<div id='gallery-1' class='gallery galleryid-1 gallery-columns-3 gallery-size-thumbnail'>${items.join('')}<br style='clear: both' /></div>`;
}

/** [caption id="attachment_1" width="300"]<img …> Text[/caption] as img_caption_shortcode() writes it (HTML5). */
function captionShortcode(attrs: string, inner: string): string {
  const width = /width="(\d+)"/.exec(attrs)?.[1] ?? '300';
  const match = /^\s*((?:<a [^>]*>)?\s*<img [^>]*>\s*(?:<\/a>)?)([\s\S]*)$/i.exec(inner);
  if (!match) return inner;
  return `<figure style="width: ${width}px" class="wp-caption alignnone">${match[1]}<figcaption class="wp-caption-text">${match[2]!.trim()}</figcaption></figure>`;
}

export function simulateRendered(saved: string): Simulated {
  const name = firstBlockName(saved);
  if (name && isDynamic(name)) return { skipped: `dynamic block "${name}" (rendered on the server from data)` };
  let html = saved.replace(/<!--\s*\/?wp:[\s\S]*?-->/g, '');
  // Other comments (<!--more-->, <!--nextpage-->) show nothing.
  html = html.replace(/<!--[\s\S]*?-->/g, '');
  html = html.replace(/\[gallery([^\]]*)\]/g, (_m, attrs: string) => galleryShortcode(attrs));
  html = html.replace(/\[caption([^\]]*)\]([\s\S]*?)\[\/caption\]/g, (_m, attrs: string, inner: string) => captionShortcode(attrs, inner));
  html = html.replace(/\[embed\]([\s\S]*?)\[\/embed\]/g, (_m, url: string) => oembedHtml(url.trim()));
  html = html.replace(/(<div class="wp-block-embed__wrapper">)\s*(https?:\/\/[^\s<]+)\s*(<\/div>)/g, (_m, open: string, url: string, close: string) => `${open}\n${oembedHtml(url)}\n${close}`);
  return { html };
}
