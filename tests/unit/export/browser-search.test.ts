/**
 * Which browser prints a PDF outside the app: CHROMIUM_PATH, the system's
 * Chromium, Google Chrome, Microsoft Edge, then the Electron binary — and,
 * when none is there, one message that names each place looked at.
 */
import type { Browser, LaunchOptions } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { CHROMIUM_ARGS, launchChromium, NoBrowserError, type BrowserSearch } from '../../../electron/export/chromium.ts';
import { openPrintHost } from '../../../electron/export/pdf/headless.ts';

const BROWSER = { close: () => Promise.resolve() } as unknown as Browser;

/** A machine with these files, where channels other than those installed fail as playwright-core does. */
function machine(files: string[], installedChannels: string[] = [], env: NodeJS.ProcessEnv = {}, platform: NodeJS.Platform = 'linux') {
  const launch = vi.fn((options: LaunchOptions) => {
    if (options.channel !== undefined && !installedChannels.includes(options.channel)) {
      return Promise.reject(new Error(`browserType.launch: Chromium distribution '${options.channel}' is not found at /opt/x\nRun "npx playwright install ${options.channel}"`));
    }
    return Promise.resolve(BROWSER);
  });
  const search: BrowserSearch = { env, platform, exists: (file) => files.includes(file), launch };
  return { search, launch };
}

describe('finding a browser to print with', () => {
  it('uses CHROMIUM_PATH first, even with a system Chromium and Chrome installed', async () => {
    const { search, launch } = machine(['/opt/my/chromium', '/usr/bin/chromium'], ['chrome'], { CHROMIUM_PATH: '/opt/my/chromium' });
    await launchChromium(search);
    expect(launch).toHaveBeenCalledExactlyOnceWith({ executablePath: '/opt/my/chromium', args: CHROMIUM_ARGS });
  });

  it('says so when CHROMIUM_PATH names nothing, rather than printing with another browser', async () => {
    const { search, launch } = machine(['/usr/bin/chromium'], [], { CHROMIUM_PATH: '/nowhere/chromium' });
    await expect(launchChromium(search)).rejects.toThrow('CHROMIUM_PATH is /nowhere/chromium, which is not a file');
    expect(launch).not.toHaveBeenCalled();
  });

  it.each([
    ['linux', '/usr/bin/chromium-browser', {}],
    ['linux', '/snap/bin/chromium', {}],
    ['darwin', '/Applications/Chromium.app/Contents/MacOS/Chromium', {}],
    ['win32', 'C:\\Users\\ana\\AppData\\Local\\Chromium\\Application\\chrome.exe', { LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' }],
  ] as const)('then the system Chromium (%s: %s)', async (platform, file, env) => {
    const { search, launch } = machine([file], ['chrome'], env, platform);
    await launchChromium(search);
    expect(launch).toHaveBeenCalledExactlyOnceWith({ executablePath: file, args: CHROMIUM_ARGS });
  });

  it('then installed Chrome, then Edge, through playwright-core channels', async () => {
    const chrome = machine([], ['chrome', 'msedge']);
    await launchChromium(chrome.search);
    expect(chrome.launch.mock.calls.map(([options]) => options.channel)).toEqual(['chrome']);

    const edge = machine([], ['msedge']);
    await launchChromium(edge.search);
    expect(edge.launch.mock.calls.map(([options]) => options.channel)).toEqual(['chrome', 'msedge']);
  });

  it('names every place it looked when there is no browser at all', async () => {
    const error = await launchChromium(machine([]).search).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoBrowserError);
    expect((error as Error).message).toBe(
      'No browser to print with: CHROMIUM_PATH is not set; no Chromium at /usr/bin/chromium, /usr/bin/chromium-browser, /snap/bin/chromium; ' +
        'Google Chrome is not installed; Microsoft Edge is not installed. ' +
        'Install Chromium (Debian/Ubuntu: apt-get install chromium), Google Chrome or Microsoft Edge, or set CHROMIUM_PATH to one.',
    );
  });

  it('passes on why an installed Chrome would not start', async () => {
    const { search } = machine([]);
    search.launch = (options) => Promise.reject(new Error(options.channel === 'chrome' ? 'browserType.launch: Target page, context or browser has been closed\nlog…' : `'msedge' is not found at /opt/x`));
    await expect(launchChromium(search)).rejects.toThrow('Google Chrome would not start (browserType.launch: Target page, context or browser has been closed); Microsoft Edge is not installed.');
  });
});

describe('the printer outside the app', () => {
  it('after the browsers, looks for the Electron binary, and names it too when that is missing', async () => {
    const noBrowser = () => launchChromium(machine([]).search);
    const electronBinary = vi.fn(() => null);
    await expect(openPrintHost({ launchBrowser: noBrowser, electronBinary })).rejects.toThrow(
      /Microsoft Edge is not installed; the Electron binary is not downloaded \(`npm start` downloads it\)\. Install Chromium/,
    );
    expect(electronBinary).toHaveBeenCalledOnce();
  });

  it('does not reach for Electron when a browser starts', async () => {
    const electronBinary = vi.fn(() => null);
    const host = await openPrintHost({ launchBrowser: () => launchChromium(machine(['/usr/bin/chromium']).search), electronBinary });
    await host.close();
    expect(electronBinary).not.toHaveBeenCalled();
  });
});
