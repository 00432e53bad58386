/**
 * The cleaner's working list: each paragraph candidate with the facts the
 * rules read, and the reason it was dropped once a rule drops it.
 */
import { countTextWords } from './lang.ts';
import type { LineFacts } from './furniture.ts';
import type { Unit } from './paragraphs.ts';
import { SCRIPT_FULL_STOPS, SCRIPT_OWN_STOPS, SENTENCE_END } from './sentence-stops.ts';

/** A paragraph candidate as the rules see it. */
export interface Piece extends LineFacts {
  /** Position in the piece list. */
  index: number;
  /** Whether a blank line separates it from the piece before. */
  afterGap: boolean;
  /** The rule that dropped it, or null while it is still part of the text. */
  removedBy: string | null;
}

/** Turns rebuilt paragraphs into pieces, folding case with `fold` once for all rules. */
export function toPieces(units: readonly Unit[], fold: (text: string) => string): Piece[] {
  return units.map((unit, index) => ({
    index,
    text: unit.text,
    folded: fold(unit.text),
    words: countTextWords(unit.text),
    afterGap: unit.afterGap,
    removedBy: null,
  }));
}

/** A line that gives only a time of day: "ORE 22:40", "10:15 Uhr", "18h15", "16:42 GMT". */
export const TIME_OF_DAY = /^(?:\p{L}{1,8}\.?\s+)?\p{Nd}{1,2}[:.h]\p{Nd}{2}(?:\s*\p{L}{1,4}\.?)?$/u;

/** Whether `text` ends like a sentence. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/** Characters per word in a plain English sentence: the length at which a sentence of fewer, longer words (Turkish, German, Finnish) counts as `minWords`. */
const CHARS_PER_WORD = 6.5;

/** Running text: a sentence of at least `minWords` words (or as many characters), or a long run of words however it ends. */
export function isProse(piece: LineFacts, minWords = 12): boolean {
  const longEnough = piece.words >= minWords || (piece.words >= minWords / 2 && piece.text.length >= minWords * CHARS_PER_WORD);
  return (longEnough && endsSentence(piece.text)) || piece.words >= 25;
}

/** The story's first long paragraph, or else its first sentence of running text (a page of short paragraphs); undefined when there is none. */
export function firstBody(pieces: readonly Piece[]): Piece | undefined {
  const kept = pieces.filter(isKept);
  return kept.find((piece) => isProse(piece, 20)) ?? kept.find((piece) => isProse(piece));
}

/** Reads like a headline: a few words, ending without a full stop, colon or comma. */
export function isHeadlineLike(piece: LineFacts, maxWords = 25): boolean {
  return piece.words >= 2 && piece.words <= maxWords && !new RegExp(`[.:;,،。，：；${SCRIPT_FULL_STOPS}]["'”’»)」』）]*$`, 'u').test(piece.text);
}

/** Most words in a subheading told apart from the headlines of a box right above it. */
const MAX_BOX_END_HEADING_WORDS = 5;
/** How many words shorter than the box's first headline such a subheading is. */
const HEADING_SHORTER_BY = 3;

/**
 * Whether the last of a box's headline-like lines, standing right above the story's running text (`below`), is the story's
 * next subheading: a subheading names a topic in a few words, another story's headline says who did what, so the last line is
 * much shorter than the box's first ("Le stress hydrique au Maghreb en cinq cartes" / "Des rejets à surveiller"), or the
 * paragraph under it takes up its words.
 */
export function endsInSubheading(headlines: readonly Piece[], below?: Piece): boolean {
  const [first, last] = [headlines[0], headlines[headlines.length - 1]];
  if (!first || !last || headlines.length < 2 || last.words > MAX_BOX_END_HEADING_WORDS || new RegExp(`[.:;,!?،。，：；？！${SCRIPT_OWN_STOPS}]$`, 'u').test(last.text)) return false;
  return first.words - last.words >= HEADING_SHORTER_BY || (below !== undefined && echoedBelow(last, below));
}

/** Letters a word is compared by, so that inflected forms match ("maliyet" / "maliyetinin", "rejets" / "rejetée"). */
const STEM_LETTERS = 5;
/** Fewest letters in a word worth comparing: shorter ones are mostly function words ("über", "with"). */
const MIN_STEM_WORD = 5;
/** Fewest words a subheading shares with its paragraph: two are often shared by a related headline on the same beat. */
const MIN_SHARED_STEMS = 3;

/** The words of a line worth comparing, cut to their first letters, and its numbers whole ("1,2"). */
function stems(folded: string): string[] {
  return (folded.match(/\p{Nd}+(?:[.,]\p{Nd}+)*|\p{L}+/gu) ?? []).filter((word) => /\p{Nd}/u.test(word) || word.length >= MIN_STEM_WORD).map((word) => word.slice(0, STEM_LETTERS));
}

/**
 * Whether the paragraph under a short line takes up most of its words: a subheading names what its section says
 * ("Maliyet 1,2 milyar avro" / "Projenin toplam maliyetinin 1,2 milyar avro …"); another story's headline does not.
 */
function echoedBelow(line: Piece, below: Piece): boolean {
  const own = stems(line.folded);
  const under = new Set(stems(below.folded));
  const shared = own.filter((stem) => under.has(stem)).length;
  return shared >= MIN_SHARED_STEMS && shared * 2 >= own.length;
}

/** A letter's greeting right above the story's first paragraph at `storyStart` ("Liebe Leserinnen und Leser,"): labels never end in a comma. */
export function isSalutation(piece: Piece, storyStart: number): boolean {
  return piece.index === storyStart - 1 && piece.words <= 6 && /[,،]$/u.test(piece.text);
}

/** Marks `piece` as dropped by `rule`; the last rule to drop a piece names it in the report. */
export function drop(piece: Piece, rule: string): void {
  piece.removedBy = rule;
}

/** Whether no rule has dropped `piece` yet. */
export function isKept(piece: Piece): boolean {
  return piece.removedBy === null;
}

/** The middle value of `values` (not empty). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
