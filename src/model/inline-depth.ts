// No zod here: a plain walk over the raw JSON, before the recursive schema sees it.
import { MAX_INLINE_DEPTH } from './limits';

/** Where inlines nest too deep: the index of the top-level inline holding the chain, and how deep it goes. */
export interface TooDeep {
  index: number;
  depth: number;
}

/**
 * The first top-level inline of `value` (an inline array as it came from JSON) whose children nest
 * deeper than `max` (em inside strong inside link …), or undefined. Walks with an explicit stack, so a
 * chain thousands deep is measured instead of overflowing the call stack; stops as soon as it is sure.
 */
export function tooDeepInline(value: unknown, max = MAX_INLINE_DEPTH): TooDeep | undefined {
  if (!Array.isArray(value)) return undefined;
  for (const [index, top] of value.entries()) {
    const stack: [node: unknown, depth: number][] = [[top, 1]];
    while (stack.length > 0) {
      const [node, depth] = stack.pop()!;
      const children = typeof node === 'object' && node !== null ? (node as { children?: unknown }).children : undefined;
      if (!Array.isArray(children)) continue;
      if (depth > max) return { index, depth };
      for (const child of children) stack.push([child, depth + 1]);
    }
  }
  return undefined;
}
