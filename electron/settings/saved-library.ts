/** Reads the library folder the app saved in its settings, without writing anything. */
import fs from 'node:fs';
import path from 'node:path';
import { SETTINGS_FILE } from './settings.ts';

export function readSavedLibraryDir(dataDir: string): string | null {
  try {
    const stored = JSON.parse(fs.readFileSync(path.join(dataDir, SETTINGS_FILE), 'utf8')) as { libraryDir?: unknown };
    return typeof stored.libraryDir === 'string' && path.isAbsolute(stored.libraryDir) ? stored.libraryDir : null;
  } catch {
    return null;
  }
}
