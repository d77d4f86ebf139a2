// @vitest-environment node
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeImage } from '../../../../../src/pipeline/render/images/encode';
import type { ImageOptions } from '../../../../../src/pipeline/render/images/options';
import { processImages, type ProcessImagesOptions } from '../../../../../src/pipeline/render/images/process-images';
import { variantWidths } from '../../../../../src/pipeline/render/images/widths';

/* The image step on real pictures, made here with sharp: small, and quick to encode. */

const OPTIONS: ImageOptions = {
  widths: [160, 320, 640],
  avif: { quality: 45, effort: 0 },
  webp: { quality: 70, effort: 0 },
  jpeg: { quality: 70 },
  png: { compressionLevel: 6 },
  placeholderWidth: 16,
};

let root: string;
let contentDir: string;

/** A picture with detail to compress: a gradient crossed by stripes (and, for a PNG, a see-through half). */
async function photo(width: number, height: number, format: 'jpeg' | 'png', alpha = false): Promise<Buffer> {
  const channels = alpha ? 4 : 3;
  const px = Buffer.alloc(width * height * channels);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * channels;
      px[i] = (x * 255) / width;
      px[i + 1] = (y * 255) / height;
      px[i + 2] = (x + y) % 40 < 20 ? 200 : 60;
      if (alpha) px[i + 3] = x < width / 2 ? 0 : 255;
    }
  }
  const image = sharp(px, { raw: { width, height, channels } });
  return format === 'jpeg' ? image.jpeg().toBuffer() : image.png().toBuffer();
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'dateline-images-'));
  contentDir = path.join(root, 'content');
  await mkdir(path.join(contentDir, 'images'), { recursive: true });
  await writeFile(path.join(contentDir, 'images', 'Old City.jpg'), await photo(500, 300, 'jpeg'));
  await writeFile(path.join(contentDir, 'images', 'tiny.jpg'), await photo(120, 80, 'jpeg'));
  await writeFile(path.join(contentDir, 'images', 'logo.png'), await photo(200, 100, 'png', true));
  const good = await photo(500, 300, 'jpeg');
  await writeFile(path.join(contentDir, 'images', 'broken.jpg'), good.subarray(0, Math.floor(good.length / 3)));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const options = (name: string): ProcessImagesOptions => ({
  contentDir,
  outDir: path.join(root, name, 'out'),
  cacheDir: path.join(root, name, 'cache'),
  prefix: 'media/',
  options: OPTIONS,
});

