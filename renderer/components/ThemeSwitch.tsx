/**
 * The theme choice, one of the reading settings: System (follows the OS light
 * or dark setting, live), Light, Sepia (warm paper) and Dark. Each choice shows
 * a swatch of its page and ink.
 */
import { useId } from 'react';
import { THEMES, type Settings } from '../../shared/settings.ts';
import { useAppStore } from '../store/store.ts';

type Theme = Settings['theme'];

export const THEME_LABELS: Record<Theme, string> = {
  system: 'System',
  light: 'Light',
  sepia: 'Sepia',
  dark: 'Dark',
};

export function ThemeSwitch() {
  const theme = useAppStore((s) => s.settings?.theme ?? 'system');
  const loaded = useAppStore((s) => s.settings !== null);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const labelId = useId();
  const name = useId();
  return (
    <div className="settings-field">
      <span className="settings-label" id={labelId}>
        Theme
      </span>
      <div className="settings-choices" role="radiogroup" aria-labelledby={labelId} data-count={THEMES.length}>
        {THEMES.map((value) => (
          <label key={value} className="settings-choice">
            <input
              className="settings-choice-input"
              type="radio"
              name={name}
              value={value}
              checked={theme === value}
              disabled={!loaded}
              onChange={() => void updateSettings({ theme: value })}
            />
            <span className="theme-swatch" data-swatch={value} aria-hidden="true">
              Aa
            </span>
            <span className="settings-choice-label">{THEME_LABELS[value]}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
