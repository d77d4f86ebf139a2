// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { deployConfigs } from '../../../../src/pipeline/serve/deploy-configs';
import { nginxServerBlock } from '../../../../src/pipeline/serve/nginx-conf';

describe('deploy configs', () => {
  it('the committed files under deploy/ are what the generator writes (run `npm run deploy-configs`)', async () => {
    for (const [name, text] of Object.entries(deployConfigs())) {
      expect(await readFile(`deploy/${name}`, 'utf8'), `deploy/${name} is out of date`).toBe(text);
    }
  });

  it('nginx: a strict CSP without unsafe-inline scripts on every location, a real 404 page, the base path everywhere', () => {
    const conf = nginxServerBlock({ root: '/srv/www', base: '/news/', port: 8080 });
    const locations = conf.match(/location [^{]+\{/g)!;
    const csp = conf.match(/add_header Content-Security-Policy "([^"]+)"/g)!;
    expect(csp.length).toBe(locations.length);
    for (const header of csp) {
      const scriptSrc = /script-src ([^;"]+)/.exec(header)![1]!;
      expect(scriptSrc).not.toContain('unsafe-inline');
      expect(scriptSrc).not.toMatch(/'unsafe-eval'/);
    }
    expect(conf).toContain('error_page 404 /news/404.html;');
    expect(conf).toContain('location /news/api/ {');
    expect(conf).toContain('try_files $uri $uri.html =404;');
    expect(conf).toContain('location = /news/search {');
  });
});
