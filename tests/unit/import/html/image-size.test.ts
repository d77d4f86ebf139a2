// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sizeFromFileName } from '../../../../src/import/html/image-size';
import { convert, kinds } from './convert-helpers';

const sizeOf = (html: string, options = {}) => {
  const { blocks, warnings } = convert(html, options);
  const [image] = blocks;
  return { size: image?.type === 'image' ? [image.width, image.height] : undefined, warnings: kinds(warnings) };
};

describe('an image\'s size', () => {
  it('comes from its width and height first, without a warning', () => {
    expect(sizeOf('<img src="https://cdn.example/a-300x200.jpg" width="640" height="480">', { knownImage: () => ({ width: 1, height: 1 }) })).toEqual({ size: [640, 480], warnings: [] });
  });

  it('else from the media library', () => {
    expect(sizeOf('<img src="https://cdn.example/a-300x200.jpg">', { knownImage: () => ({ width: 900, height: 600 }) })).toEqual({ size: [900, 600], warnings: ['image-size-from-media'] });
  });

  it('else from data-orig-size, else from the WordPress size in the file name', () => {
    expect(sizeOf('<img src="https://cdn.example/a.jpg" data-orig-size="1024,683">')).toEqual({ size: [1024, 683], warnings: ['image-size-guessed'] });
    expect(sizeOf('<img src="https://cdn.example/2026/03/quay-1024x683.jpg?resize=1">')).toEqual({ size: [1024, 683], warnings: ['image-size-guessed'] });
  });

  it('else keeps one given side at the default 3:2 shape, else the default size: never dropped for want of a size', () => {
    expect(sizeOf('<img src="https://cdn.example/a.png" width="300">')).toEqual({ size: [300, 200], warnings: ['image-size-assumed'] });
    expect(sizeOf('<img src="https://cdn.example/a.png" height="400">')).toEqual({ size: [600, 400], warnings: ['image-size-assumed'] });
    expect(sizeOf('<img src="https://cdn.example/a.png" width="auto">')).toEqual({ size: [1200, 800], warnings: ['image-size-assumed'] });
  });

  it('reads only a real WordPress size suffix', () => {
    expect(sizeFromFileName('https://cdn.example/photo-1024x683.jpeg')).toEqual({ width: 1024, height: 683 });
    expect(sizeFromFileName('https://cdn.example/photo-1024x683.jpg.html')).toBeUndefined();
    expect(sizeFromFileName('https://cdn.example/1024x683.jpg')).toBeUndefined();
    expect(sizeFromFileName('https://cdn.example/a-0x683.jpg')).toBeUndefined();
    expect(sizeFromFileName('not a url-10x10.jpg')).toBeUndefined();
  });
});
