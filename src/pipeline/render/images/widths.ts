/**
 * The widths to encode an image of `original` pixels at: the configured ones it can fill, never wider
 * than the original, and the original's own width on top when it lies between two of them (a 1000 px
 * photo gives 320, 640, 960 and 1000). An image narrower than every configured width keeps its own.
 */
export function variantWidths(original: number, widths: readonly number[]): number[] {
  const fitting = [...new Set(widths)].filter((w) => w <= original).sort((a, b) => a - b);
  const largest = Math.max(...widths);
  if (original < largest && !fitting.includes(original)) fitting.push(original);
  return fitting;
}
