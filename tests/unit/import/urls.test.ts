// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { pageKey, percentDecode, safeUrl } from '../../../src/import/urls';

describe('safeUrl', () => {
  it('keeps http(s) and mailto links, resolving relative ones against the page', () => {
    expect(safeUrl('https://a.example/x?y=1#z', 'link')).toBe('https://a.example/x?y=1#z');
    expect(safeUrl('MAILTO:desk@a.example', 'link')).toBe('mailto:desk@a.example');
    expect(safeUrl('../b/', 'link', 'https://a.example/2026/x/')).toBe('https://a.example/2026/b/');
    expect(safeUrl('//cdn.example/i.jpg', 'image')).toBe('https://cdn.example/i.jpg');
  });

  it('refuses script schemes however they are written, and relative URLs without a base', () => {
    for (const url of ['javascript:x', 'JAVASCRIPT:x', ' javascript:x', 'java\tscript:x', 'data:text/html,x', 'vbscript:x', '&#106;avascript:x', 'x:y', 'file:///etc/passwd', '/relative']) {
      expect(safeUrl(url, 'link'), url).toBeUndefined();
    }
  });

  it('refuses mailto for images', () => {
    expect(safeUrl('mailto:a@b.example', 'image')).toBeUndefined();
  });
});

describe('pageKey', () => {
  it('matches a page however its link is spelled', () => {
    const key = pageKey('https://www.news.example/2026/02/post/');
    for (const spelling of ['http://news.example/2026/02/post', 'https://NEWS.example/2026/02/post/#comments', 'https://news.example/2026/02/post//']) {
      expect(pageKey(spelling)).toBe(key);
    }
    expect(pageKey('https://news.example/2026/02/other/')).not.toBe(key);
  });

  it('matches percent-encoded paths in either case, and keeps the query (for ?p=123 links)', () => {
    expect(pageKey('https://x.example/%D8%A8/')).toBe(pageKey('https://x.example/%d8%a8'));
    expect(pageKey('https://x.example/?p=12')).not.toBe(pageKey('https://x.example/?p=13'));
  });

  it('is undefined for anything but http(s)', () => {
    expect(pageKey('mailto:a@b.example')).toBeUndefined();
    expect(pageKey('not a url')).toBeUndefined();
  });
});

describe('percentDecode', () => {
  it('decodes percent-encoding and keeps what is not valid percent-encoding as it is', () => {
    expect(percentDecode('caf%C3%A9%2Fx')).toBe('café/x');
    expect(percentDecode('100%')).toBe('100%');
    expect(percentDecode('%E0%A4%A')).toBe('%E0%A4%A');
  });
});
