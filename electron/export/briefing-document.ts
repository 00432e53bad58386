/** Assembles a briefing with its full articles, highlights, notes and key judgments for the exporters. */
import type { BriefingDocument } from '../../shared/briefing-document.ts';
import type { TlpMarking } from '../../shared/model.ts';
import { itemsAllowedIn, tlpRank } from '../../shared/tradecraft/handling.ts';
import type { ExportDocument } from '../../shared/tradecraft/model.ts';
import { getArticle } from '../library/articles.ts';
import { getBriefing } from '../library/briefings.ts';
import { entityIndexOf, eventsOfArticles, hiddenFromExport } from '../library/entities.ts';
import { listHighlights } from '../library/highlights.ts';
import { listJudgments } from '../library/judgments.ts';
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
    judgments: listJudgments(db, briefingId),
    generatedAt: now,
  };
}

/**
 * Each cited highlight's marking: the stricter of its own and its article's
 * (a deleted highlight's citation keeps its article, whose marking then counts).
 */
function citationMarkings(db: Db, document: BriefingDocument): Map<number, TlpMarking> {
  const markings = new Map<number, TlpMarking>();
  const highlight = db.prepare('SELECT h.marking AS own, a.marking AS article FROM highlights h JOIN articles a ON a.id = h.article_id WHERE h.id = ?');
  const article = db.prepare('SELECT marking FROM articles WHERE id = ?').pluck();
  for (const citation of document.judgments.flatMap((judgment) => judgment.citations)) {
    const live = citation.status === 'missing' ? undefined : (highlight.get(citation.highlightId) as { own: TlpMarking; article: TlpMarking } | undefined);
    const ofArticle = citation.source === null ? undefined : (article.get(citation.source.articleId) as TlpMarking | undefined);
    const known = [live?.own, live?.article, ofArticle].filter((marking): marking is TlpMarking => marking !== undefined);
    if (known.length > 0) markings.set(citation.highlightId, known.reduce((stricter, marking) => (tlpRank(marking) > tlpRank(stricter) ? marking : stricter)));
  }
  return markings;
}

/**
 * The briefing as it may leave the app, for every export: the articles and
 * highlights its own marking allows (the rest listed in `leftOut`), and the
 * entity index and timeline of the articles that stay.
 */
export function loadExportDocument(db: Db, briefingId: number, now: string): ExportDocument {
  const document = loadBriefingDocument(db, briefingId, now);
  const allowed = itemsAllowedIn(document.briefing.marking, document, citationMarkings(db, document));
  const articleIds = allowed.document.articles.map((entry) => entry.article.id);
  return {
    ...allowed,
    entities: entityIndexOf(db, articleIds),
    timeline: eventsOfArticles(db, articleIds),
    hiddenFromExport: hiddenFromExport(db, articleIds),
  };
}
