import type { Plugin } from 'vite';
import { SPA_SHELL } from '../serve/site-files';

/**
 * Emits the untouched app shell as spa.html during the client build, before index.html becomes the
 * prerendered home page, so the service worker can precache it.
 */
export function spaShell(): Plugin {
  return {
    name: 'dateline-spa-shell',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type === 'asset') this.emitFile({ type: 'asset', fileName: SPA_SHELL, source: index.source });
    },
  };
}
