/**
 * Opening an article from a search hit: the reader scrolls the match to the
 * middle of the view and marks it for a moment. The mark is a CSS custom
 * highlight over a Range built from the hit's text offsets, so the article's
 * DOM (and the highlights painted into it) is never touched.
 */
import { useEffect, type RefObject } from 'react';
import { useAppStore } from '../store/store.ts';
import { segmentsForOffsets } from './text-positions.ts';

/** How long the match stays marked. */
export const SEARCH_FLASH_MS = 2000;
const HIGHLIGHT_NAME = 'search-match';

function rangeFor(body: HTMLElement, start: number, end: number): Range | null {
  const segments = segmentsForOffsets(body, start, end);
  const first = segments[0];
  const last = segments.at(-1);
  if (!first || !last) return null;
  const range = body.ownerDocument.createRange();
  range.setStart(first.node, first.from);
  range.setEnd(last.node, last.to);
  return range;
}

export function useSearchReveal(articleId: number, bodyRef: RefObject<HTMLElement | null>, scrollRef: RefObject<HTMLElement | null>): void {
  const target = useAppStore((s) => (s.searchTarget?.articleId === articleId ? s.searchTarget : null));

  useEffect(() => {
    const body = bodyRef.current;
    const scroller = scrollRef.current;
    if (!target || !body || !scroller) return;
    const { offset, length } = target;
    let userScrolled = false;

    // Painting highlights splits text nodes, and fonts move lines: rebuild the range and re-centre until then.
    const show = () => {
      const range = rangeFor(body, offset, offset + length);
      if (!range) return;
      if (!userScrolled) {
        const rect = range.getBoundingClientRect();
        const box = scroller.getBoundingClientRect();
        scroller.scrollTop += rect.top - box.top - (box.height - rect.height) / 2;
      }
      if ('highlights' in CSS) CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(range));
    };
    const stopFollowing = () => {
      userScrolled = true;
    };

    show();
    const mutations = new MutationObserver(show);
    mutations.observe(body, { childList: true, subtree: true });
    const resized = new ResizeObserver(show);
    resized.observe(body);
    for (const type of ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const) scroller.addEventListener(type, stopFollowing, { passive: true });
    const done = setTimeout(() => useAppStore.getState().clearSearchTarget(), SEARCH_FLASH_MS);

    return () => {
      clearTimeout(done);
      mutations.disconnect();
      resized.disconnect();
      for (const type of ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const) scroller.removeEventListener(type, stopFollowing);
      if ('highlights' in CSS) CSS.highlights.delete(HIGHLIGHT_NAME);
    };
  }, [target, bodyRef, scrollRef]);
}
