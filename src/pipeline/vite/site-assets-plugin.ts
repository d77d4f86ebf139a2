import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { SiteIdentity } from './site-identity';

/**
 * The site's own files the build publishes beside the app:
 * - an SVG icon is also the page's scalable favicon: the PWA assets generator links it by its file name
 *   (`<link rel="icon" href="/logo.svg" type="image/svg+xml">`), so it is published under that name (a
 *   PNG logo needs nothing more: its favicon.ico and PNG icons are generated from it);
 * - the install screenshots of its content folder, which the manifest lists.
 */
export function siteAssets(site: SiteIdentity): Plugin {
  return {
    name: 'dateline-site-assets',
    apply: 'build',
    generateBundle() {
      if (site.icon.toLowerCase().endsWith('.svg')) this.emitFile({ type: 'asset', fileName: path.basename(site.icon), source: readFileSync(site.icon) });
      for (const shot of site.screenshots) this.emitFile({ type: 'asset', fileName: `screenshots/${shot.formFactor}.png`, source: readFileSync(shot.file) });
    },
  };
}
