/**
 * The search palette: its query, filters and results, and the place in an
 * article a chosen hit opens at. Every keystroke asks main again; an answer to
 * an older query is dropped, so results always belong to what is typed.
 */
import { api } from '../api.ts';
import type { SearchFacets, SearchFilters, SearchHit } from '../../shared/search/model.ts';
import type { LoadStatus, SliceCreator } from './types.ts';

/** Hits shown at once in the palette. */
export const SEARCH_PAGE_SIZE = 30;

/** Where the reader scrolls to, and flashes, when it shows this article. */
export interface SearchTarget {
  articleId: number;
  offset: number;
  length: number;
}

export interface SearchSlice {
  searchOpen: boolean;
  searchQuery: string;
  searchFilters: SearchFilters;
  searchHits: SearchHit[];
  /** True when the hits are the most recent articles (nothing to search for). */
  searchRecent: boolean;
  searchMore: boolean;
  searchStatus: LoadStatus;
  searchError: string | null;
  searchFacets: SearchFacets;
  searchTarget: SearchTarget | null;
  openSearch: () => void;
  closeSearch: () => void;
  setSearchQuery: (query: string) => void;
  setSearchFilters: (filters: SearchFilters) => void;
  loadMoreSearchHits: () => Promise<void>;
  /** Opens the hit's article in the reader, at the match. */
  openSearchHit: (hit: SearchHit) => void;
  /** The reader has shown the target. */
  clearSearchTarget: () => void;
}

export const createSearchSlice: SliceCreator<SearchSlice> = (set, get) => {
  let request = 0;

  const run = async (append: boolean) => {
    const mine = ++request;
    const { searchQuery, searchFilters, searchHits } = get();
    const offset = append ? searchHits.length : 0;
    set({ searchStatus: 'loading' });
    try {
      const result = await api.search({ query: searchQuery, filters: searchFilters, limit: SEARCH_PAGE_SIZE, offset });
      if (mine !== request) return;
      set({
        searchHits: append ? [...searchHits, ...result.hits] : result.hits,
        searchRecent: result.recent,
        searchMore: result.more,
        searchStatus: 'ready',
        searchError: null,
      });
    } catch (error) {
      if (mine !== request) return;
      set({ searchStatus: 'error', searchError: error instanceof Error ? error.message : String(error) });
    }
  };

  const loadFacets = async () => {
    try {
      set({ searchFacets: await api.searchFacets({}) });
    } catch {
      // Without them the site and tag filters offer nothing to choose; search still works.
    }
  };

  return {
    searchOpen: false,
    searchQuery: '',
    searchFilters: {},
    searchHits: [],
    searchRecent: false,
    searchMore: false,
    searchStatus: 'idle',
    searchError: null,
    searchFacets: { sites: [], tags: [] },
    searchTarget: null,

    openSearch() {
      if (get().searchOpen) return;
      set({ searchOpen: true });
      void run(false);
      void loadFacets();
    },
    closeSearch() {
      request += 1;
      set({ searchOpen: false });
    },
    setSearchQuery(query) {
      set({ searchQuery: query });
      void run(false);
    },
    setSearchFilters(filters) {
      set({ searchFilters: filters });
      void run(false);
    },
    async loadMoreSearchHits() {
      if (get().searchMore && get().searchStatus !== 'loading') await run(true);
    },
    openSearchHit(hit) {
      set({
        searchOpen: false,
        searchTarget: hit.offset === null ? null : { articleId: hit.articleId, offset: hit.offset, length: Math.max(1, hit.length) },
      });
      const { view, articlesById, selectView, selectArticle } = get();
      // An article outside the list shown opens in the whole library's list.
      if (articlesById[hit.articleId] === undefined && view.kind !== 'all') selectView({ kind: 'all' }, { articleId: hit.articleId });
      else selectArticle(hit.articleId);
    },
    clearSearchTarget() {
      set({ searchTarget: null });
    },
  };
};
