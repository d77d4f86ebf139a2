export type ApiErrorKind = 'not-found' | 'http' | 'network' | 'timeout' | 'not-json' | 'shape';

/** A failed API request, with what a reader (and a developer) needs to know about why. */
export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    readonly url: string,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.kind === 'not-found';
}

/** The network is unreachable (as opposed to a server that answered badly). */
export function isOffline(error: unknown): boolean {
  return error instanceof ApiError && (error.kind === 'network' || error.kind === 'timeout') && typeof navigator !== 'undefined' && !navigator.onLine;
}

/**
 * What a view should report for a query: its error once it has failed for good, or — while its retries
 * wait for the network to come back (a paused fetch, which can last as long as the reader is offline) —
 * the failure that made them wait. Either way the reader is told, instead of "Loading…" forever.
 */
export function queryProblem(query: { error: unknown; failureReason: unknown; fetchStatus: string }): unknown {
  return query.error ?? (query.fetchStatus === 'paused' ? query.failureReason : null);
}

/** Retrying helps with flaky networks and busy servers; it never helps a 404 or a malformed file. */
export function isRetryable(error: unknown): boolean {
  return error instanceof ApiError && (error.kind === 'network' || error.kind === 'timeout' || (error.kind === 'http' && (error.status ?? 0) >= 500));
}
