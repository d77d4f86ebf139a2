// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { inspectImage } from '../../../../src/import/media/image-dimensions';
import { imageType } from '../../../../src/import/media/image-type';
import { avifHeader, gif, jpeg, png, webp } from '../../../fixtures/media/image-bytes';

const text = (s: string) => Buffer.from(s, 'utf8');

describe('imageType: what a file is, by its bytes', () => {
  it('knows PNG, JPEG, GIF, WebP, AVIF and SVG', () => {
    expect([png(1, 1), jpeg(1, 1), gif(1, 1), webp(1, 1), avifHeader()].map(imageType)).toEqual(['png', 'jpg', 'gif', 'webp', 'avif']);
    expect(imageType(text('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('svg');
    expect(imageType(text('\uFEFF  <?xml version="1.0" encoding="UTF-8"?>\n<!-- Generator: x -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg>'))).toBe('svg');
  });

  it('refuses anything else: HTML error pages, scripts, XML that is not SVG, empty bodies', () => {
    const refused = [
      '<!DOCTYPE html><html><head><title>404 Not Found</title></head></html>',
      '<html><body><svg></svg></body></html>',
      'alert(document.cookie)',
      '<?xml version="1.0"?><rss version="2.0"></rss>',
      '<svgx>',
      '',
    ];
    expect(refused.map((s) => imageType(text(s)))).toEqual(refused.map(() => undefined));
    expect(imageType(Buffer.from([0x89, 0x50, 0x4e]))).toBeUndefined();
  });
});

describe('inspectImage: the size from the file itself', () => {
  it('reads PNG IHDR, JPEG SOF, GIF and WebP VP8X headers', () => {
    expect(inspectImage(png(1200, 800))).toEqual({ type: 'png', size: { width: 1200, height: 800 } });
    expect(inspectImage(jpeg(640, 427))).toEqual({ type: 'jpg', size: { width: 640, height: 427 } });
    expect(inspectImage(gif(32, 16))).toEqual({ type: 'gif', size: { width: 32, height: 16 } });
    expect(inspectImage(webp(1024, 576))).toEqual({ type: 'webp', size: { width: 1024, height: 576 } });
  });

  it('reads an SVG width/height, else its viewBox; an SVG with neither has no size but is kept', () => {
    expect(inspectImage(text('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="150"></svg>'))?.size).toEqual({ width: 300, height: 150 });
    expect(inspectImage(text('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 30"></svg>'))?.size).toEqual({ width: 40, height: 30 });
    expect(inspectImage(text('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toEqual({ type: 'svg' });
  });

  it('refuses a raster image whose size cannot be read (truncated)', () => {
    expect(inspectImage(png(10, 10).subarray(0, 16))).toBeUndefined();
  });
});
