import { Parser } from 'htmlparser2';

/* RSS 2.0 and Atom 1.0, stream-parsed with htmlparser2 in XML mode: each <item>/<entry> is handed to
   `onEntry` as soon as it closes, so a large feed never sits in memory as a tree. The parser decodes
   the five XML entities and character references and never expands entities a DOCTYPE declares (a
   "billion laughs" stays the literal text "&lol9;"). */

export const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** Namespaces the importer reads, by URI → the prefix it is known by here (whatever the feed calls it). */
const KNOWN_NAMESPACES: Readonly<Record<string, string>> = {
  [ATOM_NS]: 'atom',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://search.yahoo.com/mrss/': 'media',
  'http://search.yahoo.com/mrss': 'media',
  'http://www.w3.org/1999/xhtml': 'xhtml',
  // Old RSS 2.0 feeds put their elements in UserLand's namespace: read them as plain RSS.
  'http://backend.userland.com/rss2': '',
  'http://backend.userland.com/rss': '',
};

export type FeedFormat = 'rss' | 'atom';
export type TextType = 'text' | 'html';

export interface FeedText {
  type: TextType;
  value: string;
}

export interface FeedPerson {
  name?: string;
  email?: string;
  uri?: string;
}

export interface FeedMedia {
  kind: 'content' | 'thumbnail' | 'enclosure';
  url: string;
  medium?: string;
  type?: string;
  width?: string;
  height?: string;
  alt?: string;
}

/** One <item> or <entry>, its fields as the feed wrote them (text decoded). */
export interface FeedEntry {
  /** Position in its document, from 0. */
  index: number;
  title?: FeedText;
  link?: string;
  guid?: string;
  /** RSS: whether the guid is the item's URL (the default). */
  guidIsPermaLink: boolean;
  /** Atom <id>. */
  id?: string;
  pubDate?: string;
  published?: string;
  updated?: string;
  dcDate?: string;
  content?: FeedText;
  /** RSS description or Atom summary. */
  summary?: FeedText;
  authors: FeedPerson[];
  categories: string[];
  media: FeedMedia[];
  lang?: string;
}

/** The channel (RSS) or feed (Atom) itself. */
export interface FeedHead {
  format: FeedFormat;
  title?: FeedText;
  description?: FeedText;
  link?: string;
  lang?: string;
  /** RSS image/url, Atom logo or icon: the imported site's logo (when it is a PNG or an SVG). */
  image?: string;
  /** RFC 5005 rel="next". */
  next?: string;
  authors: FeedPerson[];
}

export class XmlSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

/** Line and column (from 1) of a character index. */
export function lineColumn(text: string, index: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return `line ${line}, column ${index - lineStart + 1}`;
}

