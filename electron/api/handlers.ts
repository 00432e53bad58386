/** The handler table: one function per contract call, each over the services. */
import type { LibraryChangeKind } from '../../shared/contract.ts';
import { BriefingError } from '../../shared/result.ts';
import { checkExternalUrl } from '../../shared/urls.ts';
import * as articles from '../library/articles.ts';
import * as briefings from '../library/briefings.ts';
import * as highlights from '../library/highlights.ts';
import type { BatchRunner } from '../import/batch.ts';
import type { Library } from '../library/library.ts';
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
  now?: () => string;
}

export function createHandlers(ctx: HandlerContext): Handlers {
  const { library, settings, events, imports } = ctx;
  const now = ctx.now ?? (() => new Date().toISOString());
  const changed = (...kinds: LibraryChangeKind[]) => events.emit('libraryChanged', { kinds });

  return {
    getLibraryInfo: () => library.info(),

    listBriefings: () => library.transaction((db) => briefings.listBriefings(db)),
    getBriefing: ({ id }) => library.transaction((db) => briefings.getBriefing(db, id)),
    createBriefing: ({ title }) => {
      const created = library.transaction((db) => briefings.createBriefing(db, title, now()));
      changed('briefings');
      return created;
    },
    updateBriefing: ({ id, ...changes }) => {
      const updated = library.transaction((db) => briefings.updateBriefing(db, id, changes, now()));
      changed('briefings');
      return updated;
    },

    listArticles: (query) => library.transaction((db) => articles.listArticles(db, query)),
    getArticle: ({ id }) => library.transaction((db) => articles.getArticle(db, id)),
    setReadingStatus: ({ id, status }) => {
      const article = library.transaction((db) => articles.setReadingStatus(db, id, status));
      changed('articles');
      return article;
    },

    listHighlights: ({ articleId }) => library.transaction((db) => highlights.listHighlights(db, articleId)),
    createHighlight: (input) => {
      const created = library.transaction((db) => highlights.createHighlight(db, input, now()));
      changed('highlights');
      return created;
    },
    updateHighlight: ({ id, ...changes }) => {
      const updated = library.transaction((db) => highlights.updateHighlight(db, id, changes, now()));
      changed('highlights');
      return updated;
    },
    deleteHighlight: ({ id }) => {
      const deleted = library.transaction((db) => highlights.deleteHighlight(db, id));
      changed('highlights');
      return deleted;
    },
    restoreHighlight: ({ highlight }) => {
      const restored = library.transaction((db) => highlights.restoreHighlight(db, highlight));
      changed('highlights');
      return restored;
    },

    importBatch: async ({ batchId, items, briefingId }) => {
      if (briefingId !== undefined) library.transaction((db) => briefings.getBriefing(db, briefingId));
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
