/** Settings outside Electron (preview, CLI): the same file electron-store writes, through its base `conf`. */
import Conf from 'conf';
import { DEFAULT_SETTINGS } from '../../shared/settings.ts';
import { createSettingsService, setAsideUnusableSettings, type SettingsService } from './settings.ts';

export function openSettingsFile(dataDir: string): SettingsService {
  const problem = setAsideUnusableSettings(dataDir);
  const store = new Conf({ cwd: dataDir, projectName: 'briefing-reader', defaults: { ...DEFAULT_SETTINGS } });
  return createSettingsService(store, problem);
}
