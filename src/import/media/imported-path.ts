import { createHash } from 'node:crypto';
import type { ImageType } from './image-type';

/** Where imported images live in a content folder. */
export const IMPORTED_IMAGES_DIR = 'images/imported';

/** The first 16 hex digits of the URL's SHA-256: the name of its file, whatever the import. */
export function importedImageKey(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, 16);
}

/** `images/imported/<key>.<ext>`, relative to the content folder (as the content format's local images are). */
export function importedImagePath(url: string, type: ImageType): string {
  return `${IMPORTED_IMAGES_DIR}/${importedImageKey(url)}.${type}`;
}

/** The key of an imported image's file name ("0123456789abcdef.png" → "0123456789abcdef"), else undefined. */
export function keyOfImportedFile(name: string): string | undefined {
  return /^([0-9a-f]{16})\.(?:png|jpg|gif|webp|avif|svg)$/.exec(name)?.[1];
}
