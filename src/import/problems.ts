import type { z } from 'zod';
import type { ContentProblem } from '../pipeline/content/content-error';

/**
 * A problem that stops an import. Same shape as the pipeline's ContentProblem, but `file` is the source
 * file (or request) the problem comes from and `item` names the source item, e.g. `post 42 (slug "x")`.
 */
export type ImportProblem = ContentProblem;

export class ImportError extends Error {
  constructor(
    readonly problems: ImportProblem[],
    headline = 'Import failed, nothing was written',
  ) {
    super(formatImportProblems(problems, headline));
    this.name = 'ImportError';
  }
}

export function formatImportProblem({ file, item, field, message }: ImportProblem): string {
  const where = [file, item, field && `field "${field}"`].filter(Boolean).join(', ');
  return `${where}: ${message}`;
}

export function formatImportProblems(problems: readonly ImportProblem[], headline: string): string {
  const shown = problems.slice(0, 50).map((p) => `  - ${formatImportProblem(p)}`);
  const more = problems.length > 50 ? [`  … and ${problems.length - 50} more`] : [];
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return [`${headline} (${count}):`, ...shown, ...more].join('\n');
}

/** `post 42 (slug "hello")`: how an error names a WordPress post or feed item. */
export function itemLabel(kind: string, id: number | string | undefined, slug?: string): string {
  const name = id === undefined ? `${kind} without an id` : `${kind} ${typeof id === 'string' ? JSON.stringify(id) : id}`;
  return slug ? `${name} (slug "${slug}")` : name;
}

/** zod issues → problems, the field written as a dotted path ("title.rendered"). */
export function issuesToProblems(error: z.ZodError, file: string, item?: string, prefix: readonly (string | number)[] = []): ImportProblem[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path].map(String);
    return { file, item, field: path.length > 0 ? path.join('.') : undefined, message: issue.message };
  });
}

/** What a value is, for "expected X, got Y" messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return value.length > 40 ? `a string ("${value.slice(0, 37)}…")` : `the string "${value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
