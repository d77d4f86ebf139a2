import { useQuery } from '@tanstack/react-query';
import { createContext, Fragment, useContext, useEffect, useState, type ReactNode } from 'react';
import { navQuery } from '../api/queries';
import { loadStrings, stringsFor, stringsReady, type UiStrings } from '../i18n/catalogue';
import { en } from '../i18n/en/ui';

const StringsContext = createContext<UiStrings>(en);

/** The site's words in the site's language (nav.json's `site.lang`), for everything inside. */
export function StringsProvider({ children }: { children: ReactNode }) {
  const lang = useQuery(navQuery()).data?.site.lang ?? 'en';
  const [, setReady] = useState(0);
  useEffect(() => {
    if (stringsReady(lang)) return;
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
