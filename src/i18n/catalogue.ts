import { primaryLanguage } from '../model/direction';
import { en, type UiStrings } from './en/ui';
import { registeredLanguage } from './languages';

export type { UiStrings } from './en/ui';

/*
 * The interface catalogues loaded so far. English is built in; a translation is a lazy chunk, loaded before
 * the first render (main.tsx, the prerender) when the site needs it, so English readers never download it
 * and a Persian newsroom's pages hydrate with the words they were rendered with.
 */
const loaded = new Map<string, UiStrings>([['en', en]]);

/** The catalogue for a BCP 47 tag ("fa-IR" → fa) if it has been loaded; English otherwise. */
export function stringsFor(lang: string): UiStrings {
  return loaded.get(primaryLanguage(lang)) ?? en;
}

/** True once `stringsFor(lang)` has everything it will ever have (loaded, or English is all there is). */
export function stringsReady(lang: string): boolean {
  const language = registeredLanguage(lang);
  return !language || loaded.has(language.code);
}

/** Loads the catalogue for `lang` (English, or a language without a translation, resolves at once). */
export async function loadStrings(lang: string): Promise<UiStrings> {
  const language = registeredLanguage(lang);
  if (language && !loaded.has(language.code)) loaded.set(language.code, await language.ui());
  return stringsFor(lang);
}
