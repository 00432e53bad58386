/**
 * Key judgments (shared/judgments.ts): ordered per briefing (positions
 * 0..n-1), each with its citations ordered (positions 0..n-1).
 *
 * A citation outlives what it cites. Deleting a highlight, or its article,
 * leaves the citation in place with the quote and article it was made on; it
 * reads as `missing` until the highlight's undo puts it back (same id, same
 * words), and then as cited again. Taking the article out of the briefing
 * makes it `outside-briefing`. A citation is only live when the highlight with
 * its id is on the same article with the same words, so an id SQLite hands out
 * again never makes a judgment cite a passage the analyst did not choose.
 */
import { moveInOrder } from '../../shared/briefings.ts';
import {
  MAX_JUDGMENTS_PER_BRIEFING,
  planCitations,
  type CitableHighlight,
  type Confidence,
  type DeletedJudgment,
  type Judgment,
  type JudgmentCitation,
  type Likelihood,
} from '../../shared/judgments.ts';
import { BriefingError } from '../../shared/result.ts';
import type { Db } from './open.ts';

interface JudgmentRow {
  id: number;
  briefing_id: number;
  position: number;
  text: string;
  likelihood: Likelihood;
  confidence: Confidence;
  created_at: string;
  updated_at: string;
}

interface CitationRow {
  judgment_id: number;
  highlight_id: number;
  article_id: number;
  quote: string;
  live: number | null;
  in_briefing: number;
  title: string | null;
  site_name: string | null;
  url: string | null;
  published_at: string | null;
  saved_at: string | null;
}

const CITATIONS_OF = `
  SELECT c.judgment_id, c.highlight_id, c.article_id, c.quote, h.id AS live,
    EXISTS (SELECT 1 FROM briefing_items bi WHERE bi.briefing_id = j.briefing_id AND bi.article_id = c.article_id) AS in_briefing,
    a.title, a.site_name, a.url, a.published_at, a.saved_at
  FROM judgment_citations c
  JOIN judgments j ON j.id = c.judgment_id
  LEFT JOIN highlights h ON h.id = c.highlight_id AND h.article_id = c.article_id AND h.exact = c.quote
  LEFT JOIN articles a ON a.id = h.article_id`;

function toCitation(row: CitationRow): JudgmentCitation {
  if (row.live === null) return { highlightId: row.highlight_id, status: 'missing', quote: row.quote, source: null };
  return {
    highlightId: row.highlight_id,
    status: row.in_briefing ? 'cited' : 'outside-briefing',
    quote: row.quote,
    source: { articleId: row.article_id, title: row.title ?? '', siteName: row.site_name, url: row.url, publishedAt: row.published_at, savedAt: row.saved_at },
  };
}

