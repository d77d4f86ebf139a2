/**
 * The allow-list: what each HTML element becomes. Anything not named here is unknown: the element is
 * dropped with a warning and its text kept.
 */
export type ElementRole =
  | 'paragraph'
  | 'heading'
  | 'quote'
  | 'list'
  | 'list-item'
  | 'figure'
  | 'caption'
  | 'image'
  | 'em'
  | 'strong'
  | 'link'
  | 'break'
  /** A block-level wrapper: its children are read as blocks (div, section, wp-block-* wrappers, table rows…). */
  | 'container'
  /** An inline wrapper: its children are read in place (span, code, small…). */
  | 'inline'
  /** Removed with everything inside it, with a warning (script, iframe, svg…). */
  | 'drop'
  /** Removed silently: holds nothing readable (hr, wbr, source…). */
  | 'ignore';

/** Never kept, nor any text inside them: code, embedded documents, foreign markup, form controls. */
export const NEVER_KEPT: ReadonlySet<string> = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'noframes', 'object', 'embed', 'applet', 'param',
  'svg', 'math', 'template', 'noscript', 'noembed', 'textarea', 'select', 'option', 'optgroup',
  'datalist', 'button', 'input', 'audio', 'video', 'canvas', 'map', 'area', 'head', 'title', 'meta',
  'link', 'base', 'xmp', 'plaintext', 'portal', 'dialog', 'slot', 'keygen',
]);

const IGNORED = new Set(['hr', 'wbr', 'source', 'track', 'col', 'colgroup']);

/** Block-level wrappers dropped without a warning: they only group content. */
const QUIET_CONTAINERS = new Set([
  'html', 'body', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'hgroup',
  'address', 'center', 'pre', 'dl', 'dt', 'dd', 'details', 'summary', 'thead', 'tbody', 'tfoot', 'tr',
  'td', 'th', 'caption', 'legend',
]);

/** Block-level elements we have no block for: their text is kept as paragraphs, with a warning. */
const LOUD_CONTAINERS = new Set(['h1', 'h5', 'h6', 'table', 'form', 'fieldset', 'menu', 'dir', 'marquee']);

/** Inline wrappers dropped without a warning: their text reads the same without them. */
const QUIET_INLINES = new Set([
  'span', 'u', 'small', 'sub', 'sup', 'mark', 'abbr', 'acronym', 'time', 'code', 'kbd', 'samp', 'var',
  'q', 's', 'strike', 'del', 'ins', 'bdi', 'bdo', 'dfn', 'data', 'font', 'big', 'tt', 'nobr', 'label',
  'cite', 'picture', 'output', 'meter', 'progress', 'ruby', 'rb', 'rt', 'rp',
]);

const KNOWN: Readonly<Record<string, ElementRole>> = {
  p: 'paragraph',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  blockquote: 'quote',
  ul: 'list',
  ol: 'list',
  li: 'list-item',
  figure: 'figure',
  figcaption: 'caption',
  img: 'image',
  em: 'em',
  i: 'em',
  strong: 'strong',
  b: 'strong',
  a: 'link',
  br: 'break',
};

export interface Classified {
  role: ElementRole;
  /** True when dropping or unwrapping this element deserves a warning. */
  loud: boolean;
}

export function classify(name: string): Classified {
  const known = KNOWN[name];
  if (known) return { role: known, loud: false };
  if (NEVER_KEPT.has(name)) return { role: 'drop', loud: true };
  if (IGNORED.has(name)) return { role: 'ignore', loud: false };
  if (QUIET_CONTAINERS.has(name)) return { role: 'container', loud: false };
  if (LOUD_CONTAINERS.has(name)) return { role: 'container', loud: true };
  if (QUIET_INLINES.has(name)) return { role: 'inline', loud: false };
  return { role: 'inline', loud: true };
}

/** Heading level in our model: h2 → 2, h3 and h4 → 3. */
export function headingLevel(name: string): 2 | 3 {
  return name === 'h2' ? 2 : 3;
}

const BLOCK_ROLES: ReadonlySet<ElementRole> = new Set(['paragraph', 'heading', 'quote', 'list', 'list-item', 'figure', 'caption', 'container']);

/** Whether the element breaks the flow of text (a word boundary before and after it). */
export function isBlockRole(role: ElementRole): boolean {
  return BLOCK_ROLES.has(role);
}
