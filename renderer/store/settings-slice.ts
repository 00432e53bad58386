/** Preferences the renderer shows and changes: theme and reader typography. */
import { api } from '../api.ts';
import { applySettingsPatch, type Settings, type SettingsPatch } from '../../shared/settings.ts';
import type { SliceCreator } from './types.ts';

export interface SettingsSlice {
  /** Null until loaded; the UI uses its defaults (system theme) meanwhile. */
  settings: Settings | null;
  loadSettings: () => Promise<void>;
  updateSettings: (patch: SettingsPatch) => Promise<void>;
}

export const createSettingsSlice: SliceCreator<SettingsSlice> = (set, get) => {
  /**
   * A slider sends a change per step, and each saved change announces itself
   * (libraryChanged "settings", which reloads). Only the newest change's answer
   * is shown, and a reload that overlaps a change is dropped, so the screen
   * never steps back to an older value while the person is still dragging.
   */
  let version = 0;
  let pending = 0;

  return {
    settings: null,

    async loadSettings() {
      const mine = version;
      try {
        const settings = await api.getSettings({});
        if (mine === version && pending === 0) set({ settings });
      } catch (error) {
        get().reportError("Couldn't read your preferences", error, () => void get().loadSettings());
      }
    },

    async updateSettings(patch) {
      const mine = ++version;
      const before = get().settings;
      if (before) set({ settings: applySettingsPatch(before, patch) });
      pending += 1;
      try {
        const settings = await api.updateSettings(patch);
        if (mine === version) set({ settings });
      } catch (error) {
        if (mine === version) set({ settings: before });
        get().reportError("Couldn't save your preferences", error, () => void get().updateSettings(patch));
      } finally {
        pending -= 1;
      }
    },
  };
};
