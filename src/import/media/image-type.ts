/** The image formats an import stores, by the extension their files get. */
export type ImageType = 'png' | 'jpg' | 'gif' | 'webp' | 'avif' | 'svg';

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) => prefix.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** An ISO-BMFF file (AVIF) names its brands in the first box: "ftyp", a major brand, then compatible ones. */
function isAvif(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return false;
  const boxSize = Math.min(bytes.length, ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0);
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(ascii(bytes, at, at + 4));
  return brands.includes('avif') || brands.includes('avis');
}

/** Skips what may come before an SVG's root element: whitespace, an XML prolog, comments, a doctype. */
function skipProlog(text: string): string {
  let rest = text.replace(/^\uFEFF/, '').trimStart();
  for (;;) {
    const end = rest.startsWith('<?xml') ? rest.indexOf('?>') + 2 : rest.startsWith('<!--') ? rest.indexOf('-->') + 3 : rest.startsWith('<!DOCTYPE svg') ? rest.indexOf('>') + 1 : 0;
    if (end <= 2) return rest;
    rest = rest.slice(end).trimStart();
  }
}

function isSvg(bytes: Uint8Array): boolean {
  const head = skipProlog(new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)));
  return /^<svg[\s>/]/.test(head);
}

/**
 * What image a file is, judged by its bytes (magic numbers), never by its name or Content-Type: PNG,
 * JPEG, GIF, WebP, AVIF, or SVG (text starting with `<svg`, or with an XML prolog, comments or an SVG
 * doctype before it). Anything else (an HTML error page, a script) is undefined.
 */
export function imageType(bytes: Uint8Array): ImageType | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpg';
  if (bytes.length >= 6 && ['GIF87a', 'GIF89a'].includes(ascii(bytes, 0, 6))) return 'gif';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (isAvif(bytes)) return 'avif';
  if (isSvg(bytes)) return 'svg';
  return undefined;
}
