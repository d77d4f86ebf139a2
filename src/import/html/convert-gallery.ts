import type { Block, GalleryBlock, Image } from '../../model/block';
import type { ConvertContext } from './context';
import { convertImage, emojiText } from './convert-image';
import { classList, type HtmlElement, type HtmlNode } from './html-node';
import { collapsePlainText, nodesToText } from './plain-text';

/** Whether an element is a gallery: the block editor's (figure/ul/div.wp-block-gallery), [gallery]'s div.gallery, Jetpack's tiled gallery. */
export function isGallery(element: HtmlElement): boolean {
  const classes = classList(element);
  return (
    classes.includes('wp-block-gallery') ||
    classes.includes('tiled-gallery') ||
    classes.includes('wp-block-jetpack-tiled-gallery') ||
    (element.name === 'div' && classes.includes('gallery'))
  );
}

/** One picture of a gallery: li.blocks-gallery-item, a nested figure, [gallery]'s dl.gallery-item or figure.gallery-item, Jetpack's tiled-gallery-item. */
const isItem = (element: HtmlElement) =>
  element.name === 'li' ||
  element.name === 'figure' ||
  element.name === 'dl' ||
  classList(element).some((c) => c === 'gallery-item' || c === 'tiled-gallery-item' || c === 'blocks-gallery-item');

/** An item's caption: a figcaption, [gallery]'s dd.wp-caption-text, Jetpack's div.tiled-gallery-caption. */
const isItemCaption = (element: HtmlElement) =>
  element.name === 'figcaption' ||
  classList(element).some((c) => c === 'wp-caption-text' || c === 'gallery-caption' || c === 'tiled-gallery-caption' || c === 'blocks-gallery-item__caption');

/** The gallery's own caption: figcaption.blocks-gallery-caption, or a figcaption directly in the gallery figure. */
const isGalleryCaption = (element: HtmlElement, gallery: HtmlElement) =>
  classList(element).includes('blocks-gallery-caption') || (element.name === 'figcaption' && gallery.children.includes(element));

interface Collected {
  images: Image[];
  caption: string;
  linked: number;
  /** Text met in the gallery outside its pictures and captions: kept, after it. */
  loose: string[];
}

function collect(gallery: HtmlElement, ctx: ConvertContext): Collected {
  const out: Collected = { images: [], caption: '', linked: 0, loose: [] };
  const captions: string[] = [];
  const visit = (nodes: readonly HtmlNode[], itemCaption: string | undefined, inLink: boolean) => {
    for (const node of nodes) {
      if (node.kind !== 'element') {
        if (node.text.trim() !== '') out.loose.push(node.text);
        continue;
      }
      if (isGalleryCaption(node, gallery)) {
        captions.push(nodesToText(node.children));
        continue;
      }
      if (node.name === 'img' && emojiText(node) === undefined) {
        const block = convertImage(node, ctx);
        if (!block) continue;
        const { type: _type, link: _link, ...image } = block;
        out.images.push(itemCaption ? { ...image, caption: itemCaption } : image);
        if (inLink) out.linked += 1;
        continue;
      }
      if (isItem(node)) {
        const caption = node.children.filter((c): c is HtmlElement => c.kind === 'element' && isItemCaption(c));
        const text = nodesToText(caption.flatMap((c) => c.children));
        visit(node.children.filter((c) => !caption.includes(c as HtmlElement)), text || itemCaption, inLink);
        continue;
      }
      if (isItemCaption(node)) continue;
      visit(node.children, itemCaption, inLink || (node.name === 'a' && !!node.attrs.href));
    }
  };
  visit(gallery.children, undefined, false);
  out.caption = captions.filter(Boolean).join(' ');
  return out;
}

/**
 * A gallery → a gallery block: each picture with its own caption, and the gallery's caption. Links on
 * the pictures (to their file or attachment page) are not kept (the model's gallery images have none;
 * counted once per gallery). A gallery left without pictures keeps its caption as a paragraph; text met
 * outside its pictures follows it.
 */
export function convertGallery(gallery: HtmlElement, ctx: ConvertContext): Block[] {
  const { images, caption, linked, loose } = collect(gallery, ctx);
  if (linked > 0) ctx.warn('gallery-links-dropped', undefined, String(linked));
  const paragraph = (text: string): Block[] => (text ? [{ type: 'paragraph', content: [{ type: 'text', text }] }] : []);
  const after = paragraph(collapsePlainText(loose.join(' ')));
  if (images.length === 0) return [...paragraph(caption), ...after];
  const block: GalleryBlock = { type: 'gallery', images, ...(caption ? { caption } : {}) };
  return [block, ...after];
}
