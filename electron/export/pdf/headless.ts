/**
 * The PDF printer outside the app (preview, CLI, tests, bench): headless
 * Chromium (or Chrome, or Edge) opens the print view from the preview bridge
 * and prints it with page.pdf; with none of them installed, the Electron
 * binary does, with printToPDF. One browser serves every print of a process.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron, type Browser } from 'playwright-core';
import type { PdfOptions } from '../../../shared/export.ts';
import { PAPER, PRINT_PAGE, printQuery } from '../../../shared/print.ts';
import { launchChromium, NoBrowserError } from '../chromium.ts';
import type { PdfPrinter, PdfProgress } from '../printer.ts';
import { electronBinaryPath, installedElectronDir } from './electron-binary.ts';
import { printToPdfOptions, printView } from './print-job.ts';

export interface HeadlessPrinter {
  print: PdfPrinter;
  /** Closes the Chromium this printer launched, if it did. */
  close(): Promise<void>;
}

/** The print view's address on a bridge; the token travels in the fragment, as the app's address does. */
export function printViewUrl(bridge: { origin: string; token: string }, request: Parameters<PdfPrinter>[0]): string {
  return `${bridge.origin}/${PRINT_PAGE}${printQuery(request)}#token=${bridge.token}`;
}

/**
 * page.pdf options: the page's CSS sets size, margins and the running header
 * and footer (@page margin boxes); the size is also given, for the same sheet
 * should the CSS ever be missing.
 */
export function pagePdfOptions(paper: PdfOptions['paper']) {
  const { width, height } = PAPER[paper];
  return {
    width: `${width}mm`,
    height: `${height}mm`,
    preferCSSPageSize: true,
    printBackground: true,
    tagged: true,
    outline: true,
  };
}

/** Where the print view is opened and printed: a Chromium-family browser, or the Electron binary. */
interface PrintHost {
  print(url: string, paper: PdfOptions['paper'], onProgress?: (progress: PdfProgress) => void): Promise<Uint8Array>;
  close(): Promise<void>;
}

function browserHost(browser: Browser): PrintHost {
  return {
    // Each print gets a fresh context (its own bridge token storage), closed afterwards.
    print: async (url, paper, onProgress) => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(url);
        return await printView(
          { evaluate: (expression) => page.evaluate(expression), print: async () => new Uint8Array(await page.pdf(pagePdfOptions(paper))) },
          onProgress,
        );
      } finally {
        await context.close();
      }
    },
    close: () => browser.close(),
  };
}

/** The Electron binary as the printer: a hidden, sandboxed window per print, printed with printToPDF as the app does. */
async function electronHost(binary: string): Promise<PrintHost> {
  const appDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-print-'));
  // An app that opens nothing by itself; the windows come from the printer below.
  fs.writeFileSync(path.join(appDir, 'main.cjs'), "require('electron').app.on('window-all-closed', () => {});\n");
  fs.writeFileSync(path.join(appDir, 'package.json'), JSON.stringify({ name: 'briefing-print', main: 'main.cjs' }));
  const app = await _electron.launch({ executablePath: binary, args: [appDir] });
  return {
    print: async (url, paper, onProgress) => {
      const opened = app.waitForEvent('window');
      const windowId = await app.evaluate(({ BrowserWindow }, address) => {
        const window = new BrowserWindow({
          show: false,
          width: 1000,
          height: 1400,
          webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, backgroundThrottling: false },
        });
        void window.loadURL(address);
        return window.id;
      }, url);
      const page = await opened;
      try {
        await page.waitForLoadState('load');
        return await printView(
          {
            evaluate: (expression) => page.evaluate(expression),
            print: async () => {
              const base64 = await app.evaluate(
                async ({ BrowserWindow }, { id, options }) => (await BrowserWindow.fromId(id)!.webContents.printToPDF(options)).toString('base64'),
                { id: windowId, options: printToPdfOptions(paper) },
              );
              return new Uint8Array(Buffer.from(base64, 'base64'));
            },
          },
          onProgress,
        );
      } finally {
        await app.evaluate(({ BrowserWindow }, id) => BrowserWindow.fromId(id)?.destroy(), windowId);
      }
    },
    close: async () => {
      await app.close();
      fs.rmSync(appDir, { recursive: true, force: true });
    },
  };
}

/** A Chromium-family browser (chromium.ts's order), else the Electron binary, else a NoBrowserError that names all of them. */
export async function openPrintHost({
  launchBrowser = () => launchChromium(),
  electronBinary = defaultElectronBinary,
}: { launchBrowser?: () => Promise<Browser>; electronBinary?: () => string | null } = {}): Promise<PrintHost> {
  try {
    return browserHost(await launchBrowser());
  } catch (error) {
    if (!(error instanceof NoBrowserError)) throw error;
    const binary = electronBinary();
    if (binary !== null) return electronHost(binary);
    throw new NoBrowserError([...error.tried, 'the Electron binary is not downloaded (`npm start` downloads it)']);
  }
}

function defaultElectronBinary(): string | null {
  const dir = installedElectronDir();
  return dir === null ? null : electronBinaryPath(dir, process.env);
}

export function createHeadlessPrinter(bridge: { origin: string; token: string }): HeadlessPrinter {
  let host: Promise<PrintHost> | null = null;
  const print: PdfPrinter = async (request, onProgress) => {
    onProgress?.({ stage: 'Loading articles…' });
    host ??= openPrintHost();
    return (await host).print(printViewUrl(bridge, request), request.options.paper, onProgress);
  };
  return {
    print,
    close: async () => {
      const launched = host;
      host = null;
      if (launched) await (await launched).close();
    },
  };
}
