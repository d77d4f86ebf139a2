import type { Block, EmbedBlock } from '../../model/block';
import type { ConvertContext } from './context';
import { convertFigure } from './convert-figure';
import { classList, isElement, type HtmlElement, type HtmlNode } from './html-node';
import { collapsePlainText, nodesToText } from './plain-text';
import { providerVideo } from './provider-urls';
import type { ReadBlocks } from './read-blocks';

const BARE_URL = /^https?:\/\/\S+$/i;

function descendants(nodes: readonly HtmlNode[]): HtmlElement[] {
  return nodes.flatMap((node) => (node.kind === 'element' ? [node, ...descendants(node.children)] : []));
}

/** The wrapper's content when it is only a URL, or only a link: WordPress could not embed it. */
function bareLink(wrapper: readonly HtmlNode[]): { href: string; text: string } | undefined {
  const meaningful = wrapper.filter((n) => n.kind === 'element' || n.text.trim() !== '');
  if (meaningful.length !== 1) return undefined;
  const only = meaningful[0]!;
  if (only.kind === 'text') {
    const url = only.text.trim();
    return BARE_URL.test(url) ? { href: url, text: url } : undefined;
  }
  if (isElement(only, 'a') && only.attrs.href && descendants(only.children).length === 0) return { href: only.attrs.href, text: nodesToText(only.children) };
  return undefined;
}

/** A lone link beside the figure's one iframe: the page the frame shows. */
function pageLink(figure: HtmlElement, ctx: ConvertContext): { element: HtmlElement; url: string; title: string } | undefined {
  const all = descendants(figure.children.filter((c) => !isElement(c, 'figcaption')));
  const frames = all.filter((e) => e.name === 'iframe');
  const links = all.filter((e) => e.name === 'a' && e.attrs.href?.trim() && !e.attrs.href.trim().startsWith('#'));
  if (frames.length !== 1 || links.length !== 1) return undefined;
  // A video's page is its provider's; a WordPress post embed carries its own link (convertEmbeddedPost).
  const src = frames[0]!.attrs.src ?? '';
  if (providerVideo(src) || classList(frames[0]!).includes('wp-embedded-content')) return undefined;
  const url = ctx.linkUrl(links[0]!.attrs.href!);
  return url && /^https?:/i.test(url) ? { element: links[0]!, url, title: nodesToText(links[0]!.children) } : undefined;
}

function withoutNode(nodes: readonly HtmlNode[], drop: HtmlElement): HtmlNode[] {
  return nodes.filter((n) => n !== drop).map((n) => (n.kind === 'element' ? { ...n, children: withoutNode(n.children, drop) } : n));
}

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** A link card to what WordPress failed to embed, or to a post it embeds. */
function linkCard(href: string, text: string, ctx: ConvertContext): EmbedBlock | undefined {
  const url = ctx.linkUrl(href);
  if (url === undefined) {
    ctx.warn('unsafe-url', 'a href', href.slice(0, 80));
    return undefined;
  }
  if (!/^https?:/i.test(url)) return undefined;
  return { type: 'embed', provider: hostOf(url), url, title: collapsePlainText(text) || hostOf(url) };
}

/**
 * figure.wp-block-embed → what its wrapper holds: a provider's iframe (a video, a frame, or a link card,
 * convert-iframe.ts), a social post's blockquote (convert-social.ts), a WordPress post embed; a bare URL
 * or lone link (WordPress could not embed it) becomes a link card. The caption is the video's, or
 * follows as a paragraph (an embed has no caption of its own).
 */
export function convertEmbedFigure(figure: HtmlElement, ctx: ConvertContext, readBlocks: ReadBlocks): Block[] {
  const wrapper = figure.children.find((c): c is HtmlElement => c.kind === 'element' && classList(c).includes('wp-block-embed__wrapper'));
  const bare = bareLink(wrapper?.children ?? figure.children.filter((c) => !isElement(c, 'figcaption')));
  if (!bare) {
    const page = pageLink(figure, ctx);
    if (!page) return convertFigure(figure, ctx, readBlocks);
    // The frame's page is named by a lone link beside it: the frame's card takes it, the link is not repeated.
    const read: ReadBlocks = (nodes, inner) => readBlocks(withoutNode(nodes, page.element), { ...inner, figure: { ...inner.figure, url: page.url, ...(page.title ? { title: page.title } : {}) } });
    return convertFigure(figure, ctx, read);
  }
  const card = linkCard(bare.href, bare.text, ctx);
  if (card) ctx.warn('embed-as-link', card.provider);
  const caption = nodesToText(figure.children.filter((c): c is HtmlElement => isElement(c, 'figcaption')).flatMap((c) => c.children));
  const blocks: Block[] = card ? [card] : [];
  if (caption) blocks.push({ type: 'paragraph', content: [{ type: 'text', text: caption }] });
  return blocks;
}

/**
 * blockquote.wp-embedded-content (WordPress's embed of another WordPress post: a link to it, with a
 * frame beside that scripts would show) → a link card to the post; its frame twin is then left out.
 */
export function convertEmbeddedPost(quote: HtmlElement, ctx: ConvertContext, readBlocks: ReadBlocks): Block[] {
  const link = descendants(quote.children).find((e) => e.name === 'a' && e.attrs.href);
  const card = link ? linkCard(link.attrs.href!, nodesToText(link.children), ctx) : undefined;
  if (!card) return readBlocks(quote.children, ctx);
  ctx.embeddedPages.add(card.url);
  return [card];
}
