/**
 * Exporting a briefing to a file, in any format: one flow for the app, the
 * preview and the CLI. Every format carries only what the briefing's marking
 * allows (loadExportDocument; the bundle filters the same way). The bytes are made first (with progress), then written
 * atomically (write-file.ts), so a failure leaves no half-written file.
 */
import type { ExportFormat, ExportProgress, MarkdownOptions, PdfOptions } from '../../shared/export.ts';
import { EXPORT_FORMAT_NAMES, markdownOptionsSchema, pdfOptionsSchema } from '../../shared/export.ts';
import type { HighlightColor } from '../../shared/highlights.ts';
import { BriefingError } from '../../shared/result.ts';
import { extractBriefingArticles } from '../library/backfill.ts';
import { getBriefing } from '../library/briefings.ts';
import type { Library } from '../library/library.ts';
import { briefingToAnnotations } from './annotations.ts';
import { libraryAssetReader } from './asset-reader.ts';
import { loadExportDocument } from './briefing-document.ts';
import { createBundle } from './bundle.ts';
import { briefingToHtml } from './html.ts';
import { briefingToMarkdown } from './markdown.ts';
import type { PdfPrinter } from './printer.ts';
import { writeFileAtomic, type AtomicWriteOptions } from './write-file.ts';
import { withPdfInfo } from './pdf/info.ts';
import { APP_NAME } from '../paths.ts';

export interface ExportServices {
  library: Library;
  /** Absent where no printer is wired (the PDF format then says so). */
  printPdf?: PdfPrinter | undefined;
  /** The user's names for the highlight colours. */
  labels?: Partial<Record<HighlightColor, string>>;
  now: () => string;
}

export interface ExportJob {
  briefingId: number;
  format: ExportFormat;
  pdf?: Partial<PdfOptions> | undefined;
  markdown?: Partial<MarkdownOptions> | undefined;
}

export type ProgressReport = (progress: Omit<ExportProgress, 'exportId'>) => void;

const encode = (text: string) => new TextEncoder().encode(text);

/** The exported file's bytes. */
export async function renderExport(services: ExportServices, job: ExportJob, onProgress: ProgressReport = () => undefined): Promise<Uint8Array> {
  const { library } = services;
  await extractBriefingArticles(library, job.briefingId, services.now());
  /** The briefing as its marking lets it out, and what that kept out (Markdown and HTML say which citations were withheld). */
  const allowed = () => {
    onProgress({ stage: 'Reading the briefing…', fraction: 0.1 });
    const { document, leftOut } = library.transaction((db) => loadExportDocument(db, job.briefingId, services.now()));
    return { document, leftOut };
  };
  const document = () => allowed().document;
  const labels = services.labels ?? {};
  switch (job.format) {
    case 'markdown': {
      const options = markdownOptionsSchema.parse(job.markdown ?? {});
      const { document: doc, leftOut } = allowed();
      const text = briefingToMarkdown(doc, { ...options, labels, leftOut });
      return encode(text);
    }
    case 'html': {
      const { document: doc, leftOut } = allowed();
      onProgress({ stage: 'Inlining images…', fraction: 0.4 });
      return encode(briefingToHtml(doc, { readAsset: libraryAssetReader(library.files.assetsDir), labels, leftOut }));
    }
    case 'annotations':
      return encode(`${JSON.stringify(briefingToAnnotations(document(), { labels }), null, 2)}\n`);
    case 'bundle':
      return createBundle(library, job.briefingId, services.now(), (p) => onProgress({ stage: p.stage, fraction: p.fraction * 0.9 }));
    case 'pdf': {
      if (!services.printPdf) {
        throw new BriefingError('UNAVAILABLE', 'PDF printing is not available here. Export as HTML and print that from a browser instead.');
      }
      // Fails early with "no such briefing" rather than inside the printer.
      const briefing = library.transaction((db) => getBriefing(db, job.briefingId));
      onProgress({ stage: 'Preparing the pages…', fraction: 0.1 });
      const options = pdfOptionsSchema.parse(job.pdf ?? {});
      const pdf = await services.printPdf({ briefingId: job.briefingId, options }, (p) => onProgress({ stage: p.stage, fraction: 0.5 }));
      return withPdfInfo(pdf, { title: briefing.title, author: briefing.author, subject: `TLP:${briefing.marking}`, creator: APP_NAME });
    }
  }
}

/**
 * Makes the export and writes it to `target` (complete, or not at all).
 * @throws BriefingError with a message for a person: no briefing, no printer, folder not writable, disk full.
 */
export async function exportToFile(
  services: ExportServices,
  job: ExportJob,
  target: string,
  onProgress: ProgressReport = () => undefined,
  writeOptions: AtomicWriteOptions = {},
): Promise<{ path: string; bytes: number }> {
  onProgress({ stage: `Making the ${EXPORT_FORMAT_NAMES[job.format]}…`, fraction: 0 });
  const bytes = await renderExport(services, job, onProgress);
  onProgress({ stage: 'Saving the file…', fraction: 0.95 });
  await writeFileAtomic(target, bytes, writeOptions);
  onProgress({ stage: 'Saved', fraction: 1 });
  return { path: target, bytes: bytes.byteLength };
}
