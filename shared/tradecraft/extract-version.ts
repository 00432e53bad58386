/**
 * What an extraction gives and which one an article has had, without the
 * extractors themselves (compromise and chrono-node take a moment to load).
 */
import type { EntityMention } from './entities.ts';
import type { DatedEvent, EventReference } from './events.ts';

/**
 * Which extraction an article has had. Raise it when the extractors change
 * enough that saved articles should be read again: the background backfill
 * re-extracts every article below it.
 */
export const EXTRACTION_VERSION = 18;

export interface ArticleExtraction {
  entities: EntityMention[];
  events: DatedEvent[];
}

export interface ExtractionInput extends EventReference {
  text: string;
  lang: string | null;
}
