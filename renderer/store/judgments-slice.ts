/**
 * Key judgments of the open briefing: the list (loaded with the briefing,
 * reloaded when judgments, highlights, articles or briefings change, since any
 * of those may change what a citation shows), the editor dialog (a new
 * judgment, or one being edited; what it held when closed unsaved comes back
 * on its next open), the highlight picker's results, and "Cite in
 * judgment…" from the reader. Reorders show at once; deletes offer undo.
 */
import { api } from '../api.ts';
import { moveInOrder } from '../../shared/briefings.ts';
import { MAX_CITATIONS_PER_JUDGMENT, type Confidence, type Judgment, type Likelihood } from '../../shared/judgments.ts';
import type { EvidenceItem } from '../../shared/organize.ts';
import type { LoadStatus, SliceCreator } from './types.ts';

/** What the judgment editor is open for: a new judgment (citing `cite` to begin with) or an existing one. */
export interface JudgmentEditorTarget {
  briefingId: number;
  judgmentId: number | null;
  cite: number[];
}

export interface JudgmentDraft {
  text: string;
  likelihood: Likelihood;
  confidence: Confidence;
  /** In the order they are cited. */
  highlightIds: number[];
}

/** What an editor closed without saving held, brought back when the same judgment (or a new one in that briefing) is opened. */
export interface UnsavedJudgment {
  briefingId: number;
  judgmentId: number | null;
  draft: JudgmentDraft;
}

/** A highlight the reader asked to cite ("Cite in judgment…"). */
export interface CiteRequest {
  highlightId: number;
  articleId: number;
}

/** A briefing offered by "Cite in judgment…": its judgments, and whether the highlight's article is in it. */
export interface CiteChoice {
  briefingId: number;
  articleInBriefing: boolean;
  judgments: Judgment[];
  status: LoadStatus;
}

/** The picker shows at most this many highlights; searching narrows them. */
const PICKER_LIMIT = 200;

export interface JudgmentsSlice {
  /** The open briefing's judgments, in order. */
  judgments: Judgment[];
  /** Whose judgments `judgments` are; null before any briefing was opened. */
  judgmentsBriefingId: number | null;
  judgmentsStatus: LoadStatus;
  loadJudgments: (briefingId: number) => Promise<void>;
  judgmentEditor: JudgmentEditorTarget | null;
  /** What the open editor starts from when it was closed unsaved before (it offers to start over); null for a fresh start. */
  judgmentEditorKept: JudgmentDraft | null;
  /** The last editor closed without saving: Escape, Cancel or a click on the backdrop never throws a judgment away. */
  unsavedJudgment: UnsavedJudgment | null;
  openJudgmentEditor: (target: JudgmentEditorTarget) => void;
  /** Closes the editor; `unsaved` is what it held that was not saved, kept for the next open. */
  closeJudgmentEditor: (unsaved?: JudgmentDraft) => void;
  /** Creates or updates the editor's judgment; true when the library accepted it. */
  saveJudgment: (target: JudgmentEditorTarget, draft: JudgmentDraft) => Promise<boolean>;
  /** Moves a judgment to `index` (0 = first), on screen at once. */
  moveJudgment: (id: number, index: number) => Promise<void>;
  /** Deletes a judgment, with an offer to undo. */
  deleteJudgment: (id: number) => Promise<void>;
  /** Highlights of a briefing's articles that may be cited, newest first, for the picker. */
  citable: EvidenceItem[];
  citableTotal: number;
  citableStatus: LoadStatus;
  searchCitable: (briefingId: number, text: string) => Promise<void>;
  citeRequest: CiteRequest | null;
  /** The briefing "Cite in judgment…" is showing. */
  citeChoice: CiteChoice | null;
  chooseCiteBriefing: (briefingId: number) => Promise<void>;
  openCiteInJudgment: (request: CiteRequest) => void;
  closeCiteInJudgment: () => void;
  /** Adds a highlight at the end of a judgment's citations; true when the library accepted it. */
  citeInJudgment: (judgment: Judgment, highlightId: number) => Promise<boolean>;
}

