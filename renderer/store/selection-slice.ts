/**
 * What the person is looking at: the library view in the middle pane and the
 * article in the reader. Both are remembered for this window (sessionStorage),
 * so a reload comes back to the same place. Shift and Ctrl/Cmd in the list
 * choose more articles at once (for "Add to briefing…", remove), the way the
 * evidence locker does (renderer/list/selection.ts); the reader keeps showing
 * its article while that is among the chosen.
 */
import { inListOrder, select, selectOnly, type MultiSelection, type SelectGesture } from '../list/selection.ts';
import type { LibraryView, SliceCreator } from './types.ts';
import { listsArticles, sameView } from './types.ts';

export interface SelectionSlice {
  view: LibraryView;
  selectedArticleId: number | null;
  /** Shows a view; a different view empties the reader unless `articleId` is given. */
  selectView: (view: LibraryView, options?: { articleId?: number | null }) => void;
  selectArticle: (id: number | null) => void;
  /** The articles chosen in the list; the reader's article is one of them. */
  articleSelection: MultiSelection;
  /**
   * A gesture on the list's row `index`: 'only' opens the article in the
   * reader; Ctrl/Cmd ('toggle') and Shift ('range', 'add-range') choose more.
   * When the reader's article leaves the selection, the reader follows the
   * first one still chosen.
   */
  chooseArticleAt: (index: number, gesture: SelectGesture) => void;
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
  articleSelection: selectOnly(null),

  selectView(view, options = {}) {
    const changed = !sameView(view, get().view);
    // Choosing the view already shown keeps the article open.
    if (!changed && get().articlesStatus !== 'idle' && options.articleId === undefined) return;
    const articleId = options.articleId ?? null;
    set({ view, selectedArticleId: articleId, articleSelection: selectOnly(articleId) });
    saveSelection({ view, articleId });
    if (view.kind === 'entities') void get().loadEntities();
    if (view.kind === 'timeline') void get().loadEvents();
    if (view.kind === 'evidence' && (changed || get().evidence.status === 'idle')) void get().loadEvidence();
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
    const articleSelection = selectOnly(id);
    if (id === get().selectedArticleId) {
      if (get().articleSelection.ids.length !== articleSelection.ids.length) set({ articleSelection });
      return;
    }
    set({ selectedArticleId: id, articleSelection });
    saveSelection({ view: get().view, articleId: id });
    void get().loadReaderArticle(id);
  },

  chooseArticleAt(index, gesture) {
    const { articleSelection, articleIds, selectedArticleId } = get();
    const id = articleIds[index];
    if (id === undefined) return;
    if (gesture === 'only' || selectedArticleId === null) {
      get().selectArticle(id);
      return;
    }
    const next = select(articleSelection, articleIds, index, gesture);
    if (next.ids.length === 0) {
      get().selectArticle(null);
      return;
    }
    set({ articleSelection: next });
    if (!next.ids.includes(selectedArticleId)) {
      const follow = inListOrder(next, articleIds)[0] ?? null;
      set({ selectedArticleId: follow });
      saveSelection({ view: get().view, articleId: follow });
      void get().loadReaderArticle(follow);
    }
  },
});
