/**
 * The main process as Electron would run it, with Electron faked and the real
 * backend on a temporary library.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultDataDir } from '../../../electron/paths.ts';
import { CALL_NAMES, callChannel } from '../../../shared/contract.ts';
import type { LibraryStatus } from '../../../shared/backup.ts';
import type { BriefingSummary } from '../../../shared/model.ts';
import type { Result } from '../../../shared/result.ts';
import { sha256File, tempDir } from '../../helpers/temp.ts';
import { createFakeElectron, FakeBrowserWindow, preventableEvent, type FakeElectron } from './fake-electron.ts';

const state = vi.hoisted(() => {
  const initial: { electron: Record<PropertyKey, unknown>; launched: FakeElectron[] } = { electron: {}, launched: [] };
  return initial;
});
// Mocked modules outlive vi.resetModules, so the mock forwards to each launch's fresh fake.
vi.mock('electron', () => new Proxy({}, { get: (_mock, key) => state.electron[key], has: (_mock, key) => key in state.electron }));
vi.mock('electron-store', () => ({
  default: class {
    store: Record<string, unknown> = {};
    set(values: Record<string, unknown>) {
      this.store = { ...this.store, ...values };
    }
  },
}));

type IpcHandler = (event: unknown, args: unknown) => Promise<unknown>;

const settle = () => new Promise((resolve) => setImmediate(resolve));

afterEach(async () => {
  // Quitting closes each library a test opened.
  for (const electron of state.launched.splice(0)) electron.app.emit('will-quit', preventableEvent());
  await settle();
  vi.unstubAllEnvs();
});

/** Imports main.ts afresh, as launching the app would. */
async function launch(options: { hasLock?: boolean; libraryDir?: string } = {}) {
  vi.resetModules();
  const electron = createFakeElectron();
  const userData = tempDir('user-data');
  electron.app.getPath.mockImplementation(() => userData);
  electron.app.hasLock = options.hasLock ?? true;
  state.electron = electron;
  state.launched.push(electron);
  const libraryDir = options.libraryDir ?? path.join(userData, 'library');
  vi.stubEnv('BRIEFING_LIBRARY', libraryDir);
  vi.stubEnv('VITE_DEV_SERVER_URL', '');
  await import('../../../electron/shell/main.ts');
  return { electron, libraryDir };
}

/** Electron's `ready`, and everything main does on it; returns the windows it opened. */
async function ready(electron: FakeElectron) {
  electron.app.ready.resolve();
  await settle();
  return FakeBrowserWindow.created;
}

function ipcHandler(electron: FakeElectron, name: (typeof CALL_NAMES)[number]): IpcHandler {
  const entry = electron.ipcMain.handle.mock.calls.find(([channel]) => channel === callChannel(name));
  if (!entry) throw new Error(`${name} is not bound`);
  return entry[1];
}

describe('launching the app', () => {
  it('names the app, uses the shared data folder and registers the app scheme, all before ready', async () => {
    const { electron } = await launch();
    expect(electron.app.setName).toHaveBeenCalledWith('Briefing Reader');
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', defaultDataDir());
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(electron.app.whenReady).toHaveBeenCalledOnce();
    expect(electron.protocol.handle).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.created).toHaveLength(0);
  });

  it('quits at once, starting nothing, when another instance is running', async () => {
    const { electron } = await launch({ hasLock: false });
    expect(electron.app.quit).toHaveBeenCalledOnce();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.app.listenerCount('second-instance')).toBe(0);
  });

  it('on ready serves the bundle, guards the session and every page, binds every call and opens one window', async () => {
    const { electron, libraryDir } = await launch();
    const windows = await ready(electron);
    expect(electron.protocol.handle).toHaveBeenCalledExactlyOnceWith('app', expect.any(Function));
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(electron.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalledOnce();
    expect(electron.app.listenerCount('web-contents-created')).toBe(1);
    expect(electron.ipcMain.handle.mock.calls.map(([channel]) => channel)).toEqual(CALL_NAMES.map(callChannel));
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    expect(windows).toHaveLength(1);
    expect(windows[0]?.loadURL).toHaveBeenCalledExactlyOnceWith('app://bundle/index.html');
    expect(windows[0]?.options.webPreferences?.preload).toMatch(/[/\\]preload[/\\]preload\.cjs$/);
    expect(fs.existsSync(path.join(libraryDir, 'library.db'))).toBe(true);
  });

  it('guards every web contents Electron creates', async () => {
    const { electron } = await launch();
    await ready(electron);
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.on).toHaveBeenCalledWith('will-navigate', expect.any(Function));
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
  });

  it('answers a call from the window with the real library, and refuses the same call from a subframe', async () => {
    const { electron } = await launch();
    const [window] = await ready(electron);
    const listBriefings = ipcHandler(electron, 'listBriefings');

    const fromApp = (await listBriefings({ senderFrame: window?.webContents.mainFrame }, {})) as Result<BriefingSummary[]>;
    // A new library holds the sample briefing.
    expect(fromApp.ok && fromApp.value.length).toBe(1);

    const fromSubframe = await listBriefings({ senderFrame: { url: 'app://bundle/index.html', frameTreeNodeId: 99 } }, {});
    expect(fromSubframe).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });

  it('brings the window forward when the app is launched again', async () => {
    const { electron } = await launch();
    const [window] = await ready(electron);
    if (!window) throw new Error('no window');
    window.minimized = true;
    electron.app.emit('second-instance', {}, ['briefing-reader'], '/');
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('holds the quit until the library is closed cleanly, then quits', async () => {
    const { electron, libraryDir } = await launch();
    await ready(electron);
    // SQLite keeps a write-ahead log while the database is open and removes it on a clean close.
    const writeAheadLog = path.join(libraryDir, 'library.db-wal');
    expect(fs.existsSync(writeAheadLog)).toBe(true);

    const firstQuit = preventableEvent();
    electron.app.emit('will-quit', firstQuit);
    expect(firstQuit.preventDefault).toHaveBeenCalledOnce();
    await settle();
    expect(fs.existsSync(writeAheadLog)).toBe(false);
    expect(electron.app.quit).toHaveBeenCalledOnce();

    // The quit that follows goes through.
    const secondQuit = preventableEvent();
    electron.app.emit('will-quit', secondQuit);
    expect(secondQuit.preventDefault).not.toHaveBeenCalled();
  });
});

