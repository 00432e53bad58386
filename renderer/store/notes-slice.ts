/**
 * The article's own note (one Markdown note per article) and whether the
 * notes panel is open. The panel's state is remembered on this computer.
 */
import { api } from '../api.ts';
import type { ArticleNote } from '../../shared/model.ts';
import type { LoadStatus, SliceCreator } from './types.ts';

export interface NotesSlice {
  /** The article `articleNote` belongs to. */
  articleNoteArticleId: number | null;
  /** Null when the article has no note. */
  articleNote: ArticleNote | null;
  articleNoteStatus: LoadStatus;
  notesPanelOpen: boolean;
  loadArticleNote: (articleId: number | null, options?: { refresh?: boolean }) => Promise<void>;
  /** Saves the note (empty removes it); false if main refused (a notice says why). */
  saveArticleNote: (articleId: number, body: string) => Promise<boolean>;
  setNotesPanelOpen: (open: boolean) => void;
}

const PANEL_KEY = 'briefing-reader:notes-panel';

function savedPanelOpen(): boolean {
  try {
    return localStorage.getItem(PANEL_KEY) === 'open';
  } catch {
    return false;
  }
}

export const createNotesSlice: SliceCreator<NotesSlice> = (set, get) => {
  let request = 0;
  return {
    articleNoteArticleId: null,
    articleNote: null,
    articleNoteStatus: 'idle',
    notesPanelOpen: savedPanelOpen(),

    async loadArticleNote(articleId, options = {}) {
      const mine = ++request;
      if (articleId === null) {
        set({ articleNoteArticleId: null, articleNote: null, articleNoteStatus: 'idle' });
        return;
      }
      if (!options.refresh || get().articleNoteArticleId !== articleId) {
        set({ articleNoteArticleId: articleId, articleNote: null, articleNoteStatus: 'loading' });
      }
      try {
        const note = await api.getArticleNote({ articleId });
        if (mine !== request) return;
        set({ articleNote: note, articleNoteStatus: 'ready' });
      } catch (error) {
        if (mine !== request) return;
        set({ articleNoteStatus: 'error' });
        get().reportError("Couldn't load the article's note", error, () => void get().loadArticleNote(articleId));
      }
    },

    async saveArticleNote(articleId, body) {
      const before = get().articleNote;
      const mine = get().articleNoteArticleId === articleId;
      if (mine) {
        request++;
        set({ articleNote: body.trim() === '' ? null : { articleId, body, updatedAt: before?.updatedAt ?? new Date().toISOString() } });
      }
      try {
        const saved = await api.saveArticleNote({ articleId, body });
        if (get().articleNoteArticleId === articleId) set({ articleNote: saved, articleNoteStatus: 'ready' });
        // Emptying the field is how a note is deleted: one stray select-all and click away must not lose it.
        if (mine && before && saved === null) {
          get().offerUndo({ title: 'Deleted the article’s note', undo: () => void get().saveArticleNote(articleId, before.body) });
        }
        return true;
      } catch (error) {
        if (mine && get().articleNoteArticleId === articleId) set({ articleNote: before });
        get().reportError("Couldn't save the article's note", error, () => void get().saveArticleNote(articleId, body));
        return false;
      }
    },

    setNotesPanelOpen(open) {
      set({ notesPanelOpen: open });
      try {
        localStorage.setItem(PANEL_KEY, open ? 'open' : 'closed');
      } catch {
        // Storage disabled: the panel simply opens closed next time.
      }
    },
  };
};
