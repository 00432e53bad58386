/**
 * Tradecraft in the renderer: grading sources and highlights, handling
 * markings, the entity index, the timeline, jumping to a passage, and
 * checking a saved page for changes. Grades and markings show at once and are
 * put back if main refuses, like the highlights' colours.
 */
import { api } from '../api.ts';
import type { TlpMarking } from '../../shared/model.ts';
import type { Credibility, SourceGrade } from '../../shared/tradecraft/grades.ts';
import type { ListedEvent } from '../../shared/contract.ts';
import type { EntityDetail, EntitySummary, RefetchPreview } from '../../shared/tradecraft/model.ts';
import type { LoadStatus, SliceCreator } from './types.ts';

/** A place in an article's text to scroll to and mark, once the article is open. */
export interface PassageTarget {
  articleId: number;
  start: number;
  end: number;
  /** Changes on every request, so the same passage can be shown twice. */
  serial: number;
}

export interface TradecraftSlice {
  entities: EntitySummary[];
  entitiesStatus: LoadStatus;
  entityDetail: EntityDetail | null;
  events: ListedEvent[];
  eventsStatus: LoadStatus;
  passage: PassageTarget | null;
  refetch: RefetchPreview | null;
  refetchStatus: LoadStatus;

  setSourceGrade: (articleId: number, grade: SourceGrade | null) => Promise<void>;
  setArticleMarking: (articleId: number, marking: TlpMarking) => Promise<void>;
  setHighlightCredibility: (highlightId: number, credibility: Credibility | null) => Promise<void>;
  setHighlightMarking: (highlightId: number, marking: TlpMarking) => Promise<void>;

  /** Loads the index for the current entities view (library or one briefing). */
  loadEntities: () => Promise<void>;
  openEntity: (id: number | null) => Promise<void>;
  mergeEntities: (id: number, others: number[]) => Promise<boolean>;
  renameEntity: (id: number, name: string) => Promise<boolean>;
  ignoreEntity: (id: number) => Promise<void>;
  loadEvents: () => Promise<void>;
  /** Leaves an entity out of exported entity indexes, or puts it back. */
  setEntityHiddenInExport: (id: number, hidden: boolean) => Promise<void>;
  /** Leaves an event out of exported timelines, or puts it back. */
  setEventHiddenInExport: (id: number, hidden: boolean) => Promise<void>;

  /** Opens the article in the reader scrolled to [start, end), which is marked for a moment. */
  showPassage: (articleId: number, start: number, end: number) => void;

  /** Fetches the article's address again and opens the comparison. */
  checkForChanges: (articleId: number) => Promise<void>;
  keepSavedVersion: () => void;
  replaceWithNewVersion: () => Promise<void>;
}

/** The briefing a tradecraft view is scoped to, if any. */
function scope(view: { kind: string; briefingId?: number | null }): { briefingId?: number } {
  return typeof view.briefingId === 'number' ? { briefingId: view.briefingId } : {};
}

