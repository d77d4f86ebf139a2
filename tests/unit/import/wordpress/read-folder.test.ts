// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { endpointFiles } from '../../../../src/import/wordpress/read-folder';

describe('endpointFiles', () => {
  it('lists endpoint files and finds missing pages', () => {
    expect(endpointFiles(['posts-2.json', 'posts-10.json', 'posts-1.json', 'posts.json', 'posts-x.json', 'media.json'], 'posts')).toEqual({
      files: ['posts.json', 'posts-1.json', 'posts-2.json', 'posts-10.json'],
      missing: ['posts-3.json', 'posts-4.json', 'posts-5.json', 'posts-6.json', 'posts-7.json', 'posts-8.json', 'posts-9.json'],
    });
  });
});
