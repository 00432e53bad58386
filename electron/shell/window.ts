/**
 * The app window: locked-down web preferences, our page (never file://),
 * and the size and place the person left it in.
 */
import { BrowserWindow, nativeTheme, screen } from 'electron';
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { Settings, WindowBounds } from '../../shared/settings.ts';
import { APP_NAME } from '../paths.ts';
import type { SettingsService } from '../settings/settings.ts';
import type { DevServer } from './dev-server.ts';
import { APP_START_URL } from './protocol.ts';

export const DEFAULT_SIZE = { width: 1200, height: 800 };
// The limits of the settings schema: bounds outside them would make the stored settings invalid.
const MIN_SIZE = { width: 400, height: 300 };
const MAX_SIZE = 20000;
// Enough of the window on a screen to grab its title bar and drag it back.
const MIN_VISIBLE = { width: 100, height: 50 };
export const SAVE_BOUNDS_DELAY_MS = 500;

/** Matches the page background of each theme, so the window does not flash before the page paints. */
const THEME_BACKGROUNDS = { light: '#ffffff', sepia: '#f4ecd8', dark: '#1c1c1e' } as const;

export function backgroundColorFor(theme: Settings['theme'], systemPrefersDark: boolean): string {
  if (theme === 'system') return systemPrefersDark ? THEME_BACKGROUNDS.dark : THEME_BACKGROUNDS.light;
  return THEME_BACKGROUNDS[theme];
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * The bounds to open with. A saved position is kept only if enough of the
 * window would land on one of today's displays (a monitor may have been
 * unplugged); otherwise the window keeps its size, fitted to the largest
 * display, and is centred.
 */
export function restorableBounds(saved: WindowBounds | null, workAreas: readonly Rectangle[]): WindowBounds {
  if (saved === null) return { ...DEFAULT_SIZE, maximized: false };
  const { x, y, width, height, maximized } = saved;
  if (x !== undefined && y !== undefined) {
    const onScreen = workAreas.some((area) => {
      const visible = overlap({ x, y, width, height }, area);
      return visible.width >= MIN_VISIBLE.width && visible.height >= MIN_VISIBLE.height;
    });
    if (onScreen) return { x, y, width, height, maximized };
  }
  const widest = Math.max(MIN_SIZE.width, ...workAreas.map((area) => area.width));
  const tallest = Math.max(MIN_SIZE.height, ...workAreas.map((area) => area.height));
  return { width: Math.min(width, widest), height: Math.min(height, tallest), maximized };
}

/** Bounds as the settings schema accepts them: whole pixels, within its size limits. */
export function boundsToSave(normal: Rectangle, maximized: boolean): WindowBounds {
  const clamp = (value: number, min: number) => Math.min(MAX_SIZE, Math.max(min, Math.round(value)));
  return {
    x: Math.round(normal.x),
    y: Math.round(normal.y),
    width: clamp(normal.width, MIN_SIZE.width),
    height: clamp(normal.height, MIN_SIZE.height),
    maximized,
  };
}

export function startUrl(dev: DevServer | null): string {
  return dev ? dev.url : APP_START_URL;
}

/** The web preferences of every window that shows our page: the app window and the print window. */
export function safeWebPreferences(preloadPath: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    preload: preloadPath,
  };
}

export function windowOptions(options: {
  bounds: WindowBounds;
  backgroundColor: string;
  preloadPath: string;
}): BrowserWindowConstructorOptions {
  const { x, y, width, height } = options.bounds;
  return {
    x,
    y,
    width,
    height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: APP_NAME,
    show: false,
    backgroundColor: options.backgroundColor,
    webPreferences: safeWebPreferences(options.preloadPath),
  };
}

/** Saves the window's bounds a moment after it stops moving, and at once when it closes. */
export function trackWindowBounds(window: BrowserWindow, save: (bounds: WindowBounds) => void): void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const saveNow = () => {
    clearTimeout(pending);
    pending = undefined;
    save(boundsToSave(window.getNormalBounds(), window.isMaximized()));
  };
  const saveSoon = () => {
    clearTimeout(pending);
    pending = setTimeout(saveNow, SAVE_BOUNDS_DELAY_MS);
  };
  window.on('move', saveSoon);
  window.on('resize', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', saveNow);
}

export function createMainWindow(options: {
  settings: SettingsService;
  dev: DevServer | null;
  preloadPath: string;
}): BrowserWindow {
  const { windowBounds, theme } = options.settings.get();
  const bounds = restorableBounds(
    windowBounds,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow(
    windowOptions({
      bounds,
      backgroundColor: backgroundColorFor(theme, nativeTheme.shouldUseDarkColors),
      preloadPath: options.preloadPath,
    }),
  );
  window.once('ready-to-show', () => {
    if (bounds.maximized) window.maximize();
    window.show();
  });
  trackWindowBounds(window, (saved) => options.settings.setWindowBounds(saved));
  const url = startUrl(options.dev);
  window.loadURL(url).catch((error: unknown) => console.error(`Could not load ${url}:`, error));
  return window;
}
