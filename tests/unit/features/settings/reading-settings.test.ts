import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { applySettings, DEFAULT_SETTINGS, loadSettings, parseSettings, saveSettings } from '../../../../src/features/settings/reading-settings';

const root = document.documentElement;

function runBootScript() {
  // The blocking <head> script, run as the browser would: it must agree with applySettings.
  new Function(readFileSync('src/app/settings-boot.js', 'utf8'))();
}

beforeEach(() => {
  localStorage.clear();
  for (const name of ['data-theme', 'data-text-size', 'data-font']) root.removeAttribute(name);
});

describe('reading settings', () => {
  it('corrupt, missing or future-version data gives the defaults', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{not json')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(JSON.stringify({ version: 2, theme: 'dark' }))).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(JSON.stringify({ version: 1, theme: 'neon', textSize: 9, font: 'comic' }))).toEqual(DEFAULT_SETTINGS);
  });

  it('saved settings survive a reload and are applied by the boot script before the app starts', () => {
    expect(saveSettings({ version: 1, theme: 'sepia', textSize: 4, font: 'sans' })).toBe(true);
    expect(loadSettings()).toEqual({ version: 1, theme: 'sepia', textSize: 4, font: 'sans' });
    for (const name of ['data-theme', 'data-text-size', 'data-font']) root.removeAttribute(name);
    runBootScript();
    expect(root.dataset).toMatchObject({ theme: 'sepia', textSize: '4', font: 'sans' });
  });

  it('defaults leave the page untouched (system theme, default size, serif)', () => {
    applySettings({ version: 1, theme: 'dark', textSize: 0, font: 'sans' });
    applySettings(DEFAULT_SETTINGS);
    expect(root.hasAttribute('data-theme')).toBe(false);
    expect(root.hasAttribute('data-text-size')).toBe(false);
    expect(root.hasAttribute('data-font')).toBe(false);
  });

  it('the boot script ignores corrupt data instead of throwing', () => {
    localStorage.setItem('dateline-settings', '{"version":1,"theme":"<script>"');
    expect(runBootScript).not.toThrow();
    expect(root.hasAttribute('data-theme')).toBe(false);
  });
});
