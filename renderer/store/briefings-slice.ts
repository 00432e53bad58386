/**
 * Briefings: the list in the sidebar, and the selected briefing in full
 * (author, date, key judgments), and what is done to them: create,
 * duplicate, delete (with undo), add articles, remove them (with undo) and
 * reorder them. Edits are applied on screen at once and sent to the library;
 * if the library refuses, the screen goes back to what the library holds and
 * a notice says why.
 */
import { api, isApiError } from '../api.ts';
import type { CallArgs } from '../../shared/contract.ts';
import { localDate, moveInOrder } from '../../shared/briefings.ts';
import type { Briefing, BriefingSummary, DeletedBriefing } from '../../shared/model.ts';
import { plural } from '../format.ts';
import { allLoaded, withoutIds } from '../list/paged.ts';
import type { LoadStatus, SliceCreator } from './types.ts';

/** Articles chosen in a list or the reader, or highlights chosen in the evidence locker. */
export interface AddToBriefingTarget {
  kind: 'articles' | 'highlights';
  ids: number[];
}

export type BriefingChanges = Omit<CallArgs<'updateBriefing'>, 'id'>;

export interface BriefingsSlice {
  /** Most recently updated first, as the library lists them. */
  briefings: BriefingSummary[];
  briefingsStatus: LoadStatus;
  /** The briefing the middle pane shows, in full; null when the view is not a briefing. */
  briefing: Briefing | null;
  briefingStatus: LoadStatus;
  loadBriefings: () => Promise<void>;
  loadBriefing: (id: number) => Promise<void>;
  /** Creates a briefing and opens it; null if the library refused (a notice says why). */
  createBriefing: (title: string) => Promise<Briefing | null>;
  /** True when the library accepted the changes. */
  updateBriefing: (id: number, changes: BriefingChanges) => Promise<boolean>;
  /** Copies a briefing (fields, articles, notes) as "… (copy)" and opens the copy. */
  duplicateBriefing: (id: number) => Promise<Briefing | null>;
  /** Deletes a briefing (its articles stay in the library), with an offer to undo. */
  deleteBriefing: (id: number) => Promise<void>;
  /** What "Add to briefing…" is open for; null when the dialog is closed. */
  addToBriefingTarget: AddToBriefingTarget | null;
  openAddToBriefing: (articleIds: number[]) => void;
  /** The evidence locker's chosen highlights: their articles go to the briefing. */
  openAddHighlightsToBriefing: (highlightIds: number[]) => void;
  closeAddToBriefing: () => void;
  /** Appends articles to a briefing (those already in it stay where they are); true when the library accepted. */
  addArticlesToBriefing: (briefingId: number, articleIds: number[]) => Promise<boolean>;
  /** Takes articles out of a briefing, with an offer to undo. */
  removeArticlesFromBriefing: (briefingId: number, articleIds: number[]) => Promise<void>;
  /**
   * Moves an article of the open briefing to `index` (0 = first), on screen at
   * once; moves are sent one after another, in the order they were made.
   */
  moveArticleInBriefing: (briefingId: number, articleId: number, index: number) => Promise<boolean>;
}

function summaryOf(briefing: Briefing): BriefingSummary {
  const { id, title, marking, articleCount, updatedAt } = briefing;
  return { id, title, marking, articleCount, updatedAt };
}

