/**
 * Highlights of the article in the reader: loaded with the article, reloaded
 * when the library says highlights (or articles) changed, and every change
 * sent to main at once. Main places each highlight in the article's current
 * text (`anchor`); one it cannot place is kept as orphaned and listed, never
 * painted. A delete can be undone for ten seconds (the notice's "Undo", or
 * Ctrl+Z in the reader).
 */
import { api } from '../api.ts';
import type { HighlightColor } from '../../shared/highlights.ts';
import type { Anchor } from '../../shared/anchoring/anchor.ts';
import { describeRange } from '../../shared/anchoring/selectors.ts';
import type { Highlight, PlacedHighlight } from '../../shared/model.ts';
import type { LoadStatus, SliceCreator } from './types.ts';

export interface NewHighlightInput {
  articleId: number;
  start: number;
  end: number;
  color: HighlightColor;
  note?: string;
}

export interface HighlightChanges {
  color?: HighlightColor;
  note?: string;
}

export interface HighlightsSlice {
  /** The article `highlights` belong to; null when the reader is empty. */
  highlightsArticleId: number | null;
  /** In reading order, orphans last (as main lists them). */
  highlights: PlacedHighlight[];
  highlightsStatus: LoadStatus;
  /** The highlight [ ] Delete n and Enter act on; outlined in the text and the notes. */
  activeHighlightId: number | null;
  /** The last deleted highlight while its undo is on offer. */
  undoableHighlight: Highlight | null;
  loadHighlights: (articleId: number | null, options?: { refresh?: boolean }) => Promise<void>;
  /**
   * Creates a highlight and makes it the active one; null if main refused (a notice says why). In the
   * article the reader shows, it is shown at once under a stand-in id (below zero) while main saves it.
   */
  createHighlight: (input: NewHighlightInput) => Promise<Highlight | null>;
  /**
   * The id main saved a highlight under: the id itself once saved; for one shown under a stand-in id
   * while main saves it, waits for that save (null if it failed). Anything that names a highlight to
   * main goes through this, so a grade or citation given at once is not lost.
   */
  savedHighlightId: (id: number) => Promise<number | null>;
  /**
   * The id a highlight is listed under now: a stand-in id whose save has returned gives the saved id, so
   * what was opened on the stand-in (the note editor of "n") stays on its highlight when the ids swap.
   */
  currentHighlightId: (id: number) => number;
  /** Changes colour and/or note, shown at once; put back if main refuses. */
  updateHighlight: (id: number, changes: HighlightChanges) => Promise<boolean>;
  deleteHighlight: (id: number) => Promise<void>;
  /** Puts the last deleted highlight back. */
  undoDeleteHighlight: () => Promise<void>;
  setActiveHighlight: (id: number | null) => void;
}

/** How long "Highlight deleted — Undo" stays. */
export const UNDO_DELETE_MS = 10_000;

function placed(highlight: Highlight, start: number, end: number): PlacedHighlight {
  return { ...highlight, anchor: { status: 'anchored', start, end, method: 'position', score: 1 } };
}

/** A highlight as main will save it, under the stand-in id it is shown with until then. */
function unsaved(id: number, input: NewHighlightInput, text: string, now: string): PlacedHighlight {
  return placed(
    { id, articleId: input.articleId, ...describeRange(text, input.start, input.end), color: input.color, note: input.note ?? '', tags: [], credibility: null, marking: 'CLEAR', createdAt: now, updatedAt: now },
    input.start,
    input.end,
  );
}

/** Whether two values as they come over IPC (plain objects, arrays, primitives) hold the same data. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every((key) => Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * The reloaded list, keeping each highlight that did not change (and the list itself if none did): the reload
 * after every write then re-renders only what changed, not the reader's 300 marks and notes.
 */
function keepUnchanged(before: PlacedHighlight[], after: PlacedHighlight[]): PlacedHighlight[] {
  const previous = new Map(before.map((h) => [h.id, h]));
  const kept = after.map((h) => {
    const old = previous.get(h.id);
    return old && sameData(old, h) ? old : h;
  });
  return kept.length === before.length && kept.every((h, i) => h === before[i]) ? before : kept;
}

