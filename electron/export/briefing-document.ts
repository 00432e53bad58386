/** Assembles a briefing with its full articles, highlights and notes for the exporters. */
import type { BriefingDocument } from '../../shared/briefing-document.ts';
import { itemsAllowedIn } from '../../shared/tradecraft/handling.ts';
import type { ExportDocument } from '../../shared/tradecraft/model.ts';
import { getArticle } from '../library/articles.ts';
import { getBriefing } from '../library/briefings.ts';
import { entityIndexOf, eventsOfArticles } from '../library/entities.ts';
import { listHighlights } from '../library/highlights.ts';
import { getArticleNote } from '../library/notes.ts';
import type { Db } from '../library/open.ts';

/** Reads in the caller's transaction so the document is one consistent snapshot. */
export function loadBriefingDocument(db: Db, briefingId: number, now: string): BriefingDocument {
  const { articles, ...briefing } = getBriefing(db, briefingId);
  return {
    briefing,
    articles: articles.map(({ id }) => ({
      article: getArticle(db, id),
      highlights: listHighlights(db, id),
      note: getArticleNote(db, id)?.body ?? null,
    })),
    generatedAt: now,
  };
}

/**
 * The briefing as it may leave the app, for every export: the articles and
 * highlights its own marking allows (the rest listed in `leftOut`), and the
 * entity index and timeline of the articles that stay.
 */
export function loadExportDocument(db: Db, briefingId: number, now: string): ExportDocument {
  const document = loadBriefingDocument(db, briefingId, now);
  const allowed = itemsAllowedIn(document.briefing.marking, document);
  const articleIds = allowed.document.articles.map((entry) => entry.article.id);
  return { ...allowed, entities: entityIndexOf(db, articleIds), timeline: eventsOfArticles(db, articleIds) };
}
