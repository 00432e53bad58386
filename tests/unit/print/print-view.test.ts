/** The print view's pure parts: its address, its page rules, and how notes are numbered. */
import { describe, expect, it } from 'vitest';
import { numberNotes, orphanedHighlights, placedInOrder } from '../../../renderer/print/notes.ts';
import { cssString, pageStyleSheet } from '../../../renderer/print/page-style.ts';
import type { PlacedHighlight } from '../../../shared/model.ts';
import { contentBox, parsePrintQuery, printQuery, PX_PER_MM } from '../../../shared/print.ts';

describe('the print view’s address', () => {
  it('carries the briefing and every option, and reads back the same', () => {
    const request = { briefingId: 12, options: { content: 'digest', paper: 'letter', notes: 'endnotes', timeline: true } } as const;
    expect(printQuery(request)).toBe('?briefing=12&content=digest&paper=letter&notes=endnotes&timeline=true');
    expect(parsePrintQuery(printQuery(request))).toEqual(request);
  });

  it('fills in the default options', () => {
    expect(parsePrintQuery('?briefing=3')).toEqual({ briefingId: 3, options: { content: 'full', paper: 'a4', notes: 'margin', timeline: false } });
  });

  it.each(['', '?briefing=0', '?briefing=abc', '?briefing=3&paper=a3', '?briefing=3&notes=footnotes', '?briefing=1.5'])('refuses %j', (search) => {
    expect(parsePrintQuery(search)).toBeNull();
  });
});

describe('the printed page', () => {
  it('is A4 or Letter with the margins the running header and footer sit in', () => {
    expect(pageStyleSheet({ title: 'T', marking: 'GREEN', paper: 'a4' })).toContain('size: 210mm 297mm;');
    expect(pageStyleSheet({ title: 'T', marking: 'GREEN', paper: 'letter' })).toContain('size: 215.9mm 279.4mm;');
    expect(contentBox('a4').width).toBeCloseTo((210 - 22 - 20) * PX_PER_MM);
  });

  it('shows the title, the marking in its TLP 2.0 colour on black, and "Page X of Y"', () => {
    const css = pageStyleSheet({ title: 'Harbour queues', marking: 'AMBER', paper: 'a4' });
    expect(css).toMatch(/@top-left \{ content: "Harbour queues";/);
    expect(css).toMatch(/@top-right \{ content: "TLP:AMBER";.*background: #000000; color: #FFC000;/);
    expect(css).toMatch(/@bottom-left \{ content: "TLP:AMBER";/);
    expect(css).toContain('content: "Page " counter(page) " of " counter(pages);');
  });

  it('keeps any title a string: quotes, backslashes and line breaks cannot end it', () => {
    expect(cssString('A "quoted" \\ title\nwith } a brace')).toBe('"A \\"quoted\\" \\\\ title with } a brace"');
  });
});

function highlight(id: number, start: number, end: number, note = ''): PlacedHighlight {
  return {
    id,
    articleId: 1,
    quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end },
    color: 'yellow',
    tags: [],
    note,
    credibility: null,
    marking: 'CLEAR',
    createdAt: '',
    updatedAt: '',
    anchor: { status: 'anchored', start, end, method: 'position', score: 1 },
  };
}

describe('numbering the notes', () => {
  it('numbers the notes of placed highlights in reading order, skipping highlights without a note and orphans', () => {
    const orphan: PlacedHighlight = { ...highlight(9, 0, 1, 'lost'), anchor: { status: 'orphaned', reason: 'gone' } };
    const highlights = [highlight(1, 50, 60, 'second'), highlight(2, 10, 20, 'first'), highlight(3, 30, 40), orphan, highlight(4, 70, 80, '  ')];
    expect(numberNotes(highlights).map(({ number, highlight: h }) => [number, h.note])).toEqual([
      [1, 'first'],
      [2, 'second'],
    ]);
    expect(placedInOrder(highlights).map((h) => h.id)).toEqual([2, 3, 1, 4]);
    expect(orphanedHighlights(highlights).map((h) => h.id)).toEqual([9]);
  });
});
