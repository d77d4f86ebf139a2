/** An Intl number format for the story's language; a tag Intl refuses falls back to English rather than failing the block. */
export function numberFormat(lang: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(lang, options);
  } catch {
    return new Intl.NumberFormat('en', options);
  }
}

const UNITS = [
  ['gigabyte', 1e9],
  ['megabyte', 1e6],
  ['kilobyte', 1e3],
] as const;

/** A file size as the story's language writes it: 2_400_000 → "2.4 MB" (decimal units, as file managers show them). */
export function fileSize(bytes: number, lang: string): string {
  for (const [unit, factor] of UNITS) {
    if (bytes >= factor) return numberFormat(lang, { style: 'unit', unit, maximumFractionDigits: 1 }).format(bytes / factor);
  }
  return numberFormat(lang, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
}

/** A file's kind from its address: ".../report.pdf?x=1" → "PDF"; undefined when the name has no plain extension. */
export function fileFormat(href: string): string | undefined {
  let path: string;
  try {
    path = new URL(href, 'https://site.invalid/').pathname;
  } catch {
    return undefined;
  }
  const ext = /\.([a-z0-9]{2,5})$/i.exec(path)?.[1];
  return ext && /[a-z]/i.test(ext) ? ext.toUpperCase() : undefined;
}
