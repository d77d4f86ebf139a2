import { primaryLanguage } from '../model/direction';
import type { RichStrings } from './story-strings';

/**
 * The rich blocks' words of every language: each language folder's `rich.ts`, found by the bundler
 * (no list to keep in step with LANGUAGES). Imported only by the rich blocks' chunk.
 */
const found = import.meta.glob<{ rich: RichStrings }>('./*/rich.ts', { eager: true });

export const RICH_STRINGS: ReadonlyMap<string, RichStrings> = new Map(
  Object.entries(found).map(([file, module]) => [file.split('/')[1]!, module.rich]),
);

/** The rich blocks' words in a story's language, English where there is no translation. */
export function richStrings(lang: string): RichStrings {
  return RICH_STRINGS.get(primaryLanguage(lang)) ?? RICH_STRINGS.get('en')!;
}
