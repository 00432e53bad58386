import { describe, expect, it } from 'vitest';
import { anchor, type AnchorMethod } from '../../../shared/anchoring/anchor.ts';
import { describeRange, selectorsForQuote, type TextSelectors } from '../../../shared/anchoring/selectors.ts';

const ORIGINAL =
  'Average waiting time for container ships fell from nine days to four in February. ' +
  'Officials credited a rule that moved customs inspections from the quay to inland depots. ' +
  'Shipping agents said the change had been requested for more than two years. ' +
  'The authority said it would publish weekly queue figures from April.';

/** Selectors for `quote` (its first occurrence) in ORIGINAL, as the reader would store them. */
function highlightOf(quote: string, text = ORIGINAL): TextSelectors {
  const selectors = selectorsForQuote(text, quote);
  if (!selectors) throw new Error(`"${quote}" is not in the text`);
  return selectors;
}

interface Case {
  name: string;
  quote: string;
  edited: string;
  method: AnchorMethod;
  /** The text the highlight must cover after re-anchoring. */
  expected: string;
}

const quote = 'moved customs inspections from the quay';

const cases: Case[] = [
  { name: 'unchanged text', quote, edited: ORIGINAL, method: 'position', expected: quote },
  {
    name: 'text inserted before the quote',
    quote,
    edited: `UPDATED: ${ORIGINAL}`,
    method: 'quote',
    expected: quote,
  },
  {
    name: 'text removed before the quote',
    quote,
    edited: ORIGINAL.replace('Average waiting time for container ships fell from nine days to four in February. ', ''),
    method: 'quote',
    expected: quote,
  },
  {
    name: 'text changed after the quote',
    quote,
    edited: ORIGINAL.replace('weekly queue figures from April', 'daily figures from May'),
    method: 'position',
    expected: quote,
  },
  {
    name: 'a word inside the quote corrected',
    quote,
    edited: ORIGINAL.replace('customs inspections', 'customs inspection'),
    method: 'fuzzy',
    expected: 'moved customs inspection from the quay',
  },
  {
    name: 'white space re-flowed inside the quote',
    quote,
    edited: `Preface. ${ORIGINAL.replace('customs inspections from', 'customs\n  inspections   from')}`,
    method: 'normalized',
    expected: 'moved customs\n  inspections   from the quay',
  },
];

describe('re-anchoring a highlight after the article changed', () => {
  it.each(cases)('$name → $method', ({ quote: q, edited, method, expected }) => {
    const result = anchor(edited, highlightOf(q));
    expect(result).toMatchObject({ status: 'anchored', method });
    if (result.status === 'anchored') expect(edited.slice(result.start, result.end)).toBe(expected);
  });

  it('orphans a highlight whose passage was deleted, instead of moving it', () => {
    const edited = ORIGINAL.replace('Officials credited a rule that moved customs inspections from the quay to inland depots. ', '');
    expect(anchor(edited, highlightOf(quote))).toEqual({
      status: 'orphaned',
      reason: 'The quoted text is no longer in the article, not even approximately.',
    });
  });

  it('orphans a highlight whose passage was rewritten beyond recognition', () => {
    const edited = ORIGINAL.replace('moved customs inspections from the quay', 'shifted border checks away from the docks');
    expect(anchor(edited, highlightOf(quote)).status).toBe('orphaned');
  });

  it('never attaches to other text that merely shares a few words', () => {
    const selectors = highlightOf('requested for more than two years');
    expect(anchor('The mayor requested a new bridge for the town.', selectors).status).toBe('orphaned');
  });
});

describe('repeated phrases', () => {
  const text = 'The port reopened. Talks resumed in March. The port reopened. Talks stalled in May. The port reopened.';

  it.each([
    ['first', 0],
    ['second', text.indexOf('The port reopened', 1)],
    ['third', text.lastIndexOf('The port reopened')],
  ])('keeps the %s of three identical phrases when text is added before it', (_label, start) => {
    const selectors = describeRange(text, start, start + 'The port reopened'.length);
    const edited = `Breaking: ${text}`;
    const result = anchor(edited, selectors);
    expect(result).toMatchObject({ status: 'anchored', method: 'quote', start: start + 'Breaking: '.length });
  });

  it('uses the context, not the old position, when the order of passages changed', () => {
    const days = 'Monday: the port reopened after repairs. Tuesday: the port reopened to ferries only. Wednesday: the port reopened fully.';
    const start = days.indexOf('the port reopened to ferries');
    const selectors = describeRange(days, start, start + 'the port reopened'.length);
    const reordered = 'Tuesday: the port reopened to ferries only. Monday: the port reopened after repairs. Wednesday: the port reopened fully.';
    expect(anchor(reordered, selectors)).toMatchObject({ status: 'anchored', method: 'quote', start: reordered.indexOf('the port reopened to ferries') });
  });
});

