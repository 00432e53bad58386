/**
 * Preferences on disk (electron-store in the app, its base `conf` in the
 * preview and CLI). A file that cannot be read or does not fit the schema is
 * moved aside and the defaults are used: the app always starts.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  applySettingsPatch,
  DEFAULT_SETTINGS,
  readSettings,
  type Settings,
  type SettingsPatch,
  type WindowBounds,
} from '../../shared/settings.ts';

export const SETTINGS_FILE = 'config.json';

/** The part of electron-store / conf that we use. */
export interface KeyValueStore {
  readonly store: unknown;
  set(values: Record<string, unknown>): void;
}

export interface SettingsService {
  get(): Settings;
  update(patch: SettingsPatch): Settings;
  setWindowBounds(bounds: WindowBounds): void;
  setLibraryDir(dir: string | null): void;
  /** Set when the stored file was unusable and moved aside at open. */
  readonly problem: string | null;
}

/**
 * Reads the settings file before the store does; if it is unusable, moves it to
 * `config.corrupt-<time>.json` so nothing is lost, and reports why.
 */
export function setAsideUnusableSettings(dir: string, now: Date = new Date()): string | null {
  const file = path.join(dir, SETTINGS_FILE);
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  let problem: string | null = null;
  try {
    const reading = readSettings({ ...structuredClone(DEFAULT_SETTINGS), ...(JSON.parse(raw) as object) });
    if (!reading.ok) problem = reading.problem;
  } catch (error) {
    problem = `The settings file is not valid JSON (${(error as Error).message}).`;
  }
  if (problem === null) return null;
  const aside = path.join(dir, `config.corrupt-${now.toISOString().replace(/[:.]/g, '-')}.json`);
  fs.renameSync(file, aside);
  return `${problem} The old file was kept as ${aside}.`;
}

export function createSettingsService(store: KeyValueStore, problem: string | null = null): SettingsService {
  const current = (): Settings => readSettings({ ...structuredClone(DEFAULT_SETTINGS), ...(store.store as object) }).settings;
  return {
    problem,
    get: current,
    update(patch) {
      const next = applySettingsPatch(current(), patch);
      store.set({ theme: next.theme, reader: next.reader, highlightLabels: next.highlightLabels, exportChoice: next.exportChoice });
      return next;
    },
    setWindowBounds(bounds) {
      store.set({ windowBounds: bounds });
    },
    setLibraryDir(dir) {
      store.set({ libraryDir: dir });
    },
  };
}
