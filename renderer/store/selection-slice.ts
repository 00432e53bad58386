/**
 * What the person is looking at: the library view in the middle pane and the
 * article in the reader. Both are remembered for this window (sessionStorage),
 * so a reload comes back to the same place.
 */
import type { LibraryView, SliceCreator } from './types.ts';
import { listsArticles, sameView } from './types.ts';

export interface SelectionSlice {
  view: LibraryView;
  selectedArticleId: number | null;
  /** Shows a view; a different view empties the reader unless `articleId` is given. */
  selectView: (view: LibraryView, options?: { articleId?: number | null }) => void;
  selectArticle: (id: number | null) => void;
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
    if (view?.kind === 'all' || view?.kind === 'unread') return { view: { kind: view.kind }, articleId: article };
    if (view?.kind === 'briefing' && isId(view.id)) return { view: { kind: 'briefing', id: view.id }, articleId: article };
    const briefingId = (view as { briefingId?: unknown } | undefined)?.briefingId;
    if ((view?.kind === 'entities' || view?.kind === 'timeline') && (briefingId === null || isId(briefingId))) {
      return { view: { kind: view.kind, briefingId }, articleId: article };
    }
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

  selectView(view, options = {}) {
    const changed = !sameView(view, get().view);
    // Choosing the view already shown keeps the article open.
    if (!changed && get().articlesStatus !== 'idle' && options.articleId === undefined) return;
    const articleId = options.articleId ?? null;
    set({ view, selectedArticleId: articleId });
    saveSelection({ view, articleId });
    if (view.kind === 'entities') void get().loadEntities();
    if (view.kind === 'timeline') void get().loadEvents();
    if (!listsArticles(view)) {
      if (get().briefing !== null) set({ briefing: null, briefingStatus: 'idle' });
      void get().loadReaderArticle(articleId);
      return;
    }
    if (changed || get().articlesStatus === 'idle') void get().loadArticles();
    if (view.kind === 'briefing') void get().loadBriefing(view.id);
    else if (get().briefing !== null) set({ briefing: null, briefingStatus: 'idle' });
    void get().loadReaderArticle(articleId);
  },

  selectArticle(id) {
    if (id === get().selectedArticleId) return;
    set({ selectedArticleId: id });
    saveSelection({ view: get().view, articleId: id });
    void get().loadReaderArticle(id);
  },
});
