/**
 * Printing a briefing to PDF without the app, for the CLI: the preview's
 * backend and bridge on the library (no start-of-day backup: the CLI backs up
 * only when asked), the print view (built on first use) in headless Chromium,
 * then everything closed again.
 */
import fs from 'node:fs';
import type { PdfOptions } from '../../../shared/export.ts';
import { BriefingError } from '../../../shared/result.ts';
import { RENDERER_DIST, startPreview } from '../../bridge/preview.ts';
import { libraryFiles } from '../../library/open.ts';
import type { PdfProgress } from '../printer.ts';
import { ensurePrintView } from './print-view-build.ts';

export interface HeadlessPrintRequest {
  libraryDir: string;
  briefingId: number;
  options: PdfOptions;
  /** Where the settings live (highlight colour names); the app's data folder by default. */
  dataDir?: string;
  onProgress?: (progress: PdfProgress) => void;
  /** Where a line for the person goes (building the print view on first use); stderr by default. */
  report?: (line: string) => void;
}

/** The briefing's PDF, as the app would print it. */
export async function printBriefingHeadless({ libraryDir, briefingId, options, dataDir, onProgress, report }: HeadlessPrintRequest): Promise<Uint8Array> {
  if (!fs.existsSync(libraryFiles(libraryDir).databasePath)) {
    throw new BriefingError('NOT_FOUND', `There is no library in ${libraryFiles(libraryDir).dir}.`);
  }
  await ensurePrintView(RENDERER_DIST, report ?? ((line) => process.stderr.write(`${line}\n`)));
  const preview = await startPreview({ libraryDir, dailyBackup: false, ...(dataDir !== undefined ? { dataDir } : {}) });
  try {
    return await preview.printPdf({ briefingId, options }, onProgress);
  } finally {
    await preview.close();
  }
}
