/**
 * The Electron main process: app lifecycle and the wiring of the shell's
 * pieces. Decisions live in the modules it imports; this file only connects
 * them to Electron, in the order Electron needs.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, ipcMain, protocol, session, shell } from 'electron';
import type { BrowserWindow } from 'electron';
import ElectronStore from 'electron-store';
import { BriefingError } from '../../shared/result.ts';
import { createBackend } from '../api/backend.ts';
import { APP_NAME, defaultDataDir, resolveLibraryDir } from '../paths.ts';
import { createSettingsService, setAsideUnusableSettings } from '../settings/settings.ts';
import { contentSecurityPolicy } from './csp.ts';
import { readDevServer } from './dev-server.ts';
import { createOpenExternal } from './external-links.ts';
import { bindIpc, createSenderCheck, forwardEvents } from './ipc.ts';
import { createFolderPicker } from './library-folder.ts';
import { createFileDialogs } from './file-dialogs.ts';
import { installMenu } from './menu.ts';
import { createWindowPrinter } from './print-window.ts';
import { guardSession, guardWebContents } from './navigation.ts';
import { registerAppScheme, serveBundle } from './protocol.ts';
import { bringToFront, claimSingleInstance } from './single-instance.ts';
import { createMainWindow } from './window.ts';

// Built layout: dist/main/{main,import-worker,search-worker}.js beside dist/renderer/ and dist/preload/.
const distDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const rendererDir = path.join(distDir, 'renderer');
const preloadPath = path.join(distDir, 'preload', 'preload.cjs');
const importWorkerUrl = new URL('./import-worker.js', import.meta.url);
const searchWorkerUrl = new URL('./search-worker.js', import.meta.url);

const openExternal = createOpenExternal(shell);
const DAILY_BACKUP_DELAY_MS = 5000;

let mainWindow: BrowserWindow | null = null;

// The CLI and the preview compute the same folder, so all three share one library and settings file.
app.setName(APP_NAME);
app.setPath('userData', defaultDataDir());
registerAppScheme(protocol);

if (claimSingleInstance(app, () => bringToFront(mainWindow))) {
  app.whenReady().then(start).catch(failToStart);
}

function start(): void {
  const dev = readDevServer(process.env, app.isPackaged);
  const userData = app.getPath('userData');
  const settingsProblem = setAsideUnusableSettings(userData);
  if (settingsProblem !== null) console.warn(settingsProblem);
  const settings = createSettingsService(new ElectronStore({ cwd: userData }), settingsProblem);

  const printer = createWindowPrinter({ preloadPath, dev });
  const backend = createBackend({
    libraryDir: resolveLibraryDir({ saved: settings.get().libraryDir, env: process.env, dataDir: userData }),
    settings,
    openExternal,
    pickFolder: createFolderPicker(dialog, () => mainWindow),
    quit: () => app.quit(),
    importWorkerUrl,
    searchWorkerUrl,
    printPdf: printer.print,
    ...createFileDialogs({ dialog, shell, app, getWindow: () => mainWindow }),
  });
  // A damaged library does not stop the start: the window shows the recovery screen (getLibraryStatus).
  // The start-of-day backup waits until the window is up, so it does not slow the start.
  setTimeout(() => {
    backend.session.backupIfDue().catch((error: unknown) => console.error('The daily backup failed:', error));
  }, DAILY_BACKUP_DELAY_MS).unref();
  const stopForwarding = forwardEvents(backend.events, () => mainWindow);
  let backendClosed = false;
  app.on('will-quit', (event) => {
    if (backendClosed) return;
    // Quitting waits for the import worker to stop and the database to close cleanly.
    event.preventDefault();
    stopForwarding();
    const closeThenQuit = async () => {
      try {
        await backend.close();
      } catch (error) {
        console.error('Closing the library failed:', error);
      }
      backendClosed = true;
      app.quit();
    };
    void closeThenQuit();
  });

  const policy = contentSecurityPolicy({ dev });
  serveBundle(protocol, rendererDir, policy, () => backend.session.assetsDir());
  guardSession(session.defaultSession, { dev, policy });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal));
  bindIpc(ipcMain, backend.dispatch, createSenderCheck(() => [mainWindow, ...printer.windows()], dev));
  installMenu({ dev: dev !== null, platform: process.platform });

  const openWindow = () => {
    const window = createMainWindow({ settings, dev, preloadPath });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
  };
  openWindow();
  // macOS keeps the app running without windows; clicking the dock icon opens one again.
  app.on('activate', () => {
    if (mainWindow === null) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

/** Says why in a dialog and quits; nothing on disk is changed or deleted. */
function failToStart(error: unknown): void {
  if (error instanceof BriefingError) {
    dialog.showErrorBox(`${APP_NAME} cannot open the library`, error.message);
  } else {
    console.error(error);
    const reason = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox(`${APP_NAME} could not start`, reason);
  }
  app.quit();
}
