/**
 * Notices: what the app tells a person outside the pane they are looking at —
 * above all, failed calls, with the main process's message and, where it
 * helps, an action such as "Try again". Errors stay until dismissed; other
 * notices fade after a few seconds.
 */
import { isApiError, errorMessage, type ApiErrorCode } from '../api.ts';
import type { SliceCreator } from './types.ts';

export type NoticeTone = 'error' | 'info' | 'success';

export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface Notice {
  id: number;
  tone: NoticeTone;
  /** What happened, in a few words: "Couldn't rename the briefing". */
  title: string;
  /** Why, and what to do about it. */
  message: string | null;
  code: ApiErrorCode | null;
  action: NoticeAction | null;
}

export interface NewNotice {
  tone: NoticeTone;
  title: string;
  message?: string | null;
  code?: ApiErrorCode | null;
  action?: NoticeAction | null;
  /** How long a notice that is not an error stays, in milliseconds (an offer to undo stays longer). */
  duration?: number;
}

export interface UndoOffer {
  /** What was done: "Deleted “Weekly”". */
  title: string;
  message?: string | null;
  undo: () => void | Promise<void>;
}

export interface NoticesSlice {
  /** Oldest first. */
  notices: Notice[];
  notify: (notice: NewNotice) => number;
  dismissNotice: (id: number) => void;
  /** Shows a failed action as an error notice; `retry` becomes a "Try again" button. */
  reportError: (title: string, error: unknown, retry?: () => void) => void;
  /** Shows what was done with an "Undo" button; the newest offer is also what `undoLatest` takes up. */
  offerUndo: (offer: UndoOffer) => void;
  /** Takes up the newest undo offer still showing; false when there is none. */
  undoLatest: () => boolean;
}

/** How long an offer to undo stays. */
export const UNDO_OFFER_MS = 10_000;

/** How many notices show at once; older ones make way. */
const MAX_NOTICES = 4;
const FADE_AFTER_MS = 6000;

export const createNoticesSlice: SliceCreator<NoticesSlice> = (set, get) => {
  let nextId = 1;
  /** The newest offer to undo and its notice: taken once, gone with its notice. */
  let latestUndo: { noticeId: number; undo: () => void } | null = null;
  return {
    notices: [],

    notify(notice) {
      const id = nextId++;
      const full: Notice = {
        id,
        tone: notice.tone,
        title: notice.title,
        message: notice.message ?? null,
        code: notice.code ?? null,
        action: notice.action ?? null,
      };
      set((state) => {
        // The same problem twice shows once, as the newest.
        const others = state.notices.filter((n) => !(n.title === full.title && n.message === full.message));
        return { notices: [...others, full].slice(-MAX_NOTICES) };
      });
      if (full.tone !== 'error') setTimeout(() => get().dismissNotice(id), notice.duration ?? FADE_AFTER_MS);
      return id;
    },

    dismissNotice(id) {
      if (latestUndo?.noticeId === id) latestUndo = null;
      set((state) => ({ notices: state.notices.filter((n) => n.id !== id) }));
    },

    reportError(title, error, retry) {
      if (!isApiError(error)) console.error(error);
      get().notify({
        tone: 'error',
        title,
        message: errorMessage(error),
        code: isApiError(error) ? error.code : null,
        action: retry ? { label: 'Try again', run: retry } : null,
      });
    },

    offerUndo(offer) {
      let taken = false;
      const undo = () => {
        if (taken) return;
        taken = true;
        void offer.undo();
      };
      const noticeId = get().notify({
        tone: 'info',
        title: offer.title,
        message: offer.message ?? null,
        action: { label: 'Undo', run: undo },
        duration: UNDO_OFFER_MS,
      });
      latestUndo = { noticeId, undo };
    },

    undoLatest() {
      const offer = latestUndo;
      if (!offer) return false;
      get().dismissNotice(offer.noticeId);
      offer.undo();
      return true;
    },
  };
};
