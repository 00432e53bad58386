/** Preferences the renderer shows and changes: theme and reader typography. */
import { api } from '../api.ts';
import type { Settings, SettingsPatch } from '../../shared/settings.ts';
import type { SliceCreator } from './types.ts';

export interface SettingsSlice {
  /** Null until loaded; the UI uses its defaults (system theme) meanwhile. */
  settings: Settings | null;
  loadSettings: () => Promise<void>;
  updateSettings: (patch: SettingsPatch) => Promise<void>;
}

export const createSettingsSlice: SliceCreator<SettingsSlice> = (set, get) => ({
  settings: null,

  async loadSettings() {
    try {
      set({ settings: await api.getSettings({}) });
    } catch (error) {
      get().reportError("Couldn't read your preferences", error, () => void get().loadSettings());
    }
  },

  async updateSettings(patch) {
    const before = get().settings;
    if (before) {
      set({
        settings: {
          ...before,
          ...(patch.theme ? { theme: patch.theme } : {}),
          reader: { ...before.reader, ...patch.reader },
        },
      });
    }
    try {
      set({ settings: await api.updateSettings(patch) });
    } catch (error) {
      set({ settings: before });
      get().reportError("Couldn't save your preferences", error, () => void get().updateSettings(patch));
    }
  },
});
