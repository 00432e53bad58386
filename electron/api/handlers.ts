/** The handler table: one function per contract call, each over the services. */
import { isAbsolute } from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import type { LibraryChangeKind } from '../../shared/contract.ts';
import { suggestedFileName, type ExportFormat } from '../../shared/export.ts';
import { BriefingError } from '../../shared/result.ts';
import { checkExternalUrl } from '../../shared/urls.ts';
import { loadBriefingDocument, loadExportDocument } from '../export/briefing-document.ts';
import { exportToFile } from '../export/export.ts';
import type { PdfPrinter } from '../export/printer.ts';
import * as bundles from '../import/bundle.ts';
import { applyCleanedCopyReview, getCleanedCopyReview } from '../import/cleaned-copy.ts';
import { extractBriefingArticles } from '../library/backfill.ts';
import type { Extractor } from '../import/extractor.ts';
import * as bundleOffers from '../library/bundle-offers.ts';
import * as articles from '../library/articles.ts';
import { updateArticleDetails } from '../library/article-details.ts';
import { articleDeletionImpact, createDeletedArticlesShelf, deleteArticles, restoreDeletedArticles } from '../library/article-deletion.ts';
import { readArticleDetails } from '../../shared/articles.ts';
import * as briefings from '../library/briefings.ts';
import * as evidence from '../library/evidence.ts';
import * as entities from '../library/entities.ts';
import * as evaluation from '../library/evaluation.ts';
import * as highlights from '../library/highlights.ts';
import * as judgments from '../library/judgments.ts';
import * as notes from '../library/notes.ts';
import * as tags from '../library/tags.ts';
import { searchFacets } from '../library/search.ts';
import type { SearchPool } from '../library/search-pool.ts';
import type { BatchRunner } from '../import/batch.ts';
import type { Refetcher } from '../import/refetch.ts';
import type { Library } from '../library/library.ts';
import type { Db } from '../library/open.ts';
import type { LibrarySession } from '../library/session.ts';
import type { SettingsService } from '../settings/settings.ts';
import type { Handlers } from './dispatch.ts';
import type { EventHub } from './events.ts';

