/**
 * Block scoring, the jusText idea: each paragraph candidate is judged on
 * signals that hold in any language — its length, how many of its words are
 * the language's stop words (from the maintained stopwords-iso lists), links,
 * handles and digits, how it ends — and then by its neighbours. The story is
 * the densest run of running text; inside it, runs of short lines are page
 * furniture (a related box, a photo strip, a byline card) and a lone short
 * line between paragraphs is a subheading.
 */
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import { parseByline } from './byline.ts';
import { stopWordTokens } from './lang.ts';
import { REPORTED_SPEECH } from './furniture.ts';
import { drop, endsInSubheading, isKept, isProse, isSalutation, TIME_OF_DAY, type Piece } from './pieces.ts';
import { CLAUSE_END, CLOSING_MARKS, SCRIPT_FULL_STOPS } from './sentence-stops.ts';
import { sharesTerm } from './title.ts';
import { inTable } from './tables.ts';

/** How a block reads on its own. */
export type BlockClass = 'good' | 'near' | 'short' | 'bad';

const STOPWORDS = stopwordsIso as Readonly<Record<string, readonly string[]>>;

/** The languages whose lists stand in when the language is unknown. */
const FALLBACK_LANGUAGES = ['en', 'fr', 'de', 'es', 'tr', 'ru', 'ar'];

const stopSets = new Map<string, ReadonlySet<string>>();

/** The stop words of `lang` (a BCP 47 primary tag), or of several common languages when it is unknown. */
export function stopWordsFor(lang: string | null): ReadonlySet<string> {
  const key = lang !== null && STOPWORDS[lang] ? lang : '*';
  let set = stopSets.get(key);
  if (!set) {
    const languages = key === '*' ? FALLBACK_LANGUAGES : [key];
    set = new Set(languages.flatMap((language) => STOPWORDS[language] ?? []));
    stopSets.set(key, set);
  }
  return set;
}

/** What the scoring reads of a block. */
export interface BlockSignals {
  words: number;
  /** Share of the words that are stop words. */
  stopDensity: number;
  /** Holds a link or a social handle. */
  linked: boolean;
  /** Share of the letters and digits that are digits. */
  digitShare: number;
  /** Ends like a sentence or a clause (a colon before a list, a semicolon inside one). */
  endsClause: boolean;
  /** Share of the words that open with a capital letter (0 in scripts without case). */
  capitalShare: number;
  /** Ends in one full stop or exclamation mark: a statement, not a lead-in (a colon) or a trailing-off (an ellipsis). */
  endsStatement: boolean;
}

