import type { z } from 'zod';

/** One problem in the content, located precisely enough for an editor to fix it. */
export interface ContentProblem {
  file: string;
  /** The article/category/author slug or path the problem belongs to, when there is one. */
  item?: string;
  /** Dotted path of the field, e.g. "body.3.content.0.href". */
  field?: string;
  message: string;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
  }
}

export function formatProblem({ file, item, field, message }: ContentProblem): string {
  const where = [file, item && `item "${item}"`, field && `field "${field}"`].filter(Boolean).join(', ');
  return `${where}: ${message}`;
}

export function formatProblems(problems: ContentProblem[]): string {
  const shown = problems.slice(0, 50).map((p) => `  - ${formatProblem(p)}`);
  const more = problems.length > 50 ? [`  … and ${problems.length - 50} more`] : [];
  return [`Content is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):`, ...shown, ...more].join('\n');
}

/** zod issues → problems, with the field path written the way an editor reads it. */
export function zodProblems(error: z.ZodError, file: string, item?: string, prefix: (string | number)[] = []): ContentProblem[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path].map(String);
    return { file, item, field: path.length ? path.join('.') : undefined, message: issue.message };
  });
}
