// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { keyOf } from '../../../../src/pipeline/incremental/content-hash';

describe('keyOf', () => {
  it('delimits its parts by length, and gives one key for the same parts as text or as bytes', () => {
    expect(keyOf('ab', 'c')).not.toBe(keyOf('a', 'bc'));
    expect(keyOf('ab', 'c')).not.toBe(keyOf('abc'));
    expect(keyOf('')).not.toBe(keyOf());
    // Bytes take the general path, strings alone the one-update path: they must agree, multi-byte text included.
    expect(keyOf('Mosul', 'بغداد', '')).toBe(keyOf(Buffer.from('Mosul'), 'بغداد', new Uint8Array()));
  });
});
