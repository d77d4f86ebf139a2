import { describe, expect, it } from 'vitest';
import { en } from '../../src/ui/i18n/en';
import { fa } from '../../src/ui/i18n/fa';
import { articleStrings, loadStrings, stringsFor } from '../../src/ui/i18n/strings';

type Entry = [path: string, value: unknown];

function entries(value: unknown, path = ''): Entry[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) return Object.entries(value).flatMap(([k, v]) => entries(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const sample = (fn: (...args: never[]) => string) => (fn as (...args: unknown[]) => string)('7', 'x');

describe('UI strings catalogue', () => {
  const english = new Map(entries(en));
  const persian = new Map(entries(fa));

  it('Persian has exactly the keys English has, of the same kinds', () => {
    expect([...persian.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, value] of english) {
      const other = persian.get(key);
      expect(typeof other, key).toBe(typeof value);
      if (Array.isArray(value)) expect((other as unknown[]).length, key).toBe(value.length);
    }
  });

  it('templates keep their placeholders, and every Persian text is in Persian script', () => {
    for (const [key, value] of english) {
      if (key === 'lang' || key === 'dir') continue;
      const other = persian.get(key);
      const texts = typeof value === 'function' ? [sample(value as never), sample(other as never)] : Array.isArray(value) ? [value.join(' '), (other as string[]).join(' ')] : [value as string, other as string];
      expect(placeholders(texts[1]!), key).toEqual(placeholders(texts[0]!));
      expect(texts[1], key).toMatch(/[\u0600-\u06ff]/);
      expect(texts[0]!.trim(), key).not.toBe('');
    }
  });

  it('Persian numbers are written in Persian digits', () => {
    expect(fa.lists.storyCount(12)).toBe('۱۲ خبر');
    expect(fa.story.minutesRead(4)).toBe('۴ دقیقه مطالعه');
    expect(en.lists.storyCount(1)).toBe('1 story');
    expect(en.lists.storyCount(2)).toBe('2 stories');
  });

  it('loads a translation on demand, picks it by language tag, and falls back to English', async () => {
    expect(stringsFor('fa')).toBe(en); // not loaded yet: English
    expect(await loadStrings('fa-IR')).toBe(fa);
    expect(stringsFor('fa-IR')).toBe(fa);
    expect(stringsFor('FA')).toBe(fa);
    expect(stringsFor('en-GB')).toBe(en);
    expect(stringsFor('de')).toBe(en);
    expect(fa.dir).toBe('rtl');
    expect(await loadStrings('de')).toBe(en);
  });

  it('a story speaks its own language whatever the site has loaded', () => {
    expect(articleStrings('fa').by).toBe('نوشتهٔ');
    expect(articleStrings('fa-AF').minutesRead(3)).toBe('۳ دقیقه مطالعه');
    expect(articleStrings('en-US').by).toBe('By');
    expect(articleStrings('ku')).toBe(en.story);
  });
});
