/**
 * "Review the cleaned copy": for a reader article cleaned from a pasted or
 * saved text copy, the original's lines with the cleaner's call on each, and
 * the analyst's overrides applied (components/CleanedCopyReview.tsx). Applying
 * rebuilds the article's text; the earlier text stays among its captures, and
 * the notice's Undo applies the review as it was before.
 */
import { api, errorMessage } from '../api.ts';
import type { CleanedCopyReview, ReviewOverrides } from '../../shared/textdump/review.ts';
import type { SliceCreator } from './types.ts';

export interface CleanedCopySlice {
  /** The review of the reader article's copy; null while none is known (not loaded, or an article saved otherwise). */
  cleanedCopy: CleanedCopyReview | null;
  cleanedCopyReviewOpen: boolean;
  /** Loads the review of the article's copy, if it has one. */
  loadCleanedCopy: (articleId: number) => Promise<void>;
  openCleanedCopyReview: () => void;
  closeCleanedCopyReview: () => void;
  /** Rebuilds the article with the overrides; null when done, else the library's reason (the dialog shows it). */
  applyCleanedCopyReview: (overrides: ReviewOverrides) => Promise<string | null>;
}

export const createCleanedCopySlice: SliceCreator<CleanedCopySlice> = (set, get) => {
  /** Applies overrides to the article and reloads its review; throws the library's refusal. */
  const apply = async (articleId: number, overrides: ReviewOverrides) => {
    const applied = await api.applyCleanedCopyReview({ articleId, overrides });
    await get().loadCleanedCopy(articleId);
    return applied;
  };

  return {
    cleanedCopy: null,
    cleanedCopyReviewOpen: false,

    async loadCleanedCopy(articleId) {
      try {
        const review = await api.getCleanedCopyReview({ articleId });
        // The reader may have moved on to another article meanwhile.
        if (get().readerArticle?.id === articleId) set({ cleanedCopy: review });
      } catch {
        // Without its review the article reads as any other; the reader reports its own errors.
        set({ cleanedCopy: null });
      }
    },

    openCleanedCopyReview() {
      set({ cleanedCopyReviewOpen: true });
    },

    closeCleanedCopyReview() {
      set({ cleanedCopyReviewOpen: false });
    },

    async applyCleanedCopyReview(overrides) {
      const review = get().cleanedCopy;
      if (!review) return 'This article has no pasted copy to review.';
      const { articleId, overrides: earlier } = review;
      try {
        const applied = await apply(articleId, overrides);
        set({ cleanedCopyReviewOpen: false });
        if (!applied.textChanged) {
          get().notify({ tone: 'success', title: 'The article already reads this way' });
          return null;
        }
        get().offerUndo({
          title: 'Rebuilt the article from the pasted copy',
          message: 'Highlights were placed again. The earlier text is kept among the article’s captures.',
          undo: async () => {
            try {
              await apply(articleId, earlier);
              get().notify({ tone: 'success', title: 'The article reads as before the review' });
            } catch (error) {
              get().reportError("Couldn't undo the review", error);
            }
          },
        });
        return null;
      } catch (error) {
        return errorMessage(error);
      }
    },
  };
};
