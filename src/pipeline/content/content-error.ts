import type { z } from 'zod';

/** One problem in the content, located precisely enough for an editor to fix it. */
export interface ContentProblem {
  file: string;
  /**
   * The article/category/author slug or path the problem belongs to, when there is one. In an import,
   * the source item instead, e.g. `post 42 (slug "x")`.
   */
  item?: string;
  /** Dotted path of the field, e.g. "body.3.content.0.href". */
  field?: string;
  message: string;
}

/** How a list of problems is written: the pipeline's way by default, the importer's with its own headline. */
export interface ProblemFormat {
  /** The first line, before the count, e.g. "Content is invalid". */
  headline: string;
  /** True to write `item "x"` (a slug); false to write the item as it is (an importer's label, already quoted inside). */
  quoteItem: boolean;
}

export const CONTENT_PROBLEMS: ProblemFormat = { headline: 'Content is invalid', quoteItem: true };

export class ContentError extends Error {
  constructor(
    readonly problems: ContentProblem[],
    format: ProblemFormat = CONTENT_PROBLEMS,
  ) {
    super(formatProblems(problems, format));
    this.name = 'ContentError';
  }
}

export function formatProblem({ file, item, field, message }: ContentProblem, { quoteItem }: ProblemFormat = CONTENT_PROBLEMS): string {
  const where = [file, item && (quoteItem ? `item "${item}"` : item), field && `field "${field}"`].filter(Boolean).join(', ');
  return `${where}: ${message}`;
}

export function formatProblems(problems: readonly ContentProblem[], format: ProblemFormat = CONTENT_PROBLEMS): string {
  const shown = problems.slice(0, 50).map((p) => `  - ${formatProblem(p, format)}`);
  const more = problems.length > 50 ? [`  … and ${problems.length - 50} more`] : [];
  return [`${format.headline} (${problems.length} problem${problems.length === 1 ? '' : 's'}):`, ...shown, ...more].join('\n');
}

/** zod issues → problems, with the field path written the way an editor reads it ("title.rendered"). */
export function zodProblems(error: z.ZodError, file: string, item?: string, prefix: readonly (string | number)[] = []): ContentProblem[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path].map(String);
    return { file, item, field: path.length ? path.join('.') : undefined, message: issue.message };
  });
}
