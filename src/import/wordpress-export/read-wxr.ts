import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Parser } from 'htmlparser2';
import { ImportError } from '../problems';
import type { Progress } from '../progress';

/*
 * A WordPress export (Tools → Export, WXR 1.2: RSS 2.0 with the wp:, content:, excerpt: and dc:
 * namespaces), read as a stream with htmlparser2 in XML mode: only the fields the import uses are
 * kept, element by element, never a tree of the whole file.
 */

export interface WxrTerm {
  termId?: string;
  nicename: string;
  name: string;
  /** A category's parent, by nicename. */
  parent?: string;
  description?: string;
}

export interface WxrAuthor {
  id?: string;
  login: string;
  displayName?: string;
  // wp:author_email is deliberately not read: it is never written out.
}

export interface WxrItemTerm {
  domain: string;
  nicename: string;
  name: string;
}

export interface WxrItem {
  /** Line of the <item> in the file, for messages. */
  line: number;
  title: string;
  link?: string;
  guid?: string;
  pubDate?: string;
  creator?: string;
  content: string;
  excerpt: string;
  postId?: string;
  postDateGmt?: string;
  postModifiedGmt?: string;
  postName?: string;
  status?: string;
  postType?: string;
  password?: string;
  isSticky?: string;
  attachmentUrl?: string;
  terms: WxrItemTerm[];
  meta: Map<string, string>;
}

export interface WxrExport {
  file: string;
  title?: string;
  description?: string;
  language?: string;
  link?: string;
  baseSiteUrl?: string;
  baseBlogUrl?: string;
  wxrVersion?: string;
  categories: WxrTerm[];
  tags: WxrTerm[];
  authors: WxrAuthor[];
  items: WxrItem[];
}

const ITEM_FIELDS: Readonly<Record<string, keyof WxrItem>> = {
  title: 'title',
  link: 'link',
  guid: 'guid',
  pubdate: 'pubDate',
  'dc:creator': 'creator',
  'content:encoded': 'content',
  'excerpt:encoded': 'excerpt',
  'wp:post_id': 'postId',
  'wp:post_date_gmt': 'postDateGmt',
  'wp:post_modified_gmt': 'postModifiedGmt',
  'wp:post_name': 'postName',
  'wp:status': 'status',
  'wp:post_type': 'postType',
  'wp:post_password': 'password',
  'wp:is_sticky': 'isSticky',
  'wp:attachment_url': 'attachmentUrl',
};

const CHANNEL_FIELDS: Readonly<Record<string, 'title' | 'description' | 'language' | 'link' | 'baseSiteUrl' | 'baseBlogUrl' | 'wxrVersion'>> = {
  title: 'title',
  description: 'description',
  language: 'language',
  link: 'link',
  'wp:base_site_url': 'baseSiteUrl',
  'wp:base_blog_url': 'baseBlogUrl',
  'wp:wxr_version': 'wxrVersion',
};

const newItem = (line: number): WxrItem => ({ line, title: '', content: '', excerpt: '', terms: [], meta: new Map() });

/**
 * Counts lines as text goes through the parser, so that an index into the stream can be named by its
 * line. The parser asks in increasing order (each event starts after the last one), so only the
 * newlines past the last question are kept, however large the file.
 */
class LineCounter {
  private offset = 0;
  private line = 1;
  private pending: number[] = [];
  private head = 0;

  add(chunk: string): void {
    for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1)) this.pending.push(this.offset + i);
    this.offset += chunk.length;
  }

  /** The 1-based line of a character index (indexes asked for must not go back). */
  lineAt(index: number): number {
    while (this.head < this.pending.length && this.pending[this.head]! < index) {
      this.head += 1;
      this.line += 1;
    }
    if (this.head > 4096) {
      this.pending = this.pending.slice(this.head);
      this.head = 0;
    }
    return this.line;
  }
}

export interface ReadWxrOptions {
  /** Largest export read, in bytes. */
  maxBytes: number;
  progress?: Progress;
}

const MIB = 1024 * 1024;

