import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EncodedImage, EncodedVariant } from './encode';
import type { VariantFormat } from './options';

/** What a cache entry records beside its files: everything of an EncodedImage but the bytes. */
interface CacheRecord {
  width: number;
  height: number;
  alpha: boolean;
  placeholder?: string;
  variants: { format: VariantFormat; width: number; height: number; file: string }[];
}

const RECORD = 'image.json';
const DAY = 86_400_000;
/** An entry no build has used for this long is removed: the photo was replaced, or the story is gone. */
export const UNUSED_DAYS = 30;

const EXTENSIONS: Record<VariantFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg', png: 'png' };
export const extensionOf = (format: VariantFormat) => EXTENSIONS[format];

/**
 * A folder of encoded images, one entry per (source bytes, options) key. An entry is written whole into
 * a temporary folder and renamed into place, so an interrupted build never leaves half of one behind.
 */
export class ImageCache {
  constructor(readonly dir: string) {}

  async get(key: string): Promise<EncodedImage | undefined> {
    const entry = path.join(this.dir, key);
    let record: CacheRecord;
    try {
      record = JSON.parse(await readFile(path.join(entry, RECORD), 'utf8')) as CacheRecord;
    } catch {
      return undefined;
    }
    try {
      const variants: EncodedVariant[] = await Promise.all(
        record.variants.map(async ({ format, width, height, file }) => ({ format, width, height, data: await readFile(path.join(entry, file)) })),
      );
      const { width, height, alpha, placeholder } = record;
      // Marks the entry as used, for prune().
      const now = new Date();
      await utimes(entry, now, now).catch(() => undefined);
      return { width, height, alpha, ...(placeholder ? { placeholder } : {}), variants };
    } catch {
      // A damaged entry (a file gone): encode again.
      return undefined;
    }
  }

  async put(key: string, image: EncodedImage): Promise<void> {
    const entry = path.join(this.dir, key);
    const staging = `${entry}.tmp-${process.pid}`;
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    const variants = image.variants.map((v) => ({ format: v.format, width: v.width, height: v.height, file: `${v.width}.${extensionOf(v.format)}` }));
    await Promise.all(image.variants.map((v, i) => writeFile(path.join(staging, variants[i]!.file), v.data)));
    const record: CacheRecord = { width: image.width, height: image.height, alpha: image.alpha, ...(image.placeholder ? { placeholder: image.placeholder } : {}), variants };
    await writeFile(path.join(staging, RECORD), JSON.stringify(record));
    await rm(entry, { recursive: true, force: true });
    await rename(staging, entry);
  }

  /**
   * Removes the entries no build has read or written for `days` days, and the staging folders an
   * interrupted build left (older than a day). Several content folders may share the cache, so an entry
   * another one uses is kept as long as it is used. Returns how many were removed.
   */
  async prune(days = UNUSED_DAYS, now = Date.now()): Promise<number> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names) {
      const entry = path.join(this.dir, name);
      const age = now - (await stat(entry).catch(() => ({ mtimeMs: now }))).mtimeMs;
      if (age > (name.includes('.tmp-') ? DAY : days * DAY)) {
        await rm(entry, { recursive: true, force: true });
        removed += 1;
      }
    }
    return removed;
  }
}
