/** Assembles a briefing with its full articles, highlights, notes and key judgments for the exporters. */
import type { BriefingDocument } from '../../shared/briefing-document.ts';
import { getArticle } from '../library/articles.ts';
import { getBriefing } from '../library/briefings.ts';
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
