import { ContentError, type ContentProblem } from '../pipeline/content/content-error';

/**
 * What stops an import: ContentError's problems and formatting, written the importer's way. A problem's
 * `file` is the source file (or request) it comes from and `item` names the source item as it is,
 * e.g. `post 42 (slug "x")`.
 */
export class ImportError extends ContentError {
  constructor(problems: ContentProblem[], headline = 'Import failed, nothing was written') {
    super(problems, { headline, quoteItem: false });
    this.name = 'ImportError';
  }
}

/**
 * Invalid source items (a post without a date, a term without a name): what --skip-invalid can leave
 * out. Nothing was written.
 */
export class InvalidItemsError extends ImportError {
  constructor(problems: ContentProblem[]) {
    super(problems);
    this.name = 'InvalidItemsError';
  }
}

/** How many items a list of problems is about (an item with three bad fields is one). */
export function countItems(problems: readonly ContentProblem[]): number {
  return new Set(problems.map((p) => `${p.file}\u0000${p.item ?? ''}`)).size;
}

/** `post 42 (slug "hello")`: how an error names a WordPress post or feed item. */
export function itemLabel(kind: string, id: number | string | undefined, slug?: string): string {
  const name = id === undefined ? `${kind} without an id` : `${kind} ${typeof id === 'string' ? JSON.stringify(id) : id}`;
  return slug ? `${name} (slug "${slug}")` : name;
}

/** What a value is, for "expected X, got Y" messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return value.length > 40 ? `a string ("${value.slice(0, 37)}…")` : `the string "${value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
