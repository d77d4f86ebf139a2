import { richStrings } from '../../../i18n/rich-strings';
import type { RichStrings } from '../../../i18n/story-strings';
import { useBody } from './body-context';

/** The rich blocks' words, in the language of the story they sit in. */
export function useRichWords(): RichStrings {
  return richStrings(useBody().lang);
}
