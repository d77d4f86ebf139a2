import type { ConvertContext } from './context';
import { classify, type ElementRole } from './elements';
import type { HtmlElement } from './html-node';

/** The scripts social networks, chart providers and WordPress's post embeds load: removed, counted apart from other scripts. */
const EMBED_LOADERS = new Set([
  'platform.twitter.com', 'www.instagram.com', 'instagram.com', 'www.tiktok.com', 'embed.bsky.app', 'www.threads.net', 'www.threads.com',
  'connect.facebook.net', 'embed.redditmedia.com', 'public.flourish.studio', 'datawrapper.dwcdn.net', 'e.infogram.com',
]);

function embedLoader(element: HtmlElement): string | undefined {
  if (element.name !== 'script' || !element.attrs.src) return undefined;
  try {
    const url = new URL(element.attrs.src, 'https://x.invalid/');
    return EMBED_LOADERS.has(url.hostname) || /\/(embed|wp-embed(\.min)?)\.js$/.test(url.pathname) ? url.hostname : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Classifies an element on the way in, and records what the allow-list takes away: the element itself
 * (dropped or unwrapped) and any event-handler attributes. Attributes are never copied, so style and
 * on* attributes cannot reach the output; the warning only makes their removal visible.
 */
export function enterElement(element: HtmlElement, ctx: ConvertContext): ElementRole {
  const { role, loud } = classify(element.name);
  const loader = loud ? embedLoader(element) : undefined;
  if (loader) ctx.warn('embed-script-dropped', loader);
  else if (loud) ctx.warn(role === 'drop' ? 'element-dropped' : 'element-unwrapped', `<${element.name}>`);
  if (role !== 'drop') {
    for (const name of Object.keys(element.attrs)) if (name.startsWith('on')) ctx.warn('handler-dropped', name);
  }
  return role;
}
