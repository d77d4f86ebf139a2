import { readCapped } from './read-capped';
import { requestRefusal } from './request-hosts';

/** The default cap on one response body (API pages, feeds): 50 MB. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** Same-host redirects followed for one request. */
const MAX_REDIRECTS = 5;

export interface HttpOptions {
  /** The fetch to use (tests may pass their own). */
  fetch?: typeof fetch;
  /** Per request, including reading the body. Default 30 s. */
  timeoutMs?: number;
  /** Extra attempts after a 429, a 5xx, a timeout or a network error. Default 4. */
  retries?: number;
  /** First wait before retrying; doubles each time. Default 500 ms (tests use 1). */
  backoffBaseMs?: number;
  /** Longest wait, also for a server's Retry-After. Default 30 s. */
  maxBackoffMs?: number;
  /** Largest response body read, in bytes; a larger one is refused, not retried. Default 50 MB. */
  maxBytes?: number;
  /** Hosts (`--allow-host`) that redirects may lead to, and private addresses that may be requested. */
  allowHosts?: readonly string[];
  /** Told about each retry (for logs). */
  onRetry?: (info: { url: string; attempt: number; reason: string; delayMs: number }) => void;
}

interface HttpAnswer {
  url: string;
  status: number;
  headers: Headers;
}

export interface HttpResponse extends HttpAnswer {
  text: string;
}

export interface HttpBytesResponse extends HttpAnswer {
  bytes: Buffer;
}

/** A request that still failed after every retry, or that was refused. */
export class HttpError extends Error {
  constructor(
    readonly url: string,
    /** "failed after 5 attempts: HTTP 503", without the URL. */
    readonly summary: string,
  ) {
    super(`GET ${url} ${summary}`);
    this.name = 'HttpError';
  }
}

/** A request the importer will not make or finish (too large, another host, a private address): never retried. */
export class HttpRefused extends HttpError {
  constructor(url: string, reason: string) {
    super(url, `refused: ${reason}`);
    this.name = 'HttpRefused';
  }
}

const failedAfter = (url: string, attempts: number, reason: string) =>
  new HttpError(url, `failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${reason}`);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retry-After as milliseconds: either seconds or an HTTP date. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff for attempt 0, 1, 2…, never more than `max`. */
export function backoffMs(attempt: number, base: number, max: number): number {
  return Math.min(max, base * 2 ** attempt);
}

function describeFailure(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `no answer within ${timeoutMs / 1000} s`;
  const cause = e.cause?.code ?? e.cause?.message;
  return cause ? `${e.message ?? 'request failed'} (${cause})` : (e.message ?? String(error));
}

const isRedirect = (status: number) => [301, 302, 303, 307, 308].includes(status);

/**
 * One attempt: redirects are followed by hand, on the same host only (or one `--allow-host` names), at
 * most MAX_REDIRECTS of them; every address is checked before it is requested.
 */
async function fetchFollowing(url: string, options: HttpOptions, init: RequestInit): Promise<Response> {
  const doFetch = options.fetch ?? fetch;
  const origin = new URL(url);
  let current = origin;
  for (let hop = 0; ; hop += 1) {
    const refusal = requestRefusal(current, origin, options.allowHosts);
    if (refusal) throw new HttpRefused(url, hop === 0 ? refusal : `redirected to ${current.href}: ${refusal}`);
    const response = await doFetch(current.href, { ...init, redirect: 'manual' });
    const location = response.headers.get('location');
    if (!isRedirect(response.status) || location === null) return response;
    await response.body?.cancel().catch(() => {});
    if (hop >= MAX_REDIRECTS) throw new HttpRefused(url, `more than ${MAX_REDIRECTS} redirects (the last to ${location})`);
    current = new URL(location, current);
  }
}

/** A name the resolver says does not exist (NXDOMAIN): asking again will not make it exist. */
function isUnknownHost(error: unknown): boolean {
  return (error as { cause?: { code?: string } }).cause?.code === 'ENOTFOUND';
}

/**
 * GET with a timeout per request and retries with exponential backoff on 429, 5xx, timeouts and
 * network errors (honouring Retry-After); a host name that does not resolve fails at once. Any other
 * status is returned for the caller to judge. The body is read up to `maxBytes`; too large a body, a
 * redirect to another host and a private address are refused (HttpRefused) without retrying.
 */
async function getBody(url: string, options: HttpOptions, accept: string): Promise<HttpBytesResponse> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const retries = options.retries ?? 4;
  const base = options.backoffBaseMs ?? 500;
  const max = options.maxBackoffMs ?? 30_000;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let lastReason = '';
  for (let attempt = 0; ; attempt += 1) {
    let delay = backoffMs(attempt, base, max);
    try {
      const response = await fetchFollowing(url, options, {
        headers: { accept, 'user-agent': 'Dateline importer' },
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (response.status !== 429 && response.status < 500) {
        const body = await readCapped(response, maxBytes);
        if (!body.ok) throw new HttpRefused(url, body.reason);
        return { url: response.url || url, status: response.status, headers: response.headers, bytes: body.bytes };
      }
      await response.body?.cancel().catch(() => {});
      lastReason = `HTTP ${response.status}`;
      const wait = retryAfterMs(response.headers.get('retry-after'));
      if (wait !== undefined) delay = Math.min(max, wait);
    } catch (error) {
      if (error instanceof HttpRefused) throw error;
      lastReason = describeFailure(error, timeoutMs);
      if (isUnknownHost(error)) throw failedAfter(url, attempt + 1, lastReason);
    }
    if (attempt >= retries) throw failedAfter(url, attempt + 1, lastReason);
    options.onRetry?.({ url, attempt: attempt + 1, reason: lastReason, delayMs: delay });
    await sleep(delay);
  }
}

/** GET as UTF-8 text (API pages, feeds, HTML), bounded and retried as getBody says. */
export async function getText(url: string, options: HttpOptions = {}, accept = 'application/json'): Promise<HttpResponse> {
  const { bytes, ...answer } = await getBody(url, options, accept);
  return { ...answer, text: new TextDecoder('utf-8').decode(bytes) };
}

/** GET as bytes (images), bounded and retried as getBody says. */
export async function getBytes(url: string, options: HttpOptions = {}, accept = '*/*'): Promise<HttpBytesResponse> {
  return getBody(url, options, accept);
}