export const createTradecraftSlice: SliceCreator<TradecraftSlice> = (set, get) => {
  let serial = 0;
  let entitiesRequest = 0;
  let eventsRequest = 0;

  const patchArticle = (articleId: number, patch: { sourceGrade?: SourceGrade | null; marking?: TlpMarking }) => {
    get().patchArticle(articleId, patch);
    set((state) => (state.readerArticle?.id === articleId ? { readerArticle: { ...state.readerArticle, ...patch } } : {}));
  };
  const patchHighlight = (id: number, patch: { credibility?: Credibility | null; marking?: TlpMarking }) =>
    set((state) => ({ highlights: state.highlights.map((h) => (h.id === id ? { ...h, ...patch } : h)) }));

  const article = (id: number) => (get().readerArticle?.id === id ? get().readerArticle : get().articlesById[id]);

  return {
    entities: [],
    entitiesStatus: 'idle',
    entityDetail: null,
    events: [],
    eventsStatus: 'idle',
    passage: null,
    refetch: null,
    refetchStatus: 'idle',

    async setSourceGrade(articleId, grade) {
      const before = article(articleId)?.sourceGrade ?? null;
      patchArticle(articleId, { sourceGrade: grade });
      try {
        patchArticle(articleId, { sourceGrade: (await api.setSourceGrade({ id: articleId, grade })).sourceGrade });
      } catch (error) {
        patchArticle(articleId, { sourceGrade: before });
        get().reportError("Couldn't grade the source", error, () => void get().setSourceGrade(articleId, grade));
      }
    },

    async setArticleMarking(articleId, marking) {
      const before = article(articleId)?.marking ?? 'CLEAR';
      patchArticle(articleId, { marking });
      try {
        patchArticle(articleId, { marking: (await api.setArticleMarking({ id: articleId, marking })).marking });
      } catch (error) {
        patchArticle(articleId, { marking: before });
        get().reportError("Couldn't mark the article", error, () => void get().setArticleMarking(articleId, marking));
      }
    },

    async setHighlightCredibility(highlightId, credibility) {
      const before = get().highlights.find((h) => h.id === highlightId)?.credibility ?? null;
      patchHighlight(highlightId, { credibility });
      const mainId = await get().savedHighlightId(highlightId);
      if (mainId === null) return;
      if (mainId !== highlightId) patchHighlight(mainId, { credibility });
      try {
        patchHighlight(mainId, { credibility: (await api.setHighlightCredibility({ id: mainId, credibility })).credibility });
      } catch (error) {
        patchHighlight(mainId, { credibility: before });
        get().reportError("Couldn't grade the highlight", error, () => void get().setHighlightCredibility(mainId, credibility));
      }
    },

    async setHighlightMarking(highlightId, marking) {
      const before = get().highlights.find((h) => h.id === highlightId)?.marking ?? 'CLEAR';
      patchHighlight(highlightId, { marking });
      const mainId = await get().savedHighlightId(highlightId);
      if (mainId === null) return;
      if (mainId !== highlightId) patchHighlight(mainId, { marking });
      try {
        patchHighlight(mainId, { marking: (await api.setHighlightMarking({ id: mainId, marking })).marking });
      } catch (error) {
        patchHighlight(mainId, { marking: before });
        get().reportError("Couldn't mark the highlight", error, () => void get().setHighlightMarking(mainId, marking));
      }
    },

    async loadEntities() {
      const { view } = get();
      if (view.kind !== 'entities') return;
      const mine = ++entitiesRequest;
      if (get().entitiesStatus !== 'ready') set({ entitiesStatus: 'loading' });
      try {
        const entities = await api.listEntities(scope(view));
        if (mine !== entitiesRequest) return;
        set({ entities, entitiesStatus: 'ready' });
        const open = get().entityDetail;
        if (open) await get().openEntity(entities.some((e) => e.id === open.id) ? open.id : null);
      } catch (error) {
        if (mine !== entitiesRequest) return;
        set({ entitiesStatus: 'error' });
        get().reportError("Couldn't load the entity index", error, () => void get().loadEntities());
      }
    },

    async openEntity(id) {
      if (id === null) {
        set({ entityDetail: null });
        return;
      }
      try {
        set({ entityDetail: await api.getEntity({ id, ...scope(get().view) }) });
      } catch (error) {
        get().reportError("Couldn't open the entity", error);
      }
    },

    async mergeEntities(id, others) {
      try {
        const merged = await api.mergeEntities({ id, others });
        get().notify({ tone: 'success', title: `Merged into “${merged.name}”` });
        await get().loadEntities();
        await get().openEntity(merged.id);
        return true;
      } catch (error) {
        get().reportError("Couldn't merge the entities", error);
        return false;
      }
    },

    async renameEntity(id, name) {
      try {
        await api.renameEntity({ id, name });
        await get().loadEntities();
        return true;
      } catch (error) {
        get().reportError("Couldn't rename the entity", error);
        return false;
      }
    },

    async ignoreEntity(id) {
      try {
        await api.ignoreEntity({ id });
        if (get().entityDetail?.id === id) set({ entityDetail: null });
        await get().loadEntities();
      } catch (error) {
        get().reportError("Couldn't remove the entity", error);
      }
    },

    async loadEvents() {
      const { view } = get();
      if (view.kind !== 'timeline') return;
      const mine = ++eventsRequest;
      if (get().eventsStatus !== 'ready') set({ eventsStatus: 'loading' });
      try {
        const events = await api.listEvents(scope(view));
        if (mine !== eventsRequest) return;
        set({ events, eventsStatus: 'ready' });
      } catch (error) {
        if (mine !== eventsRequest) return;
        set({ eventsStatus: 'error' });
        get().reportError("Couldn't load the timeline", error, () => void get().loadEvents());
      }
    },

    async setEntityHiddenInExport(id, hidden) {
      const patch = (value: boolean) =>
        set((state) => ({
          entities: state.entities.map((e) => (e.id === id ? { ...e, hiddenInExport: value } : e)),
          entityDetail: state.entityDetail?.id === id ? { ...state.entityDetail, hiddenInExport: value } : state.entityDetail,
        }));
      patch(hidden);
      try {
        patch((await api.setEntityHiddenInExport({ id, hidden })).hiddenInExport);
      } catch (error) {
        patch(!hidden);
        get().reportError(hidden ? "Couldn't hide the entity from exports" : "Couldn't put the entity back in exports", error);
      }
    },

    async setEventHiddenInExport(id, hidden) {
      const patch = (value: boolean) => set((state) => ({ events: state.events.map((e) => (e.id === id ? { ...e, hiddenInExport: value } : e)) }));
      patch(hidden);
      try {
        patch((await api.setEventHiddenInExport({ id, hidden })).hiddenInExport);
      } catch (error) {
        patch(!hidden);
        get().reportError(hidden ? "Couldn't hide the event from exports" : "Couldn't put the event back in exports", error);
      }
    },

    showPassage(articleId, start, end) {
      set({ passage: { articleId, start, end, serial: ++serial } });
      if (get().selectedArticleId !== articleId) get().selectArticle(articleId);
    },

    async checkForChanges(articleId) {
      set({ refetch: null, refetchStatus: 'loading' });
      try {
        const preview = await api.refetchArticle({ id: articleId });
        set({ refetch: preview, refetchStatus: 'ready' });
      } catch (error) {
        set({ refetchStatus: 'idle' });
        get().reportError("Couldn't check the page for changes", error, () => void get().checkForChanges(articleId));
      }
    },

    keepSavedVersion() {
      const preview = get().refetch;
      set({ refetch: null, refetchStatus: 'idle' });
      if (preview) void api.keepSavedVersion({ token: preview.token }).catch(() => undefined);
    },

    async replaceWithNewVersion() {
      const preview = get().refetch;
      if (!preview) return;
      try {
        await api.replaceArticleText({ id: preview.articleId, token: preview.token });
        set({ refetch: null, refetchStatus: 'idle' });
        const orphaned = preview.highlights.filter((h) => h.anchor.status === 'orphaned').length;
        get().notify({
          tone: 'success',
          title: 'Replaced with the new version',
          ...(orphaned > 0 ? { message: `${orphaned === 1 ? 'One highlight' : `${orphaned} highlights`} no longer fit the text and are listed as orphaned.` } : {}),
        });
      } catch (error) {
        get().reportError("Couldn't replace the saved version", error);
      }
    },
  };
};
