// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { normaliseLang } from '../../../src/import/lang';

describe('normaliseLang', () => {
  it('normalises language tags', () => {
    expect(normaliseLang('en_US')).toBe('en-US');
    expect(normaliseLang('FA')).toBe('fa');
    expect(normaliseLang('english')).toBeUndefined();
    expect(normaliseLang(undefined)).toBeUndefined();
  });
});
