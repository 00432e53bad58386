/** The handler table: one function per contract call, each over the services. */
import type { LibraryChangeKind } from '../../shared/contract.ts';
import { BriefingError } from '../../shared/result.ts';
import { checkExternalUrl } from '../../shared/urls.ts';
import { loadBriefingDocument } from '../export/briefing-document.ts';
import * as articles from '../library/articles.ts';
import * as briefings from '../library/briefings.ts';
import * as entities from '../library/entities.ts';
import * as evaluation from '../library/evaluation.ts';
import * as highlights from '../library/highlights.ts';
import * as notes from '../library/notes.ts';
import type { BatchRunner } from '../import/batch.ts';
import type { Refetcher } from '../import/refetch.ts';
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
  refetcher: Refetcher;
  /** Opens an already validated http(s) URL in the system browser. */
  openExternal: (url: string) => Promise<void>;
  now?: () => string;
}

export function createHandlers(ctx: HandlerContext): Handlers {
  const { library, settings, events, imports, refetcher } = ctx;
  const now = ctx.now ?? (() => new Date().toISOString());
  const changed = (...kinds: LibraryChangeKind[]) => events.emit('libraryChanged', { kinds });
  const read = <T>(work: (db: Db) => T): T => library.transaction(work);
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
          changed('articles', 'briefings', 'entities');
        }
      });
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

    refetchArticle: ({ id }) => refetcher.preview(id),
    replaceArticleText: ({ id, token }) => {
      const replaced = refetcher.replace(id, token);
      changed('articles', 'entities');
      return replaced;
    },
    keepSavedVersion: ({ token }) => refetcher.discard(token),

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
