/**
 * How far into an article the reader got (0..1 of its scrollable height),
 * saved as they read and given back by `getArticle` next time. Saving the
 * first position of an unread article makes it "reading"; reaching the end
 * never marks it read (that is the person's call, with the button).
 */
import { api } from '../api.ts';
import type { SliceCreator } from './types.ts';

export interface ReadingPositionSlice {
  /** Saves the position quietly; a failure shows one notice, not one per scroll. */
  saveReadingPosition: (id: number, position: number) => Promise<void>;
}

export const createReadingPositionSlice: SliceCreator<ReadingPositionSlice> = (set, get) => {
  /** Set after a failed save, so that reading on does not raise a notice each second. */
  let failing = false;

  return {
    async saveReadingPosition(id, position) {
      // The reader article in the store keeps the position it opened with: changing it on every
      // save would re-render the article. Opening an article again fetches it, position and all.
      const clamped = Math.min(1, Math.max(0, position));
      try {
        const { readingStatus } = await api.setReadingPosition({ id, position: clamped });
        failing = false;
        const known = get().readerArticle?.id === id ? get().readerArticle?.readingStatus : get().articlesById[id]?.readingStatus;
        if (known !== undefined && known !== readingStatus) {
          get().patchArticle(id, { readingStatus });
          set((state) =>
            state.readerArticle?.id === id ? { readerArticle: { ...state.readerArticle, readingStatus } } : {},
          );
        }
      } catch (error) {
        if (failing) return;
        failing = true;
        get().reportError("Couldn't remember your place in the article", error);
      }
    },
  };
};