const filesIn = async (dir: string) => (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();

describe('variant widths', () => {
  it('are the configured widths the original can fill, topped by its own width, never more', () => {
    expect(variantWidths(1000, [320, 640, 960, 1280, 1920])).toEqual([320, 640, 960, 1000]);
    expect(variantWidths(2400, [320, 640, 960, 1280, 1920])).toEqual([320, 640, 960, 1280, 1920]);
    expect(variantWidths(1920, [320, 640, 960, 1280, 1920])).toEqual([320, 640, 960, 1280, 1920]);
    expect(variantWidths(200, [320, 640])).toEqual([200]);
  });
});

describe('processImages', () => {
  it('writes AVIF, WebP and JPEG at each width, content-hashed under media/, with the metadata that names them', async () => {
    const { variants, stats } = await processImages([{ src: 'images/Old City.jpg' }], options('formats'));
    const meta = variants.get('images/Old City.jpg')!;
    expect(meta).toMatchObject({ width: 500, height: 300 });
    expect(meta.srcset.map((c) => c.width)).toEqual([160, 320, 500]);
    expect(meta.srcset[0]!.src).toMatch(/^media\/images\/old-city-[0-9a-f]{10}-160\.jpg$/);
    expect(meta.src).toBe(meta.srcset[2]!.src);
    expect(meta.sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp']);
    expect(meta.sources[0]!.srcset.map((c) => c.src.split('.').pop())).toEqual(['avif', 'avif', 'avif']);
    expect(meta.placeholder).toMatch(/^data:image\/webp;base64,/);
    expect(meta.placeholder!.length).toBeLessThan(1000);
    expect(stats).toMatchObject({ images: 1, encoded: 1, files: 9 });

    const out = options('formats').outDir;
    for (const candidate of [...meta.srcset, ...meta.sources.flatMap((s) => s.srcset)]) {
      const info = await sharp(await readFile(path.join(out, candidate.src))).metadata();
      expect(info.width).toBe(candidate.width);
      expect(info.height).toBe(Math.round((candidate.width * 300) / 500));
      expect(info.format).toBe({ avif: 'heif', webp: 'webp', jpg: 'jpeg' }[candidate.src.split('.').pop()!]);
    }
  });

  it('never upscales: a picture narrower than every width keeps its own', async () => {
    const { variants } = await processImages([{ src: 'images/tiny.jpg' }], options('tiny'));
    const meta = variants.get('images/tiny.jpg')!;
    expect(meta.srcset.map((c) => c.width)).toEqual([120]);
    expect(meta.sources.every((s) => s.srcset.length === 1 && s.srcset[0]!.width === 120)).toBe(true);
  });

  it('keeps a see-through PNG a PNG (and WebP, AVIF), with no JPEG and no placeholder behind it', async () => {
    const { variants } = await processImages([{ src: 'images/logo.png' }], options('alpha'));
    const meta = variants.get('images/logo.png')!;
    expect(meta.srcset.every((c) => c.src.endsWith('.png'))).toBe(true);
    expect(meta.placeholder).toBeUndefined();
    expect((await filesIn(options('alpha').outDir)).some((f) => f.endsWith('.jpg'))).toBe(false);
  });

  it('encodes nothing again on a rebuild from its cache, and writes the same bytes', async () => {
    const first = await processImages([{ src: 'images/Old City.jpg' }], { ...options('cache'), outDir: path.join(root, 'cache', 'out-1') });
    const second = await processImages([{ src: 'images/Old City.jpg' }], { ...options('cache'), outDir: path.join(root, 'cache', 'out-2') });
    expect(first.stats.encoded).toBe(1);
    expect(second.stats.encoded).toBe(0);
    expect(second.variants).toEqual(first.variants);
    const files = await filesIn(path.join(root, 'cache', 'out-1'));
    expect(await filesIn(path.join(root, 'cache', 'out-2'))).toEqual(files);
    for (const file of files) expect((await readFile(path.join(root, 'cache', 'out-2', file))).equals(await readFile(path.join(root, 'cache', 'out-1', file)))).toBe(true);
  });

  it('changes every file name when the options change, and encodes again', async () => {
    const a = await processImages([{ src: 'images/Old City.jpg' }], options('options'));
    const b = await processImages([{ src: 'images/Old City.jpg' }], { ...options('options'), options: { ...OPTIONS, jpeg: { quality: 60 } } });
    expect(b.stats.encoded).toBe(1);
    expect(b.variants.get('images/Old City.jpg')!.src).not.toBe(a.variants.get('images/Old City.jpg')!.src);
  });

  it('stops with an error naming the file and where it is used when a JPEG is corrupt', async () => {
    await expect(processImages([{ src: 'images/broken.jpg', usedBy: 'articles/mosul.json, hero.src' }], options('broken'))).rejects.toThrow(
      /images\/broken\.jpg \(used by articles\/mosul\.json, hero\.src\): cannot be read as a JPEG, PNG or WebP image/,
    );
  });

  it('stops with an error naming a missing file', async () => {
    await expect(processImages([{ src: 'images/gone.jpg' }], options('missing'))).rejects.toThrow(/images\/gone\.jpg.*file is missing/);
  });
});

describe('encodeImage', () => {
  it('gives the same bytes when run twice on the same picture', async () => {
    const bytes = await readFile(path.join(contentDir, 'images', 'Old City.jpg'));
    const [a, b] = [await encodeImage(bytes, 'a.jpg', OPTIONS), await encodeImage(bytes, 'a.jpg', OPTIONS)];
    expect(a.variants.length).toBe(9);
    a.variants.forEach((v, i) => expect(v.data.equals(b.variants[i]!.data)).toBe(true));
    expect(a.placeholder).toBe(b.placeholder);
  });
});
