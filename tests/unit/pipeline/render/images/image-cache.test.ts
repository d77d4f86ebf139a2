// @vitest-environment node
import { existsSync, mkdirSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImageCache, UNUSED_DAYS } from '../../../../../src/pipeline/render/images/image-cache';
import type { EncodedImage } from '../../../../../src/pipeline/render/images/encode';
import { makeTempDir, removeContentDirs } from '../../../../fixtures/content';

const DAY = 86_400_000;
afterAll(removeContentDirs);
const cacheDir = () => makeTempDir('dateline-image-cache-');
const image: EncodedImage = { width: 4, height: 3, alpha: false, variants: [{ format: 'jpeg', width: 4, height: 3, data: Buffer.from('jpeg bytes') }] };
const age = (entry: string, days: number) => {
  const then = new Date(Date.now() - days * DAY);
  utimesSync(entry, then, then);
};

describe('ImageCache', () => {
  it('gives back what was put, and marks an entry used when it is read', async () => {
    const dir = await cacheDir();
    const cache = new ImageCache(dir);
    await cache.put('a', image);
    age(path.join(dir, 'a'), UNUSED_DAYS + 5);
    const got = await cache.get('a');
    expect(got?.variants[0]!.data.toString()).toBe('jpeg bytes');
    expect(Date.now() - statSync(path.join(dir, 'a')).mtimeMs).toBeLessThan(DAY);
    expect(await cache.get('missing')).toBeUndefined();
  });

  it('prunes entries unused for a month and stale staging folders, and keeps the rest', async () => {
    const dir = await cacheDir();
    const cache = new ImageCache(dir);
    await cache.put('recent', image);
    await cache.put('old', image);
    await cache.put('used-again', image);
    for (const name of ['old', 'used-again']) age(path.join(dir, name), UNUSED_DAYS + 1);
    mkdirSync(path.join(dir, 'x.tmp-123'));
    age(path.join(dir, 'x.tmp-123'), 2);
    mkdirSync(path.join(dir, 'y.tmp-456')); // an encoding in progress
    await cache.get('used-again');
    expect(await cache.prune()).toBe(2);
    expect(['recent', 'old', 'used-again', 'x.tmp-123', 'y.tmp-456'].filter((name) => existsSync(path.join(dir, name)))).toEqual(['recent', 'used-again', 'y.tmp-456']);
  });

  it('prunes nothing in a cache folder that does not exist yet', async () => {
    expect(await new ImageCache(path.join(await cacheDir(), 'none')).prune()).toBe(0);
  });
});
