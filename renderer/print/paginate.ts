/**
 * Page numbers for the table of contents, before printing.
 *
 * Chromium prints without target-counter(), so the view works out on which
 * page each entry's heading will land. It lays the document out once as a
 * multi-column box whose columns are exactly the printed page's content box
 * (same width, same height, a forced column break where print forces a page
 * break). Columns and printed pages are cut by the same block-fragmentation
 * engine (LayoutNG), so a heading's column is its page. This costs one extra
 * layout, not an extra print.
 *
 * The printer still checks every number against the printed PDF (the named
 * destinations Chromium writes for the contents' links) and, in the rare case
 * one differs, corrects it and prints again: the numbers are right even when
 * this estimate is not.
 */
import { TOC_TARGET_ATTRIBUTE } from '../../shared/print.ts';

/**
 * Runs `measure` while the document is laid out as page-sized columns: a box's
 * page is its column, `pageOf` tells which (from 1), `topOf` how far down it
 * starts on that page, in CSS pixels.
 */
export function inPageColumns<T>(
  root: HTMLElement,
  page: { width: number; height: number },
  measure: (where: { pageOf: (box: DOMRect) => number; topOf: (box: DOMRect) => number }) => T,
): T {
  // Through the CSSOM, which the page's CSP allows (a style attribute it would refuse).
  const measuring: Record<string, string> = {
    width: `${page.width}px`,
    height: `${page.height}px`,
    'column-width': `${page.width}px`,
    'column-gap': '0px',
    'column-fill': 'auto',
  };
  root.classList.add('measuring-pages');
  for (const [name, value] of Object.entries(measuring)) root.style.setProperty(name, value);
  try {
    const origin = root.getBoundingClientRect();
    return measure({
      pageOf: (box) => Math.floor((box.left - origin.left + 1) / page.width) + 1,
      topOf: (box) => box.top - origin.top,
    });
  } finally {
    root.classList.remove('measuring-pages');
    for (const name of Object.keys(measuring)) root.style.removeProperty(name);
  }
}

/** Measures where each contents entry's target lands and writes the page numbers into the entries. */
export function numberContents(root: HTMLElement, page: { width: number; height: number }): Record<string, number> {
  // A named measure, for the bench and the developer tools: what this extra layout costs.
  const started = performance.now();
  const entries = [...root.querySelectorAll<HTMLElement>(`[${TOC_TARGET_ATTRIBUTE}]`)];
  const pages = inPageColumns(root, page, ({ pageOf }) => {
    const landed: Record<string, number> = {};
    for (const entry of entries) {
      const target = entry.getAttribute(TOC_TARGET_ATTRIBUTE) ?? '';
      const box = root.ownerDocument.getElementById(target)?.getClientRects()[0];
      if (box) landed[target] = pageOf(box);
    }
    return landed;
  });
  for (const entry of entries) {
    const number = pages[entry.getAttribute(TOC_TARGET_ATTRIBUTE) ?? ''];
    entry.textContent = number === undefined ? '' : String(number);
  }
  performance.measure('print: number the contents', { start: started });
  return pages;
}
