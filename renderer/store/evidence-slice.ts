/**
 * The evidence locker: every highlight in the library, newest first, fetched
 * a page at a time where the person scrolls; its filters; the highlights
 * chosen for "Add to briefing…"; and opening a highlight in the reader,
 * scrolled to its passage.
 */
import { api } from '../api.ts';
import type { EvidenceItem, HighlightFilters } from '../../shared/organize.ts';
import { plural } from '../format.ts';
import { createPagedLoader, type PagedState } from '../list/paged-loader.ts';
import { EMPTY_SELECTION, type MultiSelection } from '../list/selection.ts';
import type { SliceCreator } from './types.ts';

export const EVIDENCE_PAGE_SIZE = 100;

/** A highlight to scroll to once its article is open and painted. */
export interface PendingReveal {
  articleId: number;
  highlightId: number;
}

export interface EvidenceSlice {
  evidence: PagedState<EvidenceItem>;
  evidenceFilters: HighlightFilters;
  evidenceSelection: MultiSelection;
  pendingReveal: PendingReveal | null;
  loadEvidence: (options?: { refresh?: boolean }) => Promise<void>;
  loadEvidenceRange: (start: number, end: number) => Promise<void>;
  setEvidenceFilters: (filters: HighlightFilters) => void;
  setEvidenceSelection: (selection: MultiSelection) => void;
  /** Opens the highlight's article in the reader and scrolls to the passage. */
  openEvidence: (highlightId: number) => void;
  /** The reader calls this once it has scrolled to the passage (or found it is not there). */
  clearPendingReveal: () => void;
  /** Adds the highlights' articles to a briefing; true if main accepted. */
  addEvidenceToBriefing: (briefingId: number, highlightIds: number[]) => Promise<boolean>;
}

const EMPTY: PagedState<EvidenceItem> = { ids: [], byId: {}, total: 0, status: 'idle', error: null };

export const createEvidenceSlice: SliceCreator<EvidenceSlice> = (set, get) => {
  const pages = createPagedLoader<EvidenceItem>({
    pageSize: EVIDENCE_PAGE_SIZE,
    noun: 'highlights',
    idOf: (item) => item.highlight.id,
    fetchPage: (offset, limit) => api.listAllHighlights({ ...get().evidenceFilters, offset, limit }),
    read: () => get().evidence,
    write: (change) => set((state) => ({ evidence: { ...state.evidence, ...change(state.evidence) } })),
    report: (title, error, retry) => get().reportError(title, error, retry),
  });

  return {
    evidence: EMPTY,
    evidenceFilters: {},
    evidenceSelection: EMPTY_SELECTION,
    pendingReveal: null,

    loadEvidence: (options) => pages.load(options),
    loadEvidenceRange: (start, end) => pages.loadRange(start, end),

    setEvidenceFilters(filters) {
      set({ evidenceFilters: filters, evidenceSelection: EMPTY_SELECTION });
      void pages.load();
    },

    setEvidenceSelection(selection) {
      set({ evidenceSelection: selection });
    },

    openEvidence(highlightId) {
      const item = get().evidence.byId[highlightId];
      if (!item) return;
      const articleId = item.highlight.articleId;
      set({ pendingReveal: { articleId, highlightId } });
      if (get().selectedArticleId === articleId) {
        // Already open: the reader reveals it as soon as it sees the request.
        get().setActiveHighlight(highlightId);
        return;
      }
      get().selectArticle(articleId);
    },

    clearPendingReveal() {
      set({ pendingReveal: null });
    },

    async addEvidenceToBriefing(briefingId, highlightIds) {
      if (highlightIds.length === 0) return false;
      const briefing = get().briefings.find((b) => b.id === briefingId);
      try {
        const { added, articles } = await api.addHighlightsToBriefing({ briefingId, highlightIds });
        const already = articles - added;
        get().notify({
          tone: 'success',
          title: `Added ${plural(added, 'article')} to ${briefing ? `“${briefing.title}”` : 'the briefing'}`,
          ...(already > 0 ? { message: `${plural(already, 'article was', 'articles were')} in it already.` } : {}),
        });
        set({ evidenceSelection: EMPTY_SELECTION });
        return true;
      } catch (error) {
        get().reportError("Couldn't add to the briefing", error, () => void get().addEvidenceToBriefing(briefingId, highlightIds));
        return false;
      }
    },
  };
};
