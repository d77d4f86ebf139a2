export type Dir = 'ltr' | 'rtl';

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'dv', 'yi', 'sd', 'ug']);

/** The language of a BCP 47 tag without its region or script: "fa-IR" → "fa". */
export const primaryLanguage = (lang: string) => lang.split('-')[0]!.toLowerCase();

/** Text direction of a language: right-to-left for Arabic-script and Hebrew-script languages. */
export function directionOf(lang: string): Dir {
  return RTL_LANGUAGES.has(primaryLanguage(lang)) ? 'rtl' : 'ltr';
}
