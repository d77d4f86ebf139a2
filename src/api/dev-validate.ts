import type { z } from 'zod';
import {
  ArticleResponseSchema,
  AuthorPageSchema,
  CategoryPageSchema,
  HomeSchema,
  LatestPageSchema,
  MustReadSchema,
  NavSchema,
  TagPageSchema,
} from '../model/api';

/*
 * Development only (never in the production bundle): every API response is checked against the full
 * zod schema of the model, so a pipeline change that breaks the contract shows up at once in the console.
 */
const SCHEMAS: [RegExp, z.ZodType][] = [
  [/^articles\//, ArticleResponseSchema],
  [/^latest\//, LatestPageSchema],
  [/^categories\//, CategoryPageSchema],
  [/^authors\//, AuthorPageSchema],
  [/^tags\//, TagPageSchema],
  [/^must-read\.json$/, MustReadSchema],
  [/^home\.json$/, HomeSchema],
  [/^nav\.json$/, NavSchema],
];

export function reportContractBreaks(url: string, path: string, data: unknown): void {
  const schema = SCHEMAS.find(([pattern]) => pattern.test(path))?.[1];
  if (!schema) return;
  const result = schema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    console.error(`[dateline] ${url} breaks the API contract:\n  ${issues.join('\n  ')}`);
  }
}
