import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nginxServerBlock } from '../../../src/pipeline/serve/nginx-conf';

/*
 * Serves the production build with real nginx and the shipped config, for the server e2e tests:
 *   - port NGINX_PORT (4181): dist/ at the root of the host;
 *   - port NGINX_PORT + 1 (4182): a second build made with BASE_URL=/news/, mounted at /news/;
 *   - port NGINX_PORT + 2 (4183): a third, of the demo plus the stories in tests/fixtures/remote-images/
 *     (pictures on another host, as imported sites have; only the remote-images test visits it).
 * Runs in the foreground until Playwright stops it.
 */
const port = Number(process.env.NGINX_PORT ?? 4181);
const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => {
  try {
    execFileSync(p, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
if (!nginx) {
  console.error('nginx is not installed: apt-get install -y nginx (.ci/run does this on CI).');
  process.exit(1);
}

const work = mkdtempSync(path.join(os.tmpdir(), 'dateline-nginx-'));
const subRoot = path.join(work, 'sub');
mkdirSync(path.join(work, 'tmp'), { recursive: true });
mkdirSync(subRoot, { recursive: true });
execFileSync('npx', ['tsx', 'src/pipeline/build.ts'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, BASE_URL: '/news/', OUT_DIR: path.join(subRoot, 'news'), CI: '1' },
});
const remoteContent = path.join(work, 'remote-content');
const remoteRoot = path.join(work, 'remote');
cpSync('content/demo', remoteContent, { recursive: true });
cpSync('tests/fixtures/remote-images', path.join(remoteContent, 'articles'), { recursive: true });
execFileSync('npx', ['tsx', 'src/pipeline/build.ts'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, OUT_DIR: remoteRoot, CONTENT_DIR: remoteContent, CI: '1' },
});

const tmp = path.join(work, 'tmp');
const config = `daemon off;
master_process off;
error_log stderr warn;
pid ${path.join(work, 'nginx.pid')};
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  log_not_found off;
  client_body_temp_path ${tmp}/body;
  proxy_temp_path ${tmp}/proxy;
  fastcgi_temp_path ${tmp}/fastcgi;
  uwsgi_temp_path ${tmp}/uwsgi;
  scgi_temp_path ${tmp}/scgi;
${nginxServerBlock({ root: path.resolve('dist'), base: '/', port })}
${nginxServerBlock({ root: subRoot, base: '/news/', port: port + 1 })}
${nginxServerBlock({ root: remoteRoot, base: '/', port: port + 2 })}
}
`;
const configFile = path.join(work, 'nginx.conf');
writeFileSync(configFile, config);
const child = spawn(nginx, ['-c', configFile, '-e', 'stderr'], { stdio: 'inherit' });
const stop = () => child.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => process.exit(code ?? 0));
