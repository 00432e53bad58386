/**
 * The Electron main process: app lifecycle and the wiring of the shell's
 * pieces. Decisions live in the modules it imports; this file only connects
 * them to Electron, in the order Electron needs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, ipcMain, protocol, session, shell } from 'electron';
import type { BrowserWindow } from 'electron';
import ElectronStore from 'electron-store';
import { BriefingError } from '../../shared/result.ts';
import { createBackend, type Backend, type BackendOptions } from '../api/backend.ts';
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
import { describeSmoke, runSmoke, smokeOptions, startupFailure, type SmokeOptions, type SmokeReport } from './smoke.ts';
import { createMainWindow } from './window.ts';

// Built layout: dist/main/main.js and {import,search}-worker.cjs beside dist/renderer/ and dist/preload/.
const distDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const rendererDir = path.join(distDir, 'renderer');
const preloadPath = path.join(distDir, 'preload', 'preload.cjs');
/** A worker built beside this file; run from source (the tests), the services' own workers serve. */
function builtWorker(name: string): URL | undefined {
  const url = new URL(`./${name}`, import.meta.url);
  return fs.existsSync(fileURLToPath(url)) ? url : undefined;
}
const importWorkerUrl = builtWorker('import-worker.cjs');
const searchWorkerUrl = builtWorker('search-worker.cjs');

const openExternal = createOpenExternal(shell);
const DAILY_BACKUP_DELAY_MS = 5000;

let mainWindow: BrowserWindow | null = null;

const smoke = smokeOptions(process.argv);

// The CLI and the preview compute the same folder, so all three share one library and settings file.
// A smoke run keeps to a folder of its own, so it neither touches nor waits for the person's app.
app.setName(APP_NAME);
app.setPath('userData', smoke ? fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-reader-smoke-')) : defaultDataDir());
registerAppScheme(protocol);

if (smoke) {
  app.whenReady().then(() => runSmokeMode(smoke)).catch(failToStart);
} else if (claimSingleInstance(app, () => bringToFront(mainWindow))) {
  app.whenReady().then(start).catch(failToStart);
}

interface Services {
  backend: Backend;
  settings: ReturnType<typeof createSettingsService>;
  dev: ReturnType<typeof readDevServer>;
  /** Closes the backend once (quitting also does); later calls wait for the same close. */
  close(): Promise<void>;
}

/** Settings, backend, printer, the app scheme, the session's guards and the IPC: what both an ordinary start and a smoke run need. */
function startServices(backendOptions: (settings: Services['settings']) => Pick<BackendOptions, 'libraryDir'> & Partial<BackendOptions>): Services {
  const dev = readDevServer(process.env, app.isPackaged);
  const userData = app.getPath('userData');
  const settingsProblem = setAsideUnusableSettings(userData);
  if (settingsProblem !== null) console.warn(settingsProblem);
  const settings = createSettingsService(new ElectronStore({ cwd: userData }), settingsProblem);

  const printer = createWindowPrinter({ preloadPath, dev });
  const backend = createBackend({
    settings,
    openExternal,
    quit: () => app.quit(),
    importWorkerUrl,
    searchWorkerUrl,
    printPdf: printer.print,
    ...backendOptions(settings),
  });
  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= backend.close().catch((error: unknown) => {
      console.error('Closing the library failed:', error);
    }));
  let backendClosed = false;
  app.on('will-quit', (event) => {
    if (backendClosed) return;
    // Quitting waits for the import worker to stop and the database to close cleanly.
    event.preventDefault();
    void close().then(() => {
      backendClosed = true;
      app.quit();
    });
  });

  const policy = contentSecurityPolicy({ dev });
  serveBundle(protocol, rendererDir, policy, () => backend.session.assetsDir());
  guardSession(session.defaultSession, { dev, policy });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal));
  bindIpc(ipcMain, backend.dispatch, createSenderCheck(() => [mainWindow, ...printer.windows()], dev));
  return { backend, settings, dev, close };
}

function start(): void {
  const { backend, settings, dev } = startServices((settings) => ({
    libraryDir: resolveLibraryDir({ saved: settings.get().libraryDir, env: process.env, dataDir: app.getPath('userData') }),
    pickFolder: createFolderPicker(dialog, () => mainWindow),
    ...createFileDialogs({ dialog, shell, app, getWindow: () => mainWindow }),
  }));
  // A damaged library does not stop the start: the window shows the recovery screen (getLibraryStatus).
  // The start-of-day backup waits until the window is up, so it does not slow the start.
  setTimeout(() => {
    backend.session.backupIfDue().catch((error: unknown) => console.error('The daily backup failed:', error));
  }, DAILY_BACKUP_DELAY_MS).unref();
  const stopForwarding = forwardEvents(backend.events, () => mainWindow);
  app.on('will-quit', stopForwarding);
  installMenu({ dev: dev !== null, platform: process.platform, onAbout: () => backend.events.emit('showAbout', {}) });

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

/** The smoke run: its steps on the temporary library, the report written, the temporary folder removed, and the exit status. */
async function runSmokeMode(options: SmokeOptions): Promise<void> {
  const userData = app.getPath('userData');
  const pdfPath = path.join(userData, 'smoke-check.pdf');
  // The print window closing must not end the run: Electron quits when the last window closes unless told otherwise.
  app.on('window-all-closed', () => {});
  let report: SmokeReport;
  let services: Services | null = null;
  try {
    services = startServices(() => ({ libraryDir: path.join(userData, 'library'), seedSample: false, chooseExportPath: () => Promise.resolve(pdfPath) }));
    report = await runSmoke(services.backend.dispatch, { pdfPath, appVersion: app.getVersion() });
  } catch (error) {
    report = startupFailure(error, app.getVersion());
  }
  await services?.close();
  fs.mkdirSync(path.dirname(options.reportPath), { recursive: true });
  fs.writeFileSync(options.reportPath, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`${describeSmoke(report, options.reportPath)}\n`);
  fs.rmSync(userData, { recursive: true, force: true });
  app.exit(report.ok ? 0 : 1);
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
