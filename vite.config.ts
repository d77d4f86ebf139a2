/// <reference types="vitest/config" />
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { pwaOptions } from './src/pipeline/vite/pwa-config';
import { siteIdentity } from './src/pipeline/vite/site-identity';
import { siteShell } from './src/pipeline/vite/site-shell-plugin';
import { siteAssets } from './src/pipeline/vite/site-assets-plugin';
import { devApi } from './src/pipeline/vite/dev-api-plugin';
import { contentSecurityPolicyMeta } from './src/pipeline/vite/csp-meta-plugin';
import { settingsBootScript } from './src/pipeline/vite/settings-boot-plugin';
import { earlyControlsScript } from './src/pipeline/vite/early-controls-plugin';
import { spaShell } from './src/pipeline/vite/spa-shell-plugin';
import { startAfterPaint } from './src/pipeline/vite/start-after-paint-plugin';
import { urlGuard } from './src/pipeline/vite/url-guard-plugin';
import { appBuildId } from './src/pipeline/vite/build-id';

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content/demo');
const site = siteIdentity(contentDir);
const rawBase = process.env.BASE_URL ?? '/';
const isServerBuild = process.env.DATELINE_SERVER_BUILD === '1';
const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;

export default defineConfig({
  base,
  plugins: [urlGuard(), react(), devApi(contentDir), startAfterPaint(), spaShell(), contentSecurityPolicyMeta(), settingsBootScript(), earlyControlsScript(), siteShell(site), siteAssets(site), VitePWA({ ...pwaOptions(base, site), disable: isServerBuild })],
  define: {
    // Ties the persisted query cache to this version of the app: a new version starts from a clean cache.
    'import.meta.env.VITE_BUILD_ID': JSON.stringify(process.env.BUILD_ID ?? appBuildId(import.meta.dirname)),
  },
  build: {
    target: 'es2022',
    // No source maps in what is published: a build reveals no more of its source than it runs.
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Everything a first visit needs in one chunk: one request and one gzip stream instead of ~17 small
        // modulepreloaded files (6 KB less gzip, a shorter critical chain). Lazy routes keep their chunks.
        codeSplitting: isServerBuild ? undefined : { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  preview: {
    port: Number(process.env.PORT ?? 4173),
    strictPort: true,
  },
  server: {
    port: 5173,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    // A bound, not a wait: a component journey that takes 1 s alone can take several on a loaded 2-core machine.
    testTimeout: 15_000,
    restoreMocks: true,
    // Under CI the JSON report feeds scripts/test-report.ts (the failing tests' names, first).
    ...(process.env.CI ? { reporters: ['default', 'json'], outputFile: { json: 'reports/unit.json' } } : {}),
  },
});
