import type { SocialNetwork } from '../../model/providers';
import { hasBackground } from './convert-cover';
import { isAccordionItem } from './convert-details';
import { isFootnotes } from './convert-footnotes';
import { isGallery } from './convert-gallery';
import { isScriptEmbed } from './convert-script-embed';
import { socialNetworkOf } from './convert-social';
import { classList, type HtmlElement } from './html-node';

/** WordPress (and embed) constructs recognised by their classes, before the element's own role. */
export type Construct =
  | { kind: 'social'; network: SocialNetwork }
  | { kind: 'embed' | 'embedded-post' | 'script-embed' | 'gallery' | 'pullquote' | 'cover' | 'file' | 'footnotes' | 'accordion-item' | 'caption-box' };

export function recognise(element: HtmlElement): Construct | undefined {
  if (element.name === 'iframe' || element.name === 'img') return undefined;
  const network = socialNetworkOf(element);
  if (network) return { kind: 'social', network };
  if (isScriptEmbed(element)) return { kind: 'script-embed' };
  const classes = classList(element);
  if (classes.length === 0) return undefined;
  if (classes.includes('wp-block-embed') && (element.name === 'figure' || element.name === 'div')) return { kind: 'embed' };
  if (element.name === 'blockquote' && classes.includes('wp-embedded-content')) return { kind: 'embedded-post' };
  if (isGallery(element)) return { kind: 'gallery' };
  if (classes.includes('wp-block-pullquote')) return { kind: 'pullquote' };
  if (hasBackground(element)) return { kind: 'cover' };
  if (element.name === 'div' && classes.includes('wp-block-file')) return { kind: 'file' };
  if (isFootnotes(element)) return { kind: 'footnotes' };
  if (isAccordionItem(element)) return { kind: 'accordion-item' };
  if (element.name === 'div' && classes.includes('wp-caption')) return { kind: 'caption-box' };
  return undefined;
}
