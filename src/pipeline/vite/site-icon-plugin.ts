import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { SiteIdentity } from './site-identity';

/**
 * An SVG icon is also the page's scalable favicon: the PWA assets generator links it by its file name
 * (`<link rel="icon" href="/logo.svg" type="image/svg+xml">`), so the build publishes it under that name.
 * A PNG logo needs nothing more: its favicon.ico and PNG icons are generated from it.
 */
export function siteIcon(site: SiteIdentity): Plugin {
  return {
    name: 'dateline-site-icon',
    apply: 'build',
    generateBundle() {
      if (!site.icon.toLowerCase().endsWith('.svg')) return;
      this.emitFile({ type: 'asset', fileName: path.basename(site.icon), source: readFileSync(site.icon) });
    },
  };
}
