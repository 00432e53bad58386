/**
 * Prints a briefing's print view to PDF. The app prints from a hidden, sandboxed
 * window (printToPDF); the preview, the CLI and the tests from headless Chromium
 * (page.pdf). Both draw the same view, so both make the same document.
 */
import type { PdfOptions } from '../../shared/export.ts';

export interface PdfProgress {
  /** What the printer is doing now, for a person: "Laying out pages…". */
  stage: string;
}

export type PdfPrinter = (
  request: { briefingId: number; options: PdfOptions },
  onProgress?: (progress: PdfProgress) => void,
) => Promise<Uint8Array>;