describe('Unicode', () => {
  it('finds a quote stored composed (NFC) in a text that arrived decomposed (NFD)', () => {
    const composed = 'Le ministre a signé l’accord à Genève mardi.';
    const selectors = highlightOf('signé l’accord à Genève', composed);
    const decomposed = `Résumé. ${composed.normalize('NFD')}`;
    const result = anchor(decomposed, selectors);
    expect(result).toMatchObject({ status: 'anchored', method: 'normalized' });
    if (result.status === 'anchored') expect(decomposed.slice(result.start, result.end).normalize('NFC')).toBe('signé l’accord à Genève');
  });

  it('keeps offsets right around Turkish dotted and dotless i', () => {
    const text = 'İsmail Işık İstanbul’da ılımlı bir konuşma yaptı. Sonra Iğdır’a gitti.';
    const selectors = highlightOf('ılımlı bir konuşma', text);
    const edited = `Ayşe Yılmaz: ${text}`;
    const result = anchor(edited, selectors);
    expect(result).toMatchObject({ status: 'anchored', method: 'quote' });
    if (result.status === 'anchored') expect(edited.slice(result.start, result.end)).toBe('ılımlı bir konuşma');
  });

  it('tells İstanbul from Istanbul only by one edit, and still places the quote', () => {
    const text = 'The delegation arrived in İstanbul on Sunday evening for the talks.';
    const selectors = highlightOf('arrived in İstanbul on Sunday', text);
    const edited = text.replace('İstanbul', 'Istanbul').replace('The delegation', 'A delegation');
    const result = anchor(edited, selectors);
    expect(result).toMatchObject({ status: 'anchored', method: 'fuzzy' });
    if (result.status === 'anchored') expect(edited.slice(result.start, result.end)).toBe('arrived in Istanbul on Sunday');
  });

  it('anchors in right-to-left text', () => {
    const text = 'أعلنت الحكومة يوم الاثنين عن خطة لإعادة تأهيل الميناء القديم خلال ثلاث سنوات.';
    const selectors = highlightOf('خطة لإعادة تأهيل الميناء', text);
    const edited = `عاجل: ${text}`;
    const result = anchor(edited, selectors);
    expect(result).toMatchObject({ status: 'anchored', method: 'quote' });
    if (result.status === 'anchored') expect(edited.slice(result.start, result.end)).toBe('خطة لإعادة تأهيل الميناء');
  });
});

describe('describing a range', () => {
  it('keeps 32 characters of context either side', () => {
    const start = ORIGINAL.indexOf(quote);
    const { quote: q, position } = describeRange(ORIGINAL, start, start + quote.length);
    expect(q.exact).toBe(quote);
    expect(q.prefix).toBe(ORIGINAL.slice(start - 32, start));
    expect(q.suffix).toBe(ORIGINAL.slice(start + quote.length, start + quote.length + 32));
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + quote.length });
  });

  it.each([
    [5, 5],
    [-1, 3],
    [3, 1000],
    [1.5, 4],
  ])('refuses the range %d–%d', (start, end) => {
    expect(() => describeRange(ORIGINAL, start, end)).toThrow(RangeError);
  });

  it('returns null for a quote that is not in the text', () => {
    expect(selectorsForQuote(ORIGINAL, 'not in here')).toBeNull();
  });
});

describe('selectors that cannot be trusted', () => {
  const selectorsOf = (exact: string, start: number, end: number): TextSelectors => ({
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end },
  });

  it('orphans a highlight of white space whose text changed, at once (it used to loop until memory ran out)', () => {
    expect(anchor('Words, and no tabs at all.', selectorsOf('\t \t', 3, 6))).toMatchObject({ status: 'orphaned' });
    expect(anchor('', selectorsOf('\t', 0, 0))).toMatchObject({ status: 'orphaned' });
  });

  it.each([
    ['negative', -4, 26],
    ['fractional', 0.5, 4],
    ['past the end', 20, 40],
  ])('does not place a highlight by a %s position', (_label, start, end) => {
    const text = 'The port reopened on Monday.';
    // slice(-4) would read "day." from the end of the text and call it the stored place.
    const result = anchor(text, selectorsOf(text.slice(start, end), start, end));
    if (result.status === 'anchored') {
      expect(result.method).not.toBe('position');
      expect(result.start).toBeGreaterThanOrEqual(0);
      expect(result.end).toBeLessThanOrEqual(text.length);
    }
  });
});
