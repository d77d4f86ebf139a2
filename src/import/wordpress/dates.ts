import { InstantSchema } from '../../model/article';
import { WP_GMT } from './wp-schemas';

/** "2024-03-05T10:00:00" (a WordPress *_gmt field: UTC, no zone) → "2024-03-05T10:00:00Z"; undefined if it is not a valid time. */
export function wpGmtToInstant(value: string): string | undefined {
  const instant = WP_GMT.test(value) ? `${value}Z` : value;
  if (!InstantSchema.safeParse(instant).success) return undefined;
  return Number.isNaN(Date.parse(instant)) ? undefined : instant;
}
