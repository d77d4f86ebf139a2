import { ApiError } from '../api/api-error';
import type { UiStrings } from '../i18n/catalogue';
import { en } from '../i18n/en/ui';

/** What went wrong, in one sentence for the error view, in the words of the given catalogue. */
export function describeError(error: unknown, t: UiStrings['errors'] = en.errors): string {
  if (!(error instanceof ApiError)) return t.generic;
  switch (error.kind) {
    case 'not-found':
      return t.notFound;
    case 'network':
      return t.network;
    case 'timeout':
      return t.timeout;
    case 'http':
      return t.http(error.status);
    case 'not-json':
    case 'shape':
      return t.unreadable;
  }
}
