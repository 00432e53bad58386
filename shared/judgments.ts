/**
 * Key judgments: the structured items of a briefing's summary. Each states one
 * judgment in words, says how likely it is with one of the seven estimative
 * terms of ICD 203 (each with its probability range), says how confident the
 * analyst is in the evidence and reasoning behind it, and cites the highlights
 * that support it, in order.
 *
 * Likelihood and confidence are kept apart on purpose (as ICD 203 asks):
 * "very likely, low confidence" is a real judgment — the evidence points one
 * way but is thin.
 *
 * A citation names a highlight. If that highlight is deleted (undo brings it
 * back with its id) or its article is taken out of the briefing, the citation
 * stays on the judgment and is shown for what it is — missing, or outside the
 * briefing — never dropped or pointed at another passage. Each citation keeps a
 * copy of the quote and the article it was made on, so that a reused highlight
 * id can never make it cite other words.
 */
import { z } from 'zod';
import { idSchema } from './model.ts';
import { formatCitation, quotedPassage, type CitationSource } from './citation.ts';

/** One of ICD 203's seven terms, with its probability range in whole percent. */
export interface EstimativeTerm {
  id: Likelihood;
  /** As it is written in a sentence: "very likely". */
  phrase: string;
  /** Lowest probability the term covers, percent. */
  min: number;
  /** Highest probability the term covers, percent. */
  max: number;
}

/** ICD 203's terms, least to most likely. */
export const LIKELIHOODS = [
  'almost-no-chance',
  'very-unlikely',
  'unlikely',
  'roughly-even-chance',
  'likely',
  'very-likely',
  'almost-certainly',
] as const;
export const likelihoodSchema = z.enum(LIKELIHOODS);
export type Likelihood = z.infer<typeof likelihoodSchema>;

/** The terms and their ranges, as ICD 203 (2015) sets them. */
export const ESTIMATIVE_TERMS: Readonly<Record<Likelihood, EstimativeTerm>> = {
  'almost-no-chance': { id: 'almost-no-chance', phrase: 'almost no chance', min: 1, max: 5 },
  'very-unlikely': { id: 'very-unlikely', phrase: 'very unlikely', min: 5, max: 20 },
  unlikely: { id: 'unlikely', phrase: 'unlikely', min: 20, max: 45 },
  'roughly-even-chance': { id: 'roughly-even-chance', phrase: 'roughly even chance', min: 45, max: 55 },
  likely: { id: 'likely', phrase: 'likely', min: 55, max: 80 },
  'very-likely': { id: 'very-likely', phrase: 'very likely', min: 80, max: 95 },
  'almost-certainly': { id: 'almost-certainly', phrase: 'almost certainly', min: 95, max: 99 },
};

/** Confidence in the judgment's sources and reasoning, lowest first. */
export const CONFIDENCES = ['low', 'moderate', 'high'] as const;
export const confidenceSchema = z.enum(CONFIDENCES);
export type Confidence = z.infer<typeof confidenceSchema>;

/** "55–80%". */
export function likelihoodRange(likelihood: Likelihood): string {
  const { min, max } = ESTIMATIVE_TERMS[likelihood];
  return `${min}–${max}%`;
}

