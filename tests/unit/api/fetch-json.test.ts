import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, isNotFound, isRetryable } from '../../../src/api/api-error';
import { describeError } from '../../../src/ui/describe-error';
import { fetchJson } from '../../../src/api/fetch-json';

const identity = (data: unknown) => data;

/** Stubs global fetch with one answer and returns the mock, to inspect the request. */
function answer(body: string, init: ResponseInit = {}) {
  const fetchMock = vi.fn(async () => new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' }, ...init }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** The ApiError a call fails with (and fails the test if it does not fail with one). */
async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchJson', () => {
  it('GETs the document under api/v1/ with Accept: application/json and returns the checked data', async () => {
    const fetchMock = answer(JSON.stringify({ items: [1, 2] }));
    const check = vi.fn((data: unknown) => ({ checked: data }));
    await expect(fetchJson('latest/1.json', check)).resolves.toEqual({ checked: { items: [1, 2] } });
    expect(check).toHaveBeenCalledWith({ items: [1, 2] });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(`${import.meta.env.BASE_URL}api/v1/latest/1.json`);
    expect(new Headers(init.headers).get('Accept')).toBe('application/json');
    expect(init.signal).toBeDefined();
  });

  it('turns a 404 into a not-found error that is not retried', async () => {
    answer('<!doctype html><title>Not found</title>', { status: 404, headers: { 'Content-Type': 'text/html' } });
    const error = await failure(fetchJson('articles/nope.json', identity));
    expect(error.kind).toBe('not-found');
    expect(error.status).toBe(404);
    expect(error.url).toContain('api/v1/articles/nope.json');
    expect(isNotFound(error)).toBe(true);
    expect(isRetryable(error)).toBe(false);
  });

  it('turns a 500 into an http error with its status, which is retried', async () => {
    answer('oops', { status: 500 });
    const error = await failure(fetchJson('home.json', identity));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(500);
    expect(error.message).toContain('500');
    expect(isRetryable(error)).toBe(true);
    expect(isNotFound(error)).toBe(false);
    expect(describeError(error)).toContain('HTTP 500');
  });

  it('does not retry a 4xx other than 404', async () => {
    answer('forbidden', { status: 403 });
    const error = await failure(fetchJson('home.json', identity));
    expect(error).toMatchObject({ kind: 'http', status: 403 });
    expect(isRetryable(error)).toBe(false);
  });

  it('reports an HTML page served in place of JSON as not-json, mentioning HTML', async () => {
    answer('\n  <!doctype html><html><body><div id="root"></div></body></html>', { headers: { 'Content-Type': 'text/html' } });
    const error = await failure(fetchJson('articles/x.json', identity));
    expect(error.kind).toBe('not-json');
    expect(error.message).toMatch(/HTML/);
    expect(isRetryable(error)).toBe(false);
  });

  it('reports truncated JSON as not-json, without claiming it is HTML', async () => {
    answer('{"items": [{"slug": "a"}');
    const error = await failure(fetchJson('latest/1.json', identity));
    expect(error.kind).toBe('not-json');
    expect(error.message).not.toMatch(/HTML/);
    expect(error.message).toMatch(/truncated or malformed/);
  });

  it('reports data the check refuses as a shape error carrying the check message', async () => {
    answer(JSON.stringify({ nope: true }));
    const error = await failure(
      fetchJson('home.json', () => {
        throw new Error('top: expected an array');
      }),
    );
    expect(error.kind).toBe('shape');
    expect(error.message).toContain('top: expected an array');
    expect(describeError(error)).toBe('The newsroom sent data we could not read.');
  });

  it('reports a failed request (TypeError from fetch) as a retryable network error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    const error = await failure(fetchJson('home.json', identity));
    expect(error.kind).toBe('network');
    expect(error.message).toContain('Failed to fetch');
    expect(isRetryable(error)).toBe(true);
  });

  it('reports a request that ran out of time as a timeout', async () => {
    vi.spyOn(AbortSignal, 'timeout').mockReturnValue(AbortSignal.abort(new DOMException('timed out', 'TimeoutError')));
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new DOMException('The operation was aborted.', 'TimeoutError');
      }),
    );
    const error = await failure(fetchJson('home.json', identity));
    expect(error.kind).toBe('timeout');
    expect(isRetryable(error)).toBe(true);
  });

  it('rethrows the abort when the caller cancels, instead of reporting a network error', async () => {
    const controller = new AbortController();
    controller.abort();
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw abort;
      }),
    );
    await expect(fetchJson('home.json', identity, controller.signal)).rejects.toBe(abort);
  });

  it('passes a signal that follows the caller signal', async () => {
    const fetchMock = answer('{}');
    const controller = new AbortController();
    await fetchJson('nav.json', identity, controller.signal);
    const init = (fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(init.signal!.aborted).toBe(false);
    controller.abort();
    expect(init.signal!.aborted).toBe(true);
  });
});

describe('describeError', () => {
  it('has a sentence for every kind and a fallback for other errors', () => {
    expect(describeError(new ApiError('not-found', '/x', 'm', 404))).toBe('This page could not be found.');
    expect(describeError(new ApiError('network', '/x', 'm'))).toMatch(/connection/);
    expect(describeError(new ApiError('timeout', '/x', 'm'))).toMatch(/too long/);
    expect(describeError(new Error('boom'))).toBe('Something went wrong while showing this page.');
    expect(isRetryable(new Error('boom'))).toBe(false);
  });
});
