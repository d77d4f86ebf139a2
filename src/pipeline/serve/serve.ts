import path from 'node:path';
import { parseArgs } from 'node:util';
import { createStaticServer } from './static-server';

/*
 * `npm run preview` (and the second half of `npm start`): serves a build as production does.
 *   --dir <folder>  the build (default: OUT_DIR or dist)
 *   --port <n>      default: PORT or 4173
 *   --host <name>   default: localhost
 *   --base <path>   the base path it was built for (default: BASE_URL or /)
 */
const { values } = parseArgs({
  options: { dir: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, base: { type: 'string' } },
});
const dir = path.resolve(values.dir ?? process.env.OUT_DIR ?? 'dist');
const port = Number(values.port ?? process.env.PORT ?? 4173);
const host = values.host ?? 'localhost';
const base = values.base ?? process.env.BASE_URL ?? '/';
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`--port expects a port number, got "${values.port ?? process.env.PORT}"`);
  process.exit(2);
}

const server = createStaticServer({ dir, base });
server.on('error', (error) => {
  console.error(`Could not serve ${dir} on ${host}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, host, () => console.log(`Dateline: serving ${path.relative(process.cwd(), dir) || dir} on http://${host}:${port}${base.endsWith('/') ? base : `${base}/`}`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
