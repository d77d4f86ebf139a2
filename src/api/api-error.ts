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

/** Retrying helps with flaky networks and busy servers; it never helps a 404 or a malformed file. */
export function isRetryable(error: unknown): boolean {
  return error instanceof ApiError && (error.kind === 'network' || error.kind === 'timeout' || (error.kind === 'http' && (error.status ?? 0) >= 500));
}

/** One sentence for the error view. */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong while showing this page.';
  switch (error.kind) {
    case 'not-found':
      return 'This page could not be found.';
    case 'network':
      return 'We could not reach the newsroom. Check your connection.';
    case 'timeout':
      return 'The newsroom took too long to answer.';
    case 'http':
      return `The newsroom answered with an error (HTTP ${error.status}).`;
    case 'not-json':
    case 'shape':
      return 'The newsroom sent data we could not read.';
  }
}
