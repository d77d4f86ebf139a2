import { useState } from 'react';
import { FONTS, loadSettings, saveSettings, TEXT_SIZES, THEMES, type ReadingSettings } from './reading-settings';
import { useStrings } from '../../ui/strings';


/** Text size, theme and font; each change applies at once and is remembered on this device. */
export default function SettingsPanel() {
  const [settings, setSettings] = useState(loadSettings);
  const [stored, setStored] = useState(true);
  const t = useStrings().settings;
  const change = (next: Partial<ReadingSettings>) => {
    const value = { ...settings, ...next };
    setSettings(value);
    setStored(saveSettings(value));
  };
  return (
    <div className="settings-panel">
      <fieldset>
        <legend>{t.textSize}</legend>
        {TEXT_SIZES.map((size) => (
          <label key={size}>
            <input type="radio" name="text-size" checked={settings.textSize === size} onChange={() => change({ textSize: size })} />
            {t.textSizes[size]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t.theme}</legend>
        {THEMES.map((theme) => (
          <label key={theme}>
            <input type="radio" name="theme" checked={settings.theme === theme} onChange={() => change({ theme })} />
            {t.themes[theme]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t.font}</legend>
        {FONTS.map((font) => (
          <label key={font}>
            <input type="radio" name="font" checked={settings.font === font} onChange={() => change({ font })} />
            {t.fonts[font]}
          </label>
        ))}
      </fieldset>
      {!stored && <p role="alert">{t.notStored}</p>}
    </div>
  );
}
