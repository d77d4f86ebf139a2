import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The file's text, or null when it cannot be read (answered as a 404). Synchronous: the files were just written and are in the page cache. */
function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Points `fetch` at the API files just written, so the app's own query functions load the prerender's
 * data. Small shared documents (navigation, rails) are read once. Returns a function that restores
 * the real `fetch`.
 */
export function serveApiFromDisk(outDir: string, base: string): () => void {
  const original = globalThis.fetch;
  const shared = new Map<string, string | null>();
  const prefix = `${base}api/v1/`;
  globalThis.fetch = async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.pathname : new URL(input.url).pathname;
    if (!url.startsWith(prefix)) throw new TypeError(`prerender: unexpected fetch of ${url}`);
    const rel = url.slice(prefix.length);
    const isShared = !rel.includes('/') || rel === 'latest/1.json';
    let text = isShared ? shared.get(rel) : undefined;
    if (text === undefined) {
      text = readText(path.join(outDir, 'api', 'v1', rel));
      if (isShared) shared.set(rel, text);
    }
    return text === null ? new Response('not found', { status: 404 }) : new Response(text, { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
  return () => {
    globalThis.fetch = original;
  };
}
