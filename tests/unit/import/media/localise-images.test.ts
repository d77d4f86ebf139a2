// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fittedSize } from '../../../../src/import/media/localise-images';

describe('fittedSize: the file\'s true size, the article\'s shape', () => {
  it('takes the file\'s size when the article gives none, and the article\'s when the file gives none', () => {
    expect(fittedSize(undefined, { width: 40, height: 30 })).toEqual({ width: 40, height: 30 });
    expect(fittedSize({ width: 100, height: 50 }, undefined)).toEqual({ width: 100, height: 50 });
  });

  it('keeps the article\'s aspect ratio at the file\'s true width', () => {
    expect(fittedSize({ width: 600, height: 400 }, { width: 1200, height: 800 })).toEqual({ width: 1200, height: 800 });
    expect(fittedSize({ width: 100, height: 100 }, { width: 300, height: 150 })).toEqual({ width: 300, height: 300 });
    expect(fittedSize({ width: 1000, height: 1 }, { width: 10, height: 10 })).toEqual({ width: 10, height: 1 });
  });
});
