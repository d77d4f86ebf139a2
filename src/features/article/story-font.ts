import { registeredLanguage } from '../../i18n/languages';

/** Each registered language's own typeface, if its folder has one (`src/i18n/fa/font.ts`): a lazy chunk. */
const FONTS = import.meta.glob('../../i18n/*/font.ts');

/** The loader of the typeface a story in `lang` is set in, if its language has one. */
export function storyFontLoader(lang: string): (() => Promise<unknown>) | undefined {
  const language = registeredLanguage(lang);
  return language && FONTS[`../../i18n/${language.code}/font.ts`];
}

/** Starts loading the typeface for a story in `lang` (nothing for a language set in the system font). */
export function loadStoryFont(lang: string): void {
  void storyFontLoader(lang)?.();
}
