import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SettingsService } from '../../../electron/settings/settings.ts';
import { readDevServer } from '../../../electron/shell/dev-server.ts';
import {
  backgroundColorFor,
  boundsToSave,
  createMainWindow,
  DEFAULT_SIZE,
  restorableBounds,
  SAVE_BOUNDS_DELAY_MS,
} from '../../../electron/shell/window.ts';
import { DEFAULT_SETTINGS, type Settings, type WindowBounds } from '../../../shared/settings.ts';
import { FakeBrowserWindow } from './fake-electron.ts';

// Two displays side by side: a laptop screen and a larger monitor to its right.
const SCREEN = { x: 0, y: 0, width: 1920, height: 1040 };
const RIGHT_SCREEN = { x: 1920, y: 0, width: 2560, height: 1400 };

const electron = await vi.hoisted(async () => {
  const { createFakeElectron } = await import('./fake-electron.ts');
  return createFakeElectron({ workAreas: [{ x: 0, y: 0, width: 1920, height: 1040 }, { x: 1920, y: 0, width: 2560, height: 1400 }] });
});
vi.mock('electron', () => electron);

const PRELOAD = '/app/dist/preload/preload.cjs';

beforeEach(() => {
  FakeBrowserWindow.created.length = 0;
});

function settingsWith(values: Partial<Settings> = {}) {
  const settings = { ...structuredClone(DEFAULT_SETTINGS), ...values };
  return {
    get: vi.fn(() => settings),
    update: vi.fn(),
    setWindowBounds: vi.fn<(bounds: WindowBounds) => void>(),
    setLibraryDir: vi.fn(),
    problem: null,
  } satisfies SettingsService;
}

function openWindow(values: Partial<Settings> = {}, dev = null as ReturnType<typeof readDevServer>) {
  const settings = settingsWith(values);
  createMainWindow({ settings, dev, preloadPath: PRELOAD });
  const window = FakeBrowserWindow.created.at(-1);
  if (!window) throw new Error('no window was created');
  return { window, settings };
}

describe('the app window', () => {
  it('is created with the locked-down web preferences and nothing looser', () => {
    const { window } = openWindow();
    expect(window.options.webPreferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: PRELOAD,
    });
  });

  it('loads app://bundle/index.html, never a file:// URL', () => {
    const { window } = openWindow();
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('app://bundle/index.html');
    expect(window.loadURL.mock.calls.flat().join()).not.toMatch(/^file:/);
  });

  it('loads the dev server page in development', () => {
    const dev = readDevServer({ VITE_DEV_SERVER_URL: 'http://127.0.0.1:5173/', BRIEFING_DEV_CSP_NONCE: 'abcdefghijklmnop1234' }, false);
    const { window } = openWindow({}, dev);
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('http://127.0.0.1:5173/');
  });

  it('stays hidden until the page is ready, then shows', () => {
    const { window } = openWindow();
    expect(window.options.show).toBe(false);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
    expect(window.maximize).not.toHaveBeenCalled();
  });

  it.each<[Settings['theme'], boolean, string]>([
    ['light', true, '#ffffff'],
    ['sepia', false, '#f4ecd8'],
    ['dark', false, '#1c1c1e'],
    ['system', true, '#1c1c1e'],
    ['system', false, '#ffffff'],
  ])('with the %s theme (system dark: %s) paints %s before the page', (theme, systemDark, colour) => {
    expect(backgroundColorFor(theme, systemDark)).toBe(colour);
  });

  it('takes its background from the theme in settings', () => {
    const { window } = openWindow({ theme: 'sepia' });
    expect(window.options.backgroundColor).toBe('#f4ecd8');
  });
});

