import { primaryLanguage } from '../model/direction';
import { english } from './en';
import { persian } from './fa';
import type { Language } from './language';
import type { StoryStrings } from './story-strings';

export type { Language } from './language';
export type { BodyStrings, FrameKind, NoteStrings, RichStrings, StoryStrings } from './story-strings';

/**
 * The languages Dateline speaks. To add one: copy `fa/`, translate it, and list it here. Everything else
 * (the site's interface, the words inside a story, the home crumb the build writes and the browser seeds,
 * the typeface in the language's `font.ts`, the catalogue test) follows from this list.
 */
export const LANGUAGES: readonly Language[] = [english, persian];

const byCode = new Map(LANGUAGES.map((language) => [language.code, language]));

/** The registered language for a BCP 47 tag ("fa-IR" → Persian), or undefined if Dateline does not speak it. */
export function registeredLanguage(tag: string): Language | undefined {
  return byCode.get(primaryLanguage(tag));
}

/** The language for a tag, English where Dateline does not speak it. */
export function languageOf(tag: string): Language {
  return registeredLanguage(tag) ?? english;
}

/** Words said inside a story, in the story's language (English where there is no translation). */
export function articleStrings(lang: string): StoryStrings {
  return languageOf(lang).story;
}
