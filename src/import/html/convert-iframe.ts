import type { Block, EmbedBlock, VideoBlock } from '../../model/block';
import { EMBED_PROVIDERS, VIDEO_PROVIDERS } from '../../model/providers';
import type { ConvertContext, Size } from './context';
import { classList, type HtmlElement } from './html-node';
import { collapsePlainText } from './plain-text';
import { providerFrame, providerVideo } from './provider-urls';
import { socialFromFrame } from './social-frame';
import { positiveInt } from './srcset';

const MAX_FRAME_HEIGHT = 4000;

/** The frame's address, looking past lazy-loading placeholders (src="about:blank" plus data-src). */
function frameSource(attrs: Readonly<Record<string, string>>): string | undefined {
  const src = attrs.src?.trim();
  if (src && src !== 'about:blank') return src;
  return attrs['data-src']?.trim() || attrs['data-lazy-src']?.trim() || undefined;
}

/** width="560" height="315" → its shape; height="400" with width="100%" → a fixed height. */
function frameSize(element: HtmlElement, aspect: Size | undefined): { aspect?: Size; height?: number } {
  if (aspect) return { aspect };
  const width = positiveInt(element.attrs.width);
  const height = positiveInt(element.attrs.height);
  if (width && height) return { aspect: { width, height } };
  return height ? { height: Math.min(height, MAX_FRAME_HEIGHT) } : {};
}

/** A WordPress post embed's frame (…/post/embed/#?secret=…) → the post's own address. */
function embeddedPostPage(src: string): string {
  const url = new URL(src);
  url.hash = '';
  url.search = '';
  url.pathname = url.pathname.replace(/embed\/?$/, '');
  return url.href;
}

function hostName(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/**
 * <iframe> → a provider video (YouTube, Vimeo, Dailymotion), a provider's frame (EMBED_PROVIDERS: a chart,
 * a map, a player; loaded only when the reader asks), a social post card (Mastodon, Facebook…), or, from
 * any other host, a link card to it, never a frame (counted). The title comes from the iframe's title,
 * else the enclosing figure's caption; the shape from the figure (wp-embed-aspect-16-9) or width/height.
 */
export function convertIframe(element: HtmlElement, ctx: ConvertContext): Block[] {
  const raw = frameSource(element.attrs);
  if (raw === undefined) {
    ctx.warn('element-dropped', '<iframe> without src');
    return [];
  }
  const src = ctx.imageUrl(raw);
  if (src === undefined) {
    ctx.warn('unsafe-url', 'iframe src', raw.slice(0, 80));
    return [];
  }
  const hints = ctx.figure;
  const title = collapsePlainText(element.attrs.title ?? '');
  const aspect = hints?.aspect;

  const video = providerVideo(src);
  if (video) {
    const size = frameSize(element, aspect);
    const block: VideoBlock = {
      type: 'video',
      title: title || hints?.caption || `${VIDEO_PROVIDERS[video.provider].name} video`,
      source: { kind: 'provider', ...video },
      ...(size.aspect ? { aspect: size.aspect } : {}),
    };
    return [block];
  }
  const social = socialFromFrame(src, ctx.linkUrl);
  if (social) return [social];

  const pageFromFigure = hints?.url;
  const frame = providerFrame(src);
  if (frame) {
    const name = EMBED_PROVIDERS[frame.provider].name;
    const block: EmbedBlock = {
      type: 'embed',
      provider: name,
      url: pageFromFigure ?? ctx.linkUrl(src) ?? frame.src,
      title: title || hints?.title || hints?.caption || name,
      frame: { provider: frame.provider, src: frame.src, ...frameSize(element, aspect) },
    };
    return [block];
  }

  let page = pageFromFigure ?? ctx.linkUrl(src);
  if (classList(element).includes('wp-embedded-content')) {
    page = pageFromFigure ?? ctx.linkUrl(embeddedPostPage(src));
    // WordPress writes a post embed twice: a blockquote with the post's link, and this frame.
    if (page && ctx.embeddedPages.has(page)) return [];
  }
  if (page === undefined) {
    ctx.warn('unsafe-url', 'iframe src', raw.slice(0, 80));
    return [];
  }
  const host = hostName(page);
  ctx.warn('frame-as-link', new URL(src).hostname);
  return [{ type: 'embed', provider: host, url: page, title: title || hints?.title || hints?.caption || host }];
}
