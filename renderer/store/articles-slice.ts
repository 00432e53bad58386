/**
 * The middle pane's list: the articles of the current view, a page at a time.
 * Kept as ids plus a map, so that a row re-renders only when its own article
 * changes (marking one article read repaints one row).
 */
import { api } from '../api.ts';
import type { CallArgs } from '../../shared/contract.ts';
import type { ArticleSummary } from '../../shared/model.ts';
import type { LibraryView, LoadStatus, SliceCreator } from './types.ts';

export const ARTICLE_PAGE_SIZE = 100;
/** The most the contract returns in one call. */
const MAX_PAGE = 500;

export interface ArticlesSlice {
  /** In list order. */
  articleIds: number[];
  articlesById: Record<number, ArticleSummary>;
  /** How many articles the view holds in all (more than loaded when paged). */
  articlesTotal: number;
  articlesStatus: LoadStatus;
  articlesError: string | null;
  /**
   * Loads the current view's first page. With `refresh`, reloads in place
   * (as many as are loaded, no loading state): for library changes.
   */
  loadArticles: (options?: { refresh?: boolean }) => Promise<void>;
  loadMoreArticles: () => Promise<void>;
  /** Applies a change already known (e.g. a new reading status) to a loaded row. */
  patchArticle: (id: number, patch: Partial<ArticleSummary>) => void;
}

export function articleQuery(view: LibraryView): Omit<CallArgs<'listArticles'>, 'offset' | 'limit'> {
  switch (view.kind) {
    case 'all':
    case 'entities':
    case 'timeline':
      return {};
    case 'unread':
      return { status: 'unread' };
    case 'briefing':
      return { briefingId: view.id };
  }
}

function byId(items: ArticleSummary[]): Record<number, ArticleSummary> {
  return Object.fromEntries(items.map((item) => [item.id, item]));
}

export const createArticlesSlice: SliceCreator<ArticlesSlice> = (set, get) => {
  /** Answers to an older request (the view changed meanwhile) are dropped. */
  let request = 0;

  return {
    articleIds: [],
    articlesById: {},
    articlesTotal: 0,
    articlesStatus: 'idle',
    articlesError: null,

    async loadArticles(options = {}) {
      const mine = ++request;
      const { view, articleIds } = get();
      const limit = options.refresh
        ? Math.min(MAX_PAGE, Math.max(ARTICLE_PAGE_SIZE, articleIds.length))
        : ARTICLE_PAGE_SIZE;
      if (!options.refresh) {
        set({ articleIds: [], articlesById: {}, articlesTotal: 0, articlesStatus: 'loading', articlesError: null });
      }
      try {
        const page = await api.listArticles({ ...articleQuery(view), offset: 0, limit });
        if (mine !== request) return;
        set({
          articleIds: page.items.map((a) => a.id),
          articlesById: byId(page.items),
          articlesTotal: page.total,
          articlesStatus: 'ready',
          articlesError: null,
        });
      } catch (error) {
        if (mine !== request) return;
        if (options.refresh && get().articlesStatus === 'ready') {
          get().reportError("Couldn't refresh the article list", error, () => void get().loadArticles());
          return;
        }
        set({ articlesStatus: 'error', articlesError: error instanceof Error ? error.message : String(error) });
      }
    },

    async loadMoreArticles() {
      const { view, articleIds, articlesTotal, articlesStatus } = get();
      if (articlesStatus !== 'ready' || articleIds.length >= articlesTotal) return;
      const mine = ++request;
      set({ articlesStatus: 'loading' });
      try {
        const page = await api.listArticles({
          ...articleQuery(view),
          offset: articleIds.length,
          limit: ARTICLE_PAGE_SIZE,
        });
        if (mine !== request) return;
        set((state) => {
          const known = new Set(state.articleIds);
          const fresh = page.items.filter((a) => !known.has(a.id));
          return {
            articleIds: [...state.articleIds, ...fresh.map((a) => a.id)],
            articlesById: { ...state.articlesById, ...byId(fresh) },
            articlesTotal: page.total,
            articlesStatus: 'ready',
          };
        });
      } catch (error) {
        if (mine !== request) return;
        set({ articlesStatus: 'ready' });
        get().reportError("Couldn't load more articles", error, () => void get().loadMoreArticles());
      }
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