/** Parses WXR text given in chunks (the file's, or a test's string). Throws ImportError on malformed XML. */
export function wxrParser(file: string) {
  const result: WxrExport = { file, categories: [], tags: [], authors: [], items: [] };
  const stack: string[] = [];
  /** The line each open element starts on. */
  const openedAt: number[] = [];
  const lines = new LineCounter();
  let text = '';
  let item: WxrItem | undefined;
  let term: Record<string, string> | undefined;
  let meta: { key?: string; value?: string } | undefined;
  let itemTerm: { domain: string; nicename: string } | undefined;
  let failure: { line: number; message: string } | undefined;
  let ending = false;

  const fail = (message: string, index = parser.startIndex) => {
    failure ??= { line: lines.lineAt(index), message };
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const tag = name.toLowerCase();
        if (stack.length === 0 && tag !== 'rss') fail(`starts with <${name}>, not <rss>: expected a WordPress export (WXR)`);
        stack.push(tag);
        openedAt.push(lines.lineAt(parser.startIndex));
        text = '';
        const parent = stack[stack.length - 2];
        if (tag === 'item' && parent === 'channel') item = newItem(lines.lineAt(parser.startIndex));
        else if ((tag === 'wp:category' || tag === 'wp:tag' || tag === 'wp:author') && parent === 'channel') term = {};
        else if (tag === 'wp:postmeta' && item) meta = {};
        else if (tag === 'category' && item && parent === 'item') itemTerm = { domain: attribs.domain ?? '', nicename: attribs.nicename ?? '' };
      },
      ontext(data) {
        text += data;
      },
      onclosetag(name, isImplied) {
        const tag = name.toLowerCase();
        if (isImplied && ending) fail(`ends inside <${name}>: the file is cut short or an element is not closed`, Number.MAX_SAFE_INTEGER);
        else if (isImplied) {
          const opened = openedAt[openedAt.length - 1];
          fail(`<${name}>${opened ? ` (opened at line ${opened})` : ''} is not closed before this line: the XML is malformed (a missing or misspelt end tag)`);
        }
        stack.pop();
        openedAt.pop();
        const parent = stack[stack.length - 1];
        if (item && parent === 'item') {
          if (tag === 'category' && itemTerm) {
            if (itemTerm.domain && (itemTerm.nicename || text.trim())) item.terms.push({ ...itemTerm, name: text.trim() });
            itemTerm = undefined;
          } else if (ITEM_FIELDS[tag]) {
            (item as unknown as Record<string, unknown>)[ITEM_FIELDS[tag]] = text;
          } else if (tag === 'wp:postmeta' && meta) {
            if (meta.key !== undefined) item.meta.set(meta.key.trim(), meta.value ?? '');
            meta = undefined;
          }
        } else if (meta && parent === 'wp:postmeta') {
          if (tag === 'wp:meta_key') meta.key = text;
          else if (tag === 'wp:meta_value') meta.value = text;
        } else if (tag === 'item' && parent === 'channel' && item) {
          result.items.push(item);
          item = undefined;
        } else if (term && (parent === 'wp:category' || parent === 'wp:tag' || parent === 'wp:author')) {
          term[tag] = text.trim();
        } else if (term && parent === 'channel' && (tag === 'wp:category' || tag === 'wp:tag')) {
          const isCategory = tag === 'wp:category';
          const nicename = (isCategory ? term['wp:category_nicename'] : term['wp:tag_slug']) ?? '';
          const name = (isCategory ? term['wp:cat_name'] : term['wp:tag_name']) ?? '';
          const description = isCategory ? term['wp:category_description'] : term['wp:tag_description'];
          const parentName = isCategory ? term['wp:category_parent'] : undefined;
          (isCategory ? result.categories : result.tags).push({
            termId: term['wp:term_id'],
            nicename,
            name,
            ...(parentName ? { parent: parentName } : {}),
            ...(description ? { description } : {}),
          });
          term = undefined;
        } else if (term && parent === 'channel' && tag === 'wp:author') {
          const login = term['wp:author_login'] ?? '';
          if (login) result.authors.push({ id: term['wp:author_id'], login, displayName: term['wp:author_display_name'] });
          term = undefined;
        } else if (parent === 'channel' && CHANNEL_FIELDS[tag]) {
          result[CHANNEL_FIELDS[tag]] = text.trim();
        }
        text = '';
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );

  const check = () => {
    if (failure) throw new ImportError([{ file, field: `line ${failure.line}`, message: failure.message }]);
  };
  return {
    write(chunk: string): void {
      lines.add(chunk);
      parser.write(chunk);
      check();
    },
    end(): WxrExport {
      ending = true;
      parser.end();
      check();
      if (!result.wxrVersion && result.items.length === 0 && result.categories.length === 0) {
        throw new ImportError([{ file, message: 'is not a WordPress export: no <wp:wxr_version>, no items (expected the file WordPress writes in Tools → Export)' }]);
      }
      return result;
    },
  };
}

/** Reads a WXR file as a stream, at most maxBytes, with a progress bar by the mebibyte. */
export async function readWxr(file: string, { maxBytes, progress }: ReadWxrOptions): Promise<WxrExport> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new ImportError([{ file, message: info ? 'is not a file' : 'does not exist; expected a WordPress export (WXR .xml file)' }]);
  if (info.size > maxBytes) throw new ImportError([{ file, message: `is ${info.size} bytes, larger than --max-bytes (${maxBytes})` }]);
  const parser = wxrParser(file);
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  progress?.start(Math.max(1, Math.ceil(info.size / MIB)));
  let bytes = 0;
  let shown = 0;
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      bytes += Buffer.byteLength(chunk);
      if (bytes > maxBytes) throw new ImportError([{ file, message: `grew beyond --max-bytes (${maxBytes}) while being read` }]);
      parser.write(chunk);
      for (; shown < Math.floor(bytes / MIB); shown += 1) progress?.increment();
    }
    return parser.end();
  } finally {
    stream.destroy();
    progress?.stop();
  }
}
