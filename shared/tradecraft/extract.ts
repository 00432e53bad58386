/** Everything the entity index and the timeline take from one article's text. */
import { extractEntities } from './entities.ts';
import { extractEvents } from './events.ts';
import type { ArticleExtraction, ExtractionInput } from './extract-version.ts';

export function extractArticle(input: ExtractionInput): ArticleExtraction {
  return {
    entities: extractEntities(input.text, input.lang),
    events: extractEvents(input.text, { publishedAt: input.publishedAt, capturedAt: input.capturedAt, lang: input.lang }),
  };
}
