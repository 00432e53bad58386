/**
 * Real Chromium (Debian's, driven by playwright-core) against the preview: the
 * built renderer and the real handlers over the HTTP bridge.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startPreview, type Preview } from '../../electron/bridge/preview.ts';
import { tempDir } from './temp.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** We are root in CI and the network is closed: no sandbox, no background traffic. */
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
    throw new Error(`Chromium is not at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface PreviewSession {
  preview: Preview;
  page: Page;
  libraryDir: string;
  dataDir: string;
  /** Requests the page made to anywhere but the preview itself. */
  foreignRequests: string[];
  /** Errors the page logged or threw. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Opens the app in a fresh page on its own preview, library and settings. */
export async function openApp(
  browser: Browser,
  options: { libraryDir?: string; dataDir?: string; colorScheme?: 'light' | 'dark' } = {},
): Promise<PreviewSession> {
  const dataDir = options.dataDir ?? tempDir('data');
  const libraryDir = options.libraryDir ?? path.join(dataDir, 'library');
  const preview = await startPreview({ libraryDir, dataDir });
  const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light', viewport: { width: 1360, height: 860 } });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(preview.bridge.origin)) foreignRequests.push(request.url());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(preview.bridge.appUrl);
  return {
    preview,
    page,
    libraryDir,
    dataDir,
    foreignRequests,
    pageErrors,
    close: async () => {
      await context.close();
      await preview.close();
    },
  };
}
