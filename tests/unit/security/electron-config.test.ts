/**
 * Electron's security checklist, checked on what we ship: the main and
 * preload bundles are built as `npm run build:electron` builds them (into a
 * scratch folder), the main bundle runs against a fake `electron`, and the
 * preload bundle runs in a bare VM context as a sandboxed preload would. Every
 * window the app creates is checked, whichever code created it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { createBuilder } from 'vite';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_BUNDLE_HTML_DEPTH } from '../../../electron/import/bundle-articles.ts';
import { createExtractor } from '../../../electron/import/extractor.ts';
import { insertArticle } from '../../../electron/library/articles.ts';
import { openLibrary } from '../../../electron/library/library.ts';
import { createSearchPool } from '../../../electron/library/search-pool.ts';
import { contentSecurityPolicy } from '../../../electron/shell/csp.ts';
import { CALL_NAMES, callChannel } from '../../../shared/contract.ts';
import { makeArticle } from '../../helpers/articles.ts';
import { pdfWithDestinations } from '../../helpers/pdf.ts';
import { checklistProblems } from '../../helpers/electron-checklist.ts';
import { tempDir } from '../../helpers/temp.ts';
import { createFakeElectron, FakeBrowserWindow, FakeWebContents, preventableEvent, type FakeElectron } from '../shell/fake-electron.ts';

const state = vi.hoisted(() => {
  const initial: { electron: Record<PropertyKey, unknown> } = { electron: {} };
  return initial;
});
vi.mock('electron', () => new Proxy({}, { get: (_mock, key) => state.electron[key], has: (_mock, key) => key in state.electron }));
vi.mock('electron-store', () => ({
  default: class {
    store: Record<string, unknown> = {};
    set(values: Record<string, unknown>) {
      this.store = { ...this.store, ...values };
    }
  },
}));

// Inside the project, so the bundle's external imports (better-sqlite3, jsdom) resolve as they do in the app.
const buildDir = path.resolve('.tmp', `electron-config-${process.pid}`);
const mainBundle = path.join(buildDir, 'main', 'main.js');
const preloadBundle = path.join(buildDir, 'preload', 'preload.cjs');

beforeAll(async () => {
  const builder = await createBuilder({
    configFile: 'vite.electron.config.ts',
    logLevel: 'error',
    environments: {
      main: { build: { outDir: path.join(buildDir, 'main'), sourcemap: false } },
      workers: { build: { outDir: path.join(buildDir, 'main'), sourcemap: false } },
      preload: { build: { outDir: path.join(buildDir, 'preload'), sourcemap: false } },
    },
  });
  await builder.buildApp();
}, 120_000);
afterAll(() => fs.rmSync(buildDir, { recursive: true, force: true }));

/** Runs the built main bundle as Electron would, up to and including `ready`. */
async function launchBuiltApp(): Promise<FakeElectron> {
  vi.resetModules();
  const electron = createFakeElectron();
  const userData = tempDir('user-data');
  electron.app.getPath.mockImplementation(() => userData);
  state.electron = electron;
  vi.stubEnv('BRIEFING_LIBRARY', path.join(userData, 'library'));
  vi.stubEnv('VITE_DEV_SERVER_URL', '');
  await import(pathToFileURL(mainBundle).href);
  electron.app.ready.resolve();
  await new Promise((resolve) => setImmediate(resolve));
  return electron;
}

