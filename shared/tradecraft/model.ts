/** What the tradecraft calls return: the entity index, the timeline and a re-fetch's comparison. */
import type { Anchor } from '../anchoring/anchor.ts';
import type { TextChange } from './changes.ts';
import type { EntityKind } from './entity-key.ts';
import type { DatePrecision } from './events.ts';
import type { AllowedDocument } from './handling.ts';

export interface EntitySummary {
  id: number;
  name: string;
  kind: EntityKind;
  /** Other spellings merged into this entity. */
  aliases: string[];
  /** Left out of exported entity indexes by the analyst. */
  hiddenInExport: boolean;
  articleCount: number;
  mentionCount: number;
}

export interface EntityMentionView {
  id: number;
  articleId: number;
  articleTitle: string;
  start: number;
  end: number;
  text: string;
  /** Text just before and after the mention, for the list. */
  before: string;
  after: string;
}

export interface EntityDetail extends EntitySummary {
  /** Titles and roles the articles give before the name ("Russian President"). */
  roles: string[];
  mentions: EntityMentionView[];
}

export interface TimelineEvent {
  id: number;
  articleId: number;
  articleTitle: string;
  start: number;
  end: number;
  /**
   * ISO calendar date (YYYY-MM-DD); the first day of the month or year for
   * coarser precision. Null: a relative date ("on Sunday") in an article with
   * no published date, shown as undated until the analyst gives one.
   */
  date: string | null;
  precision: DatePrecision;
  approximate: boolean;
  expression: string;
  sentence: string;
  /** Left out of exported timelines by the analyst. */
  hiddenInExport: boolean;
}

export interface RefetchHighlight {
  id: number;
  quote: string;
  /** Where the highlight would land in the fresh text, or why it would be orphaned. */
  anchor: Anchor;
}

/** A fresh copy of a saved article compared with what was saved. */
export interface RefetchPreview {
  articleId: number;
  /** Identifies the fresh copy for `replaceArticleText`. */
  token: string;
  url: string;
  savedAt: string;
  fetchedAt: string;
  unchanged: boolean;
  added: number;
  removed: number;
  changes: TextChange[];
  highlights: RefetchHighlight[];
}

/** One entity in a briefing's index: who or what, and the articles (by id, in briefing order) that name it. */
export interface EntityIndexEntry {
  id: number;
  name: string;
  kind: EntityKind;
  articleIds: number[];
}

/**
 * A briefing as it may leave the app: the items its marking allows (and what
 * was left out), the entity index and the timeline of the articles that stay.
 */
export interface ExportDocument extends AllowedDocument {
  /** By name, A to Z. */
  entities: EntityIndexEntry[];
  /** By date; undated events last. */
  timeline: TimelineEvent[];
  /** Entities and events of these articles the analyst hid from export. */
  hiddenFromExport: { entities: number; events: number };
}

/** What an export's entity index and timeline will print, for the Export dialog. */
export interface ExportContents {
  entities: number;
  hiddenEntities: number;
  events: number;
  hiddenEvents: number;
  /** Of `events`, those with no date (their article has no published date). */
  undatedEvents: number;
}
