/**
 * Printing a briefing to PDF outside Electron (the CLI), in headless Chromium.
 * The PDF print view and its printers are built on their own branch; until it
 * is merged, this build says plainly that it cannot print.
 */
import type { PdfOptions } from '../../../shared/export.ts';
import { BriefingError } from '../../../shared/result.ts';
import type { Backend } from '../../api/backend.ts';

export function printBriefingHeadless(_options: { backend: Backend; briefingId: number; options: PdfOptions }): Promise<Uint8Array> {
  return Promise.reject(new BriefingError('UNAVAILABLE', 'PDF printing is not available in this build.'));
}
