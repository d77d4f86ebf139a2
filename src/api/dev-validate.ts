import type { z } from 'zod';
import {
  ArticleResponseSchema,
  AuthorArchiveSchema,
  AuthorPageSchema,
  CategoryArchiveSchema,
  CategoryPageSchema,
  HomeSchema,
  LatestArchiveSchema,
  LatestPageSchema,
  MustReadSchema,
  NavSchema,
  TagArchiveSchema,
  TagPageSchema,
} from '../model/api';

/*
 * Development only (never in the production bundle): every API response is checked against the full
 * zod schema of the model, so a pipeline change that breaks the contract shows up at once in the console.
 */
const SCHEMAS: [RegExp, z.ZodType][] = [
  [/^articles\//, ArticleResponseSchema],
  [/^latest\/archive-\d+\.json$/, LatestArchiveSchema],
  [/^categories\/.*\/archive-\d+\.json$/, CategoryArchiveSchema],
  [/^authors\/.*\/archive-\d+\.json$/, AuthorArchiveSchema],
  [/^tags\/.*\/archive-\d+\.json$/, TagArchiveSchema],
  [/^latest\//, LatestPageSchema],
  [/^categories\//, CategoryPageSchema],
  [/^authors\//, AuthorPageSchema],
  [/^tags\//, TagPageSchema],
  [/^must-read\.json$/, MustReadSchema],
  [/^home\.json$/, HomeSchema],
  [/^nav\.json$/, NavSchema],
];

/** The schema of the API document at `path` (under `api/v1/`), or undefined for a path the API does not have. */
export function apiSchemaFor(path: string): z.ZodType | undefined {
  return SCHEMAS.find(([pattern]) => pattern.test(path))?.[1];
}

export function reportContractBreaks(url: string, path: string, data: unknown): void {
  const schema = apiSchemaFor(path);
  if (!schema) return;
  const result = schema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    console.error(`[dateline] ${url} breaks the API contract:\n  ${issues.join('\n  ')}`);
  }
}
