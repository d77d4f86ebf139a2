import { categoryLineage } from '../../model/category-path';
import type { Crumb } from '../../model/taxonomy';
import { english } from '../../i18n/en';
import { languageOf } from '../../i18n/languages';

export const HOME_CRUMB: Crumb = { name: english.homeCrumb, path: '/' };

/** The first crumb in the site's language ("Home", "خانه"). */
export function homeCrumb(siteLang: string): Crumb {
  return { name: languageOf(siteLang).homeCrumb, path: '/' };
}

/** Home › every ancestor › the category itself, each linking to its category page. */
export function categoryBreadcrumb(categoryPath: string, nameOf: (path: string) => string, home: Crumb = HOME_CRUMB): Crumb[] {
  return [home, ...categoryLineage(categoryPath).map((path) => ({ name: nameOf(path), path: `/category/${path}` }))];
}
