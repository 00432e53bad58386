/** The handler table: one function per contract call, each over the services. */
import type { LibraryChangeKind } from '../../shared/contract.ts';
import { suggestedFileName, type ExportFormat } from '../../shared/export.ts';
import { BriefingError } from '../../shared/result.ts';
import { checkExternalUrl } from '../../shared/urls.ts';
import { loadBriefingDocument } from '../export/briefing-document.ts';
import { exportToFile } from '../export/export.ts';
import type { PdfPrinter } from '../export/printer.ts';
import * as bundles from '../import/bundle.ts';
import * as articles from '../library/articles.ts';
import * as briefings from '../library/briefings.ts';
import * as highlights from '../library/highlights.ts';
import * as notes from '../library/notes.ts';
import type { BatchRunner } from '../import/batch.ts';
import type { Library } from '../library/library.ts';
import type { Db } from '../library/open.ts';
import type { SettingsService } from '../settings/settings.ts';
import type { Handlers } from './dispatch.ts';
import type { EventHub } from './events.ts';

export interface HandlerContext {
  library: Library;
  settings: SettingsService;
  events: EventHub;
  imports: BatchRunner;
  /** Opens an already validated http(s) URL in the system browser. */
  openExternal: (url: string) => Promise<void>;
  /** Prints a briefing to PDF; where it is absent, the PDF format says it is not available. */
  printPdf?: PdfPrinter | undefined;
  /** Asks the person where to save an export (the renderer never names a path); null when they cancel. */
  chooseExportPath?: ((suggestedName: string, format: ExportFormat) => Promise<string | null>) | undefined;
  /** Asks the person for a .briefing file to import; null when they cancel. */
  chooseBundleFile?: (() => Promise<string | null>) | undefined;
  /** Shows a file in the system's file manager. */
  showItemInFolder?: ((path: string) => void) | undefined;
  now?: () => string;
}

export function createHandlers(ctx: HandlerContext): Handlers {
  const { library, settings, events, imports } = ctx;
  const now = ctx.now ?? (() => new Date().toISOString());
  const changed = (...kinds: LibraryChangeKind[]) => events.emit('libraryChanged', { kinds });
  const read = <T>(work: (db: Db) => T): T => library.transaction(work);
  /** Files this session exported: the only ones "Show in folder" may reveal. */
  const exported = new Set<string>();
  /** One transaction, then tell the windows what kind of thing changed. */
  const write = <T>(kind: LibraryChangeKind, work: (db: Db) => T): T => {
    const result = library.transaction(work);
    changed(kind);
    return result;
  };

  return {
    getLibraryInfo: () => library.info(),

    listBriefings: () => read((db) => briefings.listBriefings(db)),
    getBriefing: ({ id }) => read((db) => briefings.getBriefing(db, id)),
    createBriefing: ({ title }) => write('briefings', (db) => briefings.createBriefing(db, title, now())),
    updateBriefing: ({ id, ...changes }) => write('briefings', (db) => briefings.updateBriefing(db, id, changes, now())),
    getBriefingDocument: ({ id }) => read((db) => loadBriefingDocument(db, id, now())),

    exportBriefing: async ({ exportId, ...job }) => {
      const { title } = read((db) => briefings.getBriefing(db, job.briefingId));
      if (!ctx.chooseExportPath) throw new BriefingError('UNAVAILABLE', 'Saving files is not available here.');
      const target = await ctx.chooseExportPath(suggestedFileName(title, job.format), job.format);
      if (target === null) return { cancelled: true };
      const services = { library, printPdf: ctx.printPdf, labels: settings.get().highlightLabels, now };
      const saved = await exportToFile(services, job, target, (progress) => events.emit('exportProgress', { exportId, ...progress }));
      exported.add(saved.path);
      return { cancelled: false, ...saved };
    },
    showExportedFile: ({ path }) => {
      if (!exported.has(path)) throw new BriefingError('NOT_FOUND', 'Only a file exported in this session can be shown in its folder.');
      if (!ctx.showItemInFolder) return { shown: false };
      ctx.showItemInFolder(path);
      return { shown: true };
    },
    importBundle: async ({ importId, file }) => {
      let bytes: Uint8Array;
      if (file) {
        bytes = Buffer.from(file.data, 'base64');
      } else {
        if (!ctx.chooseBundleFile) throw new BriefingError('UNAVAILABLE', 'Choosing a file is not available here; drop the .briefing file on the window instead.');
        const chosen = await ctx.chooseBundleFile();
        if (chosen === null) return { cancelled: true };
        bytes = bundles.readBundleFile(chosen);
      }
      const summary = bundles.importBundle(library, bytes, {
        now: now(),
        onProgress: (progress) => events.emit('bundleImportProgress', { importId, ...progress }),
      });
      changed('briefings', 'articles', 'highlights', 'notes');
      return { cancelled: false, ...summary };
    },

    listArticles: (query) => read((db) => articles.listArticles(db, query)),
    getArticle: ({ id }) => read((db) => articles.getArticle(db, id)),
    setReadingStatus: ({ id, status }) => write('articles', (db) => articles.setReadingStatus(db, id, status)),
    setReadingPosition: ({ id, position }) => {
      // Scrolling saves often: tell the windows only when the status moved.
      const { readingStatus, statusChanged } = read((db) => articles.setReadingPosition(db, id, position));
      if (statusChanged) changed('articles');
      return { readingStatus };
    },
    getArticleNote: ({ articleId }) => read((db) => notes.getArticleNote(db, articleId)),
    saveArticleNote: ({ articleId, body }) => write('notes', (db) => notes.saveArticleNote(db, articleId, body, now())),

    listHighlights: ({ articleId }) => read((db) => highlights.listHighlights(db, articleId)),
    createHighlight: (input) => write('highlights', (db) => highlights.createHighlight(db, input, now())),
    updateHighlight: ({ id, ...changes }) => write('highlights', (db) => highlights.updateHighlight(db, id, changes, now())),
    deleteHighlight: ({ id }) => write('highlights', (db) => highlights.deleteHighlight(db, id)),
    restoreHighlight: ({ highlight }) => write('highlights', (db) => highlights.restoreHighlight(db, highlight)),

    importBatch: async ({ batchId, items, briefingId }) => {
      if (briefingId !== undefined) read((db) => briefings.getBriefing(db, briefingId));
      return imports.run({ batchId, items, briefingId }, (progress) => {
        events.emit('importProgress', progress);
        if (progress.outcome.status === 'saved' || (progress.outcome.status === 'duplicate' && briefingId !== undefined)) {
          changed('articles', 'briefings');
        }
      });
    },
    cancelImport: ({ batchId }) => ({ cancelled: imports.cancel(batchId) }),

    getSettings: () => settings.get(),
    updateSettings: (patch) => {
      const next = settings.update(patch);
      changed('settings');
      return next;
    },

    openExternal: async ({ url }) => {
      const checked = checkExternalUrl(url);
      if (!checked.ok) throw new BriefingError('INVALID_URL', checked.reason);
      await ctx.openExternal(checked.url);
      return { opened: true };
    },
  };
}