export interface HandlerContext {
  library: Library;
  session: LibrarySession;
  settings: SettingsService;
  events: EventHub;
  imports: BatchRunner;
  /** Runs searches on worker threads. */
  searchPool: SearchPool;
  refetcher: Refetcher;
  /** The import worker, which also sanitizes bundle articles under its time limit; without it, a bundle import starts its own. */
  extractor?: Extractor | undefined;
  /** Opens an already validated http(s) URL in the system browser. */
  openExternal: (url: string) => Promise<void>;
  /** The app's folder dialog; without it a library folder is given as a path. */
  pickFolder?: () => Promise<string | null>;
  quit?: () => void;
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

const EVERYTHING: LibraryChangeKind[] = ['briefings', 'articles', 'highlights', 'notes', 'judgments', 'entities'];

export function createHandlers(ctx: HandlerContext): Handlers {
  const { library, session, settings, events, imports, refetcher, searchPool } = ctx;
  /** Import batches under way: the library is not swapped under them. */
  let importsRunning = 0;
  const refuseDuringImport = (what: string) => {
    if (importsRunning > 0) throw new BriefingError('BUSY', `An import is running; wait for it to finish (or cancel it), then ${what}.`);
  };
  const now = ctx.now ?? (() => new Date().toISOString());
  const changed = (...kinds: LibraryChangeKind[]) => events.emit('libraryChanged', { kinds });
  const read = <T>(work: (db: Db) => T): T => library.transaction(work);
  /** Files this session exported: the only ones "Show in folder" may reveal. */
  const exported = new Set<string>();
  /** One transaction, then tell the windows what kind of thing changed. */
  const write = <T>(kind: LibraryChangeKind | LibraryChangeKind[], work: (db: Db) => T): T => {
    const result = library.transaction(work);
    changed(...[kind].flat());
    return result;
  };
  /** Tags show on articles and highlights: a tag's change reloads those too. */
  const TAG_CHANGE: LibraryChangeKind[] = ['tags', 'articles', 'highlights'];
  /** Deleting an article takes it out of briefings, with its highlights, notes, names and dates. */
  const ARTICLE_DELETE: LibraryChangeKind[] = ['articles', 'briefings', 'highlights', 'notes', 'judgments', 'entities', 'tags'];
  const deletedArticles = createDeletedArticlesShelf();

  return {
    getAppInfo: () => ({ name: packageJson.productName, version: packageJson.version }),
    getLibraryInfo: () => library.info(),

    listBriefings: () => read((db) => briefings.listBriefings(db)),
    getBriefing: ({ id }) => read((db) => briefings.getBriefing(db, id)),
    createBriefing: ({ title, date }) => write('briefings', (db) => briefings.createBriefing(db, title, now(), date)),
    updateBriefing: ({ id, ...changes }) => write('briefings', (db) => briefings.updateBriefing(db, id, changes, now())),
    listJudgments: ({ briefingId }) => read((db) => judgments.listJudgments(db, briefingId)),
    createJudgment: (input) => write('judgments', (db) => judgments.createJudgment(db, input, now())),
    updateJudgment: ({ id, highlightIds, ...changes }) =>
      write('judgments', (db) => {
        const updated = judgments.updateJudgment(db, id, changes, now());
        return highlightIds === undefined ? updated : judgments.setCitations(db, id, highlightIds, now());
      }),
    setJudgmentCitations: ({ id, highlightIds }) => write('judgments', (db) => judgments.setCitations(db, id, highlightIds, now())),
    moveJudgment: ({ id, index }) => write('judgments', (db) => judgments.moveJudgment(db, id, index, now())),
    deleteJudgment: ({ id }) => write('judgments', (db) => judgments.deleteJudgment(db, id, now())),
    restoreJudgment: ({ deleted }) => write('judgments', (db) => judgments.restoreJudgment(db, deleted, now())),
    getBriefingDocument: ({ id }) => read((db) => loadBriefingDocument(db, id, now())),
    getExportDocument: ({ id }) => read((db) => loadExportDocument(db, id, now())),
    listLeftOut: ({ id }) => read((db) => loadExportDocument(db, id, now()).leftOut),
    duplicateBriefing: ({ id }) => write('briefings', (db) => briefings.duplicateBriefing(db, id, now())),
    deleteBriefing: ({ id }) => write('briefings', (db) => briefings.deleteBriefing(db, id)),
    restoreBriefing: ({ deleted }) => write('briefings', (db) => briefings.restoreBriefing(db, deleted)),
    addArticlesToBriefing: ({ briefingId, articleIds }) =>
      write('briefings', (db) => briefings.addArticles(db, briefingId, articleIds, now())),
    removeArticlesFromBriefing: ({ briefingId, articleIds }) =>
      write('briefings', (db) => briefings.removeArticles(db, briefingId, articleIds, now())),
    restoreArticlesToBriefing: ({ briefingId, places }) =>
      write('briefings', (db) => briefings.restoreArticles(db, briefingId, places, now())),
    moveArticleInBriefing: ({ briefingId, articleId, index }) =>
      write('briefings', (db) => briefings.moveArticle(db, briefingId, articleId, index, now())),

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
      const summary = await bundles.importBundle(library, bytes, {
        now: now(),
        ...(ctx.extractor ? { extractor: ctx.extractor } : {}),
        onProgress: (progress) => events.emit('bundleImportProgress', { importId, ...progress }),
      });
      changed('briefings', 'articles', 'highlights', 'notes', 'judgments');
      return { cancelled: false, ...summary };
    },

    listArticles: (query) => read((db) => articles.listArticles(db, query)),
    listSites: () => read((db) => articles.listSites(db)),
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

    listAllHighlights: (query) => read((db) => evidence.listAllHighlights(db, query)),
    addHighlightsToBriefing: ({ briefingId, highlightIds }) =>
      write(['briefings', 'articles'], (db) => evidence.addHighlightsToBriefing(db, briefingId, highlightIds, now())),

    listTags: () => read((db) => tags.listTags(db)),
    createTag: ({ name }) => write('tags', (db) => tags.createTag(db, name)),
    renameTag: ({ id, name }) => write(TAG_CHANGE, (db) => tags.renameTag(db, id, name)),
    mergeTags: ({ sourceId, targetId }) => write(TAG_CHANGE, (db) => tags.mergeTags(db, sourceId, targetId)),
    deleteTag: ({ id }) => write(TAG_CHANGE, (db) => tags.deleteTag(db, id)),
    restoreTag: ({ deleted }) => write(TAG_CHANGE, (db) => tags.restoreTag(db, deleted)),
    tagItems: ({ kind, ids, name }) => write(['tags', kind === 'article' ? 'articles' : 'highlights'], (db) => tags.tagItems(db, kind, ids, name)),
    untagItems: ({ kind, ids, tagId }) =>
      write(['tags', kind === 'article' ? 'articles' : 'highlights'], (db) => tags.untagItems(db, kind, ids, tagId)),
    search: (request) => searchPool.search(library, request),
    searchFacets: () => read((db) => searchFacets(db)),

    importBatch: async ({ batchId, items, briefingId }) => {
      if (briefingId !== undefined) read((db) => briefings.getBriefing(db, briefingId));
      importsRunning++;
      try {
        return await imports.run({ batchId, items, briefingId }, (progress) => {
          events.emit('importProgress', progress);
          if (progress.outcome.status === 'saved' || (progress.outcome.status === 'duplicate' && briefingId !== undefined)) {
            changed('articles', 'briefings', 'entities');
          }
        });
      } finally {
        importsRunning--;
      }
    },
    cancelImport: ({ batchId }) => ({ cancelled: imports.cancel(batchId) }),

    setSourceGrade: ({ id, grade }) => write('articles', (db) => evaluation.setSourceGrade(db, id, grade)),
    setArticleMarking: ({ id, marking }) => write('articles', (db) => evaluation.setArticleMarking(db, id, marking)),
    setHighlightCredibility: ({ id, credibility }) =>
      write('highlights', (db) => evaluation.setHighlightCredibility(db, id, credibility, now())),
    setHighlightMarking: ({ id, marking }) => write('highlights', (db) => evaluation.setHighlightMarking(db, id, marking, now())),

    listEntities: (query) => read((db) => entities.listEntities(db, query)),
    getEntity: ({ id, briefingId }) => read((db) => entities.getEntity(db, id, briefingId)),
    renameEntity: ({ id, name }) => write('entities', (db) => entities.renameEntity(db, id, name)),
    mergeEntities: ({ id, others }) => write('entities', (db) => entities.mergeEntities(db, id, others)),
    ignoreEntity: ({ id }) => write('entities', (db) => entities.ignoreEntity(db, id)),
    listEvents: (query) => read((db) => entities.listEvents(db, query)),
    setEntityHiddenInExport: ({ id, hidden }) => write('entities', (db) => entities.setEntityHiddenInExport(db, id, hidden)),
    setEventHiddenInExport: ({ id, hidden }) => write('entities', (db) => entities.setEventHiddenInExport(db, id, hidden)),
    getExportContents: async ({ id }) => {
      await extractBriefingArticles(library, id, now());
      return read((db) => {
        const document = loadExportDocument(db, id, now());
        return {
          entities: document.entities.length,
          hiddenEntities: document.hiddenFromExport.entities,
          events: document.timeline.length,
          hiddenEvents: document.hiddenFromExport.events,
          undatedEvents: document.timeline.filter((event) => event.date === null).length,
        };
      });
    },

    refetchArticle: ({ id }) => refetcher.preview(id),
    replaceArticleText: ({ id, token }) => {
      const replaced = refetcher.replace(id, token);
      changed('articles', 'entities');
      return replaced;
    },
    keepSavedVersion: ({ token }) => refetcher.discard(token),
    getCleanedCopyReview: ({ articleId }) => getCleanedCopyReview(library, articleId),
    applyCleanedCopyReview: async ({ articleId, overrides }) => {
      const applied = await applyCleanedCopyReview(library, articleId, overrides, now());
      if (applied.textChanged) changed('articles', 'entities');
      return applied;
    },

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

    getLibraryStatus: () => session.status(),
    listBackups: () => session.listBackups(),
    backupNow: () => session.backupNow(),
    restoreBackup: async ({ name }) => {
      refuseDuringImport('restore the backup');
      const result = await session.restore(name);
      changed(...EVERYTHING);
      return result;
    },
    openLibraryFolder: async ({ path }) => {
      refuseDuringImport('open the other library');
      let folder = path ?? null;
      if (ctx.pickFolder) {
        if (path !== undefined) throw new BriefingError('INVALID_ARGUMENTS', 'Choose the folder in the dialog.');
        folder = await ctx.pickFolder();
        if (folder === null) return session.status();
        refuseDuringImport('open the other library');
      } else if (folder === null || !isAbsolute(folder)) {
        throw new BriefingError('INVALID_ARGUMENTS', 'Type the full path of the library folder, e.g. /home/me/Briefings.');
      }
      const status = await session.openFolder(folder);
      settings.setLibraryDir(status.dir);
      changed(...EVERYTHING);
      return status;
    },
    quitApp: () => {
      ctx.quit?.();
      return { quitting: ctx.quit !== undefined };
    },

    updateArticleDetails: async ({ id, ...input }) => {
      const checked = readArticleDetails(input);
      if (!checked.ok) throw new BriefingError('INVALID_ARGUMENTS', checked.reason);
      const { extractArticle } = await import('../../shared/tradecraft/extract.ts');
      return write(['articles', 'entities'], (db) => updateArticleDetails(db, id, checked.changes, now(), extractArticle));
    },
    describeArticleDeletion: ({ ids }) => read((db) => articleDeletionImpact(db, ids)),
    deleteArticles: ({ ids }) =>
      write(ARTICLE_DELETE, (db) => {
        const { articles: gone, record } = deleteArticles(db, ids);
        return deletedArticles.put(db, gone, record);
      }),
    restoreDeletedArticles: ({ token }) => {
      const restored = write(ARTICLE_DELETE, (db) => restoreDeletedArticles(db, deletedArticles.get(db, token)));
      deletedArticles.drop(token);
      return { articles: restored };
    },
    openLibraryAsItIs: async () => {
      const status = await session.openAsItIs();
      changed(...EVERYTHING);
      return status;
    },
    listBundleOffers: () => read((db) => bundleOffers.listBundleOffers(db)),
    acceptBundleOffers: ({ ids }) => {
      const result = library.transaction((db) => bundleOffers.acceptBundleOffers(db, ids, now()));
      changed('articles', 'highlights', 'notes', 'tags', 'judgments');
      return result;
    },
    dismissBundleOffers: ({ ids }) => library.transaction((db) => bundleOffers.dismissBundleOffers(db, ids)),
  };
}
