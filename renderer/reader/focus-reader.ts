/**
 * Moving keyboard focus into the reader once it shows an article: after Enter
 * on the article list or on a search hit, so the arrow keys scroll the article
 * and Tab continues inside it.
 */
import { useAppStore } from '../store/store.ts';
import { afterNextPaint } from './after-paint.ts';

const focusReader = () => document.getElementById('reader-scroll')?.focus({ preventScroll: true });

/** Focuses the reader once it shows article `id`: at once if it does, else after it is drawn; never if another is opened or it fails to load. */
export function focusReaderWhenShown(id: number): void {
  if (useAppStore.getState().readerArticle?.id === id) {
    focusReader();
    return;
  }
  const stop = useAppStore.subscribe((state) => {
    if (state.selectedArticleId !== id || state.readerStatus === 'error') stop();
    else if (state.readerArticle?.id === id) {
      stop();
      afterNextPaint(focusReader);
    }
  });
}