/** "Likely", "Roughly even chance": the term as a label starts with a capital. */
export function likelihoodName(likelihood: Likelihood): string {
  const { phrase } = ESTIMATIVE_TERMS[likelihood];
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/** "Likely (55–80%)": what a menu offers and what a printed judgment says. */
export function likelihoodLabel(likelihood: Likelihood): string {
  return `${likelihoodName(likelihood)} (${likelihoodRange(likelihood)})`;
}

/** "Moderate confidence". */
export function confidenceLabel(confidence: Confidence): string {
  return `${confidence.charAt(0).toUpperCase()}${confidence.slice(1)} confidence`;
}

/** "Very likely (80–95%) · high confidence": the judgment's whole estimate on one line. */
export function estimateLabel(judgment: { likelihood: Likelihood; confidence: Confidence }): string {
  return `${likelihoodLabel(judgment.likelihood)} · ${judgment.confidence} confidence`;
}

/** A judgment is one or two sentences; a long one is a summary, which has its own field. */
export const MAX_JUDGMENT_LENGTH = 2_000;
/** More than this many judgments is no longer a set of key judgments. */
export const MAX_JUDGMENTS_PER_BRIEFING = 100;
/** More than this many citations for one judgment: cite the strongest. */
export const MAX_CITATIONS_PER_JUDGMENT = 50;

export const judgmentTextSchema = z
  .string()
  .trim()
  .min(1, 'Write the judgment first.')
  .max(MAX_JUDGMENT_LENGTH, `A judgment is at most ${MAX_JUDGMENT_LENGTH.toLocaleString('en')} characters; put the detail in the summary.`);

/** Cited highlight ids, in the order they are cited; each once. */
export const citedHighlightIdsSchema = z
  .array(idSchema)
  .max(MAX_CITATIONS_PER_JUDGMENT, `A judgment cites at most ${MAX_CITATIONS_PER_JUDGMENT} highlights; cite the strongest.`)
  .refine((ids) => new Set(ids).size === ids.length, 'A judgment cites each highlight once.');

/**
 * Where a citation stands:
 * - `cited`: the highlight exists and its article is in the briefing;
 * - `outside-briefing`: the highlight exists, but its article was taken out of the briefing;
 * - `missing`: the highlight was deleted (or its article was).
 */
export type CitationStatus = 'cited' | 'outside-briefing' | 'missing';

/** One cited highlight as a judgment shows it. */
export interface JudgmentCitation {
  highlightId: number;
  status: CitationStatus;
  /** The cited words: the highlight's, or the copy kept when it was cited if it is missing. */
  quote: string;
  /** The article the passage is from; null when it is missing from the library. */
  source: (CitationSource & { articleId: number }) | null;
}

export interface Judgment {
  id: number;
  briefingId: number;
  text: string;
  likelihood: Likelihood;
  confidence: Confidence;
  citations: JudgmentCitation[];
  createdAt: string;
  updatedAt: string;
}

/** Everything a deleted judgment was, so that undo brings it back in its place. */
export interface DeletedJudgment {
  id: number;
  briefingId: number;
  /** Its index in the briefing's judgments when it was deleted. */
  position: number;
  text: string;
  likelihood: Likelihood;
  confidence: Confidence;
  /** The copies kept with each citation, in order. */
  citations: Array<{ highlightId: number; articleId: number; quote: string }>;
  createdAt: string;
  updatedAt: string;
}

const isoTime = z.iso.datetime({ offset: true });

/** A deleted judgment as undo sends it back: it came from main, but crosses the contract like anything else. */
export const deletedJudgmentSchema = z
  .object({
    id: idSchema,
    briefingId: idSchema,
    position: z.number().int().min(0).max(MAX_JUDGMENTS_PER_BRIEFING),
    text: judgmentTextSchema,
    likelihood: likelihoodSchema,
    confidence: confidenceSchema,
    citations: z
      .array(z.object({ highlightId: idSchema, articleId: idSchema, quote: z.string().min(1).max(1_000_000) }).strict())
      .max(MAX_CITATIONS_PER_JUDGMENT)
      .refine((citations) => new Set(citations.map((c) => c.highlightId)).size === citations.length, 'A judgment cites each highlight once.'),
    createdAt: isoTime,
    updatedAt: isoTime,
  })
  .strict();

/** A highlight as the citation rules see it: where it is and whether its article is in the briefing. */
export interface CitableHighlight {
  id: number;
  articleId: number;
  quote: string;
  inBriefing: boolean;
}

export type CitationPlan =
  | { ok: true; citations: Array<{ highlightId: number; articleId: number; quote: string }> }
  | { ok: false; reason: string };

/**
 * The citations a judgment will hold when the analyst asks for `requested`
 * (highlight ids, in order). A citation it already holds stays as it was,
 * even if its highlight is now missing or outside the briefing: keeping or
 * reordering evidence never needs it to be perfect. A new citation must be a
 * highlight that exists in one of the briefing's articles.
 */
export function planCitations(
  current: ReadonlyArray<{ highlightId: number; articleId: number; quote: string }>,
  requested: readonly number[],
  highlights: ReadonlyMap<number, CitableHighlight>,
): CitationPlan {
  if (new Set(requested).size !== requested.length) return { ok: false, reason: 'A judgment cites each highlight once.' };
  if (requested.length > MAX_CITATIONS_PER_JUDGMENT) return { ok: false, reason: `A judgment cites at most ${MAX_CITATIONS_PER_JUDGMENT} highlights; cite the strongest.` };
  const held = new Map(current.map((citation) => [citation.highlightId, citation]));
  const citations = [];
  for (const id of requested) {
    const kept = held.get(id);
    if (kept) {
      citations.push(kept);
      continue;
    }
    const highlight = highlights.get(id);
    if (!highlight) return { ok: false, reason: `There is no highlight with id ${id} to cite; it may have been deleted.` };
    if (!highlight.inBriefing) {
      return { ok: false, reason: `Highlight ${id} is in an article that is not in this briefing; add the article to the briefing first, then cite it.` };
    }
    citations.push({ highlightId: id, articleId: highlight.articleId, quote: highlight.quote });
  }
  return { ok: true, citations };
}

/** A judgment's citation with its footnote number. */
export interface NumberedCitation extends JudgmentCitation {
  number: number;
  judgmentId: number;
}

/**
 * Footnote numbers for the judgments' citations, in reading order: one entry
 * per citation, and one number per cited highlight, so that a passage cited by
 * several judgments is quoted once and each of them points to it.
 */
export function numberCitations(judgments: readonly Judgment[]): NumberedCitation[] {
  const numbers = new Map<number, number>();
  return judgments.flatMap((judgment) =>
    judgment.citations.map((citation) => {
      const number = numbers.get(citation.highlightId) ?? numbers.size + 1;
      numbers.set(citation.highlightId, number);
      return { ...citation, number, judgmentId: judgment.id };
    }),
  );
}

/** The footnotes to print: each number once, in order. */
export function footnotesOf(numbered: readonly NumberedCitation[]): NumberedCitation[] {
  const seen = new Set<number>();
  return numbered.filter((note) => !seen.has(note.number) && seen.add(note.number));
}

/** What a citation says about its status in a footnote or beside it; null when it is fine. */
export function citationProblem(status: CitationStatus): string | null {
  switch (status) {
    case 'cited':
      return null;
    case 'outside-briefing':
      return 'Its article is no longer in this briefing.';
    case 'missing':
      return 'The cited highlight was deleted; this is the passage as it was cited.';
  }
}

/**
 * A footnote's text: the quoted passage, where it is from, and what became of
 * it when it is no longer plainly cited:
 *   “quote” — Title, Site, https://… (2026-03-02)
 */
export function citationFootnote(citation: JudgmentCitation, formatDate: (iso: string | null) => string | null): string {
  const line = citation.source ? formatCitation(citation.quote, citation.source, formatDate) : quotedPassage(citation.quote);
  const problem = citationProblem(citation.status);
  return problem ? `${line} ${problem}` : line;
}
