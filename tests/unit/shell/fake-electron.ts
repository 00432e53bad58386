/**
 * A stand-in for the `electron` module: records what the shell asks of it, and
 * lets a test play Electron's part (emit events, call the handlers it was given).
 */
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { vi } from 'vitest';
import { checklistProblems } from '../../helpers/electron-checklist.ts';

type Listener = (...args: never[]) => unknown;

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  readonly on = vi.fn((event: string, listener: Listener) => {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  });
  readonly once = this.on;

  /** Calls the listeners as Electron would; returns what they returned. */
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((listener) => (listener as (...a: unknown[]) => unknown)(...args));
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** An event as Electron passes it to will-navigate and friends. */
export function preventableEvent() {
  return { preventDefault: vi.fn() };
}

// Every window's main frame has its own id, as in Chromium (high, clear of the ids tests pick for subframes).
let nextFrameId = 1000;

export class FakeWebContents extends FakeEmitter {
  readonly mainFrame = { url: 'app://bundle/index.html', frameTreeNodeId: nextFrameId++ };
  readonly send = vi.fn();
  readonly setWindowOpenHandler = vi.fn();
  /** The print window's page: answers the printer's scripts (set per test). */
  readonly executeJavaScript = vi.fn((_code: string): Promise<unknown> => Promise.resolve(null));
  readonly printToPDF = vi.fn((_options: unknown) => Promise.resolve(Buffer.from('%PDF-1.4')));
}

export class FakeBrowserWindow extends FakeEmitter {
  static readonly created: FakeBrowserWindow[] = [];
  readonly options: BrowserWindowConstructorOptions;
  readonly webContents = new FakeWebContents();
  normalBounds: Rectangle = { x: 0, y: 0, width: 1200, height: 800 };
  maximized = false;
  minimized = false;
  destroyed = false;
  readonly loadURL = vi.fn((_url: string) => Promise.resolve());
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly maximize = vi.fn();
  readonly getNormalBounds = vi.fn(() => this.normalBounds);
  readonly isMaximized = vi.fn(() => this.maximized);
  readonly isMinimized = vi.fn(() => this.minimized);
  readonly isDestroyed = vi.fn(() => this.destroyed);
  readonly destroy = vi.fn(() => {
    this.destroyed = true;
  });

  /** Refuses, as a test failure, any window whose web preferences break Electron's security checklist. */
  constructor(options: BrowserWindowConstructorOptions) {
    super();
    const problems = checklistProblems(options);
    if (problems.length > 0) throw new Error(`A window was created with unsafe web preferences: ${problems.join('; ')}.`);
    this.options = options;
    FakeBrowserWindow.created.push(this);
    FakeBrowserWindow.onCreate?.(this);
  }

  /** Set by a test to play each new window's page (the print view, say) from the moment it exists. */
  static onCreate: ((window: FakeBrowserWindow) => void) | null = null;
}

export class FakeApp extends FakeEmitter {
  isPackaged = true;
  hasLock = true;
  readonly ready = Promise.withResolvers<void>();
  readonly setName = vi.fn();
  readonly paths = new Map<string, string>();
  readonly setPath = vi.fn((name: string, value: string) => void this.paths.set(name, value));
  readonly getPath = vi.fn((name: string) => this.paths.get(name) ?? '/nonexistent');
  readonly quit = vi.fn();
  readonly exit = vi.fn((_code?: number) => undefined);
  readonly getVersion = vi.fn(() => '0.1.0');
  readonly requestSingleInstanceLock = vi.fn(() => this.hasLock);
  readonly whenReady = vi.fn(() => this.ready.promise);
}

/** A stand-in for electron-store: settings kept in memory. */
export class FakeElectronStore {
  store: Record<string, unknown> = {};
  set(values: Record<string, unknown>) {
    this.store = { ...this.store, ...values };
  }
}

export function fakeSession() {
  return {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
  };
}

export function createFakeElectron(options: { workAreas?: Rectangle[]; systemPrefersDark?: boolean } = {}) {
  FakeBrowserWindow.created.length = 0;
  FakeBrowserWindow.onCreate = null;
  const workAreas = options.workAreas ?? [{ x: 0, y: 0, width: 1920, height: 1040 }];
  return {
    app: new FakeApp(),
    BrowserWindow: FakeBrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: vi.fn<(schemes: unknown[]) => void>(),
      handle: vi.fn<(scheme: string, handler: (request: Request) => Promise<Response>) => void>(),
    },
    session: { defaultSession: fakeSession() },
    ipcMain: { handle: vi.fn<(channel: string, listener: (event: unknown, args: unknown) => Promise<unknown>) => void>() },
    dialog: {
      showErrorBox: vi.fn<(title: string, content: string) => void>(),
      showOpenDialog: vi.fn((..._args: unknown[]) => Promise.resolve({ canceled: true, filePaths: [] as string[] })),
    },
    shell: { openExternal: vi.fn((_url: string) => Promise.resolve()) },
    screen: { getAllDisplays: vi.fn(() => workAreas.map((workArea) => ({ workArea }))) },
    nativeTheme: { shouldUseDarkColors: options.systemPrefersDark ?? false },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
