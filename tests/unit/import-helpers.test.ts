// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { backoffMs, retryAfterMs } from '../../src/import/http/fetch-with-retry';
import { normaliseLang } from '../../src/import/lang';
import { cleanExcerpt, firstWords } from '../../src/import/standfirst';
import { asWordPressError, htmlPageTitle, readJsonText } from '../../src/import/read-json';
import { latinSlug, slugFor, uniqueSlugs } from '../../src/import/slugs';
import { textToBlocks } from '../../src/import/text-to-blocks';
import { pageKey, percentDecode, safeUrl } from '../../src/import/urls';
import { wpGmtToInstant } from '../../src/import/wordpress/dates';
import { advertisedRoot, guessRoot, routeUrl } from '../../src/import/wordpress/discover-api';
import { endpointFiles } from '../../src/import/wordpress/read-folder';
import { Warnings, formatWarningSummary } from '../../src/import/warnings';

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

describe('slugs', () => {
  it('cleans Latin slugs and names, removing accents', () => {
    expect(latinSlug('Hello, World!')).toBe('hello-world');
    expect(latinSlug('caf%C3%A9-cr%c3%a8me')).toBe('cafe-creme');
    expect(latinSlug('Straße & Ærø')).toBe('strasse-aero');
    expect(latinSlug('--a--b--')).toBe('a-b');
  });

  it('can never produce a path: slashes and dots only separate words', () => {
    expect(latinSlug('../../etc/passwd')).toBe('etc-passwd');
    expect(latinSlug('%2e%2e%2fsecret')).toBe('secret');
    expect(latinSlug('..')).toBeUndefined();
  });

  it('gives up on letters outside the Latin alphabet (a percent-encoded Persian slug)', () => {
    expect(latinSlug('%d8%b4%d8%a8-%d8%b4%d8%b9%d8%b1')).toBeUndefined();
    expect(slugFor('%d8%b4%d8%a8-%d8%b4%d8%b9%d8%b1', 'post', 1005)).toEqual({ slug: 'post-1005', changed: true });
    expect(slugFor('already-fine', 'post', 1)).toEqual({ slug: 'already-fine', changed: false });
  });

  it('makes slugs unique in order, suffixing the id', () => {
    const items = [{ id: 1, s: 'a' }, { id: 2, s: 'a' }, { id: 3, s: 'a-2' }, { id: 2, s: 'a' }];
    const slugs = uniqueSlugs(items, (i) => i.s, (i) => i.id);
    expect(items.map((i) => slugs.get(i))).toEqual(['a', 'a-2', 'a-2-3', 'a-2-2']);
  });
});

describe('small conversions', () => {
  it('normalises language tags', () => {
    expect(normaliseLang('en_US')).toBe('en-US');
    expect(normaliseLang('FA')).toBe('fa');
    expect(normaliseLang('english')).toBeUndefined();
    expect(normaliseLang(undefined)).toBeUndefined();
  });

  it('reads WordPress *_gmt dates as UTC', () => {
    expect(wpGmtToInstant('2026-02-14T06:30:00')).toBe('2026-02-14T06:30:00Z');
    expect(wpGmtToInstant('2026-02-14T06:30:00+02:00')).toBe('2026-02-14T06:30:00+02:00');
    expect(wpGmtToInstant('yesterday')).toBeUndefined();
    expect(wpGmtToInstant('2026-13-45T99:00:00')).toBeUndefined();
  });

  it('cleans automatic excerpts and cuts text to words', () => {
    expect(cleanExcerpt('The wall comes first. […]')).toBe('The wall comes first.');
    expect(cleanExcerpt('Text [...] Continue reading')).toBe('Text');
    expect(firstWords('one two three four', 2)).toBe('one two…');
  });

  it('turns plain text into paragraphs and line breaks', () => {
    expect(textToBlocks('One.\r\n\r\nTwo\nlines.\n\n\n')).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'One.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Two' }, { type: 'break' }, { type: 'text', text: 'lines.' }] },
    ]);
  });
});

describe('reading JSON documents', () => {
  const expected = 'an array of posts';
  it('explains an empty file, an HTML page, a truncated file and invalid JSON', () => {
    expect(readJsonText('  ', expected)).toEqual({ ok: false, message: 'is empty; expected an array of posts' });
    expect(readJsonText('<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head></html>', expected)).toEqual({
      ok: false,
      message: 'is an HTML page ("502 Bad Gateway"), not JSON; expected an array of posts',
    });
    expect(readJsonText('[{"id": 1, "title": {"rendered": "Cut', expected)).toMatchObject({ ok: false, message: expect.stringMatching(/^is truncated: .*; expected an array of posts$/) });
    expect(readJsonText('[1,, 2]', expected)).toMatchObject({ ok: false, message: expect.stringMatching(/^is not valid JSON/) });
    expect(readJsonText('\ufeff[1]', expected)).toEqual({ ok: true, value: [1] });
  });

  it('finds the title of an HTML page with the parser', () => {
    expect(htmlPageTitle('<html><body><h1>Not <b>found</b></h1></body></html>')).toBe('Not found');
  });

  it('recognises WordPress error bodies', () => {
    expect(asWordPressError({ code: 'rest_forbidden', message: 'Sorry', data: { status: 401 } })).toEqual({ code: 'rest_forbidden', message: 'Sorry', status: 401 });
    expect(asWordPressError([])).toBeUndefined();
  });
});

describe('WordPress plumbing', () => {
  it('lists endpoint files and finds missing pages', () => {
    expect(endpointFiles(['posts-2.json', 'posts-10.json', 'posts-1.json', 'posts.json', 'posts-x.json', 'media.json'], 'posts')).toEqual({
      files: ['posts.json', 'posts-1.json', 'posts-2.json', 'posts-10.json'],
      missing: ['posts-3.json', 'posts-4.json', 'posts-5.json', 'posts-6.json', 'posts-7.json', 'posts-8.json', 'posts-9.json'],
    });
  });

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

  it('backs off exponentially up to a cap and honours Retry-After', () => {
    expect([0, 1, 2, 3].map((a) => backoffMs(a, 100, 500))).toEqual([100, 200, 400, 500]);
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});

describe('warnings', () => {
  it('counts and groups warnings, largest group first, with a few examples', () => {
    const warnings = new Warnings();
    const warn = warnings.scoped('posts-1.json', 'post 1');
    warn('element-dropped', '<script>');
    warn('element-dropped', '<script>');
    warnings.scoped('posts-1.json', 'post 2')('element-dropped', '<script>');
    warn('image-dropped-no-size', undefined, 'https://x.example/a.png');
    expect(warnings.count).toBe(4);
    const summary = warnings.summary();
    expect(summary.map((g) => [g.kind, g.detail, g.count, g.examples])).toEqual([
      ['element-dropped', '<script>', 3, ['post 1', 'post 2']],
      ['image-dropped-no-size', undefined, 1, ['post 1']],
    ]);
    expect(formatWarningSummary(summary)).toMatch(/^Warnings \(4\):\n +3 × element removed with its content \(<script>\) — e\.g\. post 1; post 2/);
  });
});
