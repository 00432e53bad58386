/**
 * Lines of the same shape inside one story get the same call. A story marks
 * its sections one way throughout: numbered labels ("1．建設の目的", "二、管制路段",
 * "II. Plazo"), questions (an FAQ's), short labels (a speech's); an interview
 * prints every question the same way ("Q: …"). The rules judge each line on its
 * own and its neighbours, so one of a set may be lost (the first, under a box
 * or a label the rules cleared), kept as a paragraph, or taken for a heading
 * where its siblings are paragraphs; the set's majority decides.
 */
import { endsSentence, isKept, TIME_OF_DAY, type Piece } from './pieces.ts';
import type { Headings } from './score.ts';
import { headingLevel } from './score.ts';
import { SCRIPT_FULL_STOPS } from './sentence-stops.ts';

/** Rules that drop a line for where it stands or for being short, not for what it says: a sibling heading may be one of theirs. */
const PLACEMENT_RULES = new Set(['outside-story', 'short-run', 'not-running-text', 'before-story']);

/** Most words in a sibling heading; written without spaces, most characters. */
const MAX_HEADING_WORDS = 12;
const MAX_UNSPACED_HEADING_CHARS = 30;

/** Fewest headings of one shape the rules must have found before a lost or unnumbered sibling is made one. */
const MIN_FOUND_SIBLINGS = 2;

/** A section number and its separator: digits (any width), Chinese numerals or Roman ones ("1．", "一、", "II. ", "3) "). */
const SECTION_NUMBER = /^(\p{Nd}{1,2}|[一二三四五六七八九十]{1,3}|[IVX]{1,4})\s*([.．、)）])\s*\S/u;
/** A speaker's label opening an interview's line ("Q: ", "V: ", "问："). */
const SPEAKER_LABEL = /^(\p{L}{1,3})\s?[:：]\s*\S/u;

const CHINESE_DIGITS = '一二三四五六七八九';
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

/** The value of a section number in any of the three numeral systems. */
function numberValue(numeral: string): number {
  if (/^\p{Nd}+$/u.test(numeral)) return Number(numeral.normalize('NFKC'));
  if (/^[IVX]+$/u.test(numeral)) {
    const values = [...numeral].map((letter) => ROMAN_VALUES[letter]!);
    return values.reduce((sum, value, i) => sum + (value < (values[i + 1] ?? 0) ? -value : value), 0);
  }
  // 一 … 九, 十, 十一 … 十九, 二十 …
  const [tens, units] = numeral.includes('十') ? numeral.split('十') : ['', numeral];
  const digit = (text: string | undefined) => CHINESE_DIGITS.indexOf(text ?? '') + 1;
  return numeral.includes('十') ? (tens ? digit(tens) : 1) * 10 + digit(units) : digit(units);
}

/** How a section's numbering is written: the numeral system and the separator ("digit．", "han、", "roman."). */
function numberingStyle(numeral: string, separator: string): string {
  const system = /^\p{Nd}+$/u.test(numeral) ? 'digit' : /^[IVX]+$/u.test(numeral) ? 'roman' : 'han';
  return `${system}${separator}`;
}

/** A few words, no sentence end but a question's: what a heading of any of the shapes looks like. */
function headingSized(piece: Piece): boolean {
  const spaced = /\s/u.test(piece.text.trim());
  const short = spaced ? piece.words <= MAX_HEADING_WORDS : piece.text.length <= MAX_UNSPACED_HEADING_CHARS;
  // Nor a line in brackets or closing on a bracketed part (an aside, a caption's credit: "…（写真提供：…）").
  return short && !new RegExp(`[.。!！,，;；:：${SCRIPT_FULL_STOPS}]["'”’»)」』）]*$`, 'u').test(piece.text) && !/[)）\]】]$/u.test(piece.text);
}

interface Shape {
  /** Lines of one set share it. */
  key: string;
  /** The section's number, for a numbered label. */
  number?: number;
  /** Whether the set may be made paragraphs when most of it is (an interview's questions, plain questions). */
  demotable: boolean;
}

