import { LangSchema } from '../model/article';

/** "en_US" / "EN-us" / "fa" → a BCP 47 tag our schema accepts ("en-US", "fa"), or undefined. */
export function normaliseLang(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const [primary = '', ...rest] = raw.trim().replace(/_/g, '-').split('-');
  const tag = [primary.toLowerCase(), ...rest].join('-');
  return LangSchema.safeParse(tag).success ? tag : undefined;
}
