import { createHash } from 'node:crypto';

/** A file's identity for the build manifest: SHA-1 of its bytes (fast, and collisions are not a threat model here). */
export function contentHash(data: string | Uint8Array): string {
  return createHash('sha1').update(data).digest('base64url');
}

/** One hash over several named parts, each length-delimited so ("ab","c") ≠ ("a","bc"). */
export function keyOf(...parts: (string | Uint8Array)[]): string {
  // One update per key, not two per part: a build computes a key for every document of the archive.
  if (parts.every((part) => typeof part === 'string')) return createHash('sha1').update((parts as string[]).map((part) => `${Buffer.byteLength(part)}:${part}`).join('')).digest('base64url');
  const hash = createHash('sha1');
  for (const part of parts) hash.update(`${typeof part === 'string' ? Buffer.byteLength(part) : part.length}:`).update(part);
  return hash.digest('base64url');
}
