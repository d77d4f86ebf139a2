import { describe, expect, it } from 'vitest';
import { directionOf } from '../../../src/model/direction';

describe('directionOf', () => {
  it.each([
    ['fa', 'rtl'],
    ['ar', 'rtl'],
    ['he', 'rtl'],
    ['ur', 'rtl'],
    ['ckb', 'rtl'],
    ['fa-IR', 'rtl'],
    ['AR', 'rtl'],
    ['en', 'ltr'],
    ['en-GB', 'ltr'],
    ['tr', 'ltr'],
    ['fr', 'ltr'],
  ] as const)('%s is %s', (lang, dir) => {
    expect(directionOf(lang)).toBe(dir);
  });
});
