/**
 * The learned part of the cleaner: logistic models over named features.
 *
 * The rules (furniture patterns, block scoring, the story span) still run
 * first; their verdicts become features beside the language-independent
 * signals of each block and its neighbours, and weights learned from the
 * corpus (scripts/train-textdump.ts) may make the final call: which line is
 * the headline, whether a line is story, whether a story line is a subheading.
 * The trainer keeps a model only where it beats the rules in cross-validation
 * by site style; a null model (learned-weights.ts) leaves that call to the rules.
 */
import { matchFurniture } from './furniture.ts';
import { stopWordTokens } from './lang.ts';
import { isKept, median, type Piece } from './pieces.ts';
import { classify, densityBar, headingLevel, readSignals, stopWordsFor, type BlockSignals, type Headings } from './score.ts';
import { CLOSING_MARKS, SENTENCE_STOPS } from './sentence-stops.ts';

/** A sparse feature vector: each named signal's value; a signal not named is 0. */
export type Features = Record<string, number>;

/** Weights by feature name; `bias` is the intercept. */
export type Weights = Readonly<Record<string, number>>;

/** The weights the cleaner decides with; a null model leaves that decision to the rules. */
export interface TextDumpModel {
  /** Whether a line belongs to the story. */
  line: Weights | null;
  /** Whether a story line is a subheading. */
  heading: Weights | null;
  /** How likely a candidate line is the headline. */
  title: Weights | null;
  /**
   * How far past even odds the line and subheading models must be to overrule
   * the rules' verdict (0 to 0.5); chosen by cross-validation in the trainer.
   */
  overruleMargin: number;
}

/** The rules alone, as the cleaner was before it learned. */
export const RULES_ONLY: TextDumpModel = { line: null, heading: null, title: null, overruleMargin: 0 };

/** The quality numbers the bench reports, for a set of copies. */
export interface QualityNumbers {
  copies: number;
  clean: number;
  cleanShare: number;
  /** Of the lines kept, the share that are story lines; of the story lines, the share kept. */
  linePrecision: number;
  lineRecall: number;
  titleAccuracy: number;
  bylineAccuracy: number;
}

/** What the trainer measured when it chose the model, written beside the weights. */
export interface LearnedModelCrossValidation {
  /** Every development copy, each scored by a model trained without its site style. */
  copies: QualityNumbers;
  /** The same, on the copies of the last blind set-aside part: the rules were never tuned on them. */
  formerBlindPart: QualityNumbers;
  /** The hand-set rules alone on those copies, for comparison. */
  rulesOnFormerBlindPart: QualityNumbers;
}

/** A line and the features it was judged on, for training. */
export interface FeatureRow {
  index: number;
  text: string;
  features: Features;
}

/** Where the cleaner writes the features it decides on, when asked (the trainer asks). */
export interface FeatureLog {
  titleCandidates: FeatureRow[];
  lines: FeatureRow[];
}

/** The logistic model's probability for `features` under `weights`. */
export function probability(features: Features, weights: Weights): number {
  let sum = weights['bias'] ?? 0;
  for (const name in features) sum += (weights[name] ?? 0) * features[name]!;
  return 1 / (1 + Math.exp(-sum));
}

/** 1 for true, 0 for false: features are numbers. */
export const flag = (value: boolean) => (value ? 1 : 0);

/** Word counts on a log scale, so that a 200-word paragraph does not outweigh every other signal. */
export const logWords = (words: number) => Math.log1p(words) / Math.log1p(100);

/** What a block reads as on its own: the signals the jusText-style scorer computes. */
function signalFeatures(prefix: string, signals: BlockSignals, bar: number): Features {
  return {
    [`${prefix}words`]: logWords(signals.words),
    [`${prefix}short`]: flag(signals.words <= 3),
    [`${prefix}stopDensity`]: signals.stopDensity,
    [`${prefix}aboveBar`]: flag(signals.stopDensity >= bar),
    [`${prefix}linked`]: flag(signals.linked),
    [`${prefix}digitShare`]: signals.digitShare,
    [`${prefix}endsClause`]: flag(signals.endsClause),
    [`${prefix}endsStatement`]: flag(signals.endsStatement),
    [`${prefix}capitalShare`]: Math.min(1, signals.capitalShare),
    [`${prefix}class:${classify(signals, bar)}`]: 1,
  };
}

