import { describe, expect, it } from 'vitest';
import { capAtWord, capSlug, capText } from '../../../src/import/cap-text';
import type { WarningKind } from '../../../src/import/warnings';

describe('capAtWord', () => {
  it('leaves text that fits as it is', () => {
    expect(capAtWord('Short headline', 14)).toBe('Short headline');
  });

  it('cuts at the last word boundary that fits, with an ellipsis, never past the cap', () => {
    expect(capAtWord('Prices rise again in the harbour', 20)).toBe('Prices rise again…');
    const long = 'word '.repeat(30_000);
    const capped = capAtWord(long, 300);
    expect(capped.length).toBeLessThanOrEqual(300);
    expect(capped).toMatch(/^(word )+word…$/);
  });

  it('cuts mid-word when there is no boundary in reach, and never splits an emoji in two', () => {
    expect(capAtWord('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
    const capped = capAtWord('😀'.repeat(50), 10);
    expect(capped.length).toBeLessThanOrEqual(10);
    expect(capped).toBe(`${'😀'.repeat(4)}…`);
  });
});

describe('capText', () => {
  it('reports a cut as a warning naming the field, and stays quiet otherwise', () => {
    const warned: [WarningKind, string | undefined, string | undefined][] = [];
    const warn = (kind: WarningKind, detail?: string, subject?: string) => warned.push([kind, detail, subject]);
    expect(capText('fits', 10, warn, 'title')).toBe('fits');
    expect(capText('a b c d e f g h', 6, warn, 'title')).toBe('a b c…');
    expect(warned).toEqual([['text-truncated', 'title', '15 → 6 characters']]);
  });

  it('removes bidi overrides and invisible separators, keeps what Persian and emoji need, and says so', () => {
    const warned: [WarningKind, string | undefined, string | undefined][] = [];
    const warn = (kind: WarningKind, detail?: string, subject?: string) => warned.push([kind, detail, subject]);
    expect(capText('invoice\u202egnp.exe', 100, warn, 'tag name')).toBe('invoicegnp.exe');
    expect(capText('\u2066Breaking\u2069\u200b news\ufeff', 100, warn, 'title')).toBe('Breaking news');
    const persian = 'می\u200cخواهم \u200fخبر\u200e 👩\u200d💻';
    expect(capText(persian, 100, warn, 'title')).toBe(persian);
    expect(warned).toEqual([
      ['invisible-characters', 'tag name', '1 removed'],
      ['invisible-characters', 'title', '4 removed'],
    ]);
  });
});

describe('capSlug', () => {
  it('cuts a slug at a hyphen, else mid-word, and never ends on a hyphen', () => {
    expect(capSlug('oil-prices-fall-again', 15)).toBe('oil-prices-fall');
    expect(capSlug('oil-prices-fall-again', 14)).toBe('oil-prices');
    expect(capSlug('a'.repeat(200), 120)).toBe('a'.repeat(120));
    expect(capSlug('ab-', 2)).toBe('ab');
  });
});
