import { describe, expect, it } from 'vitest';
import { loadStrings, stringsFor, stringsReady } from '../../../src/i18n/catalogue';
import { en } from '../../../src/i18n/en/ui';
import { fa } from '../../../src/i18n/fa/ui';
import { articleStrings, LANGUAGES, languageOf, registeredLanguage } from '../../../src/i18n/languages';
import { homeCrumb } from '../../../src/pipeline/api/breadcrumb';
import { directionOf } from '../../../src/model/direction';

type Entry = [path: string, value: unknown];

function entries(value: unknown, path = ''): Entry[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) return Object.entries(value).flatMap(([k, v]) => entries(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const sample = (fn: (...args: never[]) => string) => (fn as (...args: unknown[]) => string)('7', 'x');
const texts = (value: unknown): string =>
  typeof value === 'function' ? sample(value as never) : Array.isArray(value) ? value.join(' ') : String(value);

/** Letters a language writes in, where its script is not Latin: an untranslated string would show. */
const SCRIPT: Record<string, RegExp> = { fa: /[\u0600-\u06ff]/ };

const english = new Map(entries(en));

describe.each(LANGUAGES.filter((language) => language.code !== 'en'))('the $code catalogue', (language) => {
  it('has exactly the keys English has, of the same kinds, and says its own language and direction', async () => {
    const catalogue = await language.ui();
    const translated = new Map(entries(catalogue));
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, value] of english) {
      const other = translated.get(key);
      expect(typeof other, key).toBe(typeof value);
      if (Array.isArray(value)) expect((other as unknown[]).length, key).toBe(value.length);
    }
    expect(catalogue.lang).toBe(language.code);
    expect(catalogue.dir).toBe(directionOf(language.code));
  });

  it('keeps every template\'s placeholders, and translates every text', async () => {
    const translated = new Map(entries(await language.ui()));
    const script = SCRIPT[language.code];
    for (const [key, value] of english) {
      if (key === 'lang' || key === 'dir') continue;
      const [mine, theirs] = [texts(translated.get(key)), texts(value)];
      expect(placeholders(mine), key).toEqual(placeholders(theirs));
      expect(theirs.trim(), key).not.toBe('');
      expect(mine.trim(), key).not.toBe('');
      if (script) expect(mine, key).toMatch(script);
      else expect(mine, `${key} is still in English`).not.toBe(theirs);
    }
  });

  it('has its story words and home crumb, translated', () => {
    const base = languageOf('en');
    expect(language.homeCrumb).not.toBe(base.homeCrumb);
    for (const key of ['by', 'published', 'updated', 'topics'] as const) expect(language.story[key], key).not.toBe(base.story[key]);
    expect(language.story.minutesRead(4)).not.toBe(base.story.minutesRead(4));
    expect(homeCrumb(`${language.code}-XX`)).toEqual({ name: language.homeCrumb, path: '/' });
  });
});

describe('the language registry', () => {
  it('registers each language once, by its primary subtag', () => {
    const codes = LANGUAGES.map((language) => language.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z]{2,3}$/);
    expect(codes).toContain('en');
  });

  it('Persian numbers are written in Persian digits', () => {
    expect(fa.lists.storyCount(12)).toBe('۱۲ خبر');
    expect(languageOf('fa').story.minutesRead(4)).toBe('۴ دقیقه مطالعه');
    expect(en.lists.storyCount(1)).toBe('1 story');
    expect(en.lists.storyCount(2)).toBe('2 stories');
  });

  it('loads a translation on demand, picks it by language tag, and falls back to English', async () => {
    expect(stringsFor('fa')).toBe(en); // not loaded yet: English
    expect(stringsReady('fa')).toBe(false);
    expect(stringsReady('de')).toBe(true); // nothing to load: English is all there is
    expect(await loadStrings('fa-IR')).toBe(fa);
    expect(stringsReady('fa')).toBe(true);
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
    expect(articleStrings('ku')).toBe(languageOf('en').story);
    expect(registeredLanguage('ku')).toBeUndefined();
  });

});

describe('story typefaces', () => {
  it('a language with a font.ts in its folder loads it; others keep the system font', async () => {
    const { storyFontLoader } = await import('../../../src/features/article/story-font');
    expect(storyFontLoader('fa-IR')).toBeTypeOf('function');
    expect(storyFontLoader('en')).toBeUndefined();
    expect(storyFontLoader('ku')).toBeUndefined();
  });
});
