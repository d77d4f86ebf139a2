import type { Plugin } from 'vite';
import { EARLY_CONTROLS_SCRIPT } from '../serve/server-headers';

/**
 * Inlines the early-controls script (src/app/early-controls.js) into <head> (dev and build): a button
 * pressed before the app has started is held and pressed again once it has. Inline, not a file, so it
 * listens before the first paint, with no request to wait for; the CSP allows it by its hash.
 */
export function earlyControlsScript(): Plugin {
  return {
    name: 'dateline-early-controls',
    transformIndexHtml: () => [
      // Exactly the text the policy's hash allows: it must not be reformatted.
      { tag: 'script', children: EARLY_CONTROLS_SCRIPT, injectTo: 'head' },
    ],
  };
}
