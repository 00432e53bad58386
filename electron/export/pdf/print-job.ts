/**
 * One print of the print view, the same in both printers: wait until the view
 * is laid out, print, check the contents' page numbers against where Chromium
 * actually put each heading, and in the rare case one is off, correct it and
 * print again (see renderer/print/paginate.ts for why they rarely are).
 */
import type { PrintToPDFOptions } from 'electron';
import type { PdfOptions } from '../../../shared/export.ts';
import { BriefingError } from '../../../shared/result.ts';
import { PAPER, PRINT_ERROR_ATTRIBUTE, PRINT_READY_ATTRIBUTE, TOC_TARGET_ATTRIBUTE } from '../../../shared/print.ts';
import type { PdfProgress } from '../printer.ts';
import { destinationPages } from './destinations.ts';

/** What a printer offers the job: its page (already loading the print view) and its way to print it. */
export interface PrintTarget {
  /** Evaluates a script expression in the page; a promise is awaited. */
  evaluate<T>(expression: string): Promise<T>;
  /** Prints the page as it is: page size, margins, running header and footer are the page's own CSS. */
  print(): Promise<Uint8Array>;
}

export const READY_TIMEOUT_MS = 60_000;

const MM_PER_INCH = 25.4;

/** printToPDF options: the page's CSS sets size, margins, header and footer; the size is given too, in inches. */
export function printToPdfOptions(paper: PdfOptions['paper']): PrintToPDFOptions {
  const { width, height } = PAPER[paper];
  return {
    pageSize: { width: width / MM_PER_INCH, height: height / MM_PER_INCH },
    preferCSSPageSize: true,
    printBackground: true,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}

// Scripts run in the page by the printer (CDP and executeJavaScript are not subject to the page's CSP).
const WAIT_FOR_VIEW = `new Promise((resolve) => {
  const root = document.documentElement;
  const check = () => {
    if (!root.hasAttribute('${PRINT_READY_ATTRIBUTE}') && !root.hasAttribute('${PRINT_ERROR_ATTRIBUTE}')) return;
    observer.disconnect();
    resolve(root.getAttribute('${PRINT_ERROR_ATTRIBUTE}'));
  };
  const observer = new MutationObserver(check);
  observer.observe(root, { attributes: true });
  check();
})`;

const READ_CONTENTS = `Object.fromEntries([...document.querySelectorAll('[${TOC_TARGET_ATTRIBUTE}]')]
  .map((entry) => [entry.getAttribute('${TOC_TARGET_ATTRIBUTE}'), Number(entry.textContent)]))`;

function writeContents(pages: Record<string, number>): string {
  return `(() => { const pages = ${JSON.stringify(pages)};
  for (const entry of document.querySelectorAll('[${TOC_TARGET_ATTRIBUTE}]')) {
    const page = pages[entry.getAttribute('${TOC_TARGET_ATTRIBUTE}')];
    if (page !== undefined) entry.textContent = String(page);
  } })()`;
}

async function waitForView(target: PrintTarget): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new BriefingError('INTERNAL', `The print view did not finish laying out the briefing within ${READY_TIMEOUT_MS / 1000} s.`)),
      READY_TIMEOUT_MS,
    );
  });
  try {
    const error = await Promise.race([target.evaluate<string | null>(WAIT_FOR_VIEW), timeout]);
    if (error !== null) throw new BriefingError('INTERNAL', `The briefing could not be laid out for printing: ${error}`);
  } finally {
    clearTimeout(timer);
  }
}

/** The contents entries whose printed page number differs from where their heading landed. */
export function misnumbered(expected: Record<string, number>, landed: ReadonlyMap<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(expected).flatMap(([target, page]) => {
      const actual = landed.get(target);
      return actual !== undefined && actual !== page ? [[target, actual]] : [];
    }),
  );
}

export async function printView(target: PrintTarget, onProgress?: (progress: PdfProgress) => void): Promise<Uint8Array> {
  onProgress?.({ stage: 'Laying out pages…' });
  await waitForView(target);
  onProgress?.({ stage: 'Printing…' });
  const pdf = await target.print();
  const corrections = misnumbered(await target.evaluate<Record<string, number>>(READ_CONTENTS), destinationPages(pdf));
  if (Object.keys(corrections).length === 0) return pdf;
  onProgress?.({ stage: 'Correcting page numbers…' });
  await target.evaluate(writeContents(corrections));
  return target.print();
}