describe('a library the app cannot open', () => {
  const libraries = {
    'written by a newer version': {
      make: (file: string) => {
        const db = new Database(file);
        db.pragma('user_version = 999');
        db.close();
      },
      problem: 'too-new',
    },
    'not a database at all': {
      make: (file: string) => fs.writeFileSync(file, 'these are not the bytes of a SQLite file '.repeat(200)),
      problem: 'unreadable',
    },
  };

  it.each(Object.entries(libraries))(
    'when it is %s: opens the window on the recovery screen, with no error box, and leaves the file untouched',
    async (_label, { make, problem }) => {
      const libraryDir = tempDir('library');
      const file = path.join(libraryDir, 'library.db');
      make(file);
      const before = sha256File(file);

      const { electron } = await launch({ libraryDir });
      const [window] = await ready(electron);

      expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
      expect(electron.app.quit).not.toHaveBeenCalled();
      const status = (await ipcHandler(electron, 'getLibraryStatus')({ senderFrame: window?.webContents.mainFrame }, {})) as Result<LibraryStatus>;
      expect(status).toMatchObject({ ok: true, value: { state: 'unavailable', problem, canPickFolder: true } });
      expect(status.ok && status.value.state === 'unavailable' ? status.value.message : '').toContain(file);
      expect(fs.readdirSync(libraryDir)).toEqual(['library.db']);
      expect(sha256File(file)).toBe(before);
    },
  );

  it('"Open another library…" shows the folder dialog over the window and opens the chosen folder', async () => {
    const libraryDir = tempDir('library');
    fs.writeFileSync(path.join(libraryDir, 'library.db'), 'not a database '.repeat(100));
    const other = tempDir('other-library');
    const { electron } = await launch({ libraryDir });
    const [window] = await ready(electron);
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [other] });

    const opened = (await ipcHandler(electron, 'openLibraryFolder')({ senderFrame: window?.webContents.mainFrame }, {})) as Result<LibraryStatus>;
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith(window, expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] }));
    expect(opened).toEqual({ ok: true, value: { state: 'open', dir: other } });
    expect(fs.existsSync(path.join(other, 'library.db'))).toBe(true);
  });

  it('"Quit" on the recovery screen quits the app', async () => {
    const { electron } = await launch();
    const [window] = await ready(electron);
    await ipcHandler(electron, 'quitApp')({ senderFrame: window?.webContents.mainFrame }, {});
    expect(electron.app.quit).toHaveBeenCalledOnce();
  });
});

describe('closing the last window', () => {
  it.each<[NodeJS.Platform, boolean]>([
    ['linux', true],
    ['win32', true],
    ['darwin', false],
  ])('on %s quits the app: %s', async (platform, quits) => {
    const { electron } = await launch();
    await ready(electron);
    const realPlatform = process.platform;
    Object.defineProperty(process, 'platform', { value: platform });
    try {
      electron.app.emit('window-all-closed');
    } finally {
      Object.defineProperty(process, 'platform', { value: realPlatform });
    }
    expect(electron.app.quit).toHaveBeenCalledTimes(quits ? 1 : 0);
  });

  it('on macOS opens a new window when the dock icon is clicked with none open', async () => {
    const { electron } = await launch();
    const [first] = await ready(electron);
    electron.app.emit('activate');
    expect(FakeBrowserWindow.created).toHaveLength(1);
    first?.emit('closed');
    electron.app.emit('activate');
    expect(FakeBrowserWindow.created).toHaveLength(2);
  });
});
