/**
 * `briefing export <briefing> (--pdf|--md|--html|--json|--bundle FILE)` and
 * `briefing import FILE.briefing`: the app's export flow and bundle import
 * from the shell, on the same library.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BundleImportSummary } from '../../shared/bundle.ts';
import { EXPORT_FORMAT_NAMES, pdfOptionsSchema, type ExportFormat } from '../../shared/export.ts';
import type { PdfProgress } from '../export/printer.ts';
import { BriefingError } from '../../shared/result.ts';
import { leftOutWarning } from '../../shared/tradecraft/handling.ts';
import { createBackend } from '../api/backend.ts';
import { loadExportDocument } from '../export/briefing-document.ts';
import { exportToFile } from '../export/export.ts';
import { printBriefingHeadless } from '../export/pdf/print-briefing.ts';
import { importBundle, readBundleFile } from '../import/bundle.ts';
import { createExtractor } from '../import/extractor.ts';
import { acceptBundleOffers, listBundleOffers } from '../library/bundle-offers.ts';
import { findBriefingByTitle, getBriefing } from '../library/briefings.ts';
import { openCliLibrary } from './open-library.ts';
import { humanText } from './terminal.ts';
import { libraryFiles, type Db } from '../library/open.ts';
import { createSettingsService, SETTINGS_FILE, type SettingsService } from '../settings/settings.ts';
import type { CommandOutput } from './commands.ts';
import { EXPORT_FLAGS, type ExportFlag } from './export-args.ts';

/** The user's settings (for their colour names), read without writing the settings file. */
function readOnlySettings(dataDir: string): SettingsService {
  let stored: unknown = {};
  try {
    stored = JSON.parse(fs.readFileSync(path.join(dataDir, SETTINGS_FILE), 'utf8'));
  } catch {
    // No settings yet, or unreadable: the defaults serve.
  }
  return createSettingsService({
    store: stored,
    set: () => {
      throw new BriefingError('INTERNAL', 'The command line does not change settings.');
    },
  });
}

function requireLibrary(dir: string): void {
  if (!fs.existsSync(libraryFiles(dir).databasePath)) throw new BriefingError('NOT_FOUND', `There is no library in ${libraryFiles(dir).dir}.`);
}

/** A briefing by id (`3`) or by title (any case). */
export function resolveBriefing(db: Db, reference: string | undefined): number {
  if (reference === undefined || reference.trim() === '') {
    throw new BriefingError('INVALID_ARGUMENTS', 'Name the briefing to export, by id or title: `briefing export 1 --md brief.md`.');
  }
  const id = Number(reference);
  if (Number.isSafeInteger(id) && id > 0) return getBriefing(db, id).id;
  const found = findBriefingByTitle(db, reference.trim());
  if (!found) throw new BriefingError('NOT_FOUND', `There is no briefing called "${reference}"; \`briefing list\` shows them.`);
  return found.id;
}

export interface ExportCommand {
  briefing: string | undefined;
  files: Partial<Record<ExportFlag, string | undefined>>;
  digest: boolean;
  paper: string | undefined;
  notes: string | undefined;
  fullText: boolean;
  timeline: boolean;
}

function chooseFormat(files: ExportCommand['files']): { format: ExportFormat; file: string } {
  const given = (Object.keys(EXPORT_FLAGS) as ExportFlag[]).filter((flag) => files[flag] !== undefined);
  if (given.length !== 1) {
    throw new BriefingError('INVALID_ARGUMENTS', 'Give exactly one of --pdf, --md, --html, --json or --bundle, with the file to write: `briefing export 1 --md brief.md`.');
  }
  const flag = given[0]!;
  return { format: EXPORT_FLAGS[flag], file: path.resolve(files[flag]!) };
}

