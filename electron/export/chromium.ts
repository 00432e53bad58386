/**
 * Headless Chromium for work outside Electron: the CLI's PDF printing, the
 * end-to-end tests and the README's screenshots, driven by playwright-core.
 * The first browser found serves, in this order: CHROMIUM_PATH, the system's
 * Chromium, an installed Google Chrome, an installed Microsoft Edge (the last
 * two as playwright-core's `chrome` and `msedge` channels). The CLI's printer
 * falls back to the Electron binary after these (see pdf/headless.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
import { BriefingError } from '../../shared/result.ts';

/** No sandbox (CI runs as root), no GPU, and no background traffic: the network may be closed. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const BROWSER_CHANNELS = [
  { channel: 'chrome', name: 'Google Chrome' },
  { channel: 'msedge', name: 'Microsoft Edge' },
] as const;

/** Where the system's own Chromium lives, by platform (distribution packages, snap, the macOS app, the Windows per-user install). */
export function systemChromiumPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') return ['/Applications/Chromium.app/Contents/MacOS/Chromium'];
  if (platform === 'win32') {
    return [env.LOCALAPPDATA, env.PROGRAMFILES].flatMap((base) => (base ? [path.win32.join(base, 'Chromium', 'Application', 'chrome.exe')] : []));
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

export interface BrowserSearch {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  exists: (file: string) => boolean;
  launch: (options: LaunchOptions) => Promise<Browser>;
}

const realSearch = (): BrowserSearch => ({ env: process.env, platform: process.platform, exists: isFile, launch: (options) => chromium.launch(options) });

/** What was looked for and not found (or would not start), for the message when nothing serves. */
export class NoBrowserError extends BriefingError {
  readonly tried: string[];
  constructor(tried: string[]) {
    super(
      'NOT_FOUND',
      `No browser to print with: ${tried.join('; ')}. Install Chromium (Debian/Ubuntu: apt-get install chromium), ` +
        'Google Chrome or Microsoft Edge, or set CHROMIUM_PATH to one.',
    );
    this.tried = tried;
  }
}

/** The first browser that starts, in the order above; a NoBrowserError that lists each one looked for when none does. */
export async function launchChromium(search: BrowserSearch = realSearch()): Promise<Browser> {
  const explicit = search.env.CHROMIUM_PATH;
  if (explicit) {
    if (!search.exists(explicit)) throw new BriefingError('NOT_FOUND', `CHROMIUM_PATH is ${explicit}, which is not a file: point it at a Chromium, Chrome or Edge binary, or unset it.`);
    return search.launch({ executablePath: explicit, args: CHROMIUM_ARGS });
  }
  const tried: string[] = ['CHROMIUM_PATH is not set'];
  const system = systemChromiumPaths(search.platform, search.env).find((file) => search.exists(file));
  if (system !== undefined) return search.launch({ executablePath: system, args: CHROMIUM_ARGS });
  tried.push(`no Chromium at ${systemChromiumPaths(search.platform, search.env).join(', ')}`);
  for (const { channel, name } of BROWSER_CHANNELS) {
    try {
      return await search.launch({ channel, args: CHROMIUM_ARGS });
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      tried.push(/is not found at/.test(message) ? `${name} is not installed` : `${name} would not start (${message})`);
    }
  }
  throw new NoBrowserError(tried);
}
