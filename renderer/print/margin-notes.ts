/**
 * Margin notes that cannot stand beside their passage. A callout floats into
 * the margin on the line of its number, but a long one, or one below other
 * long ones, is pushed down the column and, at the foot of a page, onto the
 * next: a page away from the words it is about. After layout the view
 * measures each callout against its number on the printed pages (the same
 * page-sized columns that number the contents) and prints those that drifted
 * as endnotes after their article instead, under the same number.
 */
import { PX_PER_MM } from '../../shared/print.ts';
import { inPageColumns } from './paginate.ts';

/** How far below its number's line a callout may start and still read as beside it: about six lines of text. */
export const MAX_NOTE_DRIFT_MM = 35;

/** Where a note's number and its callout landed: pages from 1, tops in CSS pixels from the top of the page's text. */
export interface NotePlacement {
  highlightId: number;
  number: { page: number; top: number };
  callout: { page: number; top: number; lastPage: number };
}

/** The highlights whose callouts start on another page than their number, run over a page, or start too far below it. */
export function notesOffTheirLine(placements: readonly NotePlacement[], maxDrift = MAX_NOTE_DRIFT_MM * PX_PER_MM): number[] {
  return placements
    .filter(({ number, callout }) => callout.page !== number.page || callout.lastPage !== callout.page || callout.top - number.top > maxDrift)
    .map(({ highlightId }) => highlightId);
}

/** Measures every margin callout in the document against its number, as the pages will cut them. */
export function measureMarginNotes(root: HTMLElement, page: { width: number; height: number }): NotePlacement[] {
  const numbers = new Map([...root.querySelectorAll<HTMLElement>('.note-ref[data-highlight-id]')].map((ref) => [ref.dataset.highlightId, ref]));
  return inPageColumns(root, page, ({ pageOf, topOf }) =>
    [...root.querySelectorAll<HTMLElement>('.sidenote[data-highlight-id]')].flatMap((callout) => {
      const highlightId = Number(callout.dataset.highlightId);
      const ref = numbers.get(callout.dataset.highlightId)?.getClientRects()[0];
      const boxes = callout.getClientRects();
      const first = boxes[0];
      const last = boxes[boxes.length - 1];
      if (!ref || !first || !last) return [];
      return [{ highlightId, number: { page: pageOf(ref), top: topOf(ref) }, callout: { page: pageOf(first), top: topOf(first), lastPage: pageOf(last) } }];
    }),
  );
}
