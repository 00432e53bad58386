/** Highlights: W3C selectors over an article's text, a colour and a note. */
import { anchor } from '../../shared/anchoring/anchor.ts';
import { describeRange } from '../../shared/anchoring/selectors.ts';
import type { HighlightColor } from '../../shared/highlights.ts';
import type { Highlight, PlacedHighlight, TlpMarking } from '../../shared/model.ts';
import type { Credibility } from '../../shared/tradecraft/grades.ts';
import { BriefingError } from '../../shared/result.ts';
import type { Db } from './open.ts';
import { relinkTags, tagsOf } from './tags.ts';

export interface HighlightRow {
  id: number;
  article_id: number;
  exact: string;
  prefix: string;
  suffix: string;
  start_offset: number;
  end_offset: number;
  color: HighlightColor;
  note: string;
  credibility: Credibility | null;
  marking: TlpMarking;
  created_at: string;
  updated_at: string;
}

/** Highlights of the rows, in the same order, each with its tags. */
export function toHighlights(db: Db, rows: readonly HighlightRow[]): Highlight[] {
  const tags = tagsOf(db, 'highlight', rows.map((row) => row.id));
  return rows.map((row) => toHighlight(row, tags.get(row.id) ?? []));
}

function toHighlight(row: HighlightRow, tags: Highlight['tags']): Highlight {
  return {
    id: row.id,
    articleId: row.article_id,
    quote: { type: 'TextQuoteSelector', exact: row.exact, prefix: row.prefix, suffix: row.suffix },
    position: { type: 'TextPositionSelector', start: row.start_offset, end: row.end_offset },
    color: row.color,
    note: row.note,
    tags,
    credibility: row.credibility,
    marking: row.marking,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function articleText(db: Db, articleId: number): string {
  const text = db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(articleId) as string | undefined;
  if (text === undefined) throw new BriefingError('NOT_FOUND', `There is no article with id ${articleId} in this library.`);
  return text;
}

export function getHighlight(db: Db, id: number): Highlight {
  const row = db.prepare('SELECT * FROM highlights WHERE id = ?').get(id) as HighlightRow | undefined;
  if (!row) throw new BriefingError('NOT_FOUND', `There is no highlight with id ${id}.`);
  return toHighlights(db, [row])[0]!;
}

/** The article's highlights placed in its current text, in reading order; orphans last. */
export function listHighlights(db: Db, articleId: number): PlacedHighlight[] {
  const text = articleText(db, articleId);
  const rows = db.prepare('SELECT * FROM highlights WHERE article_id = ? ORDER BY start_offset, id').all(articleId) as HighlightRow[];
  const placed = toHighlights(db, rows).map((highlight) => ({ ...highlight, anchor: anchor(text, highlight) }));
  const at = (h: PlacedHighlight) => (h.anchor.status === 'anchored' ? h.anchor.start : Number.MAX_SAFE_INTEGER);
  return placed.sort((a, b) => at(a) - at(b) || a.id - b.id);
}

export interface NewHighlight {
  articleId: number;
  start: number;
  end: number;
  color: HighlightColor;
  note?: string | undefined;
}

/** Describes [start, end) of the stored text; the renderer sends offsets, main writes the quote. */
export function createHighlight(db: Db, input: NewHighlight, now: string): Highlight {
  const text = articleText(db, input.articleId);
  if (input.end > text.length || input.start >= input.end) {
    throw new BriefingError('INVALID_ARGUMENTS', `The selection ${input.start}–${input.end} is not inside the article (${text.length} characters).`);
  }
  if (text.slice(input.start, input.end).trim() === '') {
    throw new BriefingError('INVALID_ARGUMENTS', 'Select some words to highlight, not only spaces.');
  }
  const { quote, position } = describeRange(text, input.start, input.end);
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO highlights (article_id, exact, prefix, suffix, start_offset, end_offset, color, note, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(input.articleId, quote.exact, quote.prefix, quote.suffix, position.start, position.end, input.color, input.note ?? '', now, now);
  return getHighlight(db, Number(lastInsertRowid));
}

export function updateHighlight(db: Db, id: number, changes: { color?: HighlightColor | undefined; note?: string | undefined }, now: string): Highlight {
  const { changes: updated } = db
    .prepare('UPDATE highlights SET color = coalesce(@color, color), note = coalesce(@note, note), updated_at = @now WHERE id = @id')
    .run({ id, now, color: changes.color ?? null, note: changes.note ?? null });
  if (updated === 0) throw new BriefingError('NOT_FOUND', `There is no highlight with id ${id}.`);
  return getHighlight(db, id);
}

/** Deletes and returns the highlight, so the user can undo. */
export function deleteHighlight(db: Db, id: number): Highlight {
  const highlight = getHighlight(db, id);
  db.prepare('DELETE FROM highlights WHERE id = ?').run(id);
  return highlight;
}

/** Puts a deleted highlight back exactly as it was, with its id and the tags that still exist. */
export function restoreHighlight(db: Db, highlight: Omit<Highlight, 'tags'> & { tags?: Highlight['tags'] | undefined }): Highlight {
  articleText(db, highlight.articleId);
  db.prepare(
    `INSERT INTO highlights (id, article_id, exact, prefix, suffix, start_offset, end_offset, color, note, credibility, marking, created_at, updated_at)
     VALUES (@id, @articleId, @exact, @prefix, @suffix, @start, @end, @color, @note, @credibility, @marking, @createdAt, @updatedAt)`,
  ).run({
    id: highlight.id,
    articleId: highlight.articleId,
    exact: highlight.quote.exact,
    prefix: highlight.quote.prefix,
    suffix: highlight.quote.suffix,
    start: highlight.position.start,
    end: highlight.position.end,
    color: highlight.color,
    note: highlight.note,
    credibility: highlight.credibility,
    marking: highlight.marking,
    createdAt: highlight.createdAt,
    updatedAt: highlight.updatedAt,
  });
  relinkTags(db, 'highlight', highlight.id, highlight.tags ?? []);
  return getHighlight(db, highlight.id);
}
