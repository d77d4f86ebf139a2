import { describe, expect, it } from 'vitest';
import { CrumbSchema } from '../../../../src/model/taxonomy';
import { categoryBreadcrumb, HOME_CRUMB, homeCrumb } from '../../../../src/pipeline/api/breadcrumb';

const NAMES: Record<string, string> = {
  region: 'News on the Region',
  'region/iraq': 'Iraq',
  world: 'World',
  'world/europe': 'Europe',
  'world/europe/balkans': 'Balkans',
};
const nameOf = (path: string) => {
  const name = NAMES[path];
  if (name === undefined) throw new Error(`no category ${path}`);
  return name;
};

describe('categoryBreadcrumb', () => {
  it('goes Home › parent › category with /category/… paths', () => {
    expect(categoryBreadcrumb('region/iraq', nameOf)).toEqual([
      { name: 'Home', path: '/' },
      { name: 'News on the Region', path: '/category/region' },
      { name: 'Iraq', path: '/category/region/iraq' },
    ]);
  });

  it('has just Home and the category for a top-level category', () => {
    expect(categoryBreadcrumb('world', nameOf)).toEqual([HOME_CRUMB, { name: 'World', path: '/category/world' }]);
  });

  it('lists every ancestor, root first, for deeper paths', () => {
    const crumbs = categoryBreadcrumb('world/europe/balkans', nameOf);
    expect(crumbs.map((c) => c.name)).toEqual(['Home', 'World', 'Europe', 'Balkans']);
    expect(crumbs.map((c) => c.path)).toEqual(['/', '/category/world', '/category/world/europe', '/category/world/europe/balkans']);
  });

  it('asks nameOf for every ancestor path, never for a partial segment', () => {
    const asked: string[] = [];
    categoryBreadcrumb('world/europe/balkans', (path) => {
      asked.push(path);
      return nameOf(path);
    });
    expect(asked).toEqual(['world', 'world/europe', 'world/europe/balkans']);
  });

  it('produces crumbs the API schema accepts', () => {
    for (const crumb of categoryBreadcrumb('region/iraq', nameOf)) expect(CrumbSchema.safeParse(crumb).success).toBe(true);
  });
});

describe('homeCrumb', () => {
  it('names the first crumb in the site’s language', () => {
    expect(homeCrumb('en')).toEqual({ name: 'Home', path: '/' });
    expect(homeCrumb('fa-IR')).toEqual({ name: 'خانه', path: '/' });
    expect(homeCrumb('de')).toEqual({ name: 'Home', path: '/' });
    expect(categoryBreadcrumb('world', () => 'جهان', homeCrumb('fa'))[0]!.name).toBe('خانه');
  });
});
