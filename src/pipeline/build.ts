import path from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError } from './content/content-error';
import { runBuild } from './run-build';
import { watchContent } from './watch';

/*
 * `npm run build [-- --clean] [-- --watch]`: builds CONTENT_DIR (default content/demo) into OUT_DIR
 * (default dist), reusing what the previous build made there unless --clean; --watch builds again
 * whenever the content folder changes.
 */

const root = process.cwd();
const { values: flags } = parseArgs({ options: { clean: { type: 'boolean', default: false }, watch: { type: 'boolean', default: false } } });
const contentDir = path.resolve(root, process.env.CONTENT_DIR ?? 'content/demo');
const outDir = path.resolve(root, process.env.OUT_DIR ?? 'dist');
const rawBase = process.env.BASE_URL ?? '/';
const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;

const describe = (error: unknown) => (error instanceof ContentError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error));

async function once(clean: boolean): Promise<void> {
  const result = await runBuild({ root, contentDir, outDir, base, clean, log: console.log });
  console.log(`Phases (s): ${result.phases}`);
  console.log(`Built ${path.relative(root, outDir) || '.'}/ (${result.incremental ? 'incremental' : 'full'}) in ${result.seconds.toFixed(2)} s, peak RSS ${result.peakRssMB} MB`);
}

if (flags.watch) {
  await watchContent(contentDir, (first) => once(first && flags.clean), (error) => console.error(`Build failed; ${path.relative(root, outDir) || '.'}/ is as it was.\n${describe(error)}`));
} else {
  await once(flags.clean).catch((error: unknown) => {
    console.error(describe(error));
    process.exit(1);
  });
}
