import { escapeAttr, escapeText } from './html-escape';

/*
 * WordPress shortcodes in post content, turned into the HTML WordPress renders for them: [caption],
 * [gallery ids], [video], [audio]. Any other shortcode is removed and its inner text kept (counted).
 * `[[x]]` is WordPress's escape for a literal `[x]`.
 *
 * A bracketed word that is not one of ours is taken for a shortcode only when it looks like one (it
 * has attributes, a closing tag, or ends with "/]"): "[sic]" or "[1]" in a story's text stay as written.
 */

export interface GalleryImage {
  src: string;
  width?: number;
  height?: number;
  alt?: string;
  caption?: string;
}

export interface ShortcodeContext {
  /** An attachment by id, for [gallery ids="…"]. */
  attachment(id: number): GalleryImage | undefined;
  /** An unknown shortcode was removed (its name). */
  onUnknown(name: string): void;
  /** A gallery id that is not an attachment of the export. */
  onMissingAttachment?(id: number): void;
}

export type Attributes = Record<string, string>;

/** `id="a" align='b' width=300 "positional"` → {id, align, width, 0}, as WordPress reads them. */
export function parseAttributes(text: string): Attributes {
  const attrs: Attributes = {};
  let positional = 0;
  let i = 0;
  const n = text.length;
  const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
  /** A value from `at`: quoted (to its closing quote, or the end) or bare (to the next space); and where reading goes on. */
  const readValue = (at: number): { value: string; next: number } => {
    const quote = text[at];
    if (quote === '"' || quote === "'") {
      const end = text.indexOf(quote, at + 1);
      return { value: text.slice(at + 1, end === -1 ? n : end), next: end === -1 ? n : end + 1 };
    }
    let end = at;
    while (end < n && !isSpace(text[end])) end += 1;
    return { value: text.slice(at, end), next: end };
  };
  while (i < n) {
    while (isSpace(text[i])) i += 1;
    if (i >= n) break;
    let name = '';
    const start = i;
    while (i < n && /[\w-]/.test(text[i]!)) name += text[i++];
    let j = i;
    while (isSpace(text[j])) j += 1;
    if (name && text[j] === '=') {
      i = j + 1;
      while (isSpace(text[i])) i += 1;
      const read = readValue(i);
      i = read.next;
      attrs[name.toLowerCase()] = read.value;
      continue;
    }
    // A positional value: quoted or bare.
    const { value, next } = readValue(start);
    i = next;
    if (value !== '' && value !== '/') attrs[String(positional++)] = value;
  }
  return attrs;
}

interface Tag {
  name: string;
  attrs: Attributes;
  /** Index of the "[" and just after the "]" of the opening tag. */
  start: number;
  end: number;
  selfClosed: boolean;
  /** Doubled brackets: [[x]] (literal). */
  escaped: boolean;
  raw: string;
}

/** The next shortcode opening tag at or after `from`, or undefined. */
function nextTag(text: string, from: number): Tag | undefined {
  for (let i = text.indexOf('[', from); i !== -1; i = text.indexOf('[', i + 1)) {
    const escaped = text[i + 1] === '[';
    const open = escaped ? i + 1 : i;
    const m = /^\[([a-zA-Z][\w-]*)(?=[\s\]/])/.exec(text.slice(open, open + 64));
    if (!m) continue;
    const close = text.indexOf(']', open);
    if (close === -1) return undefined;
    const inner = text.slice(open + 1 + m[1]!.length, close);
    if (inner.includes('[')) continue;
    const selfClosed = inner.trimEnd().endsWith('/');
    const isEscaped = escaped && text[close + 1] === ']';
    const end = isEscaped ? close + 2 : close + 1;
    return { name: m[1]!.toLowerCase(), attrs: parseAttributes(selfClosed ? inner.trimEnd().slice(0, -1) : inner), start: i, end, selfClosed, escaped: isEscaped, raw: text.slice(open, close + 1) };
  }
  return undefined;
}

/**
 * Where `[/name]` closes a tag, found from an index of every closing tag of the text (built once per
 * name, case-insensitive), so that many shortcodes cost a search each, not a scan of the text each.
 */
class Closings {
  private readonly lower: string;
  private readonly byName = new Map<string, number[]>();

  constructor(text: string) {
    this.lower = text.toLowerCase();
  }

