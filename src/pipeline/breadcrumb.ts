import { categoryLineage } from '../model/category-path';
import type { Crumb } from '../model/taxonomy';

export const HOME_CRUMB: Crumb = { name: 'Home', path: '/' };

/** Home › every ancestor › the category itself, each linking to its category page. */
export function categoryBreadcrumb(categoryPath: string, nameOf: (path: string) => string): Crumb[] {
  return [HOME_CRUMB, ...categoryLineage(categoryPath).map((path) => ({ name: nameOf(path), path: `/category/${path}` }))];
}
