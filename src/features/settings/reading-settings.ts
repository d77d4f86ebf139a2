/*
 * Reading settings: text size, theme and font, stored on this device. public/settings-boot.js applies
 * them before the first paint; this module reads, validates, migrates and writes them.
 */

/** Text sizes, smallest to largest (their names are in the strings catalogue, settings.textSizes). */
export const TEXT_SIZES = [0, 1, 2, 3, 4] as const;
export const THEMES = ['system', 'light', 'dark', 'sepia'] as const;
export const FONTS = ['serif', 'sans'] as const;

export interface ReadingSettings {
  version: 1;
  textSize: 0 | 1 | 2 | 3 | 4;
  theme: (typeof THEMES)[number];
  font: (typeof FONTS)[number];
}

export const DEFAULT_SETTINGS: ReadingSettings = { version: 1, textSize: 2, theme: 'system', font: 'serif' };
const KEY = 'dateline-settings';

/** Anything unreadable or from an unknown version gives the defaults; never throws. */
export function parseSettings(raw: string | null): ReadingSettings {
  try {
    const value = JSON.parse(raw ?? 'null') as Partial<ReadingSettings> | null;
    if (!value || value.version !== 1) return DEFAULT_SETTINGS;
    return {
      version: 1,
      textSize: [0, 1, 2, 3, 4].includes(value.textSize as number) ? (value.textSize as ReadingSettings['textSize']) : 2,
      theme: THEMES.includes(value.theme as ReadingSettings['theme']) ? (value.theme as ReadingSettings['theme']) : 'system',
      font: FONTS.includes(value.font as ReadingSettings['font']) ? (value.font as ReadingSettings['font']) : 'serif',
    };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function loadSettings(): ReadingSettings {
  try {
    return parseSettings(localStorage.getItem(KEY));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Applies the settings to the page at once (the same attributes settings-boot.js sets). */
export function applySettings(settings: ReadingSettings, root: HTMLElement = document.documentElement): void {
  const set = (name: string, value: string | undefined) => (value === undefined ? root.removeAttribute(name) : root.setAttribute(name, value));
  set('data-theme', settings.theme === 'system' ? undefined : settings.theme);
  set('data-text-size', settings.textSize === 2 ? undefined : String(settings.textSize));
  set('data-font', settings.font === 'sans' ? 'sans' : undefined);
}

/** Stores and applies; returns false (settings still applied for this visit) if storage refuses. */
export function saveSettings(settings: ReadingSettings): boolean {
  applySettings(settings);
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
    return true;
  } catch {
    return false;
  }
}
