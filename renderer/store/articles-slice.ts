/**
 * The middle pane's list: the articles of the current view, sorted and
 * filtered, fetched a page at a time where the person scrolls (the list knows
 * its total; rows not fetched yet are holes; a briefing's list is fetched
 * whole, so that it can be reordered on screen). Kept as ids plus a map, so that
 * a row re-renders only when its own article changes (marking one article
 * read repaints one row).
 */
import { api } from '../api.ts';
import type { ArticleSummary } from '../../shared/model.ts';
import type { ArticleFilters, ArticleSort, SortDirection } from '../../shared/organize.ts';
import { createPagedLoader } from '../list/paged-loader.ts';
import type { LibraryView, LoadStatus, SliceCreator } from './types.ts';

export const ARTICLE_PAGE_SIZE = 100;

/** The sort the person chose; null: the view's own (newest saved, or briefing order). */
export interface ListSort {
  sort: ArticleSort;
  direction: SortDirection;
}

export interface ArticlesSlice {
  /** In list order, index → id; holes are rows not fetched yet. Its length is the total. */
  articleIds: Array<number | undefined>;
  articlesById: Record<number, ArticleSummary>;
  /** How many articles the view holds in all. */
  articlesTotal: number;
  articlesStatus: LoadStatus;
  articlesError: string | null;
  articleSort: ListSort | null;
  /** The filter bar's filters, on top of the view's own. */
  articleFilters: ArticleFilters;
  /**
   * Loads the current view's first page. With `refresh`, reloads in place
   * (the pages in view, no loading state): for library changes.
   */
  loadArticles: (options?: { refresh?: boolean }) => Promise<void>;
  /** Fetches the pages holding rows [start, end) that are not loaded yet. */
  loadArticleRange: (start: number, end: number) => Promise<void>;
  setArticleSort: (sort: ListSort | null) => void;
  setArticleFilters: (filters: ArticleFilters) => void;
  /** Applies a change already known (e.g. a new reading status) to a loaded row. */
  patchArticle: (id: number, patch: Partial<ArticleSummary>) => void;
}

/** The view's own filter (its briefing, its tag, unread). */
export function articleQuery(view: LibraryView): ArticleFilters {
  switch (view.kind) {
    case 'all':
    case 'evidence':
    case 'entities':
    case 'timeline':
      return {};
    case 'unread':
      return { status: 'unread' };
    case 'briefing':
      return { briefingId: view.id };
    case 'tag':
      return { tagId: view.id };
  }
}

export const createArticlesSlice: SliceCreator<ArticlesSlice> = (set, get) => {
  const pages = createPagedLoader<ArticleSummary>({
    pageSize: ARTICLE_PAGE_SIZE,
    noun: 'articles',
    idOf: (article) => article.id,
    fetchPage: (offset, limit) => {
      const { view, articleSort, articleFilters } = get();
      return api.listArticles({ ...articleFilters, ...articleQuery(view), ...(articleSort ?? {}), offset, limit });
    },
    read: () => {
      const s = get();
      return { ids: s.articleIds, byId: s.articlesById, total: s.articlesTotal, status: s.articlesStatus, error: s.articlesError };
    },
    write: (change) =>
      set((s) => {
        const next = change({ ids: s.articleIds, byId: s.articlesById, total: s.articlesTotal, status: s.articlesStatus, error: s.articlesError });
        return {
          ...(next.ids !== undefined ? { articleIds: next.ids } : {}),
          ...(next.byId !== undefined ? { articlesById: next.byId } : {}),
          ...(next.total !== undefined ? { articlesTotal: next.total } : {}),
          ...(next.status !== undefined ? { articlesStatus: next.status } : {}),
          ...(next.error !== undefined ? { articlesError: next.error } : {}),
        };
      }),
    report: (title, error, retry) => get().reportError(title, error, retry),
  });

  return {
    articleIds: [],
    articlesById: {},
    articlesTotal: 0,
    articlesStatus: 'idle',
    articlesError: null,
    articleSort: null,
    articleFilters: {},

    async loadArticles(options) {
      await pages.load(options);
      // A briefing is short (a few hundred articles at most) and reordered as a whole: all of it is loaded.
      const { view, articlesStatus, articlesTotal } = get();
      if (view.kind === 'briefing' && articlesStatus === 'ready') await pages.loadRange(0, articlesTotal);
    },
    loadArticleRange: (start, end) => pages.loadRange(start, end),

    setArticleSort(sort) {
      set({ articleSort: sort });
      void get().loadArticles();
    },

    setArticleFilters(filters) {
      set({ articleFilters: filters });
      void get().loadArticles();
    },

    patchArticle(id, patch) {
      set((state) => {
        const current = state.articlesById[id];
        if (!current) return {};
        return { articlesById: { ...state.articlesById, [id]: { ...current, ...patch } } };
      });
    },
  };
};
