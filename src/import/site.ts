import type { SiteSource } from '../model/content';
import { collapsePlainText } from './html/plain-text';

export interface SiteInput {
  /** Plain text (decode HTML first where the source gives HTML). */
  name?: string;
  description?: string;
}

/** site.json for an import: the source's name and description, or a default naming the source. */
export function siteSource(input: SiteInput, fallbackName: string, lang: string): SiteSource {
  const name = collapsePlainText(input.name ?? '') || fallbackName;
  const description = collapsePlainText(input.description ?? '') || `Articles imported from ${name}.`;
  return { name, description, lang };
}
