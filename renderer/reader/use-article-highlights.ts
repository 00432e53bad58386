/**
 * The reader's highlights, read from the store by the components that draw
 * them (marks, margin notes, the notes panel, the open popover) rather than
 * handed down from the reader: a new highlight then re-renders what shows
 * highlights, not the whole reader around them.
 */
import type { PlacedHighlight } from '../../shared/model.ts';
import { useAppStore } from '../store/store.ts';
import type { AppState } from '../store/types.ts';

const NO_HIGHLIGHTS: PlacedHighlight[] = [];

/** The store's highlights if they are `articleId`'s (the reader may show an article whose highlights are still loading). */
export function highlightsOf(state: AppState, articleId: number): PlacedHighlight[] {
  return state.highlightsArticleId === articleId ? state.highlights : NO_HIGHLIGHTS;
}

export function useArticleHighlights(articleId: number): PlacedHighlight[] {
  return useAppStore((s) => highlightsOf(s, articleId));
}

/** Whether a highlight's note shows in the margin: it has one, and the highlight is placed in the text. */
export function hasPlacedNote(highlight: PlacedHighlight): boolean {
  return highlight.anchor.status === 'anchored' && highlight.note.trim() !== '';
}