export async function runExport(libraryDir: string, dataDir: string, command: ExportCommand): Promise<CommandOutput> {
  const { format, file } = chooseFormat(command.files);
  const pdf = pdfOptionsSchema.safeParse({
    content: command.digest ? 'digest' : 'full',
    paper: command.paper ?? 'a4',
    notes: command.notes ?? 'margin',
    timeline: command.timeline,
  });
  if (!pdf.success) throw new BriefingError('INVALID_ARGUMENTS', 'Use --paper a4 or --paper letter, and --notes margin or --notes endnotes.');
  if (format !== 'pdf' && (command.digest || command.paper !== undefined || command.notes !== undefined || command.timeline)) {
    throw new BriefingError('INVALID_ARGUMENTS', '--digest, --paper, --notes and --timeline are options of --pdf.');
  }
  if (format !== 'markdown' && command.fullText) throw new BriefingError('INVALID_ARGUMENTS', '--full-text is an option of --md.');
  requireLibrary(libraryDir);
  const settings = readOnlySettings(dataDir);
  const backend = createBackend({ libraryDir, settings, openExternal: () => Promise.resolve(), seedSample: false });
  try {
    const briefingId = backend.library.transaction((db) => resolveBriefing(db, command.briefing));
    const services = {
      library: backend.library,
      labels: settings.get().highlightLabels,
      now: () => new Date().toISOString(),
      printPdf: (request: { briefingId: number; options: typeof pdf.data }, onProgress?: (progress: PdfProgress) => void) =>
        printBriefingHeadless({ libraryDir, dataDir, ...request, ...(onProgress ? { onProgress } : {}) }),
    };
    // Warned before anything is written: what the briefing's marking keeps out of the file.
    const { briefing, leftOut } = backend.library.transaction((db) => {
      const allowed = loadExportDocument(db, briefingId, new Date().toISOString());
      return { briefing: allowed.document.briefing, leftOut: allowed.leftOut };
    });
    if (leftOut.length > 0) process.stderr.write(`${humanText(leftOutWarning(briefing.marking, leftOut))}\n`);
    const showProgress = process.stderr.isTTY === true;
    const saved = await exportToFile(services, { briefingId, format, pdf: pdf.data, markdown: { fullText: command.fullText } }, file, (progress) => {
      if (showProgress) process.stderr.write(`\r\x1b[K${Math.round(progress.fraction * 100)}% ${progress.stage}`);
    });
    if (showProgress) process.stderr.write('\r\x1b[K');
    return {
      json: { briefingId, format, path: saved.path, bytes: saved.bytes, leftOut },
      text: `saved ${saved.path} (${EXPORT_FORMAT_NAMES[format]}, ${saved.bytes.toLocaleString('en')} bytes)\n`,
      exitCode: 0,
    };
  } finally {
    await backend.close();
  }
}

type BundleOutcome = { input: string; status: 'imported' } & BundleImportSummary;
type BundleFailure = { input: string; status: 'error'; error: string };

function describeOutcome(outcome: BundleOutcome | BundleFailure): string {
  if (outcome.status === 'error') return `error      ${outcome.input}: ${outcome.error}`;
  const merged = outcome.articlesMerged > 0 ? `, ${outcome.articlesMerged} already here (merged)` : '';
  return (
    `imported   ${outcome.input} → briefing #${outcome.briefingId} ${outcome.briefingTitle}: ` +
    `${outcome.articlesAdded} articles added${merged}, ${outcome.highlightsAdded} highlights added` +
    (outcome.highlightsSkipped > 0 ? ` (${outcome.highlightsSkipped} already there)` : '')
  );
}

/**
 * `briefing import a.briefing b.briefing [--accept-changes]`: each bundle
 * checked, then added in one transaction, or refused with its reason. What a
 * bundle would change on articles already here is listed and left waiting,
 * unless --accept-changes applies it.
 */
export async function runBundleImport(libraryDir: string, inputs: string[], options: { acceptChanges: boolean }): Promise<CommandOutput> {
  const library = openCliLibrary(libraryDir);
  const extractor = createExtractor();
  try {
    const outcomes: Array<BundleOutcome | BundleFailure> = [];
    for (const input of inputs) {
      try {
        const summary = await importBundle(library, readBundleFile(input), { now: new Date().toISOString(), extractor, label: input });
        outcomes.push({ input, status: 'imported', ...summary });
      } catch (error) {
        if (!(error instanceof BriefingError)) throw error;
        outcomes.push({ input, status: 'error', error: error.message });
      }
    }
    const offered = new Set(outcomes.flatMap((outcome) => (outcome.status === 'imported' ? outcome.offerIds : [])));
    const offers = library.transaction((db) => listBundleOffers(db, [...offered]));
    const lines = outcomes.map(describeOutcome);
    if (offers.length > 0) {
      lines.push(
        options.acceptChanges
          ? `accepted ${offers.length} change(s) to articles already in the library:`
          : `${offers.length} change(s) to articles already in the library are offered, not applied (run again with --accept-changes to apply them):`,
      );
      for (const offer of offers) lines.push(`  article ${offer.articleId} ${offer.articleTitle}: ${offer.description}`);
      if (options.acceptChanges) library.transaction((db) => acceptBundleOffers(db, offers.map((offer) => offer.id), new Date().toISOString()));
    }
    const failed = outcomes.some((o) => o.status === 'error');
    return {
      json: { imported: outcomes, changes: offers.map((offer) => ({ ...offer, accepted: options.acceptChanges })) },
      text: `${lines.join('\n')}\n`,
      exitCode: failed ? 1 : 0,
    };
  } finally {
    await extractor.close();
    library.close();
  }
}
