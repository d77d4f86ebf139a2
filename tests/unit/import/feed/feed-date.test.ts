import { describe, expect, it } from 'vitest';
import { feedDate, rfc822Instant } from '../../../../src/import/feed/feed-date';

describe('RFC 822 dates as feeds write them', () => {
  it.each([
    ['Tue, 1 Dec 2026 08:30:00 +0330', '2026-12-01T08:30:00+03:30'],
    ['Tue, 01 Dec 2026 08:30:00 GMT', '2026-12-01T08:30:00Z'],
    ['01 Dec 2026 08:30 UT', '2026-12-01T08:30:00Z'],
    ['Mon, 30 Nov 26 17:05:00 -0800', '2026-11-30T17:05:00-08:00'],
    ['Sat, 28 Nov 2026 10:00:00 EST', '2026-11-28T10:00:00-05:00'],
    ['Wed, 28 Nov 2026 10:00:00 PDT', '2026-11-28T10:00:00-07:00'], // wrong weekday: the date wins
    ['Thu, 3 Sept 2026 7:05:09 +05:30', '2026-09-03T07:05:09+05:30'],
    ['Fri, 04 Dec 2026 23:59:60 Z', '2026-12-04T23:59:59Z'],
    ['4 Dec 2026 12:00:00', '2026-12-04T12:00:00Z'],
  ])('%s → %s', (raw, expected) => {
    expect(rfc822Instant(raw)).toBe(expected);
    expect(feedDate(raw)).toBe(expected);
  });

  it.each(['31 Feb 2026 10:00:00 GMT', '1 Foo 2026 10:00:00 GMT', '1 Dec 2026 25:00:00 GMT', '1 Dec 2026 10:00:00 +2500', 'yesterday', ''])('refuses %j', (raw) => {
    expect(rfc822Instant(raw)).toBeUndefined();
  });

  it('reads RFC 3339 (Atom, dc:date) too', () => {
    expect(feedDate('2026-12-01T06:10:00+00:00')).toBe('2026-12-01T06:10:00+00:00');
    expect(feedDate(' 2026-12-01T06:10:00Z ')).toBe('2026-12-01T06:10:00Z');
    expect(feedDate('not a date')).toBeUndefined();
    expect(feedDate(undefined)).toBeUndefined();
  });
});