export const createJudgmentsSlice: SliceCreator<JudgmentsSlice> = (set, get) => {
  let loadRequest = 0;
  let citableRequest = 0;
  /** Reorders go to the library one at a time, in the order they were made. */
  let moves: Promise<unknown> = Promise.resolve();

  const showList = (briefingId: number, judgments: Judgment[]) => {
    if (get().judgmentsBriefingId === briefingId) set({ judgments, judgmentsStatus: 'ready' });
  };

  return {
    judgments: [],
    judgmentsBriefingId: null,
    judgmentsStatus: 'idle',
    judgmentEditor: null,
    judgmentEditorKept: null,
    unsavedJudgment: null,
    citable: [],
    citableTotal: 0,
    citableStatus: 'idle',
    citeRequest: null,
    citeChoice: null,

    async loadJudgments(briefingId) {
      const request = ++loadRequest;
      if (get().judgmentsBriefingId !== briefingId) set({ judgments: [], judgmentsBriefingId: briefingId, judgmentsStatus: 'loading' });
      try {
        const judgments = await api.listJudgments({ briefingId });
        if (request === loadRequest) showList(briefingId, judgments);
      } catch (error) {
        if (request !== loadRequest) return;
        set({ judgmentsStatus: 'error' });
        get().reportError("Couldn't load the key judgments", error, () => void get().loadJudgments(briefingId));
      }
    },

    openJudgmentEditor(target) {
      const unsaved = get().unsavedJudgment;
      if (unsaved?.briefingId !== target.briefingId || unsaved.judgmentId !== target.judgmentId) {
        set({ judgmentEditor: target, judgmentEditorKept: null, citeRequest: null });
        return;
      }
      const highlightIds = [...new Set([...unsaved.draft.highlightIds, ...target.cite])].slice(0, MAX_CITATIONS_PER_JUDGMENT);
      set({ judgmentEditor: target, judgmentEditorKept: { ...unsaved.draft, highlightIds }, unsavedJudgment: null, citeRequest: null });
    },
    closeJudgmentEditor(unsaved) {
      set((state) => ({
        judgmentEditor: null,
        judgmentEditorKept: null,
        unsavedJudgment:
          unsaved && state.judgmentEditor
            ? { briefingId: state.judgmentEditor.briefingId, judgmentId: state.judgmentEditor.judgmentId, draft: unsaved }
            : state.unsavedJudgment,
      }));
    },

    async saveJudgment(target, draft) {
      try {
        if (target.judgmentId === null) {
          await api.createJudgment({ briefingId: target.briefingId, ...draft });
        } else {
          await api.updateJudgment({ id: target.judgmentId, ...draft });
        }
        if (get().judgmentsBriefingId === target.briefingId) void get().loadJudgments(target.briefingId);
        return true;
      } catch (error) {
        get().reportError(target.judgmentId === null ? "Couldn't add the key judgment" : "Couldn't save the key judgment", error);
        return false;
      }
    },

    moveJudgment(id, index) {
      const briefingId = get().judgmentsBriefingId;
      const moved = moveInOrder(
        get().judgments.map((j) => j.id),
        id,
        index,
      );
      if (briefingId === null || !moved.ok) return Promise.resolve();
      const byId = new Map(get().judgments.map((j) => [j.id, j]));
      set({ judgments: moved.order.map((other) => byId.get(other)!) });
      const sent = moves.then(async () => {
        try {
          showList(briefingId, await api.moveJudgment({ id, index }));
        } catch (error) {
          void get().loadJudgments(briefingId);
          get().reportError("Couldn't move the key judgment", error);
        }
      });
      moves = sent;
      return sent;
    },

    async deleteJudgment(id) {
      const briefingId = get().judgmentsBriefingId;
      set((state) => ({ judgments: state.judgments.filter((j) => j.id !== id) }));
      let deleted;
      try {
        deleted = await api.deleteJudgment({ id });
      } catch (error) {
        if (briefingId !== null) void get().loadJudgments(briefingId);
        get().reportError("Couldn't delete the key judgment", error, () => void get().deleteJudgment(id));
        return;
      }
      const words = deleted.text.length > 60 ? `${deleted.text.slice(0, 57).trimEnd()}…` : deleted.text;
      get().offerUndo({
        title: 'Deleted a key judgment',
        message: `“${words}”`,
        undo: async () => {
          try {
            showList(deleted.briefingId, await api.restoreJudgment({ deleted }));
            get().notify({ tone: 'success', title: 'The key judgment is back' });
          } catch (error) {
            get().reportError("Couldn't bring the key judgment back", error);
          }
        },
      });
    },

    async searchCitable(briefingId, text) {
      const request = ++citableRequest;
      set({ citableStatus: 'loading' });
      const words = text.trim();
      try {
        const page = await api.listAllHighlights({ briefingId, limit: PICKER_LIMIT, ...(words ? { text: words.slice(0, 200) } : {}) });
        if (request === citableRequest) set({ citable: page.items, citableTotal: page.total, citableStatus: 'ready' });
      } catch (error) {
        if (request !== citableRequest) return;
        set({ citableStatus: 'error' });
        get().reportError("Couldn't list the highlights to cite", error);
      }
    },

    async chooseCiteBriefing(briefingId) {
      const request = get().citeRequest;
      if (!request) return;
      set({ citeChoice: { briefingId, articleInBriefing: false, judgments: [], status: 'loading' } });
      try {
        const [briefing, judgments] = await Promise.all([api.getBriefing({ id: briefingId }), api.listJudgments({ briefingId })]);
        if (get().citeRequest !== request || get().citeChoice?.briefingId !== briefingId) return;
        const articleInBriefing = briefing.articles.some((article) => article.id === request.articleId);
        set({ citeChoice: { briefingId, articleInBriefing, judgments, status: 'ready' } });
      } catch (error) {
        if (get().citeChoice?.briefingId === briefingId) set({ citeChoice: { briefingId, articleInBriefing: false, judgments: [], status: 'error' } });
        get().reportError("Couldn't read the briefing's key judgments", error);
      }
    },

    openCiteInJudgment(request) {
      set({ citeRequest: request, citeChoice: null });
      const { view, briefings } = get();
      const first = view.kind === 'briefing' ? view.id : briefings[0]?.id;
      if (first !== undefined) void get().chooseCiteBriefing(first);
    },
    closeCiteInJudgment() {
      set({ citeRequest: null, citeChoice: null });
    },

    async citeInJudgment(judgment, shownId) {
      const highlightId = await get().savedHighlightId(shownId);
      if (highlightId === null) return false;
      if (judgment.citations.some((c) => c.highlightId === highlightId)) return true;
      try {
        await api.setJudgmentCitations({ id: judgment.id, highlightIds: [...judgment.citations.map((c) => c.highlightId), highlightId] });
        if (get().judgmentsBriefingId === judgment.briefingId) void get().loadJudgments(judgment.briefingId);
        return true;
      } catch (error) {
        get().reportError("Couldn't cite the highlight", error);
        return false;
      }
    },
  };
};
