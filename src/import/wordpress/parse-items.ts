import type { z } from 'zod';
import { zodProblems, type ContentProblem } from '../../pipeline/content/content-error';
import { describeValue, itemLabel } from '../problems';
import type { Warnings } from '../warnings';
import type { Sourced } from './dump';
import { lenientKeys } from './wp-schemas';

export interface Parsed<T> {
  value: T;
  file: string;
  /** e.g. `post 42 (slug "hello")`. */
  label: string;
}

/** How an item is named in messages before it is validated: by whatever id and slug it has. */
export function labelOf(kind: string, item: Sourced): string {
  if (item.label) return item.label;
  const raw = item.value as { id?: unknown; slug?: unknown } | null;
  const id = typeof raw?.id === 'number' || typeof raw?.id === 'string' ? raw.id : undefined;
  const slug = typeof raw?.slug === 'string' ? raw.slug : undefined;
  return id === undefined && slug === undefined ? `${kind} at index ${item.index}` : itemLabel(kind, id, slug);
}

/** Whether a raw value says something: not missing, null, "" or PHP's empty array. */
const present = (value: unknown) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

/**
 * Validates raw items with a schema; each invalid one becomes problems naming its file, id, slug and
 * field. A lenient field whose value could not be read (and so is left out) is a `field-ignored` warning.
 */
export function parseItems<S extends z.ZodObject>(items: readonly Sourced[], schema: S, kind: string, problems: ContentProblem[], warnings: Warnings): Parsed<z.infer<S>>[] {
  const lenient = lenientKeys(schema);
  const parsed: Parsed<z.infer<S>>[] = [];
  for (const item of items) {
    const label = labelOf(kind, item);
    const result = schema.safeParse(item.value);
    if (!result.success) {
      problems.push(...zodProblems(result.error, item.file, label));
      continue;
    }
    const raw = item.value as Record<string, unknown>;
    const value = result.data as Record<string, unknown>;
    for (const key of lenient) {
      if (present(raw[key]) && value[key] === undefined) warnings.add({ kind: 'field-ignored', detail: `${kind} ${key}`, subject: describeValue(raw[key]), file: item.file, item: label });
    }
    parsed.push({ value: result.data, file: item.file, label });
  }
  return parsed;
}
