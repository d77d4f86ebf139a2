import { AsyncLocalStorage } from 'node:async_hooks';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The file's text, or null when it cannot be read. Synchronous: the files were just written and are in the page cache. */
function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Where the API documents of this build are: the folders to look in, first match wins, and those this build removed. */
export interface ApiSource {
  dirs: string[];
  /** Paths under `api/v1/` that an earlier folder in `dirs` no longer has but a later one still holds. */
  removed?: ReadonlySet<string>;
}

const reads = new AsyncLocalStorage<Set<string>>();

/**
 * Runs `render` and returns, with its result, every API document it asked for (paths under `api/v1/`,
 * found or not): the page's inputs, which decide whether a later build must render it again.
 */
export async function trackApiReads<T>(render: () => Promise<T>): Promise<{ result: T; deps: string[] }> {
  const deps = new Set<string>();
  const result = await reads.run(deps, render);
  return { result, deps: [...deps].sort() };
}

/**
 * Points `fetch` at the API files of this build, so the app's own query functions load the prerender's
 * data. Small shared documents (navigation, rails) are read once. Returns a function that restores
 * the real `fetch`.
 */
export function serveApiFromDisk({ dirs, removed }: ApiSource, base: string): () => void {
  const original = globalThis.fetch;
  const shared = new Map<string, string | null>();
  const prefix = `${base}api/v1/`;
  const load = (rel: string): string | null => {
    if (removed?.has(rel)) return null;
    for (const dir of dirs) {
      const text = readText(path.join(dir, 'api', 'v1', rel));
      if (text !== null) return text;
    }
    return null;
  };
  globalThis.fetch = async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.pathname : new URL(input.url).pathname;
    if (!url.startsWith(prefix)) throw new TypeError(`prerender: unexpected fetch of ${url}`);
    const rel = url.slice(prefix.length);
    reads.getStore()?.add(rel);
    const isShared = !rel.includes('/') || rel === 'latest/1.json';
    let text = isShared ? shared.get(rel) : undefined;
    if (text === undefined) {
      text = load(rel);
      if (isShared) shared.set(rel, text);
    }
    return text === null ? new Response('not found', { status: 404 }) : new Response(text, { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
  return () => {
    globalThis.fetch = original;
  };
}