/** Reading order, as main gives it: anchored by start, then orphans. */
function inReadingOrder(list: PlacedHighlight[]): PlacedHighlight[] {
  const at = (h: PlacedHighlight) => (h.anchor.status === 'anchored' ? h.anchor.start : Number.MAX_SAFE_INTEGER);
  return [...list].sort((a, b) => at(a) - at(b) || a.id - b.id);
}

export const createHighlightsSlice: SliceCreator<HighlightsSlice> = (set, get) => {
  let request = 0;
  let undoTimer: ReturnType<typeof setTimeout> | null = null;
  let undoNotice: number | null = null;
  /** Where the deleted highlight was placed: an orphan comes back an orphan, never painted at its old offsets. */
  let undoAnchor: Anchor | null = null;
  let unsavedSerial = 0;
  /** Highlights shown before main saved them, by stand-in id: what saving each gave (null if it failed). */
  const saving = new Map<number, Promise<Highlight | null>>();
  /** Stand-in ids whose save returned, and the id main saved each under. */
  const savedAs = new Map<number, number>();
  /** A note or colour given to a highlight still being saved: if main refuses the highlight, "Try again" saves them with it. */
  const changedWhileSaving = new Map<number, HighlightChanges>();

  const patch = (id: number, changes: HighlightChanges) =>
    set((state) => ({ highlights: state.highlights.map((h) => (h.id === id ? { ...h, ...changes } : h)) }));

  return {
    highlightsArticleId: null,
    highlights: [],
    highlightsStatus: 'idle',
    activeHighlightId: null,
    undoableHighlight: null,

    async loadHighlights(articleId, options = {}) {
      const mine = ++request;
      if (articleId === null) {
        set({ highlightsArticleId: null, highlights: [], highlightsStatus: 'idle', activeHighlightId: null });
        return;
      }
      const same = get().highlightsArticleId === articleId;
      if (!options.refresh || !same) {
        set({
          highlightsArticleId: articleId,
          highlightsStatus: 'loading',
          ...(same ? {} : { highlights: [], activeHighlightId: null }),
        });
      }
      try {
        const highlights = await api.listHighlights({ articleId });
        if (mine !== request) return;
        const active = get().activeHighlightId;
        set({
          highlights: get().highlightsArticleId === articleId ? keepUnchanged(get().highlights, highlights) : highlights,
          highlightsStatus: 'ready',
          activeHighlightId: highlights.some((h) => h.id === active) ? active : null,
        });
      } catch (error) {
        if (mine !== request) return;
        set({ highlightsStatus: 'error' });
        get().reportError("Couldn't load the highlights", error, () => void get().loadHighlights(articleId));
      }
    },

    async createHighlight(input) {
      const article = get().readerArticle;
      const shown = get().highlightsArticleId === input.articleId && article?.id === input.articleId;
      const standIn = -++unsavedSerial;
      if (shown) {
        // A reload already on its way would not have it.
        request++;
        set((state) => ({
          highlights: inReadingOrder([...state.highlights, unsaved(standIn, input, article.text, new Date().toISOString())]),
          activeHighlightId: standIn,
        }));
      }
      const save = (async () => {
        try {
          return await api.createHighlight(input);
        } catch (error) {
          get().reportError("Couldn't save the highlight", error, () => {
            const changes = changedWhileSaving.get(standIn);
            changedWhileSaving.delete(standIn);
            void get().createHighlight({ ...input, ...changes });
          });
          return null;
        }
      })();
      saving.set(standIn, save);
      const highlight = await save;
      saving.delete(standIn);
      if (highlight) {
        savedAs.set(standIn, highlight.id);
        changedWhileSaving.delete(standIn);
      }
      if (get().highlightsArticleId !== input.articleId) return highlight;
      if (!highlight) {
        set((state) => ({
          highlights: state.highlights.filter((h) => h.id !== standIn),
          activeHighlightId: state.activeHighlightId === standIn ? null : state.activeHighlightId,
        }));
        return null;
      }
      // A reload that started before the write would not have it: wait for the one the write sets off.
      request++;
      set((state) => {
        // Deleted while it was being saved: the delete follows it to main (deleteHighlight), it does not come back.
        if (shown && !state.highlights.some((h) => h.id === standIn)) return {};
        const others = state.highlights.filter((h) => h.id !== highlight.id && h.id !== standIn);
        return {
          highlights: inReadingOrder([...others, placed(highlight, input.start, input.end)]),
          activeHighlightId: !shown || state.activeHighlightId === standIn ? highlight.id : state.activeHighlightId,
        };
      });
      return highlight;
    },

    async savedHighlightId(id) {
      return id > 0 ? id : (savedAs.get(id) ?? (await saving.get(id))?.id ?? null);
    },

    currentHighlightId(id) {
      return savedAs.get(id) ?? id;
    },

    async updateHighlight(id, changes) {
      const before = get().highlights.find((h) => h.id === id);
      patch(id, changes);
      // Also what the note editor saves as it closes because main refused the highlight.
      if (id < 0 && !savedAs.has(id)) changedWhileSaving.set(id, { ...changedWhileSaving.get(id), ...changes });
      // One still being saved is changed once main has it (shown changed meanwhile).
      const mainId = await get().savedHighlightId(id);
      if (mainId === null) return false;
      if (mainId !== id) patch(mainId, changes);
      try {
        const saved = await api.updateHighlight({ id: mainId, ...changes });
        patch(mainId, { color: saved.color, note: saved.note });
        // Emptying the field is how a highlight's note is deleted: offer it back, as a deleted highlight is.
        if (before && before.note.trim() !== '' && saved.note.trim() === '') {
          get().offerUndo({ title: 'Deleted the highlight’s note', undo: () => void get().updateHighlight(mainId, { note: before.note }) });
        }
        return true;
      } catch (error) {
        if (before) patch(mainId, { color: before.color, note: before.note });
        const what = changes.note !== undefined ? 'the note' : 'the colour';
        get().reportError(`Couldn't save ${what}`, error, () => void get().updateHighlight(mainId, changes));
        return false;
      }
    },

    async deleteHighlight(id) {
      const before = get().highlights;
      const anchor = before.find((h) => h.id === id)?.anchor ?? null;
      set((state) => ({
        highlights: state.highlights.filter((h) => h.id !== id),
        activeHighlightId: state.activeHighlightId === id ? null : state.activeHighlightId,
      }));
      try {
        const mainId = await get().savedHighlightId(id);
        if (mainId === null) return;
        const deleted = await api.deleteHighlight({ id: mainId });
        if (undoTimer) clearTimeout(undoTimer);
        if (undoNotice !== null) get().dismissNotice(undoNotice);
        set({ undoableHighlight: deleted });
        undoAnchor = anchor;
        undoNotice = get().notify({
          tone: 'info',
          title: 'Highlight deleted',
          message: deleted.note.trim() !== '' ? 'Its note was deleted with it.' : null,
          action: { label: 'Undo', run: () => void get().undoDeleteHighlight() },
          duration: UNDO_DELETE_MS,
        });
        undoTimer = setTimeout(() => {
          undoTimer = null;
          undoNotice = null;
          if (get().undoableHighlight?.id === deleted.id) set({ undoableHighlight: null });
        }, UNDO_DELETE_MS);
      } catch (error) {
        if (get().highlightsArticleId === before[0]?.articleId) set({ highlights: before });
        get().reportError("Couldn't delete the highlight", error, () => void get().deleteHighlight(id));
      }
    },

    async undoDeleteHighlight() {
      const highlight = get().undoableHighlight;
      if (!highlight) return;
      const anchor = undoAnchor;
      undoAnchor = null;
      set({ undoableHighlight: null });
      if (undoTimer) clearTimeout(undoTimer);
      undoTimer = null;
      if (undoNotice !== null) get().dismissNotice(undoNotice);
      undoNotice = null;
      try {
        const restored = await api.restoreHighlight({ highlight });
        // Back where it was (an orphan stays an orphan); the reload its write sets off re-places it against the text.
        if (get().highlightsArticleId === restored.articleId && anchor) {
          request++;
          set((state) => ({
            highlights: inReadingOrder([...state.highlights.filter((h) => h.id !== restored.id), { ...restored, anchor }]),
            activeHighlightId: anchor.status === 'anchored' ? restored.id : state.activeHighlightId,
          }));
        }
      } catch (error) {
        get().reportError("Couldn't bring the highlight back", error);
      }
    },

    setActiveHighlight(id) {
      if (get().activeHighlightId !== id) set({ activeHighlightId: id });
    },
  };
};
