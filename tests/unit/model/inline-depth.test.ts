import { describe, expect, it } from 'vitest';
import { tooDeepInline } from '../../../src/model/inline-depth';
import { InlinesSchema } from '../../../src/model/inline';
import { MAX_INLINE_DEPTH } from '../../../src/model/limits';

/** `depth` emphasis elements inside each other (alternating em and strong) around a text. */
function nested(depth: number): unknown {
  let node: unknown = { type: 'text', text: 'deep' };
  for (let i = 0; i < depth; i += 1) node = { type: i % 2 ? 'strong' : 'em', children: [node] };
  return node;
}

describe('tooDeepInline', () => {
  it('accepts nesting up to the limit and names the top-level inline holding a deeper chain', () => {
    expect(tooDeepInline([nested(MAX_INLINE_DEPTH)])).toBeUndefined();
    expect(tooDeepInline([{ type: 'text', text: 'a' }, nested(MAX_INLINE_DEPTH + 1)])).toEqual({ index: 1, depth: MAX_INLINE_DEPTH + 1 });
  });

  it('measures a chain far deeper than the call stack allows, and ignores what is not an inline array', () => {
    expect(tooDeepInline([nested(200_000)])).toEqual({ index: 0, depth: MAX_INLINE_DEPTH + 1 });
    expect(tooDeepInline('text')).toBeUndefined();
    expect(tooDeepInline([null, 3, { children: 'x' }])).toBeUndefined();
  });
});

describe('InlinesSchema: nesting depth', () => {
  it('accepts inlines nested to the limit', () => {
    expect(InlinesSchema.safeParse([nested(MAX_INLINE_DEPTH)]).success).toBe(true);
  });

  it('refuses a chain thousands deep with one issue at the top-level inline, instead of overflowing', () => {
    const result = InlinesSchema.safeParse([{ type: 'text', text: 'a' }, nested(50_000)]);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([[[1], expect.stringContaining('nests too deep')]]);
  });
});
