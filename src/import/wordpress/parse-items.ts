import type { z } from 'zod';
import { zodProblems, type ContentProblem } from '../../pipeline/content/content-error';
import { itemLabel } from '../problems';
import type { Sourced } from './dump';

export interface Parsed<T> {
  value: T;
  file: string;
  /** e.g. `post 42 (slug "hello")`. */
  label: string;
}

/** How an item is named in messages before it is validated: by whatever id and slug it has. */
export function labelOf(kind: string, item: Sourced): string {
  const raw = item.value as { id?: unknown; slug?: unknown } | null;
  const id = typeof raw?.id === 'number' || typeof raw?.id === 'string' ? raw.id : undefined;
  const slug = typeof raw?.slug === 'string' ? raw.slug : undefined;
  return id === undefined && slug === undefined ? `${kind} at index ${item.index}` : itemLabel(kind, id, slug);
}

/** Validates raw items with a schema; each invalid one becomes problems naming its file, id, slug and field. */
export function parseItems<S extends z.ZodType>(items: readonly Sourced[], schema: S, kind: string, problems: ContentProblem[]): Parsed<z.infer<S>>[] {
  const parsed: Parsed<z.infer<S>>[] = [];
  for (const item of items) {
    const label = labelOf(kind, item);
    const result = schema.safeParse(item.value);
    if (result.success) parsed.push({ value: result.data, file: item.file, label });
    else problems.push(...zodProblems(result.error, item.file, label));
  }
  return parsed;
}
