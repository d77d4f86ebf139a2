/*
 * Just enough of PHP's serialize() format to read an attachment's `_wp_attachment_metadata`
 * (a:5:{s:5:"width";i:1200;…}): strings, integers, floats, booleans, null and arrays. Nothing is
 * ever instantiated (objects, O:/C:, and references are refused); lengths are checked against the
 * bytes; depth and size are bounded. Anything unexpected → undefined (the caller falls back).
 */

export type PhpValue = string | number | boolean | null | PhpArray;
export interface PhpArray {
  [key: string]: PhpValue;
}

const MAX_DEPTH = 8;
const MAX_ENTRIES = 10_000;

class Reader {
  pos = 0;
  entries = 0;
  constructor(readonly bytes: Buffer) {}

  expect(char: string): void {
    if (this.bytes[this.pos] !== char.charCodeAt(0)) throw new Error(`expected "${char}" at ${this.pos}`);
    this.pos += 1;
  }

  /** Characters up to (not including) `end`, which is consumed. */
  until(end: string): string {
    const at = this.bytes.indexOf(end, this.pos, 'latin1');
    if (at === -1 || at - this.pos > 64) throw new Error('unterminated number');
    const text = this.bytes.toString('latin1', this.pos, at);
    this.pos = at + 1;
    return text;
  }

  integer(end: string): number {
    const text = this.until(end);
    if (!/^-?\d{1,15}$/.test(text)) throw new Error(`not an integer: ${text}`);
    return Number(text);
  }

  value(depth: number): PhpValue {
    if (depth > MAX_DEPTH || (this.entries += 1) > MAX_ENTRIES) throw new Error('too deep or too large');
    const type = String.fromCharCode(this.bytes[this.pos] ?? 0);
    this.pos += 1;
    if (type === 'N') {
      this.expect(';');
      return null;
    }
    this.expect(':');
    switch (type) {
      case 'i':
        return this.integer(';');
      case 'b':
        return this.integer(';') !== 0;
      case 'd': {
        const n = Number(this.until(';'));
        if (!Number.isFinite(n)) throw new Error('not a number');
        return n;
      }
      case 's': {
        const length = this.integer(':');
        this.expect('"');
        if (length < 0 || this.pos + length > this.bytes.length) throw new Error('string longer than the data');
        const text = this.bytes.toString('utf8', this.pos, this.pos + length);
        this.pos += length;
        this.expect('"');
        this.expect(';');
        return text;
      }
      case 'a': {
        const count = this.integer(':');
        this.expect('{');
        const array: PhpArray = Object.create(null) as PhpArray;
        for (let i = 0; i < count; i += 1) {
          const key = this.value(depth + 1);
          if (typeof key !== 'string' && typeof key !== 'number') throw new Error('bad array key');
          array[String(key)] = this.value(depth + 1);
        }
        this.expect('}');
        return array;
      }
      default:
        throw new Error(`unsupported type "${type}"`);
    }
  }
}

/** A PHP-serialized value, or undefined if it is not one this reader accepts. */
export function parsePhpSerialized(text: string): PhpValue | undefined {
  const reader = new Reader(Buffer.from(text.trim(), 'utf8'));
  try {
    const value = reader.value(0);
    return reader.pos === reader.bytes.length ? value : undefined;
  } catch {
    return undefined;
  }
}

const isArray = (v: PhpValue | undefined): v is PhpArray => typeof v === 'object' && v !== null;
const dimension = (v: PhpValue | undefined) => {
  const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
};

export interface AttachmentSize {
  /** The file name, in the same folder as the full-size file. */
  file: string;
  width: number;
  height: number;
}

export interface AttachmentMetadata {
  width?: number;
  height?: number;
  sizes: Record<string, AttachmentSize>;
}

/** `_wp_attachment_metadata` → the full size's width/height and the other sizes; undefined if unreadable. */
export function attachmentMetadata(text: string): AttachmentMetadata | undefined {
  const value = parsePhpSerialized(text);
  if (!isArray(value)) return undefined;
  const sizes: Record<string, AttachmentSize> = {};
  const rawSizes = value.sizes;
  if (isArray(rawSizes)) {
    for (const [name, size] of Object.entries(rawSizes)) {
      if (!isArray(size)) continue;
      const width = dimension(size.width);
      const height = dimension(size.height);
      const file = size.file;
      if (width && height && typeof file === 'string' && file !== '' && !file.includes('/')) sizes[name] = { file, width, height };
    }
  }
  return { width: dimension(value.width), height: dimension(value.height), sizes };
}
