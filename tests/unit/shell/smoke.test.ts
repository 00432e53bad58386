/**
 * `--smoke`: the app checks itself, with Electron faked and everything else
 * real — a temporary library, the import worker, the search workers, the
 * print window's printer — writes its JSON report and exits with its status.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { smokeOptions, type SmokeReport } from '../../../electron/shell/smoke.ts';
import { defaultDataDir } from '../../../electron/paths.ts';
import { pdfWithDestinations } from '../../helpers/pdf.ts';
import { tempDir } from '../../helpers/temp.ts';
import { createFakeElectron, FakeBrowserWindow, type FakeElectron } from './fake-electron.ts';

const state = vi.hoisted((): { electron: Record<PropertyKey, unknown> } => ({ electron: {} }));
vi.mock('electron', () => new Proxy({}, { get: (_mock, key) => state.electron[key], has: (_mock, key) => key in state.electron }));
vi.mock('electron-store', async () => ({ default: (await import('./fake-electron.ts')).FakeElectronStore }));

const argv = [...process.argv];
afterEach(() => {
  process.argv.splice(0, process.argv.length, ...argv);
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/** Plays the print view in every window the app opens: laid out at once, and printed as `pdf` does. */
function playPrintView(pdf: () => Promise<Buffer<ArrayBuffer>>) {
  FakeBrowserWindow.onCreate = (window) => {
    window.webContents.executeJavaScript.mockImplementation((code: string) => Promise.resolve(code.includes('Object.fromEntries') ? {} : null));
    window.webContents.printToPDF.mockImplementation(pdf);
  };
}

/** Starts main.ts as `Briefing Reader --smoke --smoke-report=<file>` would, and waits until it exits. */
async function smokeRun(pdf: () => Promise<Buffer<ArrayBuffer>>) {
  vi.resetModules();
  const electron: FakeElectron = createFakeElectron();
  state.electron = electron;
  playPrintView(pdf);
  const reportPath = path.join(tempDir('smoke'), 'report.json');
  process.argv.push('--smoke', `--smoke-report=${reportPath}`);
  vi.stubEnv('VITE_DEV_SERVER_URL', '');
  await import('../../../electron/shell/main.ts');
  const userData = electron.app.setPath.mock.calls.find(([name]) => name === 'userData')?.[1] as string;
  electron.app.ready.resolve();
  await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalled(), { timeout: 25_000, interval: 50 });
  const report = JSON.parse(fs.readFileSync(reportPath, 'utf8')) as SmokeReport;
  return { electron, report, userData };
}

describe('the smoke run', () => {
  it('imports the shipped page, finds it, prints it, reports every step and exits 0', async () => {
    const log = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const { electron, report, userData } = await smokeRun(() => Promise.resolve(Buffer.from(pdfWithDestinations(2, {}))));

    expect(report.steps.map(({ name, ok }) => [name, ok])).toEqual([
      ['open library', true],
      ['import', true],
      ['search', true],
      ['print pdf', true],
    ]);
    expect(report.ok).toBe(true);
    expect(report.steps[1]?.detail).toMatch(/^article #\d+ “Smoke check: the quayside ledger”, \d+ words$/);
    expect(report.steps[2]?.detail).toMatch(/^1 hit\(s\) for “quayside”$/);
    expect(report.steps[3]?.detail).toMatch(/smoke-check\.pdf, \d+ bytes$/);
    expect(report.versions.app).toBe('0.1.0');
    expect(electron.app.exit).toHaveBeenCalledExactlyOnceWith(0);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^ok {3}open library[\s\S]*\nsmoke passed; report: .*report\.json\n$/));

    // Only the hidden print window opened, on the print view of the smoke briefing; no app window, no single-instance lock.
    expect(FakeBrowserWindow.created).toHaveLength(1);
    expect(FakeBrowserWindow.created[0]?.options.show).toBe(false);
    expect(FakeBrowserWindow.created[0]?.loadURL).toHaveBeenCalledWith(expect.stringMatching(/^app:\/\/bundle\/print\/print\.html\?briefing=1&/));
    expect(electron.app.requestSingleInstanceLock).not.toHaveBeenCalled();
    // A temporary data folder, removed afterwards: the person's own library is never touched.
    expect(userData).not.toBe(defaultDataDir());
    expect(fs.existsSync(userData)).toBe(false);
  });

  it('reports the step that failed, in words, and exits 1', async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    // The dispatch logs an unexpected error's stack for the developer; here it is expected.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { electron, report } = await smokeRun(() => Promise.reject(new Error('Printing failed: the GPU process crashed')));

    expect(report.ok).toBe(false);
    expect(report.steps.map(({ name, ok }) => [name, ok])).toEqual([
      ['open library', true],
      ['import', true],
      ['search', true],
      ['print pdf', false],
    ]);
    expect(report.steps[3]?.detail).toMatch(/^exportBriefing: .*the GPU process crashed/);
    expect(electron.app.exit).toHaveBeenCalledExactlyOnceWith(1);
  });
});

describe('the smoke flags', () => {
  it('are off for an ordinary start, and put the report where asked, or in the temporary folder', () => {
    expect(smokeOptions(['electron', '.'])).toBeNull();
    expect(smokeOptions(['app', '--smoke', '--smoke-report=out/smoke.json'])).toEqual({ reportPath: path.resolve('out/smoke.json') });
    expect(smokeOptions(['app', '--smoke'])?.reportPath).toMatch(/briefing-reader-smoke\.json$/);
  });
});