const LINK = /https?:\/\/|www\.|(?:^|[\s(])@[\p{L}\p{N}_.]{2,}|[\p{L}\p{N}-]+\.(?:com|org|net|example|io|me|tv)\//u;
const STATEMENT_END = new RegExp(`(?<![.…])[.!。！${SCRIPT_FULL_STOPS}][${CLOSING_MARKS}]*$`, 'u');

export function readSignals(piece: Piece, stops: ReadonlySet<string>): BlockSignals {
  const tokens = stopWordTokens(piece.folded);
  const stopCount = tokens.filter((word) => stops.has(word.replace(/['’].*$/u, ''))).length;
  const digits = piece.text.match(/\p{Nd}/gu)?.length ?? 0;
  const alnum = piece.text.match(/[\p{L}\p{Nd}]/gu)?.length ?? 0;
  const capitals = piece.text.match(/(?<![\p{L}\p{N}'’-])\p{Lu}/gu)?.length ?? 0;
  return {
    capitalShare: piece.words === 0 ? 0 : capitals / piece.words,
    words: piece.words,
    stopDensity: tokens.length === 0 ? 0 : stopCount / tokens.length,
    linked: LINK.test(piece.text),
    digitShare: alnum === 0 ? 1 : digits / alnum,
    endsClause: CLAUSE_END.test(piece.text),
    endsStatement: STATEMENT_END.test(piece.text),
  };
}

/** Fewest words a paragraph of running text has, when it ends like a sentence; unended, it needs more. */
const MIN_GOOD_WORDS = 6;
const MIN_UNENDED_GOOD_WORDS = 15;
/**
 * How dense in stop words a short paragraph must be, as a share of the
 * page's own long paragraphs' median: languages differ (Turkish and Arabic
 * fuse many function words into the word), so each page sets its own bar.
 */
const STOP_DENSITY_FACTOR = 0.5;
const MIN_STOP_DENSITY = 0.05;
const MAX_STOP_DENSITY = 0.2;
/** A paragraph this long is running text unless it has almost no stop words (a list of names or tags). */
const LONG_WORDS = 20;
/** A short sentence ("The council meets in May.") may close the story; a label or button is shorter or unended. */
const MIN_NEAR_WORDS = 4;
/** A statement of two words ("Thank you.") still reads as a sentence. */
const MIN_NEAR_STATEMENT_WORDS = 2;
/** A line of this many words or more, more than this share capitalised, is a list of names; German prose capitalises nouns and stays below. */
const MIN_NAME_LIST_WORDS = 6;
const MAX_CAPITAL_SHARE = 0.6;
/** A line more than this share digits is a ticker, a count or a code. */
const MAX_DIGIT_SHARE = 0.3;

/** Fewest words in a sentence that sets the stop-word bar of a page without long paragraphs. */
const MIN_SENTENCE_BAR_WORDS = 8;

/** The stop-word density a page's running text reaches, from the median of its long paragraphs (or, without any, of its sentences). */
export function densityBar(all: readonly BlockSignals[]): number {
  let long = all.filter((signals) => signals.words >= LONG_WORDS).map((signals) => signals.stopDensity).sort((a, b) => a - b);
  // A page of short paragraphs (a Korean or Turkish wire story, whose function words fuse into the word) sets its bar by its sentences.
  if (long.length === 0) long = all.filter((signals) => signals.words >= MIN_SENTENCE_BAR_WORDS && signals.endsStatement).map((signals) => signals.stopDensity).sort((a, b) => a - b);
  const median = long.length === 0 ? MAX_STOP_DENSITY / STOP_DENSITY_FACTOR : long[Math.floor(long.length / 2)]!;
  return Math.min(MAX_STOP_DENSITY, Math.max(MIN_STOP_DENSITY, median * STOP_DENSITY_FACTOR));
}

/** Judges a block on its own signals, against the page's stop-word bar. */
export function classify(signals: BlockSignals, bar: number): BlockClass {
  if (signals.linked || signals.digitShare > MAX_DIGIT_SHARE) return 'bad';
  // Most words capitalised in a line of some length: a list of names (a line-up, a cast, a credits roll), not prose.
  if (signals.words >= MIN_NAME_LIST_WORDS && signals.capitalShare > MAX_CAPITAL_SHARE) return 'bad';
  if (signals.words >= LONG_WORDS && signals.stopDensity >= MIN_STOP_DENSITY) return 'good';
  const enough = signals.endsClause ? signals.words >= MIN_GOOD_WORDS : signals.words >= MIN_UNENDED_GOOD_WORDS;
  if (enough && signals.stopDensity >= bar) return 'good';
  const sentence = (signals.endsClause && signals.words >= MIN_NEAR_WORDS) || (signals.endsStatement && signals.words >= MIN_NEAR_STATEMENT_WORDS);
  return sentence ? 'near' : 'short';
}

/** Rules whose lines say nothing about where the story is: the headline, the byline and date, a repeat. */
const NEUTRAL_RULES = new Set(['title', 'metadata', 'repeated-text']);

/** Lines that make up a photo or an ad slot inside the story: its counter, credit, caption, player control or label. */
const PHOTO_SLOT_RULES = new Set(['photo-credit', 'photo-caption', 'counter', 'media-control', 'advertisement']);

/**
 * Whether a line continues a photo's or an ad's run of lines, which parts the story's text once, not once a line ("4/8" / "… ⓒName");
 * the advert's own line under its label ("Advertisement" / "Webinar on 15 December: register now") is part of the slot, whatever rule took it.
 */
function continuesPhotoSlot(pieces: readonly Piece[], piece: Piece): boolean {
  const above = pieces[piece.index - 1];
  if (piece.removedBy !== null && !NEUTRAL_RULES.has(piece.removedBy) && above?.removedBy === 'advertisement') return true;
  return PHOTO_SLOT_RULES.has(piece.removedBy ?? '') && PHOTO_SLOT_RULES.has(above?.removedBy ?? '');
}

/** A short sentence next to the story joins it (more readily the longer it is), but does not carry a span by itself. */
const NEAR_WEIGHT = 0.3;

/** A one-line link to another story parts the text less than a box: a short closing sentence under it still joins the story. */
const INLINE_LINK_WEIGHT = -0.25;

/** A block's weight in the story span: running text counts by its length, everything else against. */
function weight(piece: Piece, kind: BlockClass | null, words: number): number {
  // A rule already took the line out; it still parts the text around it, gently, so that a
  // related box inside the story does not cut off the paragraphs after it.
  if (piece.removedBy !== null) return NEUTRAL_RULES.has(piece.removedBy) ? 0 : piece.removedBy === 'related-link' ? INLINE_LINK_WEIGHT : -0.5;
  if (kind === 'good') return 1 + Math.min(words, 60) / 20;
  if (kind === 'near') return NEAR_WEIGHT + Math.min(words, 20) / 50;
  return kind === 'bad' ? -1 : -0.5;
}

/** Whether a kept line is an item of a list, its marker shared with the line above or under it. */
function inList(pieces: readonly Piece[], piece: Piece): boolean {
  const marker = listMarker(piece);
  return isKept(piece) && marker !== undefined && [pieces[piece.index - 1], pieces[piece.index + 1]].some((next) => next !== undefined && isKept(next) && listMarker(next) === marker);
}

/**
 * The story's span: the run of pieces whose weights sum highest (the densest
 * run of running text), as first and last index, or null when nothing is text.
 */
function storySpan(pieces: readonly Piece[], classes: ReadonlyMap<number, { kind: BlockClass; words: number }>): { first: number; last: number } | null {
  let best: { first: number; last: number; sum: number } | null = null;
  let sum = 0;
  let first = 0;
  const goodAfter = (index: number) => pieces.filter((later) => later.index > index && classes.get(later.index)?.kind === 'good').length;
  for (const piece of pieces) {
    const judged = classes.get(piece.index);
    // A byline below the story is an author card: it parts the story from what follows; one that
    // names its author ("Bericht: Jana Roe") with at most a paragraph after it (a funding note,
    // a disclaimer) signs the story off, and nothing after it joins. A live page's entries each carry one.
    const authorCard = best !== null && piece.removedBy === 'metadata';
    if (authorCard && parseByline(piece.text)?.explicit && goodAfter(piece.index) <= 1) {
      sum = 0;
      first = piece.index + 1;
      continue;
    }
    const own = weight(piece, judged?.kind ?? null, judged?.words ?? 0);
    // A list or a table inside the story parts nothing.
    const value = authorCard ? -1 : continuesPhotoSlot(pieces, piece) || (own < 0 && (inList(pieces, piece) || inTable(pieces, piece))) ? 0 : own;
    if (sum <= 0) {
      sum = 0;
      first = piece.index;
    }
    sum += value;
    if (value > 0 && (!best || sum > best.sum)) best = { first, last: piece.index, sum };
  }
  return best && best.sum > 0 ? { first: best.first, last: best.last } : null;
}

/**
 * A full stop inside a line with words after it: a full-width stop after a letter, or a full stop after the third word
 * or a later one, that word ending in three lower-case letters or a letter of a script without case. A title's
 * abbreviation opens its phrase ("Dr. Lind's plan"), and a section number ("2. ", "II. ", "1．") is no word.
 */
const INNER_SENTENCE_END = new RegExp(String.raw`\p{L}[。．]\s*\S|[\p{L}\p{M}][${SCRIPT_FULL_STOPS}]\s*\S|^(?:\S+\s+){2,}\S*(?:\p{Ll}{3}|\p{Lo})\.\s+\S`, 'u');

/**
 * Whether a line shaped like a subheading holds a sentence's end inside it: a caption's description and then its
 * credit, place or date ("Crews on the pier on Monday. Harbour Board handout"). A subheading never does.
 */
function holdsSentenceEnd(text: string): boolean {
  return INNER_SENTENCE_END.test(text);
}

/** Reads like a subheading: a few words, no sentence end, not a label ending in a colon. */
function headingShaped(piece: Piece, signals: BlockSignals): boolean {
  // A line wholly in brackets is an aside (a photo note, an editor's note), not a heading.
  const bracketed = /^[(（[【].*[)）\]】]$/u.test(piece.text);
  // Nor is one that ends in a count, a size or a length in brackets: a file link ("Map (PDF, 412 KB)"), a button ("Comments (23)").
  const counted = /[(（[][^()（）[\]]*\p{Nd}[^()（）[\]]*[)）\]]$/u.test(piece.text);
  return signals.words >= 1 && signals.words <= 14 && !signals.endsClause && !/[,،，]$/u.test(piece.text) && !signals.linked && !bracketed && !counted;
}

/** Longest teaser under another story's headline in a card inside the story. */
const MAX_CARD_TEASER_WORDS = 45;

/** Longest question read as a subheading ("How did it get there?"). */
const MAX_QUESTION_HEADING_WORDS = 10;
/** Longest question read as a subheading between paragraphs even where it reads as a sentence ("Comment se déplacer pendant les travaux ?"). */
const MAX_BARE_QUESTION_HEADING_WORDS = 7;

/**
 * A short question alone between two paragraphs of running text is a
 * subheading; one that reads as a sentence of its own counts only when a
 * blank line sets it apart from the text above and none from its answer below.
 */
function markQuestionHeadings(kept: readonly Piece[], kindOf: (piece: Piece) => BlockClass | undefined, headings: Headings): void {
  kept.forEach((piece, i) => {
    const [before, after] = [kept[i - 1], kept[i + 1]];
    const headsAnswer = piece.afterGap && after !== undefined && !after.afterGap;
    // A question of a few words with no clause in it names the section below, however many function words it has;
    // not in an interview, where the answer opens with the speaker's name ("Brandner: Ja. …").
    const answered = after !== undefined && /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?\s?:\s/u.test(after.text);
    const bare = piece.words <= MAX_BARE_QUESTION_HEADING_WORDS && !/[,،，;]/u.test(piece.text) && !answered;
    const question = /[?？؟]$/u.test(piece.text) && piece.words <= MAX_QUESTION_HEADING_WORDS && (kindOf(piece) !== 'good' || headsAnswer || bare);
    if (question && before && after && kindOf(before) === 'good' && kindOf(after) === 'good') headings.set(piece.index, 'h2');
  });
}

/** Rules that take a lone time of day for a badge, a player's clock or a label above the story. */
const STAMP_RULES = new Set([null, 'section-label', 'media-control', 'before-story']);

/** Minutes past midnight of a time-of-day line. */
function minutesOf(text: string): number {
  const [hours, minutes] = (/(\p{Nd}{1,2})[:.h](\p{Nd}{2})/u.exec(text) ?? []).slice(1).map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** Whether the numbers only rise or only fall. */
function monotonic(values: readonly number[]): boolean {
  const steps = values.slice(1).map((value, i) => value - values[i]!);
  return steps.every((step) => step > 0) || steps.every((step) => step < 0);
}

/**
 * A live page's entries each open with the time they were posted ("16:42
 * GMT"): below the headline, two or more lines that give only a time of day,
 * in the order of the clock (newest or oldest first, unlike a player's
 * lengths), are the entries' stamps and part of the story. Returns their indexes.
 */
export function restoreEntryStamps(pieces: readonly Piece[], titleIndex: number | null): ReadonlySet<number> {
  const stamps = pieces.filter((piece) => piece.index > (titleIndex ?? -1) && STAMP_RULES.has(piece.removedBy) && TIME_OF_DAY.test(piece.text));
  // Two times of day in a row are a player's clock ("00:00", "02:36"), not entries.
  const adjacent = stamps.some((stamp, i) => i > 0 && stamp.index === stamps[i - 1]!.index + 1);
  if (stamps.length < 2 || adjacent || !monotonic(stamps.map((stamp) => minutesOf(stamp.text)))) return new Set();
  for (const stamp of stamps) {
    stamp.removedBy = null;
    // The first entry's headline stood between the page's headline and the story's first paragraph.
    const entryHeadline = pieces[stamp.index + 1];
    if (entryHeadline?.removedBy === 'before-story') entryHeadline.removedBy = null;
  }
  return new Set(stamps.map((stamp) => stamp.index));
}

/** The result of scoring: the subheadings found, by piece index, with their level. */
export type Headings = Map<number, 'h2' | 'h3'>;

/** Rules that drop a label, a value or a date: a line right over one of them labels it. */
const LABELLED_LINE_RULES = new Set(['not-running-text', 'metadata']);

/**
 * Drops a subheading that stands right over a line the rules dropped as a label, a value or a date (a chart's label over
 * the next label, a table's header over its rows, "Answer" over "Answered on 1 December 2026"): a subheading stands
 * right over its section's text, so the short line labels what is under it, not a section of the story.
 */
export function dropLabelsOverDroppedLines(pieces: readonly Piece[], headings: Headings): void {
  for (const index of headings.keys()) {
    const [heading, under] = [pieces[index]!, pieces[index + 1]];
    if (isKept(heading) && under !== undefined && LABELLED_LINE_RULES.has(under.removedBy ?? '')) drop(heading, 'label-over-dropped-line');
  }
}

/** A numbered subsection ("2.1 Methods") is an h3; any other subheading an h2. */
export function headingLevel(piece: Piece): 'h2' | 'h3' {
  return /^\p{Nd}+\.\p{Nd}+/u.test(piece.text) ? 'h3' : 'h2';
}

/** What the rules already know of the story's lines before it is scored. */
export interface KnownLines {
  /** The deck under the headline. */
  deckIndex?: number | null;
  /** A live page's entry stamps. */
  stamps?: ReadonlySet<number>;
  /** Lines a contents list names: the story's subheadings. */
  sectionHeads?: ReadonlySet<number>;
}

/** The marker a list item opens with: a dash, a bullet, or a number ("- ", "• ", "2) "). */
const LIST_MARKER = /^(?:[-–•*·▪◦●]|\p{Nd}{1,2}[.)])\s/u;

/**
 * Whether a run of short lines inside the story is a list: two or more items
 * opening with the same kind of marker, maybe under a lead-in ending in a colon.
 */
function isList(run: readonly Piece[]): boolean {
  // The lead-in ends in a colon ("The council agreed:"), or is a label with no marker ("Main projects").
  const items = run[0] && (/[:：]$/u.test(run[0].text) || listMarker(run[0]) === undefined) ? run.slice(1) : run;
  const first = items[0] && listMarker(items[0]);
  return items.length >= 2 && first !== undefined && items.every((item) => listMarker(item) === first);
}

/** The marker a list item opens with, its number as 0 ("- ", "0. "); undefined for a line that opens no item. */
function listMarker(piece: Piece): string | undefined {
  return LIST_MARKER.exec(piece.text)?.[0].replace(/\p{Nd}+/u, '0');
}

/** A quotation mark opening a line, in the scripts we read. */
const OPENING_QUOTE = /^["“”«»„‚‘'「『]/u;

/**
 * Whether a short line ending in a colon leads into the quotation right under
 * it ("Chief Executive Officer, Helen Varga, said:" / "“…”"): a sentence of the
 * story cut at the colon, however few function words its titles and name leave it.
 * A press release may set the quotation as a plain paragraph; then the line says who spoke ("… said:").
 */
function introducesQuotation(pieces: readonly Piece[], piece: Piece): boolean {
  const next = pieces[piece.index + 1];
  if (!/[:：]$/u.test(piece.text) || next === undefined || !isKept(next)) return false;
  return OPENING_QUOTE.test(next.text) || (REPORTED_SPEECH.test(piece.folded) && isProse(next));
}

/**
 * Scores the pieces still kept and drops what the story span and the
 * neighbour rules say is not story. `titleIndex` marks the headline: a good
 * block between it and the span is a standfirst and stays, as does the deck.
 * Returns the subheadings inside the story.
 */
export function keepStorySpan(pieces: readonly Piece[], lang: string | null, titleIndex: number | null, known: KnownLines = {}): Headings {
  const { deckIndex = null, stamps = new Set<number>(), sectionHeads = new Set<number>() } = known;
  const stops = stopWordsFor(lang);
  const signals = new Map<number, BlockSignals>();
  const classes = new Map<number, { kind: BlockClass; words: number }>();
  for (const piece of pieces) if (isKept(piece)) signals.set(piece.index, readSignals(piece, stops));
  const bar = densityBar([...signals.values()]);
  for (const [index, read] of signals) classes.set(index, { kind: index === deckIndex || stamps.has(index) ? 'near' : classify(read, bar), words: read.words });
  const headings: Headings = new Map();
  const found = storySpan(pieces, classes);
  // A live page's story opens at its first entry's stamp.
  const span = found && stamps.size > 0 ? { ...found, first: Math.min(found.first, ...stamps) } : found;
  const kindOf = (piece: Piece) => classes.get(piece.index)?.kind;
  if (!span) {
    // No running text at all: only sentences stay (a short note pasted on its own).
    for (const piece of pieces) if (isKept(piece) && kindOf(piece) !== 'near') drop(piece, 'outside-story');
    return headings;
  }
  const standfirstFrom = titleIndex !== null && titleIndex < span.first ? titleIndex : span.first;
  for (const piece of pieces) {
    if (!isKept(piece)) continue;
    const before = piece.index < span.first;
    const standfirst = piece.index > standfirstFrom && (kindOf(piece) === 'good' || kindOf(piece) === 'near' || piece.index === deckIndex || isSalutation(piece, span.first));
    if (piece.index > span.last || (before && !standfirst)) drop(piece, 'outside-story');
    else if (kindOf(piece) === 'bad' && !introducesQuotation(pieces, piece)) drop(piece, 'not-running-text');
  }
  const kept = pieces.filter((piece) => isKept(piece));
  const gapsUsed = pieces.some((piece) => piece.afterGap);
  // Whether the pieces from `from` to `to` stand together with no blank line between them.
  const together = (from: Piece, to: Piece) => pieces.slice(from.index + 1, to.index + 1).every((piece) => !piece.afterGap);
  let storyBegun = false;
  for (let i = 0; i < kept.length; i++) {
    const text = (piece: Piece) => kindOf(piece) === 'good' || kindOf(piece) === 'near' || isSalutation(piece, span.first);
    if (text(kept[i]!)) {
      storyBegun ||= kindOf(kept[i]!) === 'good';
      continue;
    }
    let end = i;
    while (end + 1 < kept.length && !text(kept[end + 1]!)) end++;
    const run = kept.slice(i, end + 1);
    const next = kept[end + 1];
    const last = run[run.length - 1]!;
    const lone = run.length === 1 ? run[0]! : null;
    i = end;
    // A heading leads into text; a line above an entry's time stamp is a badge ("Pinned").
    if (lone && headingShaped(lone, signals.get(lone.index)!) && next !== undefined && !stamps.has(next.index)) {
      if (holdsSentenceEnd(lone.text)) drop(lone, 'photo-caption');
      else headings.set(lone.index, headingLevel(lone));
      continue;
    }
    if (lone && signals.get(lone.index)!.endsClause) continue;
    if (isList(run)) continue;
    // In a copy with blank lines between blocks, what holds to the paragraph under a run of short lines tells what they are.
    const heldParagraph = gapsUsed && run.length >= 2 && next !== undefined && !next.afterGap ? next : undefined;
    const afterHeld = heldParagraph && pieces[heldParagraph.index + 1];
    // A card set apart from the story, its label, headline and teaser held together: another story's. A teaser retells its
    // headline; a paragraph that names none of the headline's terms is the story going on under a box that lost its gap.
    const card =
      heldParagraph !== undefined &&
      storyBegun &&
      run[0]!.afterGap &&
      together(run[0]!, heldParagraph) &&
      signals.get(heldParagraph.index)!.words <= MAX_CARD_TEASER_WORDS &&
      sharesTerm(pieces, heldParagraph, last) &&
      (!afterHeld || afterHeld.afterGap);
    // A line set apart from the short lines above it and holding to the paragraph under it heads that paragraph.
    // A line that opens with the symbol a subheading found above opens with ("■ …") is one more, whatever stands above it.
    const sibling = next !== undefined && headingShaped(last, signals.get(last.index)!) && markedLike(last, headings, pieces);
    const heading =
      sibling ||
      (heldParagraph !== undefined && !card && last.afterGap && headingShaped(last, signals.get(last.index)!)) ||
      (storyBegun && headsTextPastBox(pieces, run, next, kindOf) && headingShaped(last, signals.get(last.index)!)) ||
      // A box's label and headline, then the story's next subheading ("Leia também" / "Seca no São Francisco afeta …" / "O que mostram os dados").
      (storyBegun && run.length >= 3 && next !== undefined && endsInSubheading(run.slice(1), next));
    for (const piece of heading ? run.slice(0, -1) : run) drop(piece, 'short-run');
    if (heading) headings.set(last.index, headingLevel(last));
    if (card) {
      drop(heldParagraph, 'story-card');
      i++;
    }
  }
  dropMarkedLikeCaptions(pieces, headings);
  markQuestionHeadings(kept.filter(isKept), kindOf, headings);
  for (const index of sectionHeads) if (isKept(pieces[index]!)) headings.set(index, headingLevel(pieces[index]!));
  restoreCapitalHeadings(pieces, headings);
  restoreFirstNumberedHeading(pieces, headings);
  return headings;
}

/** A section number opening a subheading ("2. ", "2) "), captured. */
const SECTION_NUMBER = /^(\p{Nd}{1,2})[.)]\s+\p{L}/u;

/**
 * A story whose subheadings are numbered ("2. Small boats are protected") has its first one, right above its first
 * paragraph, taken for a label by the rules that clear the space under the headline: the line numbered one less than
 * the first numbered subheading, standing right above the story's first kept line, is a subheading too.
 */
function restoreFirstNumberedHeading(pieces: readonly Piece[], headings: Headings): void {
  const numbered = [...headings.keys()].sort((a, b) => a - b).find((index) => SECTION_NUMBER.test(pieces[index]!.text));
  if (numbered === undefined) return;
  const previousNumber = Number(SECTION_NUMBER.exec(pieces[numbered]!.text)![1]) - 1;
  const opening = pieces.find(isKept);
  const above = opening && pieces[opening.index - 1];
  const number = above ? SECTION_NUMBER.exec(above.text) : null;
  if (!above || !number || Number(number[1]) !== previousNumber || above.removedBy !== 'before-story') return;
  above.removedBy = null;
  headings.set(above.index, headingLevel(above));
}

/**
 * Whether the last line of a run of short lines inside the story stands past a box that furniture rules
 * took out ("Related companies" / two company links / "Capacity squeeze in engine shops" / paragraph):
 * what the box ends with was taken, so the line after it heads the running text under it.
 */
function headsTextPastBox(pieces: readonly Piece[], run: readonly Piece[], next: Piece | undefined, kindOf: (piece: Piece) => BlockClass | undefined): boolean {
  const [above, last] = [run[run.length - 2], run[run.length - 1]!];
  if (!above || !next || kindOf(next) !== 'good') return false;
  const between = pieces.slice(above.index + 1, last.index);
  return between.some((piece) => piece.removedBy !== null && !NEUTRAL_RULES.has(piece.removedBy));
}

/** The symbol a line opens with ("■", "◆", "▶"), or undefined when it opens with a letter, a digit or punctuation. */
function markerOf(text: string): string | undefined {
  return /^\p{So}/u.exec(text)?.[0];
}

/**
 * A page marks its captions alike: a short line opening with the symbol a dropped caption opens with ("▲ …") is one more
 * caption, whatever it says ("▲新加装的电梯已投入使用。").
 */
function dropMarkedLikeCaptions(pieces: readonly Piece[], headings: Headings): void {
  const markers = new Set<string>();
  for (const piece of pieces) {
    const marker = piece.removedBy === 'photo-caption' ? markerOf(piece.text) : undefined;
    if (marker !== undefined) markers.add(marker);
  }
  if (markers.size === 0) return;
  for (const piece of pieces) {
    const marker = markerOf(piece.text);
    if (!isKept(piece) || isProse(piece) || marker === undefined || !markers.has(marker)) continue;
    drop(piece, 'photo-caption');
    headings.delete(piece.index);
  }
}

/** Whether `piece` opens with the same symbol as a subheading already found. */
function markedLike(piece: Piece, headings: Headings, pieces: readonly Piece[]): boolean {
  const marker = markerOf(piece.text);
  return marker !== undefined && [...headings.keys()].some((index) => markerOf(pieces[index]!.text) === marker);
}

/** Written all in capitals, in a cased script. */
function allCapitals(text: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** Fewest words in a sentence that announces the sections under it ("In today's meeting the government adopted:"): a shorter line ending in a colon is a label. */
const MIN_LEAD_IN_WORDS = 5;

/** Rules that take a capitalised line for a label (or, longer, for no running text) when it stands alone: inside a story whose subheadings are capitals, it is one more. */
const CAPITAL_LABEL_RULES = new Set(['section-label', 'before-story', 'not-running-text']);

/**
 * A story whose subheadings are written in capitals ("REASONS FOR THE
 * JUDGMENT", "THE BOTTLENECK") has its shorter ones and the one right above
 * its first paragraph taken for labels by the line rules: set apart, with
 * story text right under them, they are subheadings, when the story has
 * another subheading in capitals or two such lines.
 */
function restoreCapitalHeadings(pieces: readonly Piece[], headings: Headings): void {
  const kept = pieces.filter(isKept);
  const first = kept[0];
  const last = kept[kept.length - 1];
  if (!first || !last) return;
  const gapless = !pieces.some((piece) => piece.afterGap);
  const labels = pieces.slice(Math.max(0, first.index - 1), last.index).filter((piece) => {
    const next = pieces[piece.index + 1];
    // Set apart by a blank line; where the page prints none, or the line stands right under a paragraph, the gap tells nothing.
    const apart = piece.afterGap || gapless || isKept(pieces[piece.index - 1] ?? piece);
    return apart && CAPITAL_LABEL_RULES.has(piece.removedBy ?? '') && allCapitals(piece.text) && next !== undefined && isKept(next) && !headings.has(next.index);
  });
  const capitalHeadings = [...headings.keys()].some((index) => allCapitals(pieces[index]!.text));
  if (!capitalHeadings && labels.length < 2) return;
  for (const label of labels) {
    label.removedBy = null;
    headings.set(label.index, 'h2');
  }
  // A sentence ending in a colon right over the story's first subheading announces the sections: it opens the story.
  const leadIn = labels[0] && labels[0].index < first.index ? pieces[labels[0].index - 1] : undefined;
  if (leadIn?.removedBy === 'before-story' && leadIn.words >= MIN_LEAD_IN_WORDS && /[:：]$/u.test(leadIn.text)) leadIn.removedBy = null;
}
