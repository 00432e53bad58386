// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paintOrder } from '../../../renderer/reader/highlight-order.ts';
import { clearHighlights, paintHighlight, paintHighlights } from '../../../renderer/reader/paint-highlights.ts';
import { offsetsOfRange, rangeForOffsets, segmentsForOffsets, TextNodeIndex, trimOffsets } from '../../../renderer/reader/text-positions.ts';

const HTML =
  '<h2>Port report</h2>\n\n<p>Queues <em>fell</em> from nine days to <a href="https://x.example/">four</a>.</p>\n\n<p>Officials credited the <strong>new rule</strong>.</p>';

function article(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = HTML;
  document.body.replaceChildren(root);
  return root;
}

describe('offsets between the DOM and the plain text', () => {
  it('turns a selection across inline formatting, a link and two paragraphs into text offsets', () => {
    const root = article();
    const text = root.textContent;
    const range = document.createRange();
    range.setStart(root.querySelector('em')!.firstChild!, 1);
    range.setEnd(root.querySelector('strong')!.firstChild!, 3);
    const offsets = offsetsOfRange(root, range)!;
    expect(text.slice(offsets.start, offsets.end)).toBe('ell from nine days to four.\n\nOfficials credited the new');
  });

  it('turns offsets back into the same range', () => {
    const root = article();
    const text = root.textContent;
    const start = text.indexOf('nine days');
    const range = rangeForOffsets(root, start, text.indexOf('credited'))!;
    expect(range.toString()).toBe('nine days to four.\n\nOfficials ');
    expect(offsetsOfRange(root, range)).toEqual({ start, end: text.indexOf('credited') });
  });

  it('ignores a selection that reaches outside the article or is empty', () => {
    const root = article();
    const outside = document.createElement('p');
    outside.textContent = 'sidebar';
    document.body.appendChild(outside);
    const range = document.createRange();
    range.setStart(root.querySelector('p')!.firstChild!, 0);
    range.setEnd(outside.firstChild!, 3);
    expect(offsetsOfRange(root, range)).toBeNull();
    const collapsed = document.createRange();
    collapsed.setStart(root.querySelector('p')!.firstChild!, 2);
    expect(offsetsOfRange(root, collapsed)).toBeNull();
  });
});

describe('painting highlights', () => {
  it('wraps exactly the highlighted words, across elements, without changing the text', () => {
    const root = article();
    const text = root.textContent;
    const start = text.indexOf('fell');
    const end = text.indexOf('credited') + 'credited'.length;
    const marks = paintHighlight(root, { id: 7, start, end, color: 'green' });
    expect(root.textContent).toBe(text);
    expect(marks.map((m) => m.textContent)).toEqual(['fell', ' from nine days to ', 'four', '.', 'Officials credited']);
    expect(marks.every((m) => m.dataset.highlightId === '7' && m.dataset.color === 'green')).toBe(true);
  });

  it('nests overlapping highlights and clears them all back to the original text', () => {
    const root = article();
    const text = root.textContent;
    paintHighlight(root, { id: 1, start: text.indexOf('nine'), end: text.indexOf('four') + 4, color: 'yellow' });
    paintHighlight(root, { id: 2, start: text.indexOf('days'), end: text.indexOf('Officials') + 9, color: 'blue' });
    expect(root.textContent).toBe(text);
    const inner = root.querySelector('mark[data-highlight-id="1"] mark[data-highlight-id="2"], mark[data-highlight-id="2"] mark[data-highlight-id="1"]');
    expect(inner).not.toBeNull();
    clearHighlights(root);
    expect(root.querySelectorAll('mark')).toHaveLength(0);
    expect(root.innerHTML).toBe(HTML);
  });
});

describe('painting many highlights in one pass', () => {
  const highlightsIn = (length: number) =>
    fc.array(
      fc.tuple(fc.nat({ max: length - 1 }), fc.integer({ min: 1, max: 40 }), fc.constantFrom('yellow', 'green', 'blue')),
      { maxLength: 25 },
    ).map((spans) => spans.map(([start, size, color], i) => ({ id: i + 1, start, end: Math.min(length, start + size), color })));

  it('gives the same marks as painting each highlight on its own, overlaps and nesting included', () => {
    const length = article().textContent.length;
    fc.assert(
      fc.property(highlightsIn(length), (highlights) => {
        const ordered = paintOrder(highlights);
        const oneByOne = article();
        for (const highlight of ordered) paintHighlight(oneByOne, highlight);
        const expected = oneByOne.innerHTML;
        const together = article();
        paintHighlights(together, ordered);
        expect(together.innerHTML).toBe(expected);
        expect(together.textContent).toBe(oneByOne.textContent);
      }),
      { numRuns: 200 },
    );
  });

  it('finds the same segments as a walk from the top, after the nodes are split', () => {
    const root = article();
    const index = new TextNodeIndex(root);
    const text = root.textContent;
    paintHighlight(root, { id: 1, start: text.indexOf('fell'), end: text.indexOf('four') + 2, color: 'blue' }, index);
    for (const [start, end] of [[0, 5], [text.indexOf('ell'), text.indexOf('credited')], [text.indexOf('fo'), text.indexOf('fo') + 3], [text.length - 3, text.length]] as const) {
      expect(index.segments(start, end).map(({ node, from, to }) => ({ node, from, to }))).toEqual(segmentsForOffsets(root, start, end));
    }
  });
});

describe('trimming a selection to its words', () => {
  it('drops the spaces and paragraph breaks a drag takes in at either end', () => {
    const text = 'one two.\n\nthree';
    expect(trimOffsets(text, 3, 10)).toEqual({ start: 4, end: 8 });
    expect(trimOffsets(text, 0, text.length)).toEqual({ start: 0, end: text.length });
    expect(trimOffsets(text, 8, 10)).toBeNull();
    expect(trimOffsets(text, -5, 99)).toEqual({ start: 0, end: text.length });
  });
});