  after(name: string, from: number): { start: number; end: number } | undefined {
    const marker = `[/${name}]`;
    let positions = this.byName.get(name);
    if (!positions) {
      positions = [];
      for (let at = this.lower.indexOf(marker); at !== -1; at = this.lower.indexOf(marker, at + marker.length)) positions.push(at);
      this.byName.set(name, positions);
    }
    let lo = 0;
    let hi = positions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (positions[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    const at = positions[lo];
    return at === undefined ? undefined : { start: at, end: at + marker.length };
  }
}

const KNOWN = new Set(['caption', 'wp_caption', 'gallery', 'video', 'audio', 'embed']);

const dimension = (value: string | undefined) => {
  const n = value !== undefined && /^\s*\d+\s*$/.test(value) ? Number(value) : undefined;
  return n && n > 0 ? n : undefined;
};

function imgTag(image: GalleryImage): string {
  const size = image.width && image.height ? ` width="${image.width}" height="${image.height}"` : '';
  return `<img src="${escapeAttr(image.src)}"${size} alt="${escapeAttr(image.alt ?? '')}">`;
}

/** [caption]<a><img></a> The caption[/caption] (or caption="…") → a figure with a figcaption. */
function caption(attrs: Attributes, inner: string): string {
  const lead = /^\s*((?:<a\s[^>]*>\s*)?<img\s[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(inner);
  const media = lead ? lead[1]! : inner;
  const text = (attrs.caption ?? (lead ? lead[2]! : '')).trim();
  const figcaption = text ? `<figcaption class="wp-caption-text">${text}</figcaption>` : '';
  return `<figure class="wp-caption">${media}${figcaption}</figure>`;
}

function gallery(attrs: Attributes, ctx: ShortcodeContext): string {
  const ids = (attrs.ids ?? attrs.include ?? '').split(',').map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n > 0);
  const figures: string[] = [];
  for (const id of ids) {
    const image = ctx.attachment(id);
    if (!image) {
      ctx.onMissingAttachment?.(id);
      continue;
    }
    const figcaption = image.caption ? `<figcaption>${escapeText(image.caption)}</figcaption>` : '';
    figures.push(`<figure class="wp-block-image">${imgTag(image)}${figcaption}</figure>`);
  }
  return figures.length > 0 ? `<figure class="wp-block-gallery">${figures.join('')}</figure>` : '';
}

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  mp4: 'video/mp4', m4v: 'video/mp4', webm: 'video/webm', ogv: 'video/ogg', mov: 'video/quicktime',
  mp3: 'audio/mpeg', m4a: 'audio/mp4', ogg: 'audio/ogg', oga: 'audio/ogg', wav: 'audio/wav', flac: 'audio/flac',
};

/** [video src mp4 webm poster] / [audio src mp3 ogg] → <video>/<audio> with a <source> per file. */
function media(kind: 'video' | 'audio', attrs: Attributes, inner: string): string {
  const sources: string[] = [];
  const seen = new Set<string>();
  const add = (url: string | undefined, type?: string) => {
    const src = url?.trim();
    if (!src || seen.has(src)) return;
    seen.add(src);
    const ext = /\.(\w{2,4})(?:[?#]|$)/.exec(src)?.[1]?.toLowerCase();
    const mime = type ?? (ext ? MEDIA_TYPES[ext] : undefined);
    sources.push(`<source src="${escapeAttr(src)}"${mime ? ` type="${mime}"` : ''}>`);
  };
  add(attrs.src);
  for (const [key, type] of Object.entries(MEDIA_TYPES)) add(attrs[key], type);
  if (sources.length === 0) add(inner.trim() || undefined);
  if (sources.length === 0) return '';
  const poster = kind === 'video' && attrs.poster ? ` poster="${escapeAttr(attrs.poster)}"` : '';
  const size = kind === 'video' && dimension(attrs.width) && dimension(attrs.height) ? ` width="${dimension(attrs.width)}" height="${dimension(attrs.height)}"` : '';
  return `<${kind} controls${poster}${size}>${sources.join('')}</${kind}>`;
}

/** Replaces the shortcodes of `text`; nested ones inside unknown shortcodes are handled too. */
export function renderShortcodes(text: string, ctx: ShortcodeContext): string {
  let out = '';
  let pos = 0;
  const closings = new Closings(text);
  for (let tag = nextTag(text, 0); tag; tag = nextTag(text, pos)) {
    out += text.slice(pos, tag.start);
    if (tag.escaped) {
      out += tag.raw;
      pos = tag.end;
      continue;
    }
    const closing = tag.selfClosed ? undefined : closings.after(tag.name, tag.end);
    const known = KNOWN.has(tag.name);
    const looksLikeShortcode = known || tag.selfClosed || closing !== undefined || Object.keys(tag.attrs).some((k) => !/^\d+$/.test(k));
    if (!looksLikeShortcode) {
      out += text.slice(tag.start, tag.end);
      pos = tag.end;
      continue;
    }
    // Self-closing shortcodes with no [/name] ([gallery ids=…], [video …]) end at their tag.
    const inner = closing ? text.slice(tag.end, closing.start) : '';
    pos = closing ? closing.end : tag.end;
    switch (tag.name) {
      case 'caption':
      case 'wp_caption':
        out += caption(tag.attrs, renderShortcodes(inner, ctx));
        break;
      case 'gallery':
        out += gallery(tag.attrs, ctx) + renderShortcodes(inner, ctx);
        break;
      case 'video':
      case 'audio':
        out += media(tag.name, tag.attrs, inner);
        break;
      case 'embed':
        out += renderShortcodes(inner, ctx);
        break;
      default:
        ctx.onUnknown(tag.name);
        out += renderShortcodes(inner, ctx);
    }
  }
  return out + text.slice(pos);
}

/** WordPress's shortcode_unautop: a shortcode alone in a paragraph made by wpautop is not wrapped in it. */
export function shortcodeUnautop(html: string): string {
  const noParagraph = '(?:(?!</?p[\\s>])[\\s\\S])*?';
  const alone = new RegExp(`<p>\\s*(\\[(?:caption|wp_caption|video|audio)\\b${noParagraph}\\[/(?:caption|wp_caption|video|audio)\\]|\\[(?:gallery|video|audio)\\b[^\\]]*\\])\\s*</p>`, 'gi');
  return html.replace(alone, '$1');
}
