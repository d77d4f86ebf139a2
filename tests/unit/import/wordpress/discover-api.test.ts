// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { advertisedRoot, guessRoot, routeUrl } from '../../../../src/import/wordpress/discover-api';

describe('discovering the REST API', () => {
  it('builds REST URLs for pretty permalinks and for ?rest_route=', () => {
    expect(routeUrl('https://x.example/wp-json/', 'wp/v2/posts', { page: '2' })).toBe('https://x.example/wp-json/wp/v2/posts?page=2');
    expect(routeUrl('https://x.example/?rest_route=/', 'wp/v2/posts', { page: '2' })).toBe('https://x.example/?rest_route=%2Fwp%2Fv2%2Fposts&page=2');
    expect(guessRoot('https://x.example/blog/')).toBe('https://x.example/blog/wp-json/');
    expect(guessRoot('https://x.example/wp-json/wp/v2')).toBe('https://x.example/wp-json/');
  });

  it('reads the REST root a page advertises in its Link header', () => {
    expect(advertisedRoot('<https://x.example/wp-json/>; rel="https://api.w.org/", <https://x.example/?p=1>; rel=shortlink')).toBe('https://x.example/wp-json/');
    expect(advertisedRoot(null)).toBeUndefined();
  });
});
