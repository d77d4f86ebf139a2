// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { backoffMs, getBytes, getText, HttpRefused, retryAfterMs, type HttpOptions } from '../../../../src/import/http/fetch-with-retry';
import { longBody, startTestServer, type TestServer } from '../../../fixtures/http/test-server';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(...args: Parameters<typeof startTestServer>): Promise<TestServer> {
  const server = await startTestServer(...args);
  servers.push(server);
  return server;
}

const FAST: HttpOptions = { backoffBaseMs: 1, maxBackoffMs: 5, timeoutMs: 5_000, retries: 3 };

async function refusal(promise: Promise<unknown>): Promise<HttpRefused> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HttpRefused);
  return error as HttpRefused;
}

describe('backoffMs and retryAfterMs', () => {
  it('backs off exponentially up to a cap and honours Retry-After', () => {
    expect([0, 1, 2, 3].map((a) => backoffMs(a, 100, 500))).toEqual([100, 200, 400, 500]);
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});

describe('getText: a byte cap per response', () => {
  it('refuses a body whose Content-Length is over the cap, once, without retrying', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(600 * 1024 * 1024) });
      res.write('[');
    });
    const error = await refusal(getText(`${server.url}/big`, { ...FAST, maxBytes: 1024 }));
    expect(error.message).toBe(`GET ${server.url}/big refused: the response is 629,145,600 bytes (Content-Length), over the cap of 1,024 bytes (--max-bytes)`);
    expect(server.requests).toEqual(['/big']);
  });

  it('stops reading an endless body as soon as it passes the cap, and does not retry', async () => {
    let sent: Promise<number> | undefined;
    const server = await serve((_req, res) => {
      sent = longBody(res, 64 * 1024 * 1024).sent;
    });
    const error = await refusal(getText(`${server.url}/endless`, { ...FAST, maxBytes: 1024 * 1024 }));
    expect(error.summary).toBe('refused: the response is larger than the cap of 1,048,576 bytes (--max-bytes)');
    expect(server.requests).toEqual(['/endless']);
    // The connection is dropped: the server never gets to write the whole body.
    expect(await sent).toBeLessThan(64 * 1024 * 1024);
  });

  it('reads a body under the cap, multi-byte characters included', async () => {
    const body = JSON.stringify({ title: 'شب شعر', pad: 'x'.repeat(100_000) });
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(body);
    });
    const response = await getText(server.url, { ...FAST, maxBytes: 200_000 });
    expect(response.text).toBe(body);
  });
});

describe('getText: redirects and addresses', () => {
  it('follows a redirect on the same host', async () => {
    const server = await serve((req, res) => {
      if (req.url === '/old') res.writeHead(301, { location: '/new' }).end();
      else res.writeHead(200, { 'content-type': 'application/json' }).end('[]');
    });
    const response = await getText(`${server.url}/old`, FAST);
    expect(response).toMatchObject({ url: `${server.url}/new`, status: 200, text: '[]' });
    expect(server.requests).toEqual(['/old', '/new']);
  });

  it('refuses a redirect to another host, naming both, and does not retry', async () => {
    const server = await serve((_req, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end());
    const error = await refusal(getText(`${server.url}/wp-json/`, FAST));
    expect(error.message).toBe(
      `GET ${server.url}/wp-json/ refused: redirected to http://169.254.169.254/latest/meta-data/: points to http://169.254.169.254/latest/meta-data/, on another host than 127.0.0.1:${server.port}; pass --allow-host 169.254.169.254 to allow it`,
    );
    expect(server.requests).toEqual(['/wp-json/']);
  });

  it('follows a redirect to another host that --allow-host names', async () => {
    const server = await serve((req, res, origin) => {
      if (req.url === '/start') res.writeHead(302, { location: `${origin.replace('127.0.0.1', 'localhost')}/there` }).end();
      else res.writeHead(200).end('"ok"');
    });
    await refusal(getText(`${server.url}/start`, FAST));
    const response = await getText(`${server.url}/start`, { ...FAST, allowHosts: ['localhost'] });
    expect(response.text).toBe('"ok"');
  });

  it('gives up after a few redirects', async () => {
    const server = await serve((req, res) => res.writeHead(302, { location: `/again${req.url}` }).end());
    const error = await refusal(getText(`${server.url}/`, FAST));
    expect(error.summary).toBe('refused: more than 5 redirects (the last to /again/again/again/again/again/again/)');
    expect(server.requests).toHaveLength(6);
  });

  it('refuses private and link-local addresses before requesting them, unless --allow-host names them', async () => {
    const requested: string[] = [];
    const recording: typeof fetch = (input) => {
      requested.push(String(input));
      return Promise.resolve(new Response('[]', { status: 200 }));
    };
    for (const url of ['http://169.254.169.254/latest/', 'http://10.1.2.3/', 'http://192.168.0.1/', 'http://[fe80::1]/', 'http://[::ffff:10.0.0.1]/', 'http://0.0.0.0/']) {
      const error = await refusal(getText(url, { ...FAST, fetch: recording }));
      expect(error.summary, url).toMatch(/^refused: .* is a private or link-local address; pass --allow-host .* to allow it$/);
    }
    expect(requested).toEqual([]);
    expect((await getText('http://10.1.2.3/', { ...FAST, fetch: recording, allowHosts: ['10.1.2.3'] })).text).toBe('[]');
    expect(requested).toEqual(['http://10.1.2.3/']);
  });
});

describe('getBytes', () => {
  it('returns the body as bytes, unchanged, under the same cap', async () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0x00, 0xfe]);
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(bytes);
    });
    expect((await getBytes(`${server.url}/a.png`, FAST)).bytes).toEqual(bytes);
    const error = await refusal(getBytes(`${server.url}/a.png`, { ...FAST, maxBytes: 4 }));
    expect(error.summary).toMatch(/cap of 4 bytes/);
  });

  it('does not retry a host name that does not resolve', async () => {
    let calls = 0;
    const unresolved: typeof fetch = async () => {
      calls += 1;
      throw new TypeError('fetch failed', { cause: { code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND nowhere.example' } });
    };
    const error = await getBytes('https://nowhere.example/a.png', { ...FAST, fetch: unresolved }).catch((e: unknown) => e);
    expect((error as Error).message).toBe('GET https://nowhere.example/a.png failed after 1 attempt: fetch failed (ENOTFOUND)');
    expect(calls).toBe(1);
  });
});
