import { escapeAttr, escapeText } from './html-escape';
import { outsidePre } from './wpautop';

/*
 * WordPress's embeds, as the HTML its oEmbed providers give (which the HTML converter recognises):
 * [embed]URL[/embed], and a URL alone on its own line (or alone in a paragraph), which WordPress
 * embeds by itself.
 */

function youtubeId(url: URL): string | undefined {
  const host = url.hostname.toLowerCase().replace(/^(www\.|m\.)/, '');
  let id: string | null | undefined;
  if (host === 'youtu.be') id = url.pathname.split('/')[1];
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    const [, first, second] = url.pathname.split('/');
    id = first === 'watch' ? url.searchParams.get('v') : first === 'embed' || first === 'shorts' || first === 'live' ? second : undefined;
  }
  return id && /^[\w-]{11}$/.test(id) ? id : undefined;
}

function vimeoId(url: URL): string | undefined {
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (host !== 'vimeo.com' && host !== 'player.vimeo.com') return undefined;
  const id = url.pathname.split('/').filter(Boolean).find((s) => /^\d{1,12}$/.test(s));
  return id;
}

function isTweet(url: URL): boolean {
  const host = url.hostname.toLowerCase().replace(/^(www\.|mobile\.)/, '');
  return (host === 'twitter.com' || host === 'x.com') && /^\/\w{1,15}\/status(?:es)?\/\d{1,20}\/?$/.test(url.pathname);
}

const iframe = (src: string, title: string) =>
  `<figure class="wp-block-embed"><div class="wp-block-embed__wrapper"><iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="640" height="360" frameborder="0" allowfullscreen></iframe></div></figure>`;

/** The HTML WordPress puts in place of an embedded URL: a player, a tweet, or (no provider) a plain link. */
export function embedHtml(rawUrl: string): string {
  const trimmed = rawUrl.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return escapeText(trimmed);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return escapeText(trimmed);
  const youtube = youtubeId(url);
  if (youtube) return iframe(`https://www.youtube.com/embed/${youtube}`, 'YouTube video');
  const vimeo = vimeoId(url);
  if (vimeo) return iframe(`https://player.vimeo.com/video/${vimeo}`, 'Vimeo video');
  if (isTweet(url)) return `<blockquote class="twitter-tweet"><a href="${escapeAttr(trimmed)}">${escapeText(trimmed)}</a></blockquote>`;
  return `<a href="${escapeAttr(trimmed)}">${escapeText(trimmed)}</a>`;
}

const EMBED_SHORTCODE = /\[embed(?:\s[^\]]*)?\]([\s\S]*?)\[\/embed\]/gi;
/** A URL alone on its line (the m flag: ^ and $ at line ends). */
const URL_LINE = /^([ \t]*)(https?:\/\/[^\s<>"]+)([ \t]*)$/gim;
/** A URL alone in a paragraph (block-editor or hand-written <p>). */
const URL_PARAGRAPH = /(<p(?:\s[^>]*)?>\s*)(https?:\/\/[^\s<>"]+)(\s*<\/p>)/gi;

const NESTED_EMBED = /(<div class="wp-block-embed__wrapper">\s*)<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">([\s\S]*?)<\/div><\/figure>(\s*<\/div>)/g;

/**
 * [embed]URL[/embed] and lone URLs → embed HTML, outside <pre>. Runs before wpautop, as WordPress's
 * autoembed does; the players and tweets are block-level, so wpautop leaves them alone and a plain link
 * becomes a paragraph of its own.
 */
export function applyEmbeds(content: string): string {
  return outsidePre(content, (html) =>
    html
      .replace(EMBED_SHORTCODE, (_, url: string) => `\n${embedHtml(url)}\n`)
      .replace(URL_PARAGRAPH, (whole, open: string, url: string, close: string) => {
        const embed = embedHtml(url);
        return embed.startsWith('<a ') ? `${open}${embed}${close}` : embed;
      })
      .replace(URL_LINE, (_, before: string, url: string, after: string) => `${before}${embedHtml(url)}${after}`)
      // A block-editor embed already has its figure and wrapper: the provider's HTML goes inside it, once.
      .replace(NESTED_EMBED, '$1$2$3'),
  );
}
