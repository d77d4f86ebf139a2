import { Parser } from 'htmlparser2';

/** The pseudo-attributes of an XML declaration (`version="1.0" encoding="…"`), read by the XML parser as an element's attributes. */
function declarationAttributes(data: string): Record<string, string> {
  let attrs: Record<string, string> = {};
  const parser = new Parser({ onopentag: (_name, a) => (attrs = a) }, { xmlMode: true, decodeEntities: true });
  parser.write(`<d ${data}/>`);
  parser.end();
  return attrs;
}

/** The encoding the XML declaration at the start of the bytes names, if any. */
export function declaredEncoding(bytes: Uint8Array): string | undefined {
  // The declaration is ASCII in every encoding a feed uses (UTF-16 is told by its BOM): latin1 reads it.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 512)).toString('latin1');
  if (!head.startsWith('<?xml')) return undefined;
  const end = head.indexOf('?>');
  if (end < 0) return undefined;
  return declarationAttributes(head.slice('<?xml'.length, end)).encoding?.trim() || undefined;
}

/** The charset parameter of a Content-Type header. */
export function headerCharset(contentType: string | null | undefined): string | undefined {
  if (!contentType) return undefined;
  for (const part of contentType.split(';').slice(1)) {
    const [key = '', ...value] = part.split('=');
    if (key.trim().toLowerCase() === 'charset') return value.join('=').trim().replace(/^"(.*)"$/, '$1') || undefined;
  }
  return undefined;
}

/** windows-1252's characters at 0x80–0x9F (undefined ones stay as they are, as the Encoding standard says). */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * windows-1252 (what the Encoding standard reads for "iso-8859-1", "latin1" and "us-ascii" too): some
 * Node versions' TextDecoder reads it as plain latin1, losing the curly quotes and dashes at 0x80–0x9F.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let out = '';
  let from = 0;
  for (let i = 0; i < latin1.length; i += 1) {
    const code = latin1.charCodeAt(i);
    if (code < 0x80 || code > 0x9f) continue;
    out += latin1.slice(from, i) + CP1252_HIGH[code - 0x80];
    from = i + 1;
  }
  return from === 0 ? latin1 : out + latin1.slice(from);
}

export type Decoded = { ok: true; text: string } | { ok: false; message: string };

/**
 * A feed's bytes → text: a byte-order mark first, then the HTTP charset, then the XML declaration's
 * encoding (ISO-8859-1 and windows-1252 feeds are still about), else UTF-8. Malformed UTF-8 becomes U+FFFD.
 */
export function decodeFeed(bytes: Uint8Array, contentType?: string | null): Decoded {
  let label: string;
  let from = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) [label, from] = ['utf-8', 3];
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [label, from] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [label, from] = ['utf-16be', 2];
  else label = headerCharset(contentType) ?? declaredEncoding(bytes) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return { ok: false, message: `is in the encoding "${label.slice(0, 40)}", which cannot be read; expected UTF-8 (or another encoding the WHATWG Encoding standard names)` };
  }
  const body = bytes.subarray(from);
  return { ok: true, text: decoder.encoding === 'windows-1252' ? decodeWindows1252(body) : decoder.decode(body) };
}
