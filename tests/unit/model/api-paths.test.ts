import { describe, expect, it } from 'vitest';
import { apiPaths } from '../../../src/model/api-paths';

describe('apiPaths', () => {
  it('builds the documented API paths', () => {
    expect(apiPaths.article('oil')).toBe('articles/oil.json');
    expect(apiPaths.latest()).toBe('latest/1.json');
    expect(apiPaths.latest(2)).toBe('latest/archive-2.json');
    expect(apiPaths.category('region/iraq')).toBe('categories/region/iraq/1.json');
    expect(apiPaths.author('layla-hassan', 3)).toBe('authors/layla-hassan/archive-3.json');
    expect(apiPaths.tag('water')).toBe('tags/water/1.json');
    expect(apiPaths.tag('water', 1)).toBe('tags/water/archive-1.json');
    expect([apiPaths.home(), apiPaths.nav(), apiPaths.mustRead()]).toEqual(['home.json', 'nav.json', 'must-read.json']);
  });
});
