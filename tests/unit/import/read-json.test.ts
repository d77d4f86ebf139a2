// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { asWordPressError, htmlPageTitle, readJsonText } from '../../../src/import/read-json';

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
