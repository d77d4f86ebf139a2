import { ApiError } from './api-error';
import { savedCopy } from './offline-copy';

const API_ROOT = `${import.meta.env.BASE_URL}api/v1/`;
const TIMEOUT_MS = 10_000;

export type Check<T> = (data: unknown) => T;

export const apiUrl = (path: string): string => API_ROOT + path;

/**
 * GETs one document of the static JSON API and checks its shape before anyone renders it. The
 * `Accept` header keeps SPA fallbacks (which answer unknown paths with index.html) from passing HTML
 * off as JSON; a response that is HTML anyway is reported as such.
 */
export async function fetchJson<T>(path: string, check: Check<T>, signal?: AbortSignal): Promise<T> {
  const url = apiUrl(path);
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal: combined });
  } catch (error) {
    if (signal?.aborted && !timeout.aborted) throw error;
    // Offline or unreachable: an article the reader saved is still there for them.
    const saved = await savedCopy(url);
    if (saved) {
      response = saved;
    } else if (timeout.aborted) {
      throw new ApiError('timeout', url, `${url} did not answer within ${TIMEOUT_MS / 1000} s`);
    } else {
      throw new ApiError('network', url, `${url} could not be fetched: ${(error as Error).message}`);
    }
  }
  if (response.status === 404) throw new ApiError('not-found', url, `${url} does not exist`, 404);
  if (!response.ok) throw new ApiError('http', url, `${url} answered HTTP ${response.status}`, response.status);
  const text = await response.text();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const looksHtml = /^\s*</.test(text);
    throw new ApiError('not-json', url, `${url} is not JSON${looksHtml ? ' (got an HTML page)' : ' (truncated or malformed)'}`);
  }
  try {
    // `npm run dev` also holds every response to the full zod schema and reports where it breaks the
    // contract; production keeps the lenient path (one broken list entry is skipped, not fatal).
    if (import.meta.env.MODE === 'development') (await import('./dev-validate')).reportContractBreaks(url, path, data);
    return check(data);
  } catch (error) {
    throw new ApiError('shape', url, `${url} has an unexpected shape: ${(error as Error).message}`);
  }
}
