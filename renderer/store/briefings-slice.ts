/**
 * Briefings: the list in the sidebar, and the selected briefing in full
 * (author, key judgments). Edits are applied on screen at once and sent
 * through `updateBriefing`; if the library refuses, the screen goes back to
 * what the library holds and a notice says why.
 */
import { api, isApiError } from '../api.ts';
import type { CallArgs } from '../../shared/contract.ts';
import type { Briefing, BriefingSummary } from '../../shared/model.ts';
import type { LoadStatus, SliceCreator } from './types.ts';

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
}

function summaryOf(briefing: Briefing): BriefingSummary {
  const { id, title, marking, articleCount, updatedAt } = briefing;
  return { id, title, marking, articleCount, updatedAt };
}

export const createBriefingsSlice: SliceCreator<BriefingsSlice> = (set, get) => {
  let listRequest = 0;
  let detailRequest = 0;

  const isShowing = (id: number) => {
    const { view } = get();
    return view.kind === 'briefing' && view.id === id;
  };

  return {
    briefings: [],
    briefingsStatus: 'idle',
    briefing: null,
    briefingStatus: 'idle',

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
        const created = await api.createBriefing({ title });
        set((state) => ({
          briefings: [summaryOf(created), ...state.briefings.filter((b) => b.id !== created.id)],
        }));
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
  };
};
