/**
 * The app's PDF printer: a hidden window with the app window's locked-down
 * web preferences (sandbox, context isolation, no Node, our preload) loads
 * the print view from our own bundle (app://bundle/print/print.html; the dev
 * server's copy in development, as the app window does), waits
 * until it is laid out, prints it with printToPDF, and is destroyed. The IPC
 * sender check admits the windows listed by `windows()` while they live.
 */
import { BrowserWindow } from 'electron';
import { PRINT_PAGE, printQuery, type PrintRequest } from '../../shared/print.ts';
import { printToPdfOptions, printView } from '../export/pdf/print-job.ts';
import type { PdfPrinter } from '../export/printer.ts';
import type { DevServer } from './dev-server.ts';
import { APP_ORIGIN } from './protocol.ts';
import { safeWebPreferences } from './window.ts';

export interface WindowPrinter {
  print: PdfPrinter;
  /** The print windows open now. */
  windows(): BrowserWindow[];
}

/** The print view's address in our bundle (or on the dev server): nothing else is ever loaded into a print window. */
export function printPageUrl(request: PrintRequest, dev: DevServer | null = null): string {
  return `${dev ? dev.origin : APP_ORIGIN}/${PRINT_PAGE}${printQuery(request)}`;
}

export function createWindowPrinter({ preloadPath, dev = null }: { preloadPath: string; dev?: DevServer | null }): WindowPrinter {
  const open = new Set<BrowserWindow>();
  const print: PdfPrinter = async (request, onProgress) => {
    onProgress?.({ stage: 'Loading articles…' });
    const window = new BrowserWindow({
      show: false,
      width: 1000,
      height: 1400,
      webPreferences: { ...safeWebPreferences(preloadPath), backgroundThrottling: false },
    });
    open.add(window);
    try {
      await window.loadURL(printPageUrl(request, dev));
      const contents = window.webContents;
      return await printView(
        {
          evaluate: <T,>(expression: string) => contents.executeJavaScript(expression) as Promise<T>,
          print: async () => new Uint8Array(await contents.printToPDF(printToPdfOptions(request.options.paper))),
        },
        onProgress,
      );
    } finally {
      open.delete(window);
      if (!window.isDestroyed()) window.destroy();
    }
  };
  return { print, windows: () => [...open] };
}
