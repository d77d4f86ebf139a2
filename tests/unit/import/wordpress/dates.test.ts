// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { wpGmtToInstant } from '../../../../src/import/wordpress/dates';

describe('wpGmtToInstant', () => {
  it('reads WordPress *_gmt dates as UTC', () => {
    expect(wpGmtToInstant('2026-02-14T06:30:00')).toBe('2026-02-14T06:30:00Z');
    expect(wpGmtToInstant('2026-02-14T06:30:00+02:00')).toBe('2026-02-14T06:30:00+02:00');
    expect(wpGmtToInstant('yesterday')).toBeUndefined();
    expect(wpGmtToInstant('2026-13-45T99:00:00')).toBeUndefined();
  });
});