describe('the built main process', () => {
  // A fresh launch per test: Vitest clears the fakes' recorded calls between tests.
  let electron: FakeElectron;
  beforeEach(async () => {
    electron = await launchBuiltApp();
  }, 60_000);
  afterEach(async () => {
    electron.app.emit('will-quit', preventableEvent());
    await new Promise((resolve) => setImmediate(resolve));
    vi.unstubAllEnvs();
  });

  it('creates every window with the checklist’s web preferences, our preload, and loads only our page', () => {
    expect(FakeBrowserWindow.created.length).toBeGreaterThan(0);
    for (const window of FakeBrowserWindow.created) {
      expect(checklistProblems(window.options)).toEqual([]);
      expect(window.options.webPreferences?.preload).toBe(preloadBundle);
      for (const [url] of window.loadURL.mock.calls) expect(url).toMatch(/^app:\/\/bundle\//);
    }
    expect(fs.existsSync(preloadBundle)).toBe(true);
  });

  it('registers the app scheme with no privilege beyond a standard, secure origin (no CSP bypass)', () => {
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('puts the strict policy on every response of the app scheme and every app page', async () => {
    const policy = contentSecurityPolicy({ dev: null });
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    const [[scheme, handle] = []] = electron.protocol.handle.mock.calls;
    expect(scheme).toBe('app');
    const response = await handle?.(new Request('app://bundle/index.html'));
    expect(response?.headers.get('content-security-policy')).toBe(policy);
    const [headersReceived] = electron.session.defaultSession.webRequest.onHeadersReceived.mock.calls[0] as [
      (details: { url: string; responseHeaders: Record<string, string[]> }, answer: (response: unknown) => void) => void,
    ];
    const answer = vi.fn();
    headersReceived({ url: 'app://bundle/index.html', responseHeaders: { 'Content-Security-Policy': ['script-src *'] } }, answer);
    expect(answer).toHaveBeenCalledExactlyOnceWith({ responseHeaders: { 'Content-Security-Policy': [policy] } });
  });

  it('denies every permission and cancels every request to the network', () => {
    const session = electron.session.defaultSession;
    const [requestPermission] = session.setPermissionRequestHandler.mock.calls[0] as [(contents: unknown, permission: string, answer: (granted: boolean) => void) => void];
    const [checkPermission] = session.setPermissionCheckHandler.mock.calls[0] as [(contents: unknown, permission: string) => boolean];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'pointerLock', 'openExternal', 'fullscreen', 'hid', 'serial', 'usb']) {
      const answer = vi.fn();
      requestPermission({}, permission, answer);
      expect(answer, permission).toHaveBeenCalledExactlyOnceWith(false);
      expect(checkPermission({}, permission), permission).toBe(false);
    }
    const [beforeRequest] = session.webRequest.onBeforeRequest.mock.calls[0] as [(details: { url: string }, answer: (response: { cancel: boolean }) => void) => void];
    for (const url of ['https://tracker.example/p.gif', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'ws://127.0.0.1:9/']) {
      const answer = vi.fn();
      beforeRequest({ url }, answer);
      expect(answer, url).toHaveBeenCalledExactlyOnceWith({ cancel: true });
    }
  });

  it('guards every web contents: no navigation, redirect, webview or new window; links reach the browser only validated', async () => {
    const contents = new FakeWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate', 'will-attach-webview']) {
      const attempt = preventableEvent();
      contents.emit(event, attempt, 'https://example.com/');
      expect(attempt.preventDefault, event).toHaveBeenCalled();
    }
    const [openHandler] = contents.setWindowOpenHandler.mock.calls[0] as [(details: { url: string }) => unknown];
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'app://bundle/index.html', 'https://user:pw@example.com/', 'ms-settings:']) {
      expect(openHandler({ url }), url).toEqual({ action: 'deny' });
    }
    await new Promise((resolve) => setImmediate(resolve));
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
    expect(openHandler({ url: 'https://example.com/report' })).toEqual({ action: 'deny' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/report');
  });

  it('opens a link asked for over IPC only after validating it', async () => {
    const [window] = FakeBrowserWindow.created;
    const entry = electron.ipcMain.handle.mock.calls.find(([channel]) => channel === callChannel('openExternal'));
    const openExternal = entry?.[1];
    const event = { senderFrame: window?.webContents.mainFrame };
    expect(await openExternal?.(event, { url: 'file:///etc/passwd' })).toMatchObject({ ok: false, error: { code: 'INVALID_URL' } });
    expect(await openExternal?.(event, { url: 'javascript:alert(1)' })).toMatchObject({ ok: false, error: { code: 'INVALID_URL' } });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
    expect(await openExternal?.(event, { url: 'https://example.com/a b' })).toEqual({ ok: true, value: { opened: true } });
    expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/a%20b');
  });

  it('binds every call of the contract, each behind the sender check', async () => {
    expect(electron.ipcMain.handle.mock.calls.map(([channel]) => channel)).toEqual(CALL_NAMES.map(callChannel));
    for (const [channel, listener] of electron.ipcMain.handle.mock.calls) {
      const fromSubframe = await listener({ senderFrame: { url: 'app://bundle/index.html', frameTreeNodeId: 99 } }, {});
      expect(fromSubframe, channel).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    }
  });

  it('offers no developer tools in the menu of the packaged app', () => {
    const template = JSON.stringify(electron.Menu.buildFromTemplate.mock.calls);
    expect(template).not.toContain('toggleDevTools');
  });
});

