/** Everything the entity index and the timeline take from one article's text. */
import { extractEntities } from './entities.ts';
import { extractEvents } from './events.ts';
import type { ArticleExtraction, ExtractionInput } from './extract-version.ts';

/**
 * Names and dates never stop an article from being saved or the rest of the library from being read: a reader that
 * fails on some text gives nothing for it, and the failure is logged. The next extraction version reads it again.
 */
export function extractArticle(input: ExtractionInput): ArticleExtraction {
  return {
    entities: orNothing('names', () => extractEntities(input.text, input.lang)),
    events: orNothing('dates', () => extractEvents(input.text, { publishedAt: input.publishedAt, capturedAt: input.capturedAt, lang: input.lang })),
  };
}

function orNothing<T>(what: string, read: () => T[]): T[] {
  try {
    return read();
  } catch (error) {
    console.error(`Reading the ${what} of an article failed; it is kept without them:`, error);
    return [];
  }
}
