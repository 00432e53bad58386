/** The theme choice in the sidebar footer; "System" follows the OS light/dark setting. */
import { THEMES, type Settings } from '../../shared/settings.ts';
import { useAppStore } from '../store/store.ts';
import { ThemeIcon } from './icons.tsx';

type Theme = Settings['theme'];

const THEME_LABELS: Record<Theme, string> = {
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
    <label className="theme-switch">
      <ThemeIcon />
      <span className="theme-switch-label" aria-hidden="true">
        Theme
      </span>
      <select
        className="select select-quiet"
        aria-label="Theme"
        value={theme}
        disabled={!loaded}
        onChange={(event) => void updateSettings({ theme: event.target.value as Theme })}
      >
        {THEMES.map((value) => (
          <option key={value} value={value}>
            {THEME_LABELS[value]}
          </option>
        ))}
      </select>
    </label>
  );
}
