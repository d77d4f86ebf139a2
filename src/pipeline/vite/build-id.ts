import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** What the app is made of: its code, its page, its static files, its dependencies and its config. */
const APP_INPUTS = ['src', 'index.html', 'public', 'package-lock.json', 'vite.config.ts'];

function files(entry: string): string[] {
  if (!statSync(entry, { throwIfNoEntry: false })) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry)
    .sort()
    .flatMap((name) => files(path.join(entry, name)));
}

/**
 * The build id the persisted reading cache is tied to (a new version of the app starts from a clean
 * cache): a hash of the app's own inputs, not the clock, so the same code gives the same bytes, and a
 * newsroom publishing a story (content only) keeps its readers' caches.
 */
export function appBuildId(root: string): string {
  const hash = createHash('sha256');
  for (const file of APP_INPUTS.flatMap((input) => files(path.join(root, input)))) {
    hash.update(path.relative(root, file).split(path.sep).join('/')).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
