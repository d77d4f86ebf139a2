import { readFileSync } from 'node:fs';
import { appBuildId } from '../vite/build-id';
import type { BuildFacts } from '../vite/build-facts';
import { siteIdentity } from '../vite/site-identity';
import { contentHash, keyOf } from './content-hash';

/**
 * What the Vite builds are made of, known before the content is read: the app's code, config and
 * lockfile (the build id), the settings that reach the bundles, and the parts of the content folder the
 * bundles embed (site.json's identity, the logo, the install screenshots). Bytes, not paths, so two
 * clones of the same project and content agree.
 */
export function codeKey(root: string, contentDir: string): string {
  const identity = siteIdentity(contentDir);
  const { icon, screenshots, ...words } = identity;
  return keyOf(
    'dateline-app-v1',
    appBuildId(root),
    process.env.BASE_URL ?? '/',
    process.env.BUILD_ID ?? '',
    JSON.stringify(words),
    contentHash(readFileSync(icon)),
    ...screenshots.map((shot) => `${shot.formFactor}:${shot.width}x${shot.height}:${contentHash(readFileSync(shot.file))}`),
  );
}

/** The bundles' key: the code's, and the facts the content tells the Vite build. */
export function appKey(code: string, facts: BuildFacts): string {
  return keyOf(code, JSON.stringify(facts));
}
