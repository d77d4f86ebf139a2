import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { imageSize } from 'image-size';
import path from 'node:path';
import { directionOf, type Dir } from '../../model/direction';
import { SiteSourceSchema } from '../../model/content';
import { zodProblems, formatProblems } from '../content/content-error';

/** A picture of the site for the install dialog: the file, its size, and which screens it shows. */
export interface Screenshot {
  file: string;
  width: number;
  height: number;
  formFactor: 'wide' | 'narrow';
}

/** The install screenshots of a content folder: PNGs named for their form factor, sized from the files. */
function screenshotsIn(contentDir: string): Screenshot[] {
  return (['wide', 'narrow'] as const).flatMap((formFactor) => {
    const file = path.join(contentDir, 'screenshots', `${formFactor}.png`);
    if (!existsSync(file)) return [];
    const { width, height } = imageSize(readFileSync(file));
    return width && height ? [{ file, width, height, formFactor }] : [];
  });
}

/** Dateline's own mark: the icon of a site without a logo. */
export const DATELINE_ICON = fileURLToPath(new URL('../../app/dateline-icon.svg', import.meta.url));

/** Who the site is, as the installed app and the browser's chrome show it. */
export interface SiteIdentity {
  name: string;
  shortName: string;
  description: string;
  lang: string;
  dir: Dir;
  /** The square picture every app icon and favicon is made from: the site's logo, else Dateline's mark. */
  icon: string;
  /** The install screenshots the content folder holds (`screenshots/wide.png`, `screenshots/narrow.png`). */
  screenshots: Screenshot[];
  /** The newsroom's colours, as checked by the content schema (undefined: Dateline's). */
  colors: { accent?: string; accentDark?: string; theme?: string };
}

/** The identity in `<contentDir>/site.json`, for the manifest; a clear error names what is wrong. */
export function siteIdentity(contentDir: string): SiteIdentity {
  const file = path.join(contentDir, 'site.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
  const parsed = SiteSourceSchema.safeParse(raw);
  if (!parsed.success) throw new Error(formatProblems(zodProblems(parsed.error, file)));
  const site = parsed.data;
  const icon = site.logo ? path.join(contentDir, site.logo) : DATELINE_ICON;
  if (!existsSync(icon)) throw new Error(`${file}: logo: ${site.logo} is not a file in ${contentDir}`);
  return {
    name: site.name,
    shortName: site.shortName ?? site.name,
    description: site.description,
    lang: site.lang,
    dir: directionOf(site.lang),
    icon,
    screenshots: screenshotsIn(contentDir),
    colors: site.colors ?? {},
  };
}
