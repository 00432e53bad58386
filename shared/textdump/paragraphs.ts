/**
 * Rebuilds paragraphs from normalised lines. A browser copy puts each block
 * element on its own line; a saved or mailed copy may also be hard-wrapped at
 * 60–80 columns, and then a paragraph spans several lines that must be joined.
 */
import { CLAUSE_END } from './sentence-stops.ts';

/** One paragraph candidate: a line, or several hard-wrapped lines joined. */
export interface Unit {
  text: string;
  /** Index of the unit's first line in the normalised input. */
  line: number;
  /** Whether a blank line separates it from the previous unit (false for the first). */
  afterGap: boolean;
}

/** Bullets and numbers that open a list item: a list item always starts a new unit. */
const LIST_MARKER = /^(?:[-–*•·▪◦‣]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s/u;

/** A line opening in a script written without spaces between words. */
const UNSPACED_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Most share of the lines near the wrap width that end a sentence in a hard-wrapped text. */
const MAX_CLAUSE_ENDS_WHEN_WRAPPED = 0.5;

/** Shortest line, in characters, that tells of the wrap width. */
const MIN_MEASURED_LINE = 30;

/** Hard wrapping is only considered for widths in this range, in characters. */
const NARROWEST_WRAP = 40;
const WIDEST_WRAP = 100;

/**
 * The column a hard-wrapped text was wrapped at, or null when its lines are
 * not wrapped. Wrapped text has most of its longer lines close to one width
 * and hardly any beyond it; a browser copy has long one-line paragraphs.
 */
export function detectWrapWidth(lines: readonly string[]): number | null {
  const lengths = lines.map((line) => line.length).filter((length) => length >= MIN_MEASURED_LINE);
  if (lengths.length < 5) return null;
  const fitting = lengths.filter((length) => length <= WIDEST_WRAP).sort((a, b) => a - b);
  if (fitting.length < lengths.length * 0.9) return null;
  // The 90th percentile, not the maximum: one overlong line must not widen the estimate,
  // and a slightly low estimate only makes joining more likely, which is the safe side.
  const width = fitting[Math.floor((fitting.length - 1) * 0.9)]!;
  if (width < NARROWEST_WRAP) return null;
  const near = lines.filter((line) => line.length >= Math.max(MIN_MEASURED_LINE, width - 15) && line.length <= WIDEST_WRAP);
  // A browser copy of short paragraphs ends most of its long lines with a sentence; wrapped text breaks mid-sentence.
  if (near.filter((line) => CLAUSE_END.test(line)).length > near.length * MAX_CLAUSE_ENDS_WHEN_WRAPPED) return null;
  return near.length >= fitting.length * 0.5 ? width : null;
}

/**
 * Whether `next` continues the hard-wrapped line `previous`. Greedy wrapping
 * fills a line before breaking it, so if the next line's first word would have
 * fitted, the break was deliberate (a new paragraph, heading or item) unless
 * the text plainly runs on: no sentence end, and the next line starts in lower case.
 */
function continuesLine(previous: string, next: string, width: number): boolean {
  if (LIST_MARKER.test(next)) return false;
  // Chinese and Japanese wrap between any two characters: only a full line that ends mid-sentence runs on.
  if (UNSPACED_START.test(next)) return previous.length >= width && !CLAUSE_END.test(previous);
  const firstWord = next.split(' ', 1)[0] ?? '';
  if (previous.length + 1 + firstWord.length > width) return true;
  return !CLAUSE_END.test(previous) && /^\p{Ll}/u.test(next);
}

/** Joins a wrapped line to the text before it; a word hyphenated across the break keeps its hyphen. */
function joinWrapped(text: string, next: string): string {
  return /\p{L}-$/u.test(text) && /^\p{Ll}/u.test(next) ? text + next : `${text} ${next}`;
}

/** Groups lines into units: blank lines always separate; hard-wrapped lines are joined. */
export function rebuildParagraphs(lines: readonly string[]): Unit[] {
  const width = detectWrapWidth(lines);
  const units: Unit[] = [];
  let afterGap = false;
  let previousLine = '';
  for (const [index, line] of lines.entries()) {
    const current = units[units.length - 1];
    if (line === '') {
      afterGap = units.length > 0;
    } else if (current && previousLine !== '' && width !== null && continuesLine(previousLine, line, width)) {
      current.text = joinWrapped(current.text, line);
    } else {
      units.push({ text: line, line: index, afterGap });
      afterGap = false;
    }
    previousLine = line;
  }
  return units;
}
