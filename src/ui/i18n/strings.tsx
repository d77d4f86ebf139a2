import { useQuery } from '@tanstack/react-query';
import { createContext, Fragment, useContext, useEffect, useState, type ReactNode } from 'react';
import { navQuery } from '../../api/queries';
import { en, type UiStrings } from './en';
import { primaryLanguage } from '../../model/direction';

export type { UiStrings } from './en';
export { articleStrings } from './story-strings';

/*
 * The site's interface language is nav.json's `site.lang`. English is built in; a translation is a lazy
 * chunk, loaded before the first render (main.tsx, the prerender) when the site needs it, so English
 * readers never download it and a Persian newsroom's pages hydrate with the words they were rendered with.
 */
const TRANSLATIONS: Record<string, () => Promise<UiStrings>> = {
  fa: async () => (await import('./fa')).fa,
};

const loaded = new Map<string, UiStrings>([['en', en]]);

/** The catalogue for a BCP 47 tag ("fa-IR" → fa) if it has been loaded; English otherwise. */
export function stringsFor(lang: string): UiStrings {
  return loaded.get(primaryLanguage(lang)) ?? en;
}

/** Loads the translation for `lang` (English, or a language without a translation, resolves at once). */
export async function loadStrings(lang: string): Promise<UiStrings> {
  const key = primaryLanguage(lang);
  const load = TRANSLATIONS[key];
  if (!loaded.has(key) && load) loaded.set(key, await load());
  return stringsFor(lang);
}

const StringsContext = createContext<UiStrings>(en);

/** The site's words in the site's language, for everything inside. */
export function StringsProvider({ children }: { children: ReactNode }) {
  const lang = useQuery(navQuery()).data?.site.lang ?? 'en';
  const [, setReady] = useState(0);
  useEffect(() => {
    const key = primaryLanguage(lang);
    if (loaded.has(key) || !TRANSLATIONS[key]) return; // loaded already, or English is all there is
    let live = true;
    loadStrings(lang).then(
      () => live && setReady((n) => n + 1),
      () => {}, // the translation could not be fetched (offline): the site keeps speaking English
    );
    return () => {
      live = false;
    };
  }, [lang]);
  return <StringsContext.Provider value={stringsFor(lang)}>{children}</StringsContext.Provider>;
}

export function useStrings(): UiStrings {
  return useContext(StringsContext);
}

/** Puts components into a sentence: fill('See {saved}.', { saved: <Link …/> }). */
export function fill(template: string, values: Record<string, ReactNode>): ReactNode {
  return template.split(/\{(\w+)\}/).map((part, i) => (i % 2 === 1 ? <Fragment key={i}>{values[part]}</Fragment> : part));
}
