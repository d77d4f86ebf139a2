import type { SiteSource } from '../model/content';
import { collapsePlainText } from './html/plain-text';

export interface SiteInput {
  /** Plain text (decode HTML first where the source gives HTML). */
  name?: string;
  description?: string;
}

const defaultDescription = (name: string) => `Articles imported from ${name}.`;

/** site.json for an import: the source's name and description, or a default naming the source. */
export function siteSource(input: SiteInput, fallbackName: string, lang: string): SiteSource {
  const name = collapsePlainText(input.name ?? '') || fallbackName;
  const description = collapsePlainText(input.description ?? '') || defaultDescription(name);
  return { name, description, lang };
}

/** The site renamed by the newsroom (`--name`): a description that only named the source follows the new name. */
export function renamedSite(site: SiteSource, name: string): SiteSource {
  const clean = collapsePlainText(name);
  const description = site.description === defaultDescription(site.name) ? defaultDescription(clean) : site.description;
  return { ...site, name: clean, description };
}
