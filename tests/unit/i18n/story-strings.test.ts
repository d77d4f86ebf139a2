import { describe, expect, it } from 'vitest';
import { LANGUAGES, languageOf, type BodyStrings } from '../../../src/i18n/languages';
import { RICH_STRINGS } from '../../../src/i18n/rich-strings';

/** A language's body words: those with the story words, and those of its rich.ts (the rich blocks' chunk). */
function bodyWords(code: string): BodyStrings {
  const rich = RICH_STRINGS.get(code);
  if (!rich) throw new Error(`src/i18n/${code}/rich.ts is missing: the rich blocks would speak English in ${code} stories`);
  return { ...languageOf(code).story.body, ...rich };
}

/** Every body word, said once with sample values: functions called, strings as they are. */
function said(words: BodyStrings): Record<string, string> {
  const sample: { [K in keyof BodyStrings]: string } = {
    number: words.number(12),
    notes: words.notes,
    note: words.note(words.number(3)),
    backToText: words.backToText,
    playOn: words.playOn('PROVIDER', 'TITLE'),
    watchOn: words.watchOn('PROVIDER'),
    loadFrame: (['video', 'audio', 'chart', 'map', 'document'] as const).map((kind) => words.loadFrame(kind, 'PROVIDER', 'TITLE')).join(' | '),
    connectsTo: words.connectsTo('PROVIDER'),
    downloadMedia: `${words.downloadMedia('video', 'TITLE')} | ${words.downloadMedia('audio', 'TITLE')}`,
    postBy: `${words.postBy('AUTHOR', 'NETWORK')} | ${words.postBy(undefined, 'NETWORK')}`,
    viewOn: words.viewOn('NETWORK'),
    download: words.download('TITLE'),
    fileDetails: words.fileDetails(['PDF', '2 MB']),
    gallery: `${words.gallery(1)} | ${words.gallery(5)}`,
    table: words.table,
    code: `${words.code('LANGUAGE')} | ${words.code(undefined)}`,
    imageLink: `${words.imageLink('HOST.example')} | ${words.imageLink(undefined)}`,
    preformatted: words.preformatted,
  };
  return sample;
}

const SCRIPT: Record<string, RegExp> = { fa: /[\u0600-\u06ff]/ };
const english = said(bodyWords('en'));

describe.each(LANGUAGES.filter((language) => language.code !== 'en'))('the $code body words', (language) => {
  it('say every English body word in the language, keeping the names passed in', () => {
    const mine = said(bodyWords(language.code));
    expect(Object.keys(bodyWords(language.code)).sort()).toEqual(Object.keys(bodyWords('en')).sort());
    for (const [key, theirs] of Object.entries(english)) {
      const text = mine[key]!;
      expect(text.trim(), key).not.toBe('');
      if (key === 'fileDetails') continue; // "PDF, 2 MB": only the separator is the language's
      const script = SCRIPT[language.code];
      if (script && key !== 'number') expect(text, key).toMatch(script);
      else expect(text, `${key} is still in English`).not.toBe(theirs);
      for (const name of ['PROVIDER', 'TITLE', 'AUTHOR', 'NETWORK', 'LANGUAGE', 'HOST.example']) if (theirs.includes(name)) expect(text, `${key} keeps "${name}"`).toContain(name);
    }
  });
});

it('every language has its rich blocks\' words, and no folder has them without being a language', () => {
  expect([...RICH_STRINGS.keys()].sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
});

it('Persian body numbers are written in Persian digits', () => {
  const fa = bodyWords('fa');
  expect(fa.number(12)).toBe('۱۲');
  expect(fa.gallery(3)).toContain('۳');
  expect(bodyWords('en').number(12)).toBe('12');
});
