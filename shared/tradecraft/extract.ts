/** Everything the entity index and the timeline take from one article's text. */
import { extractEntities, type EntityMention } from './entities.ts';
import { extractEvents, type DatedEvent, type EventReference } from './events.ts';

/**
 * Which extraction an article has had. Raise it when the extractors change
 * enough that saved articles should be read again: the background backfill
 * re-extracts every article below it.
 */
export const EXTRACTION_VERSION = 1;

export interface ArticleExtraction {
  entities: EntityMention[];
  events: DatedEvent[];
}

export interface ExtractionInput extends EventReference {
  text: string;
  lang: string | null;
}

export function extractArticle(input: ExtractionInput): ArticleExtraction {
  return {
    entities: extractEntities(input.text, input.lang),
    events: extractEvents(input.text, { publishedAt: input.publishedAt, capturedAt: input.capturedAt }),
  };
}
