import { build as viteBuild } from 'vite';
import type { BundleDirs } from './bundles';
import { PhaseLog } from '../phase-log';
import { expectBuildFacts } from '../vite/build-facts';

/*
 * Child process of the build (see buildBundlesInChild): the client build into `clientDir`, which already
 * holds API files and is therefore not emptied, then the server bundle the prerender imports. Reports
 * its peak RSS to the parent.
 */

async function buildBundles({ root, clientDir, serverDir }: BundleDirs): Promise<void> {
  const phases = new PhaseLog();
  const logLevel = process.env.CI ? 'warn' : 'info';
  await phases.time('client', () => viteBuild({ root, configLoader: 'runner', logLevel, build: { outDir: clientDir, emptyOutDir: false } }));
  // The server bundle needs no service worker or icons.
  process.env.DATELINE_SERVER_BUILD = '1';
  await phases.time('ssr', () => viteBuild({ root, configLoader: 'runner', logLevel: 'warn', build: { ssr: 'src/app/server-entry.tsx', outDir: serverDir, emptyOutDir: true, sourcemap: false } }));
}

expectBuildFacts();
buildBundles(JSON.parse(process.argv[2]!) as BundleDirs).then(
  () => process.send?.({ peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }, () => process.disconnect()),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
