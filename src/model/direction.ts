export type Dir = 'ltr' | 'rtl';

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'dv', 'yi', 'sd', 'ug']);

/** Text direction of a language: right-to-left for Arabic-script and Hebrew-script languages. */
export function directionOf(lang: string): Dir {
  return RTL_LANGUAGES.has(lang.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}