describe('the built preload', () => {
  /** Runs preload.cjs as a sandboxed preload runs: a bare context whose `require` knows only `electron`. */
  function runPreload() {
    const exposed: Array<[string, unknown]> = [];
    const required: string[] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.push([key, value]) },
      ipcRenderer: { invoke: vi.fn(() => Promise.resolve({ ok: true, value: null })), on: vi.fn(), removeListener: vi.fn() },
    };
    const module = { exports: {} };
    const sandboxRequire = (name: string) => {
      required.push(name);
      if (name === 'electron') return electron;
      throw new Error(`A sandboxed preload cannot require ${name}.`);
    };
    vm.runInNewContext(fs.readFileSync(preloadBundle, 'utf8'), { require: sandboxRequire, module, exports: module.exports }, { filename: preloadBundle });
    return { exposed, required, electron };
  }

  it('requires nothing but electron, and exposes exactly one object: `briefing`, one function per call plus `on`', () => {
    const { exposed, required } = runPreload();
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(exposed.map(([key]) => key)).toEqual(['briefing']);
    const api = exposed[0]?.[1] as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...CALL_NAMES, 'on'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('sends each call on its own channel and nothing else', async () => {
    const { exposed, electron } = runPreload();
    const api = exposed[0]?.[1] as Record<string, (args: unknown) => Promise<unknown>>;
    for (const name of CALL_NAMES) await api[name]?.({});
    expect(electron.ipcRenderer.invoke.mock.calls.map((call: unknown[]) => call[0])).toEqual(CALL_NAMES.map(callChannel));
  });
});

describe('the built workers', () => {
  it('are CommonJS files beside main.js (what loads from inside app.asar), with no ESM-only syntax', () => {
    for (const name of ['import-worker.cjs', 'search-worker.cjs']) {
      const code = fs.readFileSync(path.join(path.dirname(mainBundle), name), 'utf8');
      expect(code).toMatch(/\brequire\("node:worker_threads"\)/);
      expect(code).not.toMatch(/^\s*(import|export)\s[^(]/m);
      expect(code).not.toContain('import.meta');
    }
  });

  it('the search worker sits beside main.js, where main starts it, and searches a library', async () => {
    const library = openLibrary(tempDir('built-search'));
    const id = insertArticle(library.db, makeArticle({ title: 'Grain corridor reopens', paragraphs: ['Ships left Odesa at dawn.'] }));
    const pool = createSearchPool({ workerUrl: pathToFileURL(path.join(path.dirname(mainBundle), 'search-worker.cjs')) });
    try {
      const found = await pool.search(library, { query: 'odesa', filters: {}, limit: 5, offset: 0 });
      expect(found.hits.map((hit) => hit.articleId)).toEqual([id]);
    } finally {
      await pool.close();
      library.close();
    }
  });

  it('the import worker carries the bundle sanitizer: a bundle article is made safe there, a deeply nested one refused', async () => {
    const workerFile = path.join(path.dirname(mainBundle), 'import-worker.cjs');
    expect(fs.readFileSync(workerFile, 'utf8')).toContain('nests elements more than');
    const extractor = createExtractor({ workerUrl: pathToFileURL(workerFile) });
    try {
      const [safe] = await extractor.sanitizeBundleArticles([{ html: '<p onclick="steal()">Quay <b>open</b></p><script>steal()</script>', assets: [] }], 'The bundle');
      expect(safe).toEqual({ html: '<p>Quay <b>open</b></p>', text: 'Quay open' });
      const deep = `${'<div>'.repeat(MAX_BUNDLE_HTML_DEPTH + 10)}x${'</div>'.repeat(MAX_BUNDLE_HTML_DEPTH + 10)}`;
      await expect(extractor.sanitizeBundleArticles([{ html: deep, assets: [] }], 'The bundle')).rejects.toThrow(/nests elements more than 512 deep/);
    } finally {
      await extractor.close();
    }
  });
});

describe('the built app\'s smoke run', () => {
  it('imports, searches and prints through the built CommonJS workers and the print window, and exits 0', async () => {
    vi.resetModules();
    const electron = createFakeElectron();
    state.electron = electron;
    FakeBrowserWindow.onCreate = (window) => {
      window.webContents.executeJavaScript.mockImplementation((code: string) => Promise.resolve(code.includes('Object.fromEntries') ? {} : null));
      window.webContents.printToPDF.mockResolvedValue(Buffer.from(pdfWithDestinations(1, {})));
    };
    const reportPath = path.join(tempDir('smoke'), 'report.json');
    const argv = [...process.argv];
    process.argv.push('--smoke', `--smoke-report=${reportPath}`);
    vi.stubEnv('VITE_DEV_SERVER_URL', '');
    const output = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      await import(pathToFileURL(mainBundle).href);
      electron.app.ready.resolve();
      await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalled(), { timeout: 30_000, interval: 50 });
    } finally {
      output.mockRestore();
      process.argv.splice(0, process.argv.length, ...argv);
      vi.unstubAllEnvs();
    }
    const report = JSON.parse(fs.readFileSync(reportPath, 'utf8')) as { ok: boolean; steps: { name: string; ok: boolean; detail: string }[] };
    expect(report.steps.map((step) => `${step.name}: ${step.ok ? 'ok' : step.detail}`)).toEqual(['open library: ok', 'import: ok', 'search: ok', 'print pdf: ok']);
    expect(electron.app.exit).toHaveBeenCalledExactlyOnceWith(0);
  }, 60_000);
});
