/**
 * The Electron binary the `electron` package downloaded, found without
 * importing the package (its index.js would start a download): path.txt names
 * the executable inside dist/, or inside ELECTRON_OVERRIDE_DIST_PATH.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The binary the `electron` package would run, if it is on disk. */
export function electronBinaryPath(electronDir: string, env: NodeJS.ProcessEnv): string | null {
  let executable: string | null = null;
  try {
    executable = fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8') || null;
  } catch {
    // No path.txt: the install step never downloaded a binary.
  }
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  let binary: string | null = null;
  if (override) binary = path.join(override, executable ?? 'electron');
  else if (executable !== null) binary = path.join(electronDir, 'dist', executable);
  return binary !== null && isFile(binary) ? binary : null;
}

/** The installed `electron` package's folder, or null when it is not installed. */
export function installedElectronDir(): string | null {
  try {
    return path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}
