/**
 * What the person is looking at: the library view in the middle pane and the
 * article in the reader. Both are remembered for this window (sessionStorage),
 * so a reload comes back to the same place. Shift and Ctrl/Cmd in the list
 * select more articles at once (for "Add to briefing…", remove); the reader
 * keeps showing the article the selection started from.
 */
import type { LibraryView, SliceCreator } from './types.ts';
import { sameView } from './types.ts';

export interface SelectionSlice {
  view: LibraryView;
  selectedArticleId: number | null;
  /** Shows a view; a different view empties the reader unless `articleId` is given. */
  selectView: (view: LibraryView, options?: { articleId?: number | null }) => void;
  selectArticle: (id: number | null) => void;
  /** The articles selected in the list, in list order; the reader's article is one of them. */
  selectedArticleIds: number[];
  /** Ctrl/Cmd+click: adds an article to the selection, or takes it out. */
  toggleArticleSelected: (id: number) => void;
  /** Shift+click, Shift+arrows: selects every article between the reader's and `id`. */
  selectArticlesThrough: (id: number) => void;
}

/** The ids of `order` from `from` to `to`, inclusive, whichever comes first. */
function span(order: readonly number[], from: number, to: number): number[] {
  const a = order.indexOf(from);
  const b = order.indexOf(to);
  if (a < 0 || b < 0) return [to];
  return order.slice(Math.min(a, b), Math.max(a, b) + 1);
}

const STORAGE_KEY = 'briefing-reader:selection';

interface SavedSelection {
  view: LibraryView;
  articleId: number | null;
}

const isId = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value > 0;

/** The selection saved by this window before a reload, if it is well formed. */
export function readSavedSelection(): SavedSelection | null {
  try {
    const raw: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return null;
    const { view, articleId } = raw as { view?: { kind?: unknown; id?: unknown }; articleId?: unknown };
    const article = isId(articleId) ? articleId : null;
    if (view?.kind === 'all' || view?.kind === 'unread' || view?.kind === 'evidence') return { view: { kind: view.kind }, articleId: article };
    if ((view?.kind === 'briefing' || view?.kind === 'tag') && isId(view.id)) return { view: { kind: view.kind, id: view.id }, articleId: article };
    return null;
  } catch {
    return null;
  }
}

function saveSelection(selection: SavedSelection): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(selection));
  } catch {
    // Storage full or disabled: the selection is simply not remembered.
  }
}

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set, get) => ({
  view: { kind: 'all' },
  selectedArticleId: null,
  selectedArticleIds: [],

  selectView(view, options = {}) {
    const changed = !sameView(view, get().view);
    // Choosing the view already shown keeps the article open.
    if (!changed && get().articlesStatus !== 'idle' && options.articleId === undefined) return;
    const articleId = options.articleId ?? null;
    set({ view, selectedArticleId: articleId, selectedArticleIds: articleId === null ? [] : [articleId] });
    saveSelection({ view, articleId });
    if (view.kind === 'evidence') {
      if (changed || get().evidence.status === 'idle') void get().loadEvidence();
    } else if (changed || get().articlesStatus === 'idle') {
      void get().loadArticles();
    }
    if (view.kind === 'briefing') void get().loadBriefing(view.id);
    else if (get().briefing !== null) set({ briefing: null, briefingStatus: 'idle' });
    void get().loadReaderArticle(articleId);
  },

  selectArticle(id) {
    const selectedArticleIds = id === null ? [] : [id];
    if (id === get().selectedArticleId) {
      if (get().selectedArticleIds.length !== selectedArticleIds.length) set({ selectedArticleIds });
      return;
    }
    set({ selectedArticleId: id, selectedArticleIds });
    saveSelection({ view: get().view, articleId: id });
    void get().loadReaderArticle(id);
  },

  toggleArticleSelected(id) {
    const { selectedArticleIds, selectedArticleId, articleIds } = get();
    if (selectedArticleId === null) {
      get().selectArticle(id);
      return;
    }
    const chosen = new Set(selectedArticleIds);
    if (chosen.has(id)) chosen.delete(id);
    else chosen.add(id);
    if (chosen.size === 0) {
      get().selectArticle(null);
      return;
    }
    set({ selectedArticleIds: articleIds.filter((a) => chosen.has(a)) });
    // The reader's article left the selection: the reader follows the next one chosen.
    if (!chosen.has(selectedArticleId)) {
      const next = articleIds.find((a) => chosen.has(a)) ?? null;
      set({ selectedArticleId: next });
      saveSelection({ view: get().view, articleId: next });
      void get().loadReaderArticle(next);
    }
  },

  selectArticlesThrough(id) {
    const { selectedArticleId, articleIds } = get();
    if (selectedArticleId === null) {
      get().selectArticle(id);
      return;
    }
    set({ selectedArticleIds: span(articleIds, selectedArticleId, id) });
  },
});
