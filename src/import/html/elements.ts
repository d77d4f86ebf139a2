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
  | 'sup'
  | 'sub'
  | 'strike'
  /** Code in running text (code, kbd, samp, tt). */
  | 'code'
  | 'link'
  | 'break'
  /** <pre>: code, preformatted text or a verse (convert-code.ts). */
  | 'pre'
  | 'table'
  | 'separator'
  | 'details'
  /** A <dt>: a term of a description list (the <dl> and its <dd>s are containers). */
  | 'term'
  /** <iframe>: a provider's player or frame, or a link to it (convert-iframe.ts). */
  | 'frame'
  /** <video> and <audio> (convert-media.ts). */
  | 'media'
  /** <math>: kept as its TeX source when it carries one (convert-math.ts). */
  | 'math'
  /** A block-level wrapper: its children are read as blocks (div, section, wp-block-* wrappers, table rows…). */
  | 'container'
  /** An inline wrapper: its children are read in place (span, small…). */
  | 'inline'
  /** Removed with everything inside it, with a warning (script, svg, object…). */
  | 'drop'
  /** Removed silently: holds nothing readable (wbr, a stray source…). */
  | 'ignore';

/**
 * Never kept as text, nor any text inside them: code, embedded documents, foreign markup, form controls.
 * Some are still read by their own converters (an iframe's address, a video's sources, a formula's TeX),
 * never their inner text.
 */
export const NEVER_KEPT: ReadonlySet<string> = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'noframes', 'object', 'embed', 'applet', 'param',
  'svg', 'math', 'template', 'noscript', 'noembed', 'textarea', 'select', 'option', 'optgroup',
  'datalist', 'button', 'input', 'audio', 'video', 'canvas', 'map', 'area', 'head', 'title', 'meta',
  'link', 'base', 'xmp', 'plaintext', 'portal', 'dialog', 'slot', 'keygen',
]);

const IGNORED = new Set(['wbr', 'source', 'track', 'col', 'colgroup']);

/** Block-level wrappers dropped without a warning: they only group content. */
const QUIET_CONTAINERS = new Set([
  'html', 'body', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'hgroup',
  'address', 'center', 'dl', 'dd', 'summary', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'legend',
]);

/** Block-level elements we have no block for: their text is kept as paragraphs, with a warning. */
const LOUD_CONTAINERS = new Set(['form', 'fieldset', 'menu', 'dir', 'marquee']);

/** Inline wrappers dropped without a warning: their text reads the same without them. */
const QUIET_INLINES = new Set([
  'span', 'u', 'small', 'mark', 'abbr', 'acronym', 'time', 'var', 'q', 'ins', 'bdi', 'bdo', 'dfn',
  'data', 'font', 'big', 'nobr', 'label', 'cite', 'picture', 'output', 'meter', 'progress', 'ruby',
  'rb', 'rt', 'rp',
]);

const KNOWN: Readonly<Record<string, ElementRole>> = {
  p: 'paragraph',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
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
  sup: 'sup',
  sub: 'sub',
  s: 'strike',
  strike: 'strike',
  del: 'strike',
  code: 'code',
  kbd: 'code',
  samp: 'code',
  tt: 'code',
  a: 'link',
  br: 'break',
  pre: 'pre',
  table: 'table',
  hr: 'separator',
  details: 'details',
  dt: 'term',
  iframe: 'frame',
  video: 'media',
  audio: 'media',
  math: 'math',
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

/** Heading level in our model: h1 and h2 → 2, h3 → 3, h4, h5 and h6 → 4. */
export function headingLevel(name: string): 2 | 3 | 4 {
  if (name === 'h1' || name === 'h2') return 2;
  return name === 'h3' ? 3 : 4;
}

const BLOCK_ROLES: ReadonlySet<ElementRole> = new Set([
  'paragraph', 'heading', 'quote', 'list', 'list-item', 'figure', 'caption', 'container', 'pre', 'table', 'separator', 'details',
  'term',
]);

/** Whether the element breaks the flow of text (a word boundary before and after it). */
export function isBlockRole(role: ElementRole): boolean {
  return BLOCK_ROLES.has(role);
}

/** Whether an element's own text is never read as text (a script, an iframe's fallback, a video's). */
export function hidesText(name: string): boolean {
  return NEVER_KEPT.has(name);
}
