import { describe, expect, it } from 'vitest';
import { SiteSourceSchema } from '../../../src/model/content';
import { contrastRatio } from '../../../src/model/contrast';

const site = { name: 'Harbour Times', description: 'News from the harbour' };

describe("the site's colours", () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#8a1c1c', '#fbfaf7')).toBeGreaterThan(8);
  });

  it('accepts accents that reach AA on every theme they are used on', () => {
    expect(SiteSourceSchema.safeParse({ ...site, colors: { accent: '#0b5d3b', accentDark: '#7fdcb0', theme: '#0b5d3b' } }).success).toBe(true);
  });

  it('refuses an accent too light for the light and sepia themes, naming the field and the ratio', () => {
    const result = SiteSourceSchema.safeParse({ ...site, colors: { accent: '#ff9900' } });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['colors', 'accent']);
    expect(result.error!.issues[0]!.message).toMatch(/^#ff9900 has a contrast of 2\.\d\d:1 on the light theme's background #fbfaf7; text needs at least 4\.5:1 \(WCAG AA\)$/);
  });

  it('refuses a dark accent too dark for the dark theme, and a colour that is not #rrggbb', () => {
    const dark = SiteSourceSchema.safeParse({ ...site, colors: { accentDark: '#0b5d3b' } });
    expect(dark.error!.issues[0]).toMatchObject({ path: ['colors', 'accentDark'], message: expect.stringContaining("on the dark theme's background") });
    const odd = SiteSourceSchema.safeParse({ ...site, colors: { theme: 'red' } });
    expect(odd.error!.issues[0]).toMatchObject({ path: ['colors', 'theme'], message: 'expected a colour as "#rrggbb", e.g. "#8a1c1c"' });
  });
});
