import { InstantSchema } from '../../model/article';

/** "2024-03-05T10:00:00": WordPress's *_gmt fields are UTC without a zone designator. */
export const WP_GMT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

/**
 * "2024-03-05T10:00:00" (a WordPress *_gmt field: UTC, no zone) → "2024-03-05T10:00:00Z"; the MySQL
 * spelling older exports use ("2024-03-05 10:00:00") is read the same way. Undefined if it is not a
 * valid time.
 */
export function wpGmtToInstant(value: string): string | undefined {
  const spelled = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/.test(value) ? value.replace(' ', 'T') : value;
  const instant = WP_GMT.test(spelled) ? `${spelled}Z` : spelled;
  if (!InstantSchema.safeParse(instant).success) return undefined;
  return Number.isNaN(Date.parse(instant)) ? undefined : instant;
}
