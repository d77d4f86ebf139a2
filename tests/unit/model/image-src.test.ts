import { describe, expect, it } from 'vitest';
import { ImageSchema } from '../../../src/model/block';
import { hasImageExtension, imageSrcProblem } from '../../../src/model/image-src';

describe('imageSrcProblem', () => {
  it.each(['images/dam.svg', './images/dam.PNG', 'images/a/b.jpeg', 'x.jpg', 'y.gif', 'z.webp', 'w.avif', 'https://cdn.example.org/a', 'http://cdn.example.org/a.png?w=640'])(
    'accepts %j',
    (src) => {
      expect(imageSrcProblem(src)).toBeUndefined();
      expect(ImageSchema.safeParse({ src, alt: '', width: 4, height: 3 }).success).toBe(true);
    },
  );

  it.each([
    ['/etc/x.png', 'outside the content directory'],
    ['images/../../x.png', 'outside the content directory'],
    ['../x.svg', 'outside the content directory'],
    ['images\\x.svg', 'outside the content directory'],
    ['//cdn.example.org/a.png', 'outside the content directory'],
    ['images/notes.txt', 'an image file'],
    ['images/dam.svg.sh', 'an image file'],
    ['images/dam', 'an image file'],
    ['images/dam.svg?x=1', 'without "?" or "#"'],
    ['mailto:desk@example.org', 'an http(s) URL'],
  ])('refuses %j', (src, message) => {
    expect(imageSrcProblem(src)).toContain(message);
    const result = ImageSchema.safeParse({ src, alt: '', width: 4, height: 3 });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['src']);
  });

  it('knows the image file types by extension, in any case', () => {
    expect(['a.svg', 'a.PNG', 'a.Jpg', 'a.jpeg'].every(hasImageExtension)).toBe(true);
    expect(['a.html', 'a.svgz', 'svg', 'a.'].some(hasImageExtension)).toBe(false);
  });
});
