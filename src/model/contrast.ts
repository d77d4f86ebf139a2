// No zod here: plain arithmetic on "#rrggbb" colours, shared by the content schema and its tests.

/** A colour as site.json writes it. */
export const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

function channel(hex: string, at: number): number {
  const c = parseInt(hex.slice(at, at + 2), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance of "#rrggbb". */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** WCAG 2 contrast ratio of two "#rrggbb" colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The backgrounds of the reading themes (src/app/styles.css): an accent is text on each of them. */
export const THEME_BACKGROUNDS = {
  light: ['#fbfaf7', '#ffffff'],
  sepia: ['#f4ecd8', '#faf4e4'],
  dark: ['#141517', '#1c1d20'],
} as const;

/** WCAG 2.2 AA for normal-size text. */
export const AA_TEXT = 4.5;

/**
 * Why an accent colour cannot be used on the given themes' backgrounds, or undefined: its lowest
 * contrast must reach AA for text (4.5:1), since headlines' kickers and section names are set in it.
 */
export function accentProblem(colour: string, themes: readonly (keyof typeof THEME_BACKGROUNDS)[]): string | undefined {
  for (const theme of themes) {
    for (const background of THEME_BACKGROUNDS[theme]) {
      const ratio = contrastRatio(colour, background);
      if (ratio < AA_TEXT) {
        return `${colour} has a contrast of ${ratio.toFixed(2)}:1 on the ${theme} theme's background ${background}; text needs at least ${AA_TEXT}:1 (WCAG AA)`;
      }
    }
  }
  return undefined;
}
