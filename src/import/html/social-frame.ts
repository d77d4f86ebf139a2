import type { SocialBlock } from '../../model/block';
import type { SocialNetwork } from '../../model/providers';

/** A social post card that carries no text: the network and its permalink are all a frame tells. */
function card(network: SocialNetwork, url: string, handle?: string): SocialBlock {
  return { type: 'social', network, url, ...(handle ? { handle } : {}), text: [], media: [] };
}

/**
 * A social network's post frame → a card for the post: Mastodon's `https://instance/@user/ID/embed`,
 * Facebook's plugins/post.php?href=…, Instagram's /p/ID/embed, X's platform.twitter.com/embed/Tweet.html?id=ID.
 * `toLink` makes the permalink safe (undefined refuses it).
 */
export function socialFromFrame(src: string, toLink: (raw: string) => string | undefined): SocialBlock | undefined {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase();
  const mastodon = /^\/(@[\w.-]+)\/(\d+)\/embed\/?$/.exec(url.pathname);
  if (mastodon) {
    const permalink = toLink(`${url.origin}/${mastodon[1]}/${mastodon[2]}`);
    return permalink ? card('mastodon', permalink, `${mastodon[1]}@${host}`) : undefined;
  }
  if ((host === 'www.facebook.com' || host === 'facebook.com') && /^\/plugins\/(post|video)\.php$/.test(url.pathname)) {
    const href = url.searchParams.get('href');
    const permalink = href ? toLink(href) : undefined;
    return permalink ? card('facebook', permalink) : undefined;
  }
  const instagram = /^\/(p|reel|tv)\/([\w-]+)\/embed/.exec(url.pathname);
  if ((host === 'www.instagram.com' || host === 'instagram.com') && instagram) {
    const permalink = toLink(`https://www.instagram.com/${instagram[1]}/${instagram[2]}/`);
    return permalink ? card('instagram', permalink) : undefined;
  }
  const tweet = url.searchParams.get('id');
  if (host === 'platform.twitter.com' && url.pathname.startsWith('/embed/') && tweet && /^\d+$/.test(tweet)) {
    const permalink = toLink(`https://twitter.com/i/status/${tweet}`);
    return permalink ? card('x', permalink) : undefined;
  }
  return undefined;
}
