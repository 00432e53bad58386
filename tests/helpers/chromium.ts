/**
 * Real Chromium (Debian's, driven by playwright-core) against the preview: the
 * built renderer and the real handlers over the HTTP bridge.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startPreview, type Preview } from '../../electron/bridge/preview.ts';
import { tempDir } from './temp.ts';

import { launchChromium } from '../../electron/export/chromium.ts';

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
  options: {
    libraryDir?: string;
    dataDir?: string;
    colorScheme?: 'light' | 'dark';
    /** Receives the links the app hands to the system browser (after the main process validated them). */
    openExternal?: (url: string) => Promise<void>;
  } = {},
): Promise<PreviewSession> {
  const dataDir = options.dataDir ?? tempDir('data');
  const libraryDir = options.libraryDir ?? path.join(dataDir, 'library');
  const preview = await startPreview({ libraryDir, dataDir, ...(options.openExternal ? { openExternal: options.openExternal } : {}) });
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

/**
 * One Chromium for a test file, a fresh preview (library, settings) per test:
 * `const start = useApp();` then `const { page } = await start();`.
 */
export function useApp(): (options?: Parameters<typeof openApp>[1]) => Promise<PreviewSession> {
  let browser: Browser | undefined;
  const sessions: PreviewSession[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    for (const session of sessions.splice(0)) await session.close();
  });
  return async (options) => {
    if (!browser) throw new Error('Chromium is not running: call useApp() at the top of a test file.');
    const session = await openApp(browser, options);
    sessions.push(session);
    return session;
  };
}

/** Where the e2e tests leave the screenshots a person looks at (README's come from here). */
export const SCREENSHOTS_DIR = path.resolve('test-results/screenshots');

/** A screenshot of the page as it settles (transitions end), as `test-results/screenshots/<name>.png`. */
export async function shoot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(SCREENSHOTS_DIR, `${name}.png`) });
}
