/**
 * The PDF printer outside Electron (preview, CLI, tests, bench): headless
 * Chromium opens the print view from the preview bridge and prints it with
 * page.pdf. One Chromium serves every print of a process; each print gets a
 * fresh browser context (its own bridge token storage), closed afterwards.
 */
import type { Browser } from 'playwright-core';
import type { PdfOptions } from '../../../shared/export.ts';
import { PAPER, PRINT_PAGE, printQuery } from '../../../shared/print.ts';
import { launchChromium } from '../chromium.ts';
import type { PdfPrinter } from '../printer.ts';
import { printView } from './print-job.ts';

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

export function createHeadlessPrinter(bridge: { origin: string; token: string }): HeadlessPrinter {
  let browser: Promise<Browser> | null = null;
  const print: PdfPrinter = async (request, onProgress) => {
    onProgress?.({ stage: 'Loading articles…' });
    browser ??= launchChromium();
    const context = await (await browser).newContext();
    try {
      const page = await context.newPage();
      await page.goto(printViewUrl(bridge, request));
      return await printView(
        {
          evaluate: (expression) => page.evaluate(expression),
          print: async () => new Uint8Array(await page.pdf(pagePdfOptions(request.options.paper))),
        },
        onProgress,
      );
    } finally {
      await context.close();
    }
  };
  return {
    print,
    close: async () => {
      const launched = browser;
      browser = null;
      if (launched) await (await launched).close();
    },
  };
}
