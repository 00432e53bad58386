/**
 * The theme choice, one of the reading settings: System (follows the OS light
 * or dark setting, live), Light, Sepia (warm paper) and Dark. Each choice shows
 * a swatch of its page and ink.
 */
import { THEMES, type Settings } from '../../shared/settings.ts';
import { useAppStore } from '../store/store.ts';
import { SettingsChoices } from './SettingsChoices.tsx';

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
  return (
    <SettingsChoices
      label="Theme"
      values={THEMES}
      selected={theme}
      disabled={!loaded}
      onChoose={(value) => void updateSettings({ theme: value })}
      render={(value) => (
        <>
          <span className="theme-swatch" data-swatch={value} aria-hidden="true">
            Aa
          </span>
          <span className="settings-choice-label">{THEME_LABELS[value]}</span>
        </>
      )}
    />
  );
}
