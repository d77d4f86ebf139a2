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
  /** Told about each retry (for logs). */
  onRetry?: (info: { url: string; attempt: number; reason: string; delayMs: number }) => void;
}

export interface HttpResponse {
  url: string;
  status: number;
  headers: Headers;
  text: string;
}

/** A request that still failed after every retry. */
export class HttpError extends Error {
  /** "failed after 5 attempts: HTTP 503", without the URL. */
  readonly summary: string;

  constructor(
    readonly url: string,
    attempts: number,
    reason: string,
  ) {
    const summary = `failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${reason}`;
    super(`GET ${url} ${summary}`);
    this.name = 'HttpError';
    this.summary = summary;
  }
}

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

/**
 * GET with a timeout per request and retries with exponential backoff on 429, 5xx, timeouts and
 * network errors (honouring Retry-After). Any other status is returned for the caller to judge.
 */
export async function getText(url: string, options: HttpOptions = {}, accept = 'application/json'): Promise<HttpResponse> {
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const retries = options.retries ?? 4;
  const base = options.backoffBaseMs ?? 500;
  const max = options.maxBackoffMs ?? 30_000;
  let lastReason = '';
  for (let attempt = 0; ; attempt += 1) {
    let delay = backoffMs(attempt, base, max);
    try {
      const response = await doFetch(url, {
        headers: { accept, 'user-agent': 'Dateline importer' },
        redirect: 'follow',
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (response.status !== 429 && response.status < 500) {
        return { url: response.url || url, status: response.status, headers: response.headers, text: await response.text() };
      }
      await response.body?.cancel().catch(() => {});
      lastReason = `HTTP ${response.status}`;
      const wait = retryAfterMs(response.headers.get('retry-after'));
      if (wait !== undefined) delay = Math.min(max, wait);
    } catch (error) {
      lastReason = describeFailure(error, timeoutMs);
    }
    if (attempt >= retries) throw new HttpError(url, attempt + 1, lastReason);
    options.onRetry?.({ url, attempt: attempt + 1, reason: lastReason, delayMs: delay });
    await sleep(delay);
  }
}
