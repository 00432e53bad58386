/**
 * Fetches a long list a page at a time where the person scrolls: the first
 * page on load, then any page the visible rows need. Answers for an older
 * list (the view, sort or filters changed meanwhile) are dropped; a refresh
 * (the library changed) fetches again the first page and the pages in view,
 * in place, without a loading state.
 */
import type { LoadStatus } from '../store/types.ts';
import { isLoaded, pagesCovering, placePage } from './paged.ts';

export interface PagedState<Item> {
  /** In list order, index → id; holes are rows not fetched yet. Its length is the total. */
  ids: Array<number | undefined>;
  byId: Record<number, Item>;
  total: number;
  status: LoadStatus;
  error: string | null;
}

export interface PagedLoaderConfig<Item> {
  pageSize: number;
  fetchPage: (offset: number, limit: number) => Promise<{ items: Item[]; total: number }>;
  idOf: (item: Item) => number;
  read: () => PagedState<Item>;
  write: (change: (state: PagedState<Item>) => Partial<PagedState<Item>>) => void;
  /** A refresh or a later page failed while the list is on screen: say so, with a retry. */
  report: (title: string, error: unknown, retry: () => void) => void;
  /** "articles", "highlights": for the notices. */
  noun: string;
}

export interface PagedLoader {
  load: (options?: { refresh?: boolean }) => Promise<void>;
  /** Fetches the pages holding rows [start, end) that are not loaded or asked for yet. */
  loadRange: (start: number, end: number) => Promise<void>;
}

/** A refresh fetches again at most this many pages in view; the rest when scrolled to. */
const REFRESH_PAGES = 3;

export function createPagedLoader<Item>(config: PagedLoaderConfig<Item>): PagedLoader {
  const { pageSize, fetchPage, idOf, read, write, report, noun } = config;
  let generation = 0;
  let requested = new Set<number>();
  let lastRange: [number, number] = [0, pageSize];
  const byId = (items: Item[]) => Object.fromEntries(items.map((item) => [idOf(item), item])) as Record<number, Item>;

  const loader: PagedLoader = {
    async load(options = {}) {
      const mine = ++generation;
      const inView = pagesCovering(lastRange[0], lastRange[1], pageSize, read().total);
      const pages = options.refresh ? [...new Set([0, ...inView.slice(0, REFRESH_PAGES)])] : [0];
      requested = new Set(pages);
      if (!options.refresh) {
        lastRange = [0, pageSize];
        write(() => ({ ids: [], byId: {}, total: 0, status: 'loading', error: null }));
      }
      try {
        const results = await Promise.all(pages.map((page) => fetchPage(page * pageSize, pageSize)));
        if (mine !== generation) return;
        const total = results[0]?.total ?? 0;
        let ids: Array<number | undefined> = [];
        const items: Record<number, Item> = {};
        results.forEach((result, i) => {
          ids = placePage(ids, total, pages[i]! * pageSize, result.items.map(idOf));
          Object.assign(items, byId(result.items));
        });
        write(() => ({ ids, byId: items, total, status: 'ready', error: null }));
      } catch (error) {
        if (mine !== generation) return;
        if (options.refresh && read().status === 'ready') {
          report(`Couldn't refresh the ${noun}`, error, () => void loader.load());
          return;
        }
        write(() => ({ status: 'error', error: error instanceof Error ? error.message : String(error) }));
      }
    },

    async loadRange(start, end) {
      const { ids, total, status } = read();
      lastRange = [start, end];
      if (status !== 'ready' || isLoaded(ids, start, Math.min(end, total))) return;
      const mine = generation;
      const pages = pagesCovering(start, end, pageSize, total).filter((page) => !requested.has(page));
      for (const page of pages) requested.add(page);
      try {
        await Promise.all(
          pages.map(async (page) => {
            const result = await fetchPage(page * pageSize, pageSize);
            if (mine !== generation) return;
            write((state) => ({
              ids: placePage(state.ids, result.total, page * pageSize, result.items.map(idOf)),
              byId: { ...state.byId, ...byId(result.items) },
              total: result.total,
            }));
          }),
        );
      } catch (error) {
        for (const page of pages) requested.delete(page);
        if (mine !== generation) return;
        report(`Couldn't load more ${noun}`, error, () => void loader.loadRange(start, end));
      }
    },
  };
  return loader;
}
