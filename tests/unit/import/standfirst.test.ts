// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cleanExcerpt, firstWords } from '../../../src/import/standfirst';

describe('cleanExcerpt and firstWords', () => {
  it('cleans automatic excerpts and cuts text to words', () => {
    expect(cleanExcerpt('The wall comes first. […]')).toBe('The wall comes first.');
    expect(cleanExcerpt('Text [...] Continue reading')).toBe('Text');
    expect(firstWords('one two three four', 2)).toBe('one two…');
  });
});
