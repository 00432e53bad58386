/** Which margin notes the print view moves to endnotes: those that land away from their number. */
import { describe, expect, it } from 'vitest';
import { MAX_NOTE_DRIFT_MM, notesOffTheirLine, type NotePlacement } from '../../../renderer/print/margin-notes.ts';
import { PX_PER_MM } from '../../../shared/print.ts';

const LINE = 5.6 * PX_PER_MM;

/** A note whose number is on `page` at `top`, and whose callout starts `drift` lower (on `calloutPage`, ending on `lastPage`). */
function placed(highlightId: number, where: { page?: number; top?: number; drift?: number; calloutPage?: number; lastPage?: number } = {}): NotePlacement {
  const { page = 2, top = 100, drift = 0 } = where;
  const calloutPage = where.calloutPage ?? page;
  return { highlightId, number: { page, top }, callout: { page: calloutPage, top: top + drift, lastPage: where.lastPage ?? calloutPage } };
}

describe('margin notes that cannot stand beside their passage', () => {
  it('keeps a note beside its line, or a few lines below it where earlier notes pushed it', () => {
    expect(notesOffTheirLine([placed(1), placed(2, { drift: 4 * LINE }), placed(3, { drift: -2 })])).toEqual([]);
  });

  it('moves a note pushed further down than about six lines', () => {
    expect(notesOffTheirLine([placed(1), placed(2, { drift: MAX_NOTE_DRIFT_MM * PX_PER_MM + 1 })])).toEqual([2]);
  });

  it('moves a note pushed onto the next page, even to its top', () => {
    expect(notesOffTheirLine([placed(7, { top: 900, calloutPage: 3, drift: -880 })])).toEqual([7]);
  });

  it('moves a note too long for one page', () => {
    expect(notesOffTheirLine([placed(4, { lastPage: 3 })])).toEqual([4]);
  });
});
