/**
 * Printing a briefing to PDF without the app, for the CLI: the preview's
 * backend and bridge on the library (no start-of-day backup: the CLI backs up
 * only when asked), the print view in headless Chromium, then everything
 * closed again.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PdfOptions } from '../../../shared/export.ts';
import { PRINT_PAGE } from '../../../shared/print.ts';
import { BriefingError } from '../../../shared/result.ts';
import { RENDERER_DIST, startPreview } from '../../bridge/preview.ts';
import { libraryFiles } from '../../library/open.ts';
import type { PdfProgress } from '../printer.ts';

export interface HeadlessPrintRequest {
  libraryDir: string;
  briefingId: number;
  options: PdfOptions;
  /** Where the settings live (highlight colour names); the app's data folder by default. */
  dataDir?: string;
  onProgress?: (progress: PdfProgress) => void;
}

/** The briefing's PDF, as the app would print it. */
export async function printBriefingHeadless({ libraryDir, briefingId, options, dataDir, onProgress }: HeadlessPrintRequest): Promise<Uint8Array> {
  if (!fs.existsSync(libraryFiles(libraryDir).databasePath)) {
    throw new BriefingError('NOT_FOUND', `There is no library in ${libraryFiles(libraryDir).dir}.`);
  }
  if (!fs.existsSync(path.join(RENDERER_DIST, PRINT_PAGE))) {
    throw new BriefingError('NOT_FOUND', 'The print view is not built: run `npm run build` first.');
  }
  const preview = await startPreview({ libraryDir, dailyBackup: false, ...(dataDir !== undefined ? { dataDir } : {}) });
  try {
    return await preview.printPdf({ briefingId, options }, onProgress);
  } finally {
    await preview.close();
  }
}
