import { readFile } from 'node:fs/promises';
import path from 'node:path';

/*
 * The JavaScript a first visit to a built page needs: the page's scripts, the app its starter imports
 * after the first paint (src/pipeline/vite/start-after-paint-plugin.ts), and every chunk those import
 * statically, transitively. Shared by the size budget (scripts/bundle-budget.ts) and the bench.
 */
const DECLARED = /<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g;
const STATIC_IMPORT = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{},\s]*from\s*)?"\.\/([^"]+\.js)"/g;
const STARTER_IMPORT = /let started=.*?import\("\.\/([^"]+\.js)"\)/;
const STARTER = /(?:^|\/)start-[^/]+\.js$/;

/** Base path of the page's assets, e.g. "/" or "/news/". */
export const assetBase = (html: string) => /src="([^"]*)assets\//.exec(html)?.[1] ?? '/';

/** Files (relative to `dist`, e.g. "assets/index-x.js") a first visit of the page with this HTML loads. */
export async function firstLoadFiles(dist: string, html: string): Promise<string[]> {
  const base = assetBase(html);
  const files = new Set<string>();
  const visit = async (file: string): Promise<void> => {
    if (files.has(file)) return;
    files.add(file);
    const code = await readFile(path.join(dist, file), 'utf8');
    const dir = path.posix.dirname(file);
    const started = STARTER_IMPORT.exec(code)?.[1];
    // A starter whose import is not found would make the first load look like 1 KB: fail instead.
    if (STARTER.test(file) && !started) throw new Error(`${file}: the starter's import of the app was not found (has starterSource() changed?)`);
    const next = [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]!);
    for (const name of started ? [...next, started] : next) await visit(path.posix.join(dir, name));
  };
  for (const url of new Set([...html.matchAll(DECLARED)].map((m) => m[1]!))) await visit(url.slice(base.length));
  return [...files];
}
