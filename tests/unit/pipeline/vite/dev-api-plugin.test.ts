// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import { devApi } from '../../../../src/pipeline/vite/dev-api-plugin';
import { articleSource, makeContentDir, makeSecretFile, removeContentDirs, SVG } from '../../../fixtures/content';

afterAll(removeContentDirs);

type Middleware = (req: { url: string }, res: FakeResponse, next: () => void) => Promise<void> | void;

interface FakeResponse {
  statusCode: number;
  body?: string;
  setHeader(name: string, value: string): void;
  end(data?: string | Buffer): void;
}

/** The plugin's configureServer run against a stand-in dev server; returns a function that requests a path. */
async function startDevApi(contentDir: string) {
  const plugin = devApi(contentDir);
  let middleware: Middleware | undefined;
  const server = {
    config: { base: '/' },
    watcher: { add: () => undefined, on: () => undefined },
    middlewares: { use: (fn: Middleware) => (middleware = fn) },
  };
  await (plugin.configureServer as unknown as (s: typeof server) => Promise<void>)(server);
  return async (url: string): Promise<{ status: number | 'next'; body?: string }> => {
    let nexted = false;
    const res: FakeResponse = {
      statusCode: 200,
      setHeader: () => undefined,
      end(data) {
        this.body = data === undefined ? '' : String(data);
      },
    };
    await middleware!({ url }, res, () => (nexted = true));
    return nexted ? { status: 'next' } : { status: res.statusCode, body: res.body };
  };
}

describe('devApi: the dev server serves what the build would, no more', () => {
  it('tells the watcher not to follow symbolic links', () => {
    const config = (devApi('/content').config as () => { server: { watch: { followSymlinks: boolean } } })();
    expect(config.server.watch.followSymlinks).toBe(false);
  });

  it('serves the validated local images and nothing else from the folder, never through a link', async () => {
    const secret = await makeSecretFile();
    const dir = await makeContentDir({
      images: ['images/dam.svg', 'images/unused.svg'],
      articles: { 'dam.json': articleSource('dam', { hero: { src: 'images/dam.svg', alt: 'Dam', width: 4, height: 3 } }) },
      symlinks: { 'images/leak.svg': secret },
    });
    const request = await startDevApi(dir);
    expect(await request('/media/images/dam.svg')).toEqual({ status: 200, body: SVG });
    expect(await request('/media/images/leak.svg')).toEqual({ status: 'next' });
    expect(await request('/media/site.json')).toEqual({ status: 'next' });
    expect(await request('/media/images/unused.svg')).toEqual({ status: 'next' });
    expect((await request('/api/v1/articles/dam.json')).status).toBe(200);
  });
});