function toJudgments(rows: readonly JudgmentRow[], citations: readonly CitationRow[]): Judgment[] {
  const byJudgment = new Map<number, JudgmentCitation[]>();
  for (const row of citations) {
    const list = byJudgment.get(row.judgment_id) ?? [];
    list.push(toCitation(row));
    byJudgment.set(row.judgment_id, list);
  }
  return rows.map((row) => ({
    id: row.id,
    briefingId: row.briefing_id,
    text: row.text,
    likelihood: row.likelihood,
    confidence: row.confidence,
    citations: byJudgment.get(row.id) ?? [],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

function requireBriefing(db: Db, briefingId: number): void {
  if (db.prepare('SELECT 1 FROM briefings WHERE id = ?').get(briefingId) === undefined) {
    throw new BriefingError('NOT_FOUND', `There is no briefing with id ${briefingId} in this library.`);
  }
}

function judgmentRow(db: Db, id: number): JudgmentRow {
  const row = db.prepare('SELECT * FROM judgments WHERE id = ?').get(id) as JudgmentRow | undefined;
  if (!row) throw new BriefingError('NOT_FOUND', `There is no key judgment with id ${id}; it may have been deleted.`);
  return row;
}

/** A briefing's judgments in order, each with its citations resolved against the library as it is now. */
export function listJudgments(db: Db, briefingId: number): Judgment[] {
  requireBriefing(db, briefingId);
  const rows = db.prepare('SELECT * FROM judgments WHERE briefing_id = ? ORDER BY position, id').all(briefingId) as JudgmentRow[];
  const citations = db.prepare(`${CITATIONS_OF} WHERE j.briefing_id = ? ORDER BY j.position, j.id, c.position`).all(briefingId) as CitationRow[];
  return toJudgments(rows, citations);
}

export function getJudgment(db: Db, id: number): Judgment {
  const row = judgmentRow(db, id);
  const citations = db.prepare(`${CITATIONS_OF} WHERE c.judgment_id = ? ORDER BY c.position`).all(id) as CitationRow[];
  return toJudgments([row], citations)[0]!;
}

function touchBriefing(db: Db, briefingId: number, now: string): void {
  db.prepare('UPDATE briefings SET updated_at = ? WHERE id = ?').run(now, briefingId);
}

function judgmentOrder(db: Db, briefingId: number): number[] {
  return db.prepare('SELECT id FROM judgments WHERE briefing_id = ? ORDER BY position, id').pluck().all(briefingId) as number[];
}

function writeJudgmentOrder(db: Db, order: readonly number[]): void {
  const update = db.prepare('UPDATE judgments SET position = @position WHERE id = @id AND position <> @position');
  order.forEach((id, position) => update.run({ id, position }));
}

type StoredCitation = { highlightId: number; articleId: number; quote: string };

function storedCitations(db: Db, judgmentId: number): StoredCitation[] {
  return db
    .prepare('SELECT highlight_id AS highlightId, article_id AS articleId, quote FROM judgment_citations WHERE judgment_id = ? ORDER BY position')
    .all(judgmentId) as StoredCitation[];
}

function writeCitations(db: Db, judgmentId: number, citations: readonly StoredCitation[]): void {
  db.prepare('DELETE FROM judgment_citations WHERE judgment_id = ?').run(judgmentId);
  const insert = db.prepare(
    'INSERT INTO judgment_citations (judgment_id, position, highlight_id, article_id, quote) VALUES (@judgmentId, @position, @highlightId, @articleId, @quote)',
  );
  citations.forEach((citation, position) => insert.run({ judgmentId, position, ...citation }));
}

/** The requested highlights as the citation rules need them: article, words, and whether the article is in the briefing. */
function citableHighlights(db: Db, briefingId: number, highlightIds: readonly number[]): Map<number, CitableHighlight> {
  const rows = db
    .prepare(
      `SELECT h.id, h.article_id AS articleId, h.exact AS quote,
         EXISTS (SELECT 1 FROM briefing_items bi WHERE bi.briefing_id = ? AND bi.article_id = h.article_id) AS inBriefing
       FROM highlights h WHERE h.id IN (SELECT value FROM json_each(?))`,
    )
    .all(briefingId, JSON.stringify(highlightIds)) as Array<Omit<CitableHighlight, 'inBriefing'> & { inBriefing: number }>;
  return new Map(rows.map((row) => [row.id, { ...row, inBriefing: row.inBriefing === 1 }]));
}

function planOrThrow(db: Db, briefingId: number, current: readonly StoredCitation[], requested: readonly number[]): StoredCitation[] {
  const plan = planCitations(current, requested, citableHighlights(db, briefingId, requested));
  if (!plan.ok) throw new BriefingError('INVALID_ARGUMENTS', `${plan.reason} Nothing was changed.`);
  return plan.citations;
}

export interface NewJudgment {
  briefingId: number;
  text: string;
  likelihood: Likelihood;
  confidence: Confidence;
  /** Highlights of the briefing's articles, in the order they are cited. */
  highlightIds?: readonly number[] | undefined;
}

/** A judgment at the end of the briefing's list. */
export function createJudgment(db: Db, input: NewJudgment, now: string): Judgment {
  requireBriefing(db, input.briefingId);
  const order = judgmentOrder(db, input.briefingId);
  if (order.length >= MAX_JUDGMENTS_PER_BRIEFING) {
    throw new BriefingError('INVALID_ARGUMENTS', `A briefing holds at most ${MAX_JUDGMENTS_PER_BRIEFING} key judgments; merge or delete some first.`);
  }
  const citations = planOrThrow(db, input.briefingId, [], input.highlightIds ?? []);
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO judgments (briefing_id, position, text, likelihood, confidence, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(input.briefingId, order.length, input.text, input.likelihood, input.confidence, now, now);
  const id = Number(lastInsertRowid);
  writeCitations(db, id, citations);
  touchBriefing(db, input.briefingId, now);
  return getJudgment(db, id);
}

export interface JudgmentChanges {
  text?: string | undefined;
  likelihood?: Likelihood | undefined;
  confidence?: Confidence | undefined;
}

export function updateJudgment(db: Db, id: number, changes: JudgmentChanges, now: string): Judgment {
  const { briefing_id: briefingId } = judgmentRow(db, id);
  db.prepare(
    `UPDATE judgments SET
       text = coalesce(@text, text),
       likelihood = coalesce(@likelihood, likelihood),
       confidence = coalesce(@confidence, confidence),
       updated_at = @now
     WHERE id = @id`,
  ).run({ id, now, text: changes.text ?? null, likelihood: changes.likelihood ?? null, confidence: changes.confidence ?? null });
  touchBriefing(db, briefingId, now);
  return getJudgment(db, id);
}

/**
 * Sets what a judgment cites, in order. Citations it already holds may stay
 * whatever became of their highlights; new ones must be highlights of the
 * briefing's articles (shared/judgments.ts `planCitations`).
 */
export function setCitations(db: Db, id: number, highlightIds: readonly number[], now: string): Judgment {
  const { briefing_id: briefingId } = judgmentRow(db, id);
  writeCitations(db, id, planOrThrow(db, briefingId, storedCitations(db, id), highlightIds));
  db.prepare('UPDATE judgments SET updated_at = ? WHERE id = ?').run(now, id);
  touchBriefing(db, briefingId, now);
  return getJudgment(db, id);
}

/** Moves a judgment to `index` of its briefing's list (0 = first); the others close up around it. */
export function moveJudgment(db: Db, id: number, index: number, now: string): Judgment[] {
  const { briefing_id: briefingId } = judgmentRow(db, id);
  const moved = moveInOrder(judgmentOrder(db, briefingId), id, index);
  if (!moved.ok) {
    const count = judgmentOrder(db, briefingId).length;
    throw new BriefingError('INVALID_ARGUMENTS', `This briefing has ${count} key judgment${count === 1 ? '' : 's'}; there is no place ${index + 1}.`);
  }
  writeJudgmentOrder(db, moved.order);
  touchBriefing(db, briefingId, now);
  return listJudgments(db, briefingId);
}

function toDeleted(db: Db, row: JudgmentRow, position: number): DeletedJudgment {
  return {
    id: row.id,
    briefingId: row.briefing_id,
    position,
    text: row.text,
    likelihood: row.likelihood,
    confidence: row.confidence,
    citations: storedCitations(db, row.id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Deletes a judgment and returns all of it, for undo. */
export function deleteJudgment(db: Db, id: number, now: string): DeletedJudgment {
  const row = judgmentRow(db, id);
  const order = judgmentOrder(db, row.briefing_id);
  const deleted = toDeleted(db, row, order.indexOf(id));
  db.prepare('DELETE FROM judgments WHERE id = ?').run(id);
  writeJudgmentOrder(db, order.filter((other) => other !== id));
  touchBriefing(db, row.briefing_id, now);
  return deleted;
}

/**
 * Inserts a judgment as it was deleted, with its citations; returns its id.
 * It keeps its id when `keepId` and that id is still free, else takes a new one.
 */
function insertDeleted(db: Db, briefingId: number, judgment: DeletedJudgment, position: number, keepId = true): number {
  const idFree = keepId && db.prepare('SELECT 1 FROM judgments WHERE id = ?').get(judgment.id) === undefined;
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO judgments (id, briefing_id, position, text, likelihood, confidence, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(idFree ? judgment.id : null, briefingId, position, judgment.text, judgment.likelihood, judgment.confidence, judgment.createdAt, judgment.updatedAt);
  const id = Number(lastInsertRowid);
  writeCitations(db, id, judgment.citations);
  return id;
}

/** Undo of `deleteJudgment`: the judgment goes back to its place with its citations as they were. */
export function restoreJudgment(db: Db, judgment: DeletedJudgment, now: string): Judgment[] {
  requireBriefing(db, judgment.briefingId);
  const order = judgmentOrder(db, judgment.briefingId);
  if (order.length >= MAX_JUDGMENTS_PER_BRIEFING) {
    throw new BriefingError('INVALID_ARGUMENTS', `A briefing holds at most ${MAX_JUDGMENTS_PER_BRIEFING} key judgments; delete one to bring this one back.`);
  }
  const id = insertDeleted(db, judgment.briefingId, judgment, order.length);
  order.splice(Math.min(judgment.position, order.length), 0, id);
  writeJudgmentOrder(db, order);
  touchBriefing(db, judgment.briefingId, now);
  return listJudgments(db, judgment.briefingId);
}

/** Every judgment of a briefing as deleting it would give it back: kept with a deleted briefing, for its undo. */
export function judgmentsForUndo(db: Db, briefingId: number): DeletedJudgment[] {
  const rows = db.prepare('SELECT * FROM judgments WHERE briefing_id = ? ORDER BY position, id').all(briefingId) as JudgmentRow[];
  return rows.map((row, position) => toDeleted(db, row, position));
}

/** Puts a deleted briefing's judgments back, in their order, on the briefing `briefingId` (restored or a copy). */
export function restoreJudgments(db: Db, briefingId: number, judgments: readonly DeletedJudgment[]): void {
  [...judgments]
    .sort((a, b) => a.position - b.position)
    .slice(0, MAX_JUDGMENTS_PER_BRIEFING)
    .forEach((judgment, position) => insertDeleted(db, briefingId, judgment, position));
}

/** A judgment as a bundle brings it: its times, and citations already checked against the library. */
export interface ArrivingJudgment {
  text: string;
  likelihood: Likelihood;
  confidence: Confidence;
  createdAt: string;
  updatedAt: string;
  citations: StoredCitation[];
}

/**
 * Appends judgments that came in a bundle to a briefing, each unless the
 * briefing already has one with the same text written at the same time (the
 * same bundle imported again). Returns how many were added.
 */
export function appendArrivingJudgments(db: Db, briefingId: number, arriving: readonly ArrivingJudgment[]): number {
  const present = db.prepare('SELECT 1 FROM judgments WHERE briefing_id = ? AND text = ? AND created_at = ?').pluck();
  const order = judgmentOrder(db, briefingId);
  let added = 0;
  for (const judgment of arriving) {
    if (order.length + added >= MAX_JUDGMENTS_PER_BRIEFING) break;
    if (present.get(briefingId, judgment.text, judgment.createdAt) !== undefined) continue;
    insertDeleted(db, briefingId, { ...judgment, id: 0, briefingId, position: 0 }, order.length + added, false);
    added += 1;
  }
  return added;
}

/** Copies a briefing's judgments, with their citations as they stand, onto another briefing (its duplicate). */
export function copyJudgments(db: Db, fromBriefingId: number, toBriefingId: number): void {
  judgmentsForUndo(db, fromBriefingId).forEach((judgment, position) => insertDeleted(db, toBriefingId, judgment, position, false));
}
