/** Source evaluation and handling markings on articles and highlights. */
import type { ArticleSummary, Highlight, TlpMarking } from '../../shared/model.ts';
import type { Credibility, SourceGrade } from '../../shared/tradecraft/grades.ts';
import { BriefingError } from '../../shared/result.ts';
import { getArticleSummary } from './articles.ts';
import { getHighlight } from './highlights.ts';
import type { Db } from './open.ts';

function updateArticle(db: Db, id: number, column: 'source_grade' | 'marking', value: string | null): ArticleSummary {
  const { changes } = db.prepare(`UPDATE articles SET ${column} = ? WHERE id = ?`).run(value, id);
  if (changes === 0) throw new BriefingError('NOT_FOUND', `There is no article with id ${id} in this library.`);
  return getArticleSummary(db, id);
}

function updateHighlight(db: Db, id: number, column: 'credibility' | 'marking', value: string | number | null, now: string): Highlight {
  const { changes } = db.prepare(`UPDATE highlights SET ${column} = ?, updated_at = ? WHERE id = ?`).run(value, now, id);
  if (changes === 0) throw new BriefingError('NOT_FOUND', `There is no highlight with id ${id}.`);
  return getHighlight(db, id);
}

/** Grades how reliable the article's source is (A–F); null clears the grade. */
export function setSourceGrade(db: Db, id: number, grade: SourceGrade | null): ArticleSummary {
  return updateArticle(db, id, 'source_grade', grade);
}

export function setArticleMarking(db: Db, id: number, marking: TlpMarking): ArticleSummary {
  return updateArticle(db, id, 'marking', marking);
}

/** Grades how credible the highlighted information is (1–6); null clears the grade. */
export function setHighlightCredibility(db: Db, id: number, credibility: Credibility | null, now: string): Highlight {
  return updateHighlight(db, id, 'credibility', credibility, now);
}

export function setHighlightMarking(db: Db, id: number, marking: TlpMarking, now: string): Highlight {
  return updateHighlight(db, id, 'marking', marking, now);
}
