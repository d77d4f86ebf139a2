import { categoryLineage } from '../model/category-path';
import type { Crumb } from '../model/taxonomy';
import { en } from '../ui/i18n/en';
import { fa } from '../ui/i18n/fa';
import { primaryLanguage } from '../model/direction';

export const HOME_CRUMB: Crumb = { name: en.homeCrumb, path: '/' };

/** The first crumb in the site's language ("Home", "خانه"). */
export function homeCrumb(siteLang: string): Crumb {
  return { name: (primaryLanguage(siteLang) === 'fa' ? fa : en).homeCrumb, path: '/' };
}

/** Home › every ancestor › the category itself, each linking to its category page. */
export function categoryBreadcrumb(categoryPath: string, nameOf: (path: string) => string, home: Crumb = HOME_CRUMB): Crumb[] {
  return [home, ...categoryLineage(categoryPath).map((path) => ({ name: nameOf(path), path: `/category/${path}` }))];
}
