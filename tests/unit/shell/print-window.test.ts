/** The app's printer: a hidden, locked-down window that loads only our print view and prints it. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readDevServer } from '../../../electron/shell/dev-server.ts';
import { printToPdfOptions } from '../../../electron/export/pdf/print-job.ts';
import { createWindowPrinter, printPageUrl } from '../../../electron/shell/print-window.ts';
import type { PdfOptions } from '../../../shared/export.ts';
import { pdfWithDestinations } from '../../helpers/pdf.ts';
import { FakeBrowserWindow } from './fake-electron.ts';

const electron = await vi.hoisted(async () => {
  const { createFakeElectron } = await import('./fake-electron.ts');
  return createFakeElectron();
});
vi.mock('electron', () => electron);

const PRELOAD = '/app/dist/preload/preload.cjs';
const OPTIONS: PdfOptions = { content: 'full', paper: 'letter', notes: 'endnotes', timeline: false };

beforeEach(() => {
  FakeBrowserWindow.created.length = 0;
});

/** Plays the print view: ready (or failing), with the contents' printed page numbers. */
function printViewAnswers(window: FakeBrowserWindow, view: { error?: string; contents?: Record<string, number> }) {
  window.webContents.executeJavaScript.mockImplementation((code: string) => {
    if (code.includes('MutationObserver')) return Promise.resolve(view.error ?? null);
    if (code.includes('Object.fromEntries')) return Promise.resolve(view.contents ?? {});
    return Promise.resolve(undefined);
  });
}

/** Starts a print and returns its window as soon as the printer has made it. */
function startPrint(view: Parameters<typeof printViewAnswers>[1], pdfs: Uint8Array[] = [pdfWithDestinations(3, {})]) {
  const printer = createWindowPrinter({ preloadPath: PRELOAD });
  const stages: string[] = [];
  const done = printer.print({ briefingId: 7, options: OPTIONS }, ({ stage }) => stages.push(stage));
  const window = FakeBrowserWindow.created.at(-1)!;
  printViewAnswers(window, view);
  for (const pdf of pdfs) window.webContents.printToPDF.mockResolvedValueOnce(Buffer.from(pdf));
  return { printer, window, done, stages };
}

describe('printing a briefing in the app', () => {
  it('opens a hidden window with the app window’s locked-down web preferences', async () => {
    const { window, done } = startPrint({});
    await done;
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: PRELOAD,
      backgroundThrottling: false,
    });
  });

  it('loads only the print view from our bundle, for the briefing and options asked', async () => {
    const { window, done } = startPrint({});
    await done;
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('app://bundle/print/print.html?briefing=7&content=full&paper=letter&notes=endnotes&timeline=false');
  });

  it('loads the dev server’s print view in development, as the app window loads its page', () => {
    const dev = readDevServer({ VITE_DEV_SERVER_URL: 'http://127.0.0.1:5173/', BRIEFING_DEV_CSP_NONCE: 'abcdefghijklmnop1234' }, false);
    expect(printPageUrl({ briefingId: 7, options: OPTIONS }, dev)).toBe('http://127.0.0.1:5173/print/print.html?briefing=7&content=full&paper=letter&notes=endnotes&timeline=false');
  });

  it('prints a tagged PDF with an outline, at the paper size asked, with the page’s own header and footer', async () => {
    const { window, done } = startPrint({});
    await done;
    expect(window.webContents.printToPDF).toHaveBeenCalledExactlyOnceWith({
      pageSize: { width: 8.5, height: 11 },
      preferCSSPageSize: true,
      printBackground: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
    expect(printToPdfOptions('a4').pageSize).toEqual({ width: 210 / 25.4, height: 297 / 25.4 });
  });

  it('returns the PDF, reports its stages, and destroys the window; the sender check sees it only while it prints', async () => {
    const pdf = pdfWithDestinations(4, { 'article-1': 3 });
    const { printer, window, done, stages } = startPrint({ contents: { 'article-1': 3 } }, [pdf]);
    expect(printer.windows()).toEqual([window]);
    expect(await done).toEqual(pdf);
    expect(stages).toEqual(['Loading articles…', 'Laying out pages…', 'Printing…']);
    expect(window.destroy).toHaveBeenCalledOnce();
    expect(printer.windows()).toEqual([]);
  });

  it('corrects a contents page number that came out wrong, and prints again', async () => {
    const wrong = pdfWithDestinations(6, { 'article-1': 3, 'article-2': 5 });
    const right = pdfWithDestinations(6, { 'article-1': 3, 'article-2': 5 });
    const { window, done, stages } = startPrint({ contents: { 'article-1': 3, 'article-2': 4 } }, [wrong, right]);
    expect(await done).toEqual(right);
    expect(window.webContents.printToPDF).toHaveBeenCalledTimes(2);
    const correction = window.webContents.executeJavaScript.mock.calls.map(([code]) => code).find((code) => code.includes('"article-2":5'));
    expect(correction).toBeDefined();
    expect(stages).toContain('Correcting page numbers…');
  });

  it('fails with the view’s own message when it cannot draw the briefing, and still destroys the window', async () => {
    const { window, done } = startPrint({ error: 'There is no briefing 7.' });
    await expect(done).rejects.toThrow('The briefing could not be laid out for printing: There is no briefing 7.');
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    expect(window.destroy).toHaveBeenCalledOnce();
  });
});
