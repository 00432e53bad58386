/**
 * Where the app keeps its data, computed the same way by the Electron app, the
 * preview and the CLI so that all three open the same library.
 */
import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Briefing Reader';

/** The per-user data folder, as Electron's `userData` would be for this app name. */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_NAME);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_NAME);
  const configHome = env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.join(home, '.config');
  return path.join(configHome, APP_NAME);
}

/**
 * The library folder, by precedence: an explicit choice (flag), the
 * BRIEFING_LIBRARY variable, the folder saved in settings, the default.
 */
export function resolveLibraryDir(choice: {
  flag?: string | undefined;
  env?: NodeJS.ProcessEnv;
  saved?: string | null | undefined;
  dataDir: string;
}): string {
  const fromEnv = choice.env?.BRIEFING_LIBRARY;
  const picked = choice.flag ?? (fromEnv && fromEnv.trim() !== '' ? fromEnv : undefined) ?? choice.saved ?? undefined;
  return path.resolve(picked ?? path.join(choice.dataDir, 'library'));
}