describe('window bounds', () => {
  const saved = { x: 100, y: 80, width: 1000, height: 700, maximized: false };

  it('opens at the saved place and size when that is on a display', () => {
    const { window } = openWindow({ windowBounds: saved });
    expect(window.options).toMatchObject({ x: 100, y: 80, width: 1000, height: 700 });
  });

  it('ignores a saved position that is on none of the displays Electron reports, and keeps the size', () => {
    const { window } = openWindow({ windowBounds: { ...saved, x: 5000, y: 200 } });
    expect(electron.screen.getAllDisplays).toHaveBeenCalled();
    expect(window.options).toMatchObject({ width: 1000, height: 700, x: undefined, y: undefined });
  });

  it('opens maximized, once shown, when it was left maximized', () => {
    const { window } = openWindow({ windowBounds: { ...saved, maximized: true } });
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalledOnce();
  });

  it('opens centred at the default size when nothing is saved', () => {
    const { window } = openWindow({ windowBounds: null });
    expect(window.options).toMatchObject(DEFAULT_SIZE);
    expect(window.options.x).toBeUndefined();
    expect(window.options.y).toBeUndefined();
  });

  it.each([
    ['on the second display', { ...saved, x: 2500, y: 200 }, true],
    ['mostly off the left edge, title bar still reachable', { ...saved, x: -880 }, true],
    ['on a display that was unplugged', { ...saved, x: 5000, y: 200 }, false],
    ['above every display', { ...saved, y: -2000 }, false],
    ['with only a sliver showing', { ...saved, x: 1920 + 2560 - 20 }, false],
    ['with a size but no position', { width: 1000, height: 700, maximized: false }, false],
  ])('a saved position %s is kept: %s', (_label, bounds, kept) => {
    const restored = restorableBounds(bounds, [SCREEN, RIGHT_SCREEN]);
    if (kept) expect(restored).toEqual(bounds);
    else expect(restored).toEqual({ width: 1000, height: 700, maximized: false });
  });

  it('fits a saved size that no display can hold to the largest display', () => {
    expect(restorableBounds({ x: 9000, y: 0, width: 6000, height: 3000, maximized: true }, [SCREEN, RIGHT_SCREEN])).toEqual({
      width: 2560,
      height: 1400,
      maximized: true,
    });
  });

  it('saves the bounds once, a moment after moving and resizing stop', () => {
    vi.useFakeTimers();
    try {
      const { window, settings } = openWindow();
      window.normalBounds = { x: 10.4, y: 20.6, width: 1100, height: 750 };
      window.emit('move');
      window.emit('resize');
      vi.advanceTimersByTime(SAVE_BOUNDS_DELAY_MS - 1);
      expect(settings.setWindowBounds).not.toHaveBeenCalled();
      window.emit('resize');
      vi.advanceTimersByTime(SAVE_BOUNDS_DELAY_MS);
      expect(settings.setWindowBounds).toHaveBeenCalledExactlyOnceWith({ x: 10, y: 21, width: 1100, height: 750, maximized: false });
    } finally {
      vi.useRealTimers();
    }
  });

  it('saves at once on close, keeping the normal bounds of a maximized window', () => {
    vi.useFakeTimers();
    try {
      const { window, settings } = openWindow();
      window.normalBounds = { x: 30, y: 40, width: 900, height: 600 };
      window.maximized = true;
      window.emit('maximize');
      window.emit('close');
      expect(settings.setWindowBounds).toHaveBeenCalledExactlyOnceWith({ x: 30, y: 40, width: 900, height: 600, maximized: true });
      vi.runAllTimers();
      expect(settings.setWindowBounds).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });

  it('saves only sizes the settings schema accepts', () => {
    expect(boundsToSave({ x: 0, y: 0, width: 120, height: 90 }, false)).toEqual({ x: 0, y: 0, width: 400, height: 300, maximized: false });
    expect(boundsToSave({ x: 0, y: 0, width: 30000, height: 25000.7 }, false)).toEqual({
      x: 0,
      y: 0,
      width: 20000,
      height: 20000,
      maximized: false,
    });
  });
});