/** The sidebar's list with `briefing` in it, newest change first as the library lists them. */
function withSummary(list: BriefingSummary[], briefing: Briefing): BriefingSummary[] {
  return [summaryOf(briefing), ...list.filter((b) => b.id !== briefing.id)].sort(
    (a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id - a.id,
  );
}

export const createBriefingsSlice: SliceCreator<BriefingsSlice> = (set, get) => {
  let listRequest = 0;
  let detailRequest = 0;
  /** Reorders go to the library one at a time, in the order they were made. */
  let moves: Promise<unknown> = Promise.resolve();

  const isShowing = (id: number) => {
    const { view } = get();
    return view.kind === 'briefing' && view.id === id;
  };

  return {
    briefings: [],
    briefingsStatus: 'idle',
    briefing: null,
    briefingStatus: 'idle',
    addToBriefingTarget: null,

    async loadBriefings() {
      const request = ++listRequest;
      if (get().briefingsStatus !== 'ready') set({ briefingsStatus: 'loading' });
      try {
        const briefings = await api.listBriefings({});
        if (request === listRequest) set({ briefings, briefingsStatus: 'ready' });
      } catch (error) {
        if (request !== listRequest) return;
        set({ briefingsStatus: 'error' });
        get().reportError("Couldn't list the briefings", error, () => void get().loadBriefings());
      }
    },

    async loadBriefing(id) {
      const request = ++detailRequest;
      if (get().briefing?.id !== id) set({ briefing: null, briefingStatus: 'loading' });
      try {
        const briefing = await api.getBriefing({ id });
        if (request === detailRequest && isShowing(id)) set({ briefing, briefingStatus: 'ready' });
      } catch (error) {
        if (request !== detailRequest || !isShowing(id)) return;
        if (isApiError(error) && error.code === 'NOT_FOUND') {
          // Gone (another window, or a stale restored view): show the whole library instead.
          get().selectView({ kind: 'all' });
          get().notify({ tone: 'info', title: 'That briefing is no longer in the library.' });
          return;
        }
        set({ briefingStatus: 'error' });
        get().reportError("Couldn't open the briefing", error, () => void get().loadBriefing(id));
      }
    },

    async createBriefing(title) {
      try {
        const created = await api.createBriefing({ title, date: localDate(new Date()) });
        set((state) => ({ briefings: withSummary(state.briefings, created) }));
        get().selectView({ kind: 'briefing', id: created.id });
        set({ briefing: created, briefingStatus: 'ready' });
        return created;
      } catch (error) {
        get().reportError("Couldn't create the briefing", error);
        return null;
      }
    },

    async updateBriefing(id, changes) {
      // Show the change at once.
      set((state) => ({
        briefing: state.briefing?.id === id ? { ...state.briefing, ...changes } : state.briefing,
        briefings: state.briefings.map((b) =>
          b.id === id
            ? {
                ...b,
                ...(changes.title !== undefined ? { title: changes.title.trim() } : {}),
                ...(changes.marking !== undefined ? { marking: changes.marking } : {}),
              }
            : b,
        ),
      }));
      try {
        const updated = await api.updateBriefing({ id, ...changes });
        set((state) => ({
          briefing: state.briefing?.id === id ? updated : state.briefing,
          briefings: state.briefings.map((b) => (b.id === id ? summaryOf(updated) : b)),
        }));
        return true;
      } catch (error) {
        // Back to what the library holds.
        void get().loadBriefings();
        if (isShowing(id)) void get().loadBriefing(id);
        get().reportError("Couldn't save the briefing", error, () => void get().updateBriefing(id, changes));
        return false;
      }
    },

    async duplicateBriefing(id) {
      try {
        const copy = await api.duplicateBriefing({ id });
        set((state) => ({ briefings: withSummary(state.briefings, copy) }));
        get().selectView({ kind: 'briefing', id: copy.id });
        get().notify({ tone: 'success', title: `Duplicated as “${copy.title}”` });
        return copy;
      } catch (error) {
        get().reportError("Couldn't duplicate the briefing", error, () => void get().duplicateBriefing(id));
        return null;
      }
    },

    async deleteBriefing(id) {
      const wasShowing = isShowing(id);
      set((state) => ({ briefings: state.briefings.filter((b) => b.id !== id) }));
      if (wasShowing) get().selectView({ kind: 'all' });
      let deleted: DeletedBriefing;
      try {
        deleted = await api.deleteBriefing({ id });
      } catch (error) {
        void get().loadBriefings();
        get().reportError("Couldn't delete the briefing", error, () => void get().deleteBriefing(id));
        return;
      }
      const restore = async () => {
        try {
          const restored = await api.restoreBriefing({ deleted });
          set((state) => ({ briefings: withSummary(state.briefings, restored) }));
          if (wasShowing) get().selectView({ kind: 'briefing', id: restored.id });
          get().notify({ tone: 'success', title: `“${restored.title}” is back` });
        } catch (error) {
          get().reportError("Couldn't bring the briefing back", error);
        }
      };
      get().offerUndo({
        title: `Deleted “${deleted.briefing.title}”`,
        message:
          deleted.items.length === 0
            ? null
            : deleted.items.length === 1
              ? 'Its article stays in the library.'
              : `Its ${plural(deleted.items.length, 'article')} stay in the library.`,
        undo: restore,
      });
    },

    openAddToBriefing(articleIds) {
      if (articleIds.length > 0) set({ addToBriefingTarget: { kind: 'articles', ids: [...articleIds] } });
    },

    openAddHighlightsToBriefing(highlightIds) {
      if (highlightIds.length > 0) set({ addToBriefingTarget: { kind: 'highlights', ids: [...highlightIds] } });
    },

    closeAddToBriefing() {
      set({ addToBriefingTarget: null });
    },

    async addArticlesToBriefing(briefingId, articleIds) {
      try {
        const { briefing, added } = await api.addArticlesToBriefing({ briefingId, articleIds });
        set((state) => ({
          briefings: withSummary(state.briefings, briefing),
          briefing: state.briefing?.id === briefingId ? briefing : state.briefing,
        }));
        if (isShowing(briefingId)) void get().loadArticles({ refresh: true });
        const already = articleIds.length - added.length;
        get().notify({
          tone: 'success',
          title:
            added.length === 0
              ? `Already in “${briefing.title}”`
              : `Added ${plural(added.length, 'article')} to “${briefing.title}”`,
          message: added.length > 0 && already > 0 ? `${plural(already, 'article was', 'articles were')} already in it.` : null,
          action: isShowing(briefingId) ? null : { label: 'Open briefing', run: () => get().selectView({ kind: 'briefing', id: briefingId }) },
        });
        return true;
      } catch (error) {
        get().reportError("Couldn't add to the briefing", error, () => void get().addArticlesToBriefing(briefingId, articleIds));
        return false;
      }
    },

    async removeArticlesFromBriefing(briefingId, articleIds) {
      const leaving = new Set(articleIds);
      if (isShowing(briefingId)) {
        const { selectedArticleId } = get();
        set((state) => {
          const articleIds = withoutIds(state.articleIds, leaving);
          const anchor = state.articleSelection.anchor;
          return {
            articleIds,
            articlesTotal: articleIds.length,
            articleSelection: {
              ids: state.articleSelection.ids.filter((id) => !leaving.has(id)),
              anchor: anchor !== null && leaving.has(anchor) ? null : anchor,
            },
          };
        });
        if (selectedArticleId !== null && leaving.has(selectedArticleId)) get().selectArticle(null);
      }
      try {
        const { briefing, removed } = await api.removeArticlesFromBriefing({ briefingId, articleIds });
        set((state) => ({
          briefings: withSummary(state.briefings, briefing),
          briefing: state.briefing?.id === briefingId ? briefing : state.briefing,
        }));
        get().offerUndo({
          title: `Removed ${plural(removed.length, 'article')} from “${briefing.title}”`,
          message: 'They stay in the library.',
          undo: async () => {
            try {
              const restored = await api.restoreArticlesToBriefing({ briefingId, places: removed });
              set((state) => ({
                briefings: withSummary(state.briefings, restored),
                briefing: state.briefing?.id === briefingId ? restored : state.briefing,
              }));
              if (isShowing(briefingId)) void get().loadArticles({ refresh: true });
            } catch (error) {
              get().reportError("Couldn't put the articles back", error);
            }
          },
        });
      } catch (error) {
        if (isShowing(briefingId)) void get().loadArticles({ refresh: true });
        get().reportError("Couldn't remove from the briefing", error);
      }
    },

    moveArticleInBriefing(briefingId, articleId, index) {
      // A briefing's list is loaded whole (articles-slice), so the move shows at once.
      const shown = isShowing(briefingId) ? allLoaded(get().articleIds) : null;
      if (shown) {
        const moved = moveInOrder(shown, articleId, index);
        if (moved.ok) set({ articleIds: moved.order });
      }
      const send = async () => {
        try {
          const briefing = await api.moveArticleInBriefing({ briefingId, articleId, index });
          set((state) => ({
            briefings: withSummary(state.briefings, briefing),
            briefing: state.briefing?.id === briefingId ? briefing : state.briefing,
          }));
          return true;
        } catch (error) {
          if (isShowing(briefingId)) void get().loadArticles({ refresh: true });
          get().reportError("Couldn't move the article", error);
          return false;
        }
      };
      const result = moves.then(send);
      moves = result;
      return result;
    },
  };
};
