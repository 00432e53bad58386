/**
 * The data model both processes agree on. Plain data only: what crosses the
 * contract is JSON-safe, so dates are ISO 8601 strings.
 */
import { z } from 'zod';
import type { Anchor } from './anchoring/anchor.ts';
import type { TextPositionSelector, TextQuoteSelector } from './anchoring/selectors.ts';
import type { HighlightColor } from './highlights.ts';
import type { DeletedJudgment } from './judgments.ts';
import type { Credibility, SourceGrade } from './tradecraft/grades.ts';

/** A tag as it sits on an article or a highlight (shared/organize.ts has the rest). */
export interface TagRef {
  id: number;
  name: string;
}

/** TLP 2.0 handling markings, least to most restrictive. */
export const TLP_MARKINGS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;
export const tlpMarkingSchema = z.enum(TLP_MARKINGS);
export type TlpMarking = z.infer<typeof tlpMarkingSchema>;

export const READING_STATUSES = ['unread', 'reading', 'read'] as const;
export const readingStatusSchema = z.enum(READING_STATUSES);
export type ReadingStatus = z.infer<typeof readingStatusSchema>;

export const TEXT_DIRECTIONS = ['ltr', 'rtl'] as const;
export type TextDirection = (typeof TEXT_DIRECTIONS)[number];

/** Row ids are SQLite integer keys. */
export const idSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export interface BriefingSummary {
  id: number;
  title: string;
  marking: TlpMarking;
  articleCount: number;
  updatedAt: string;
}

export interface Briefing extends BriefingSummary {
  author: string;
  /** Key judgments, Markdown. */
  summary: string;
  /** The day the briefing speaks for, "YYYY-MM-DD": set by the analyst, the day it was created until then. */
  date: string;
  createdAt: string;
  articles: ArticleSummary[];
}

/** A calendar date, "YYYY-MM-DD", that exists. */
/** A calendar day, YYYY-MM-DD; the length bound refuses a huge payload before the format is checked. */
export const calendarDateSchema = z.iso.date({ message: 'A date is written YYYY-MM-DD, e.g. 2026-03-02.' }).max(10, 'A date is written YYYY-MM-DD, e.g. 2026-03-02.');

/** Everything a deleted briefing was, so that undo brings it back exactly. */
export interface DeletedBriefing {
  briefing: {
    id: number;
    title: string;
    author: string;
    summary: string;
    marking: TlpMarking;
    date: string;
    createdAt: string;
    updatedAt: string;
  };
  /** Its articles in order (position 0 first). */
  items: Array<{ articleId: number; position: number; addedAt: string }>;
  /** Notes on the briefing itself. */
  notes: Array<{ id: number; body: string; createdAt: string; updatedAt: string }>;
  /** Its key judgments in order, with their citations (absent from an undo made before judgments existed). */
  judgments?: DeletedJudgment[];
}

export interface ArticleSummary {
  id: number;
  title: string;
  byline: string | null;
  siteName: string | null;
  url: string | null;
  publishedAt: string | null;
  savedAt: string;
  excerpt: string | null;
  wordCount: number;
  readingStatus: ReadingStatus;
  /** By name, A to Z. */
  tags: TagRef[];
  /** Tags on its highlights and not on the article itself, by name, A to Z. */
  highlightTags: TagRef[];
  /** Admiralty source reliability, A–F; null until the analyst grades it. */
  sourceGrade: SourceGrade | null;
  /** TLP handling marking of the article. */
  marking: TlpMarking;
}

export interface Article extends ArticleSummary {
  lang: string | null;
  dir: TextDirection;
  /** Sanitized reader HTML. */
  html: string;
  /** Plain text that highlights anchor into. */
  text: string;
  contentHash: string;
  /** Reading position as a fraction of the article, 0..1. */
  readingPosition: number;
}

export interface ArticlePage {
  items: ArticleSummary[];
  total: number;
}

export interface LibraryInfo {
  dir: string;
  schemaVersion: number;
  articleCount: number;
  briefingCount: number;
}

/** Reading time at an analyst's pace, in whole minutes (at least one). */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 230));
}

export interface Highlight {
  id: number;
  articleId: number;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  color: HighlightColor;
  /** Markdown. */
  note: string;
  /** By name, A to Z. */
  tags: TagRef[];
  /** Admiralty information credibility, 1–6; null until the analyst grades it. */
  credibility: Credibility | null;
  /** TLP handling marking of the highlight. */
  marking: TlpMarking;
  createdAt: string;
  updatedAt: string;
}

/** A highlight with where it lands in the article's current text (or why it does not). */
export interface PlacedHighlight extends Highlight {
  anchor: Anchor;
}

export interface ArticleNote {
  articleId: number;
  /** Markdown. */
  body: string;
  updatedAt: string;
}
