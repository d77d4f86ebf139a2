import type { Plugin } from 'vite';
import { SETTINGS_BOOT_SCRIPT } from '../serve/server-headers';

/** Inlines the reading-settings script into <head> (dev and build); the CSP allows it by its hash. */
export function settingsBootScript(): Plugin {
  return {
    name: 'dateline-settings-boot',
    transformIndexHtml: () => [
      // Exactly the text the policy's hash allows: it must not be reformatted.
      { tag: 'script', children: SETTINGS_BOOT_SCRIPT, injectTo: 'head' },
    ],
  };
}
