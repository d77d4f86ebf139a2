import { useState } from 'react';
import { FONTS, loadSettings, saveSettings, TEXT_SIZES, THEMES, type ReadingSettings } from './reading-settings';

const THEME_LABELS: Record<ReadingSettings['theme'], string> = { system: 'System', light: 'Light', dark: 'Dark', sepia: 'Sepia' };
const FONT_LABELS: Record<ReadingSettings['font'], string> = { serif: 'Serif', sans: 'Sans-serif' };

/** Text size, theme and font; each change applies at once and is remembered on this device. */
export default function SettingsPanel() {
  const [settings, setSettings] = useState(loadSettings);
  const [stored, setStored] = useState(true);
  const change = (next: Partial<ReadingSettings>) => {
    const value = { ...settings, ...next };
    setSettings(value);
    setStored(saveSettings(value));
  };
  return (
    <div className="settings-panel">
      <fieldset>
        <legend>Text size</legend>
        {TEXT_SIZES.map((label, i) => (
          <label key={label}>
            <input type="radio" name="text-size" checked={settings.textSize === i} onChange={() => change({ textSize: i as ReadingSettings['textSize'] })} />
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Theme</legend>
        {THEMES.map((theme) => (
          <label key={theme}>
            <input type="radio" name="theme" checked={settings.theme === theme} onChange={() => change({ theme })} />
            {THEME_LABELS[theme]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Font</legend>
        {FONTS.map((font) => (
          <label key={font}>
            <input type="radio" name="font" checked={settings.font === font} onChange={() => change({ font })} />
            {FONT_LABELS[font]}
          </label>
        ))}
      </fieldset>
      {!stored && <p role="alert">This browser won’t store settings (private browsing?): they apply until you close the page.</p>}
    </div>
  );
}