/** Opens with a symbol, a bullet or an arrow rather than a letter, a digit or a quotation mark: a box's item, a button, a promo. */
const SYMBOL_OPENING = /^[\p{So}\p{Sm}•·▪►▶→»›|#*]/u;
/** A pictograph anywhere in the line: chat invites, promos and share bars carry them; story text seldom does. */
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
/** A sentence's end followed by more text or the line's end: how many sentences a line holds. */
const SENTENCE_BREAK = new RegExp(`[${SENTENCE_STOPS}][${CLOSING_MARKS}]*(?:\\s|$)`, 'gu');
/** Longest line counted as short in a run of short lines (a box's items, a list of links). */
const SHORT_LINE_WORDS = 12;

/** The distinct words of a line that carry content: not stop words, not single letters of a spaced script. */
function contentWords(piece: Piece, stops: ReadonlySet<string>): Set<string> {
  return new Set(stopWordTokens(piece.folded).filter((word) => !stops.has(word) && (word.length > 1 || /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/u.test(word))));
}

/** For each index, how many steps to the nearest index before it (`forward`) or after it where `hit` holds; Infinity when none. */
function stepsToNearest(count: number, hit: (index: number) => boolean, forward: boolean): number[] {
  const steps = new Array<number>(count).fill(Infinity);
  let last = -1;
  for (let k = 0; k < count; k++) {
    const index = forward ? k : count - 1 - k;
    if (last >= 0) steps[index] = Math.abs(index - last);
    if (hit(index)) last = index;
  }
  return steps;
}

/**
 * What the line shares with the page around it, in any language: its length
 * against the story's median paragraph, how many of its content words the
 * rest of the story or the headline uses, how long a run of short lines it
 * stands in, how far it is from the nearest story line and from the headline,
 * and its own shape (sentences, pictographs, an opening symbol).
 */
function contextFeatures(pieces: readonly Piece[], stops: ReadonlySet<string>, titleIndex: number | null): Features[] {
  const words = pieces.map((piece) => contentWords(piece, stops));
  const storyCounts = new Map<string, number>();
  const kept = pieces.filter(isKept);
  for (const piece of kept) for (const word of words[piece.index]!) storyCounts.set(word, (storyCounts.get(word) ?? 0) + 1);
  const medianWords = kept.length === 0 ? 1 : Math.max(1, median(kept.map((piece) => piece.words)));
  const titleWords = titleIndex === null ? new Set<string>() : words[titleIndex]!;
  const short = pieces.map((piece) => piece.words <= SHORT_LINE_WORDS);
  const runStart = new Array<number>(pieces.length);
  const runEnd = new Array<number>(pieces.length);
  for (let i = 0; i < pieces.length; i++) runStart[i] = short[i] && i > 0 && short[i - 1] ? runStart[i - 1]! : i;
  for (let i = pieces.length - 1; i >= 0; i--) runEnd[i] = short[i] && i + 1 < pieces.length && short[i + 1] ? runEnd[i + 1]! : i;
  const keptAbove = stepsToNearest(pieces.length, (index) => isKept(pieces[index]!), true);
  const keptBelow = stepsToNearest(pieces.length, (index) => isKept(pieces[index]!), false);
  return pieces.map((piece, i) => {
    const own = words[i]!;
    const ownCount = isKept(piece) ? 1 : 0;
    let inStory = 0;
    let inTitle = 0;
    for (const word of own) {
      if ((storyCounts.get(word) ?? 0) - ownCount > 0) inStory++;
      if (titleWords.has(word) && i !== titleIndex) inTitle++;
    }
    const nearestKept = Math.min(keptAbove[i]!, keptBelow[i]!);
    return {
      relativeLength: Math.max(-1, Math.min(1, Math.log2(Math.max(1, piece.words) / medianWords) / 4)),
      sentences: Math.min(4, piece.text.match(SENTENCE_BREAK)?.length ?? 0) / 4,
      storyVocabulary: own.size === 0 ? 0 : inStory / own.size,
      titleVocabulary: own.size === 0 ? 0 : inTitle / own.size,
      noContentWords: flag(own.size === 0),
      shortRun: short[i] ? logWords(runEnd[i]! - runStart[i]! + 1) : 0,
      keptDistance: Number.isFinite(nearestKept) ? logWords(nearestKept) : 1,
      keptBothSides: flag(Number.isFinite(keptAbove[i]!) && Number.isFinite(keptBelow[i]!)),
      titleDistance: titleIndex === null ? 1 : logWords(Math.abs(i - titleIndex)),
      pictograph: flag(PICTOGRAPH.test(piece.text)),
      symbolOpening: flag(SYMBOL_OPENING.test(piece.text)),
    };
  });
}

/**
 * Features of every line once the rules have run: the line's own signals,
 * the rule that dropped it (if any) and the furniture pattern it matches,
 * where it stands against the span the rules kept, what it shares with the
 * page around it, and the same signals of the lines on either side.
 * `headings` are the subheadings the rules found.
 */
export function lineFeatures(pieces: readonly Piece[], lang: string | null, titleIndex: number | null, headings: Headings): FeatureRow[] {
  const stops = stopWordsFor(lang);
  const signals = pieces.map((piece) => readSignals(piece, stops));
  const bar = densityBar(signals);
  const context = contextFeatures(pieces, stops, titleIndex);
  const kept = pieces.filter(isKept);
  const spanFirst = kept[0]?.index ?? pieces.length;
  const spanLast = kept[kept.length - 1]?.index ?? -1;
  const counts = new Map<string, number>();
  for (const piece of pieces) counts.set(piece.folded, (counts.get(piece.folded) ?? 0) + 1);
  const own = (piece: Piece, prefix: string): Features => ({
    ...signalFeatures(prefix, signals[piece.index]!, bar),
    // Any rule's drop, beside which rule: a rule that few copies trigger still counts as a rule.
    [`${prefix}dropped`]: flag(!isKept(piece)),
    [`${prefix}rule:${piece.removedBy ?? 'kept'}`]: 1,
    [`${prefix}heading`]: flag(headings.has(piece.index)),
    [`${prefix}storyVocabulary`]: context[piece.index]!['storyVocabulary']!,
  });
  return pieces.map((piece) => {
    const furniture = matchFurniture(piece);
    const distance = piece.index < spanFirst ? spanFirst - piece.index : piece.index > spanLast ? piece.index - spanLast : 0;
    const features: Features = {
      ...own(piece, ''),
      ...context[piece.index],
      [`hit:${furniture?.name ?? 'none'}`]: 1,
      furniture: flag(furniture !== null),
      afterGap: flag(piece.afterGap),
      beforeSpan: flag(piece.index < spanFirst),
      afterSpan: flag(piece.index > spanLast),
      spanDistance: logWords(distance),
      belowTitle: flag(titleIndex !== null && piece.index > titleIndex),
      repeated: flag((counts.get(piece.folded) ?? 0) > 1),
      position: pieces.length <= 1 ? 0 : piece.index / (pieces.length - 1),
    };
    const [before, after] = [pieces[piece.index - 1], pieces[piece.index + 1]];
    if (before) Object.assign(features, own(before, 'prev:'));
    if (after) Object.assign(features, own(after, 'next:'));
    return { index: piece.index, text: piece.text, features: byVerdict(features, isKept(piece)) };
  });
}

/**
 * Every feature twice for a line the rules kept: once shared, once under
 * `kept|`. A linear model then learns separately what tells a kept line is
 * furniture and what tells a dropped line is story, sharing what holds for both.
 */
function byVerdict(features: Features, kept: boolean): Features {
  if (!kept) return features;
  const doubled: Features = { ...features };
  for (const name in features) doubled[`kept|${name}`] = features[name]!;
  return doubled;
}

/** The model's yes or no on a line the rules said `ruled` about: the rules stand unless the model is sure by `margin`. */
function verdict(chance: number, ruled: boolean, margin: number): boolean {
  return ruled ? chance >= 0.5 - margin : chance >= 0.5 + margin;
}

/**
 * Lets the line model make the final call on every line but the headline:
 * a line it scores as story is kept, any other is dropped as 'learned-furniture'.
 * With a heading model (with or without a line model), the story lines it
 * scores as subheadings become `headings`.
 */
export function applyLineModel(pieces: readonly Piece[], rows: readonly FeatureRow[], titleIndex: number | null, model: TextDumpModel, headings: Headings): void {
  const { line } = model;
  if (line) {
    for (const row of rows) {
      const piece = pieces[row.index]!;
      if (row.index === titleIndex) continue;
      const story = verdict(probability(row.features, line), isKept(piece), model.overruleMargin);
      if (story && !isKept(piece)) piece.removedBy = null;
      if (!story && isKept(piece)) piece.removedBy = 'learned-furniture';
    }
  }
  if (!model.heading) return;
  for (const row of rows) {
    const piece = pieces[row.index]!;
    const heading = isKept(piece) && verdict(probability(row.features, model.heading), headings.has(row.index), model.overruleMargin);
    if (!heading) headings.delete(row.index);
    else if (!headings.has(row.index)) headings.set(row.index, headingLevel(piece));
  }
}