/** The shape of a line that may mark a section or an interview's question, or null. */
function shapeOf(piece: Piece): Shape | null {
  if (!headingSized(piece)) return null;
  const numbered = SECTION_NUMBER.exec(piece.text);
  if (numbered) return { key: `number:${numberingStyle(numbered[1]!, numbered[2]!)}`, number: numberValue(numbered[1]!), demotable: false };
  const speaker = SPEAKER_LABEL.exec(piece.text);
  if (speaker) return { key: `speaker:${speaker[1]!.toLowerCase()}`, demotable: true };
  if (/[?？؟]$/u.test(piece.text)) return { key: 'question', demotable: true };
  // A label that opens with a symbol ("■開発の背景") has siblings that open with it too.
  return /[?？؟!！]/u.test(piece.text) ? null : { key: `label:${/^\p{So}/u.exec(piece.text)?.[0] ?? ''}`, demotable: false };
}

/** Whether a line the rules dropped is a sentence of the section under a restored heading. */
function sectionSentence(piece: Piece): boolean {
  return (PLACEMENT_RULES.has(piece.removedBy ?? '') || piece.removedBy === 'metadata') && endsSentence(piece.text) && !headingSized(piece);
}

/** Whether the numbers run 1, 2, 3 … or on from some number, one by one. */
function consecutive(numbers: readonly number[]): boolean {
  return numbers.every((number, i) => i === 0 || number === numbers[i - 1]! + 1);
}

/** Makes `piece` a heading and brings back the sentences under it that the rules dropped, up to the next kept line. */
function restoreSection(pieces: readonly Piece[], piece: Piece, headings: Headings): void {
  piece.removedBy = null;
  headings.set(piece.index, headingLevel(piece));
  for (let i = piece.index + 1; i < pieces.length && !isKept(pieces[i]!) && sectionSentence(pieces[i]!); i++) pieces[i]!.removedBy = null;
}

/** Whether the story goes on under a line: the next line is a kept paragraph (not a heading, nor a live page's stamp), or a sentence of its section the rules dropped. */
function leadsIntoText(pieces: readonly Piece[], piece: Piece, headings: Headings): boolean {
  const next = pieces[piece.index + 1];
  return next !== undefined && ((isKept(next) && !headings.has(next.index) && !TIME_OF_DAY.test(next.text)) || sectionSentence(next));
}

/** Whether the line above is a short line with words (a box's label or link), not a symbol (an accordion's "+") nor an aside in brackets. */
function underShortLine(pieces: readonly Piece[], piece: Piece): boolean {
  const above = pieces[piece.index - 1];
  return above !== undefined && /\p{L}/u.test(above.text) && shapeOf(above)?.key.startsWith('label:') === true;
}

/**
 * Gives every line of a set of the same shape inside the story the call most of the set got. Numbered labels whose
 * numbers run one by one, and questions or short labels of which the rules found two or more as headings, become
 * headings, lost ones with their sections; an interview's questions or plain questions most of which stay
 * paragraphs are paragraphs. A lost short label counts only standing alone over text: one under another short line
 * is a box's.
 */
export function alignSiblingHeadings(pieces: readonly Piece[], headings: Headings): void {
  const kept = pieces.filter(isKept);
  const [first, last] = [kept[0], kept[kept.length - 1]];
  if (!first || !last) return;
  const sets = new Map<string, Array<{ piece: Piece; shape: Shape }>>();
  for (const piece of pieces.slice(first.index + 1)) {
    const candidate = isKept(piece) || PLACEMENT_RULES.has(piece.removedBy ?? '');
    const shape = candidate ? shapeOf(piece) : null;
    // Past the story's last kept line only a numbered label carries on the set (the notice's last sections).
    if (!shape || (piece.index > last.index && shape.number === undefined)) continue;
    sets.set(shape.key, [...(sets.get(shape.key) ?? []), { piece, shape }]);
  }
  for (const members of sets.values()) {
    if (members.length < 2) continue;
    const found = members.filter(({ piece }) => headings.has(piece.index)).length;
    const paragraphs = members.filter(({ piece }) => isKept(piece) && !headings.has(piece.index)).length;
    const numbers = members.flatMap(({ shape }) => (shape.number === undefined ? [] : [shape.number]));
    const numbered = numbers.length === members.length;
    if (numbered ? found >= 1 && consecutive(numbers) : found >= MIN_FOUND_SIBLINGS && found >= paragraphs) {
      for (const { piece } of members) {
        if (headings.has(piece.index) || !leadsIntoText(pieces, piece, headings)) continue;
        if (!isKept(piece) && !numbered && underShortLine(pieces, piece)) continue;
        restoreSection(pieces, piece, headings);
      }
    } else if (members[0]!.shape.demotable && paragraphs > found) {
      for (const { piece } of members) headings.delete(piece.index);
    }
  }
}
