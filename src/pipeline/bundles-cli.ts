import { buildBundles, type BundleDirs } from './bundles';

/* Child process of the build: runs the two Vite builds (see buildBundlesInChild) and reports its peak RSS. */
buildBundles(JSON.parse(process.argv[2]!) as BundleDirs).then(
  () => process.send?.({ peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }, () => process.disconnect()),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
