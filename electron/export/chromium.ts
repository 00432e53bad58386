/**
 * Headless Chromium for work outside Electron: the CLI's PDF printing, the
 * end-to-end tests and the README's screenshots. The system's Chromium
 * (CHROMIUM_PATH, or /usr/bin/chromium), driven by playwright-core.
 */
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { BriefingError } from '../../shared/result.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** No sandbox (CI runs as root), no GPU, and no background traffic: the network may be closed. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new BriefingError(
      'NOT_FOUND',
      `Chromium is not at ${CHROMIUM_PATH}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
