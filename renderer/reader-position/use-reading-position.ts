/**
 * Saves and restores how far into an article the person has read.
 *
 * `useReadingPosition(article.id, scrollRef)` in the component that owns the
 * article's scroll container (the reader's `.reader-scroll`):
 *
 * - on open, scrolls to the article's saved `readingPosition` (a fraction of
 *   the scrollable height, so it lands in the same place at another window or
 *   text size). While the page settles (fonts, images, reader settings
 *   arriving) it keeps that place, until the person scrolls or three seconds
 *   pass;
 * - while reading, saves the position a second after scrolling stops, and at
 *   once when the article closes or the window is hidden or unloaded;
 * - never marks the article read at the end: that stays the person's call.
 */
import { useLayoutEffect, type RefObject } from 'react';
import { useAppStore } from '../store/store.ts';
import { clampFraction, roundFraction, scrollFraction, scrollTopFor } from './scroll-fraction.ts';

/** Quiet time after scrolling before the position is saved. */
export const SAVE_AFTER_MS = 1000;
/** How long after opening a late layout change (a font, an image) may still move the restored place. */
export const SETTLE_MS = 3000;
/** Changes smaller than this are not worth a write. */
const MIN_CHANGE = 0.0005;

const INTENT_EVENTS = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

export function useReadingPosition(articleId: number, scrollRef: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;

    const { readerArticle, pendingReveal, searchTarget } = useAppStore.getState();
    // Opened to show a highlight (the evidence locker) or a search hit (renderer/reader/use-search-reveal.ts):
    // that passage decides where the reader is, not the saved place.
    const jumping = pendingReveal?.articleId === articleId || searchTarget?.articleId === articleId;
    let fraction = clampFraction(readerArticle?.id === articleId && !jumping ? readerArticle.readingPosition : 0);
    let saved = jumping ? clampFraction(readerArticle?.readingPosition ?? 0) : fraction;
    /** True while the restored place is being held against late layout changes. */
    let settling = fraction > 0;
    /** The scrollTop this hook set last, so its own scroll event is not taken for the person's. */
    let ownTop: number | null = null;
    let saveTimer: ReturnType<typeof setTimeout> | null = null;

    const place = () => {
      const top = scrollTopFor(fraction, scroller.scrollHeight, scroller.clientHeight);
      if (Math.abs(scroller.scrollTop - top) < 1) return;
      ownTop = top;
      scroller.scrollTop = top;
    };

    const save = () => {
      if (saveTimer !== null) {
        clearTimeout(saveTimer);
        saveTimer = null;
      }
      if (Math.abs(fraction - saved) < MIN_CHANGE) return;
      saved = fraction;
      void useAppStore.getState().saveReadingPosition(articleId, roundFraction(fraction));
    };

    const settled = () => {
      if (!settling) return;
      settling = false;
      // A scroll made while settling (a scrollbar drag, say) is saved like any other.
      if (Math.abs(fraction - saved) >= MIN_CHANGE) saveTimer ??= setTimeout(save, SAVE_AFTER_MS);
    };

    const onScroll = () => {
      if (ownTop !== null && Math.abs(scroller.scrollTop - ownTop) <= 1) {
        ownTop = null;
        return;
      }
      ownTop = null;
      const next = scrollFraction(scroller.scrollTop, scroller.scrollHeight, scroller.clientHeight);
      if (next === null) return;
      fraction = next;
      // While settling, the browser keeping content in view is not the person reading on.
      if (settling) return;
      if (saveTimer !== null) clearTimeout(saveTimer);
      saveTimer = setTimeout(save, SAVE_AFTER_MS);
    };

    const onVisibility = () => {
      if (document.visibilityState === 'hidden') save();
    };

    // The content's size moves with fonts loading, images, and text settings.
    const resized = new ResizeObserver(() => {
      if (settling) place();
    });
    resized.observe(scroller);
    for (const child of scroller.children) resized.observe(child);

    place();
    const settleTimer = setTimeout(settled, SETTLE_MS);
    scroller.addEventListener('scroll', onScroll, { passive: true });
    for (const type of INTENT_EVENTS) scroller.addEventListener(type, settled, { passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', save);

    return () => {
      save();
      clearTimeout(settleTimer);
      resized.disconnect();
      scroller.removeEventListener('scroll', onScroll);
      for (const type of INTENT_EVENTS) scroller.removeEventListener(type, settled);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', save);
    };
  }, [articleId, scrollRef]);
}
