import { describe, expect, it } from 'vitest';
import { ImageSchema } from '../../../src/model/block';
import { InlineSchema, SafeUrlSchema } from '../../../src/model/inline';
import { CrumbSchema } from '../../../src/model/taxonomy';
import { isSafeUrl, isSitePath, isSiteRelative } from '../../../src/model/url';

describe('isSafeUrl', () => {
  it.each([
    'http://example.org/',
    'https://example.org/path?q=1#frag',
    'HTTPS://EXAMPLE.ORG/',
    'mailto:desk@example.org',
    '/article/oil-prices-fall',
    'images/dam.svg',
    './images/dam.svg',
    '../up.svg',
    '#section',
    '?page=2',
    '//cdn.example.org/a.png',
    'path/with:colon-later',
  ])('accepts %j', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'DATA:image/svg+xml,<svg/onload=alert(1)>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    'java\u0000script:alert(1)',
    ' javascript:alert(1)',
    '\tjavascript:alert(1)',
    '\n\njavascript:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript :alert(1)',
    'https://example.org/a b',
    '/\\evil.example/x',
    '\\\\evil.example/x',
    '\\/evil.example/x',
    'https://example.org\\@evil.example/',
    'images\\dam.svg',
    '',
    '   ',
  ])('refuses %j', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });
});

describe('schemas built on isSafeUrl', () => {
  it('SafeUrlSchema refuses what isSafeUrl refuses', () => {
    expect(SafeUrlSchema.safeParse('https://example.org/').success).toBe(true);
    expect(SafeUrlSchema.safeParse('javascript:alert(1)').success).toBe(false);
  });

  it('InlineSchema refuses a javascript: link and accepts an http one', () => {
    const link = (href: string) => ({ type: 'link', href, children: [{ type: 'text', text: 'click' }] });
    expect(InlineSchema.safeParse(link('https://example.org/')).success).toBe(true);
    const bad = InlineSchema.safeParse(link('javascript:alert(1)'));
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['href']);
  });

  it('InlineSchema refuses a javascript: link nested inside emphasis', () => {
    const nested = { type: 'em', children: [{ type: 'strong', children: [{ type: 'link', href: 'JaVaScRiPt:x', children: [{ type: 'text', text: 'x' }] }] }] };
    const result = InlineSchema.safeParse(nested);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['children', 0, 'children', 0, 'href']);
  });

  it('ImageSchema refuses a data: src and an unsafe srcset candidate', () => {
    const image = { src: 'images/a.svg', alt: '', width: 4, height: 3 };
    expect(ImageSchema.safeParse(image).success).toBe(true);
    expect(ImageSchema.safeParse({ ...image, src: 'data:image/svg+xml,<svg/>' }).success).toBe(false);
    expect(ImageSchema.safeParse({ ...image, srcset: [{ src: 'javascript:x', width: 640 }] }).success).toBe(false);
  });
});

describe('isSiteRelative and isSitePath: another host is never inside the site', () => {
  it.each(['/article/x', 'images/dam.svg', './a.svg', '?page=2'])('%j is site-relative', (path) => {
    expect(isSiteRelative(path)).toBe(true);
  });

  it.each(['//evil.example/x', '/\\evil.example/x', '\\\\evil.example/x', '\\/evil.example', 'https://evil.example/', 'images\\dam.svg'])('%j is not', (path) => {
    expect(isSiteRelative(path)).toBe(false);
    expect(isSitePath(path)).toBe(false);
  });

  it('takes a route path with one leading "/" only, in the crumb schema too', () => {
    expect(isSitePath('/category/region')).toBe(true);
    expect(isSitePath('/')).toBe(true);
    expect(isSitePath('category/region')).toBe(false);
    expect(CrumbSchema.safeParse({ name: 'Region', path: '/category/region' }).success).toBe(true);
    for (const path of ['//evil.example', '/\\evil.example', 'category/region']) {
      expect(CrumbSchema.safeParse({ name: 'Evil', path }).success, path).toBe(false);
    }
  });
});
