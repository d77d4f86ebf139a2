import { createHash } from 'node:crypto';

/** A file's identity for the build manifest: SHA-1 of its bytes (fast, and collisions are not a threat model here). */
export function contentHash(data: string | Uint8Array): string {
  return createHash('sha1').update(data).digest('base64url');
}

/** One hash over several named parts, each length-delimited so ("ab","c") ≠ ("a","bc"). */
export function keyOf(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(`${typeof part === 'string' ? Buffer.byteLength(part) : part.length}:`).update(part);
  return hash.digest('base64url');
}
