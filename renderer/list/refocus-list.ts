/**
 * Focus that had nowhere left to be: a control that takes itself away (a
 * confirmation's button, a notice's Undo or Dismiss) leaves focus on the page
 * itself, where a keyboard user starts over from the top of the window.
 */
import { afterNextPaint } from '../reader/after-paint.ts';

const LIST_ROW_IN_TAB_ORDER = '[role="listbox"][aria-label="Articles"] [role="option"][tabindex="0"]';

/**
 * Once the change is on screen, puts focus on the article list's current row
 * if nothing holds it, and leaves it alone if the person (or a dialog giving it
 * back to its opener) has put it somewhere.
 */
export function refocusArticleListIfLost(): void {
  afterNextPaint(() => {
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    document.querySelector<HTMLElement>(LIST_ROW_IN_TAB_ORDER)?.focus({ preventScroll: true });
  });
}
