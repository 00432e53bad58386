/**
 * The reader: the selected article in full, its reading status, and leaving
 * the app for its source. Future reader features (highlights, notes, reading
 * position) join this slice or sit beside it.
 */
import { api, errorMessage, isApiError } from '../api.ts';
import type { Article, ReadingStatus } from '../../shared/model.ts';
import type { LoadStatus, SliceCreator } from './types.ts';

export interface ReaderSlice {
  readerArticle: Article | null;
  readerStatus: LoadStatus;
  readerError: string | null;
  /** Loads the article into the reader (null empties it). `refresh` reloads without a loading state. */
  loadReaderArticle: (id: number | null, options?: { refresh?: boolean }) => Promise<void>;
  setReadingStatus: (id: number, status: ReadingStatus) => Promise<void>;
  /** Opens a web address in the system browser; the app window never navigates. */
  openExternal: (url: string) => Promise<void>;
}

export const createReaderSlice: SliceCreator<ReaderSlice> = (set, get) => {
  let request = 0;

  return {
    readerArticle: null,
    readerStatus: 'idle',
    readerError: null,

    async loadReaderArticle(id, options = {}) {
      const mine = ++request;
      if (id === null) {
        set({ readerArticle: null, readerStatus: 'idle', readerError: null });
        return;
      }
      if (!options.refresh) set({ readerArticle: null, readerStatus: 'loading', readerError: null });
      // Opening: the highlights are fetched alongside, and the article waits for them, so that it is laid out
      // once, with its marks, rather than laid out bare and then again (a 15,000-word article takes a while).
      const highlightsLoaded = options.refresh ? null : get().loadHighlights(id);
      try {
        const article = await api.getArticle({ id });
        await highlightsLoaded;
        if (mine !== request) return;
        set({ readerArticle: article, readerStatus: 'ready', readerError: null });
        get().patchArticle(id, { readingStatus: article.readingStatus, title: article.title });
      } catch (error) {
        if (mine !== request) return;
        const message =
          isApiError(error) && error.code === 'NOT_FOUND'
            ? 'This article is no longer in the library.'
            : errorMessage(error);
        set({ readerArticle: null, readerStatus: 'error', readerError: message });
      }
    },

    async setReadingStatus(id, status) {
      const before = get().readerArticle?.id === id ? get().readerArticle?.readingStatus : get().articlesById[id]?.readingStatus;
      const apply = (readingStatus: ReadingStatus) => {
        get().patchArticle(id, { readingStatus });
        set((state) =>
          state.readerArticle?.id === id ? { readerArticle: { ...state.readerArticle, readingStatus } } : {},
        );
      };
      apply(status);
      try {
        const article = await api.setReadingStatus({ id, status });
        apply(article.readingStatus);
      } catch (error) {
        if (before) apply(before);
        const what = status === 'read' ? 'read' : 'unread';
        get().reportError(`Couldn't mark the article as ${what}`, error, () => void get().setReadingStatus(id, status));
      }
    },

    async openExternal(url) {
      try {
        await api.openExternal({ url });
      } catch (error) {
        get().reportError("Couldn't open the link", error);
      }
    },
  };
};