interface Frame {
  /** "atom:link", "content:encoded", "title" (no namespace), or "{uri}name" for other namespaces. */
  name: string;
  /** The name as written, for messages. */
  raw: string;
  attrs: Record<string, string>;
  start: number;
  namespaces: Map<string, string>;
  lang?: string;
  text: string[];
  /** Atom type="xhtml": the children are serialised back to HTML into `text`. */
  xhtml: boolean;
  /** Text is not kept (containers). */
  container: boolean;
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');
/** HTML elements without a closing tag (`</br>` would be read as a second <br>). */
const VOID_ELEMENTS = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** What a document is, from its root element. */
export interface XmlRoot {
  name: string;
  namespace?: string;
}

export interface ParseXmlFeedOptions {
  /** Called with each item or entry as it closes. */
  onEntry: (entry: FeedEntry, head: FeedHead) => void;
  /** Called once the root element is known; return a message to stop (not a feed). */
  onRoot: (root: XmlRoot) => FeedFormat | { error: string };
  /** Called after each chunk of the text is parsed. */
  onChunk?: (done: number, total: number) => void;
  /** Called for each <!ENTITY> a DOCTYPE declares (never expanded). */
  onEntityDeclaration?: () => void;
  chunkSize?: number;
}

const textOf = (frame: Frame) => frame.text.join('');
const typeOf = (frame: Frame): TextType | undefined => {
  if (frame.xhtml) return 'html';
  const type = (frame.attrs.type ?? 'text').toLowerCase();
  if (type === 'text' || type === 'text/plain') return 'text';
  if (type === 'html' || type === 'text/html') return 'html';
  return undefined; // another media type, or out-of-line content: not read
};

/**
 * Parses an RSS 2.0 or Atom 1.0 document. Throws XmlSyntaxError (with line and column) when the XML is
 * not well-formed in the ways that lose content: an element left open (a truncated file), a closing tag
 * that does not match, text or elements after the root.
 */
export function parseXmlFeed(text: string, options: ParseXmlFeedOptions): FeedHead {
  const stack: Frame[] = [];
  let format: FeedFormat | undefined;
  let head: FeedHead | undefined;
  let entry: FeedEntry | undefined;
  let entryDepth = -1;
  let entries = 0;
  let rootClosed = false;
  let failure: XmlSyntaxError | undefined;
  const at = (index: number) => lineColumn(text, index);
  const fail = (message: string) => {
    failure ??= new XmlSyntaxError(message);
    parser.pause();
  };
  const malformed = (message: string) => fail(`is not well-formed XML: ${message}`);

  const resolve = (qname: string, namespaces: Map<string, string>): string => {
    const colon = qname.indexOf(':');
    const prefix = colon < 0 ? '' : qname.slice(0, colon);
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    const uri = namespaces.get(prefix);
    if (uri === undefined) return prefix === '' ? local : qname; // undeclared prefix: read as written
    if (uri === '') return local;
    const known = KNOWN_NAMESPACES[uri];
    if (known === '') return local;
    return known ? `${known}:${local}` : `{${uri}}${local}`;
  };

  const newEntry = (index: number): FeedEntry => ({ index, guidIsPermaLink: true, authors: [], categories: [], media: [] });

  function onOpen(raw: string, attrs: Record<string, string>, start: number): void {
    const parent = stack.at(-1);
    if (parent?.xhtml) {
      const attributes = Object.entries(attrs)
        .filter(([k]) => !k.startsWith('xmlns'))
        .map(([k, v]) => ` ${localName(k)}="${escapeAttr(v)}"`)
        .join('');
      parent.text.push(`<${localName(raw)}${attributes}>`);
      stack.push({ ...parent, raw, start, text: parent.text, xhtml: true, name: '#xhtml' });
      return;
    }
    if (rootClosed) return malformed(`an element <${raw}> after the end of the root element, at ${at(start)}`);
    const namespaces = new Map(parent?.namespaces ?? [['xml', 'http://www.w3.org/XML/1998/namespace']]);
    for (const [key, value] of Object.entries(attrs)) {
      if (key === 'xmlns') namespaces.set('', value);
      else if (key.startsWith('xmlns:')) namespaces.set(key.slice(6), value);
    }
    const name = resolve(raw, namespaces);
    const lang = attrs['xml:lang'] ?? parent?.lang;
    const depth = stack.length;
    if (depth === 0) {
      const colon = raw.indexOf(':');
      const chosen = options.onRoot({ name: localName(raw), namespace: namespaces.get(colon < 0 ? '' : raw.slice(0, colon)) });
      if (typeof chosen !== 'string') return fail(chosen.error);
      format = chosen;
      head = { format, authors: [], ...(lang ? { lang } : {}) };
    }
    const isEntry =
      entry === undefined &&
      ((format === 'rss' && name === 'item' && parent?.name === 'channel') || (format === 'atom' && name === 'atom:entry' && depth === 1));
    if (isEntry) {
      entry = newEntry(entries);
      entries += 1;
      entryDepth = depth;
      // Only an entry's own language: the feed's (xml:lang on the root) is the feed's, which --lang overrides.
      if (lang && lang !== stack[0]?.lang) entry.lang = lang;
    }
    const container = depth === 0 || isEntry || (format === 'rss' && name === 'channel' && depth === 1);
    const frame: Frame = { name, raw, attrs, start, namespaces, lang, text: [], xhtml: false, container };
    // Atom xhtml content and text constructs hold a <div> of XHTML, serialised back to HTML.
    if (name.startsWith('atom:') && (attrs.type ?? '').toLowerCase() === 'xhtml') frame.xhtml = true;
    stack.push(frame);
  }

  function onClose(raw: string, implied: boolean, index: number): void {
    const frame = stack.pop();
    if (!frame) return;
    if (frame.name === '#xhtml') {
      if (!VOID_ELEMENTS.has(localName(raw).toLowerCase())) frame.text.push(`</${localName(raw)}>`);
      if (implied && index !== frame.start) return malformed(`<${frame.raw}> opened at ${at(frame.start)} is not closed (found ${index >= text.length ? 'the end of the file' : `a closing tag at ${at(index)}`})`);
      return;
    }
    if (implied && index !== frame.start) {
      const where = index >= text.length ? 'before the end of the file (is the file cut short?)' : `before the closing tag of an element around it, at ${at(index)}`;
      return malformed(`<${frame.raw}> opened at ${at(frame.start)} is not closed ${where}`);
    }
    if (stack.length === 0) {
      rootClosed = true;
      return;
    }
    if (entry && stack.length === entryDepth) {
      const done = entry;
      entry = undefined;
      entryDepth = -1;
      options.onEntry(done, head!);
      return;
    }
    const parent = stack.at(-1)!;
    if (entry) readEntryField(entry, frame, parent, stack.length - entryDepth);
    else if (head) readHeadField(head, frame, parent, stack.length);
  }

  function readPerson(people: FeedPerson[], frame: Frame, parent: Frame): boolean {
    if (parent.name !== 'atom:author') return false;
    const value = textOf(frame).trim();
    const person = people.at(-1);
    if (!person || !value) return true;
    if (frame.name === 'atom:name') person.name = value;
    else if (frame.name === 'atom:email') person.email = value;
    else if (frame.name === 'atom:uri') person.uri = value;
    return true;
  }

  function readMedia(e: FeedEntry, frame: Frame): void {
    const url = frame.attrs.url?.trim();
    if (!url) return;
    const { medium, type, width, height } = frame.attrs;
    e.media.push({ kind: frame.name === 'media:thumbnail' ? 'thumbnail' : 'content', url, medium, type, width, height });
  }

  /** A field of the entry being read; `level` 1 is a direct child of <item>/<entry>. */
  function readEntryField(e: FeedEntry, frame: Frame, parent: Frame, level: number): void {
    const value = () => textOf(frame);
    const typed = (): FeedText | undefined => {
      const type = format === 'atom' ? typeOf(frame) : 'html';
      return type ? { type, value: value() } : undefined;
    };
    if (level === 2 && readPerson(e.authors, frame, parent)) return;
    if (frame.name === 'media:content' || frame.name === 'media:thumbnail') {
      if (level === 1 || (level === 2 && parent.name === 'media:group') || (level === 2 && parent.name === 'media:content')) readMedia(e, frame);
      return;
    }
    if (level !== 1) return;
    switch (frame.name) {
      case 'title':
      case 'atom:title': {
        const t = typed();
        if (t) e.title = format === 'rss' ? { type: 'html', value: t.value } : t;
        return;
      }
      case 'link':
        e.link ??= value().trim() || undefined;
        return;
      case 'atom:link': {
        const rel = (frame.attrs.rel ?? 'alternate').toLowerCase();
        const href = frame.attrs.href?.trim();
        if (!href) return;
        if (rel === 'alternate' && (format === 'atom' || !e.link)) e.link ??= href;
        else if (rel === 'enclosure') e.media.push({ kind: 'enclosure', url: href, type: frame.attrs.type });
        return;
      }
      case 'guid':
        e.guid = value().trim() || undefined;
        e.guidIsPermaLink = (frame.attrs.isPermaLink ?? 'true').trim().toLowerCase() !== 'false';
        return;
      case 'atom:id':
        e.id = value().trim() || undefined;
        return;
      case 'pubDate':
        e.pubDate = value().trim() || undefined;
        return;
      case 'atom:published':
        e.published = value().trim() || undefined;
        return;
      case 'atom:updated':
        e.updated = value().trim() || undefined;
        return;
      case 'dc:date':
        e.dcDate = value().trim() || undefined;
        return;
      case 'content:encoded':
        e.content = { type: 'html', value: value() };
        return;
      case 'atom:content':
        if (frame.attrs.src === undefined) e.content = typed();
        return;
      case 'description':
      case 'atom:summary':
        e.summary = typed();
        return;
      case 'dc:creator':
      case 'author': {
        const name = value().trim();
        if (name) e.authors.push(frame.name === 'author' ? rssAuthor(name) : { name });
        return;
      }
      case 'atom:author':
        return; // its children were read into the person opened below
      case 'category': {
        const name = value().trim();
        if (name) e.categories.push(name);
        return;
      }
      case 'atom:category': {
        const name = (frame.attrs.label ?? frame.attrs.term ?? '').trim();
        if (name) e.categories.push(name);
        return;
      }
      case 'enclosure': {
        const url = frame.attrs.url?.trim();
        if (url) e.media.push({ kind: 'enclosure', url, type: frame.attrs.type });
        return;
      }
    }
  }

  function readHeadField(h: FeedHead, frame: Frame, parent: Frame, depth: number): void {
    const value = () => textOf(frame).trim();
    // RSS: children of <channel> (depth 2); Atom: children of <feed> (depth 1).
    const level = format === 'rss' ? depth - 1 : depth;
    if (level === 2 && readPerson(h.authors, frame, parent)) return;
    if (format === 'rss' && level === 2 && parent.name === 'image' && frame.name === 'url') {
      h.image ??= value() || undefined;
      return;
    }
    if (level !== 1) return;
    switch (frame.name) {
      case 'title':
      case 'atom:title': {
        const type = format === 'atom' ? typeOf(frame) : 'html';
        if (type) h.title = { type, value: textOf(frame) };
        return;
      }
      case 'description':
      case 'atom:subtitle': {
        const type = format === 'atom' ? typeOf(frame) : 'html';
        if (type) h.description = { type, value: textOf(frame) };
        return;
      }
      case 'link':
        h.link ??= value() || undefined;
        return;
      case 'language':
        h.lang = value() || h.lang;
        return;
      case 'atom:logo':
      case 'atom:icon':
        h.image ??= value() || undefined;
        return;
      case 'atom:link': {
        const rel = (frame.attrs.rel ?? 'alternate').toLowerCase();
        const href = frame.attrs.href?.trim();
        if (href && rel === 'next') h.next ??= href;
        if (href && rel === 'alternate' && format === 'atom') h.link ??= href;
        return;
      }
    }
  }

  const parser = new Parser(
    {
      onprocessinginstruction(name, data) {
        // The tokenizer ends a declaration at its first ">": "<!DOCTYPE x [<!ENTITY a "…">" is one token.
        const declared = (name.toLowerCase() === '!entity' ? 1 : 0) + data.toUpperCase().slice(1).split('<!ENTITY').length - 1;
        for (let i = 0; i < declared; i += 1) options.onEntityDeclaration?.();
      },
      onopentag(name, attrs) {
        if (failure) return;
        onOpen(name, attrs, parser.startIndex);
        const frame = stack.at(-1);
        // An Atom <author> starts a person its children fill in.
        if (frame?.name === 'atom:author') (entry ? entry.authors : head?.authors)?.push({});
      },
      onclosetag(name, implied) {
        if (failure) return;
        onClose(name, implied, parser.startIndex);
      },
      ontext(chunk) {
        if (failure) return;
        const frame = stack.at(-1);
        if (!frame) {
          if (chunk.trim() !== '' && rootClosed) malformed(`text after the end of the root element, at ${at(parser.startIndex)}`);
          return;
        }
        if (frame.xhtml) frame.text.push(escapeText(chunk));
        else if (!frame.container) frame.text.push(chunk);
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );

  const chunkSize = options.chunkSize ?? 1024 * 1024;
  for (let offset = 0; offset < text.length && !failure; offset += chunkSize) {
    parser.write(text.slice(offset, offset + chunkSize));
    options.onChunk?.(Math.min(text.length, offset + chunkSize), text.length);
  }
  if (!failure) parser.end();
  if (failure) throw failure;
  if (!head) throw new XmlSyntaxError('has no XML element in it: not a feed');
  return head;
}

/** RSS <author> is "email (Name)" (or just an email, or just a name). */
export function rssAuthor(value: string): FeedPerson {
  const open = value.indexOf('(');
  const close = value.lastIndexOf(')');
  if (open > 0 && close > open) {
    const name = value.slice(open + 1, close).trim();
    const email = value.slice(0, open).trim();
    return { ...(name ? { name } : {}), ...(email ? { email } : {}) };
  }
  return value.includes('@') && !value.includes(' ') ? { email: value } : { name: value };
}
