/**
 * Changes a bundle would make to articles the library already has, kept as
 * offers (table `bundle_offers`) until the analyst accepts or dismisses each.
 * A bundle cannot claim a local article (its content hash is easy to compute)
 * and quietly append notes, highlights, tags, a grade or a stricter marking.
 */
import type { BundleOffer, BundleOfferChange } from '../../shared/bundle.ts';
import { MAX_CITATIONS_PER_JUDGMENT } from '../../shared/judgments.ts';
import { BriefingError } from '../../shared/result.ts';
import type { Db } from './open.ts';

/** Records an offer; the same change offered again (the same bundle twice) is one offer. Returns its id. */
export function offerChange(db: Db, articleId: number, bundleTitle: string, change: BundleOfferChange, now: string): number {
  const payload = JSON.stringify(change);
  db.prepare('INSERT INTO bundle_offers (article_id, bundle_title, kind, payload, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING').run(
    articleId,
    bundleTitle,
    change.kind,
    payload,
    now,
  );
  return db.prepare('SELECT id FROM bundle_offers WHERE article_id = ? AND kind = ? AND payload = ?').pluck().get(articleId, change.kind, payload) as number;
}

function describe(change: BundleOfferChange): string {
  const clip = (text: string) => (text.length > 120 ? `${text.slice(0, 119)}…` : text).replace(/\s+/g, ' ');
  switch (change.kind) {
    case 'note':
      return `add to the note: “${clip(change.body)}”`;
    case 'highlight':
      return `highlight “${clip(change.highlight.quote.exact)}” (${change.highlight.color}${change.highlight.note ? `, note “${clip(change.highlight.note)}”` : ''})`;
    case 'tags':
      return `tag it ${change.tags.join(', ')}`;
    case 'source-grade':
      return `grade the source ${change.grade}`;
    case 'marking':
      return `raise its marking to TLP:${change.marking}`;
  }
}

interface OfferRow {
  id: number;
  article_id: number;
  title: string;
  source_grade: BundleOffer['article']['sourceGrade'];
  marking: BundleOffer['article']['marking'];
  bundle_title: string;
  payload: string;
  created_at: string;
}

const toOffer = (row: OfferRow): BundleOffer => {
  const change = JSON.parse(row.payload) as BundleOfferChange;
  return {
    id: row.id,
    articleId: row.article_id,
    articleTitle: row.title,
    bundleTitle: row.bundle_title,
    createdAt: row.created_at,
    change,
    description: describe(change),
    article: { sourceGrade: row.source_grade, marking: row.marking },
  };
};

/** The offers waiting, oldest first; with `ids`, only those. */
export function listBundleOffers(db: Db, ids?: readonly number[]): BundleOffer[] {
  const rows = db
    .prepare(
      `SELECT o.id, o.article_id, a.title, a.source_grade, a.marking, o.bundle_title, o.payload, o.created_at FROM bundle_offers o JOIN articles a ON a.id = o.article_id
       WHERE @ids IS NULL OR o.id IN (SELECT value FROM json_each(@ids)) ORDER BY o.id`,
    )
    .all({ ids: ids ? JSON.stringify(ids) : null }) as OfferRow[];
  return rows.map(toOffer);
}

function tagId(db: Db, name: string): number {
  db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING').run(name);
  return db.prepare('SELECT id FROM tags WHERE name = ?').pluck().get(name) as number;
}

function applyHighlight(db: Db, articleId: number, change: Extract<BundleOfferChange, { kind: 'highlight' }>): void {
  const h = change.highlight;
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO highlights (article_id, exact, prefix, suffix, start_offset, end_offset, color, note, credibility, marking, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(articleId, h.quote.exact, h.quote.prefix, h.quote.suffix, h.position.start, h.position.end, h.color, h.note, h.credibility ?? null, h.marking ?? 'CLEAR', h.createdAt, h.updatedAt);
  const highlightId = Number(lastInsertRowid);
  for (const name of h.tags) db.prepare('INSERT INTO highlight_tags (highlight_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING').run(highlightId, tagId(db, name));
  for (const judgment of change.citedBy) {
    const judgmentId = db.prepare('SELECT id FROM judgments WHERE briefing_id = ? AND text = ? AND created_at = ?').pluck().get(judgment.briefingId, judgment.text, judgment.createdAt) as
      | number
      | undefined;
    if (judgmentId === undefined) continue;
    const count = db.prepare('SELECT count(*) FROM judgment_citations WHERE judgment_id = ?').pluck().get(judgmentId) as number;
    if (count >= MAX_CITATIONS_PER_JUDGMENT) continue;
    const position = db.prepare('SELECT coalesce(max(position) + 1, 0) FROM judgment_citations WHERE judgment_id = ?').pluck().get(judgmentId) as number;
    db.prepare('INSERT INTO judgment_citations (judgment_id, position, highlight_id, article_id, quote) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING').run(
      judgmentId,
      position,
      highlightId,
      articleId,
      h.quote.exact,
    );
  }
}

function apply(db: Db, articleId: number, change: BundleOfferChange, now: string): void {
  switch (change.kind) {
    case 'note': {
      const local = db.prepare('SELECT id, body FROM notes WHERE article_id = ? ORDER BY id LIMIT 1').get(articleId) as { id: number; body: string } | undefined;
      if (local === undefined) db.prepare('INSERT INTO notes (article_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)').run(articleId, change.body, now, now);
      else if (!local.body.includes(change.body)) db.prepare('UPDATE notes SET body = ?, updated_at = ? WHERE id = ?').run(`${local.body}\n\n---\n\n${change.body}`, now, local.id);
      return;
    }
    case 'highlight':
      return applyHighlight(db, articleId, change);
    case 'tags':
      for (const name of change.tags) db.prepare('INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING').run(articleId, tagId(db, name));
      return;
    case 'source-grade':
      db.prepare('UPDATE articles SET source_grade = ? WHERE id = ?').run(change.grade, articleId);
      return;
    case 'marking':
      db.prepare('UPDATE articles SET marking = ? WHERE id = ?').run(change.marking, articleId);
      return;
  }
}

function requireOffers(db: Db, ids: readonly number[]): BundleOffer[] {
  const offers = listBundleOffers(db, ids);
  if (offers.length !== new Set(ids).size) throw new BriefingError('NOT_FOUND', 'Some of these changes are no longer offered (accepted or dismissed already); reload the list.');
  return offers;
}

/** Applies the offers named, in the order they were made, and removes them from the list. */
export function acceptBundleOffers(db: Db, ids: readonly number[], now: string): { accepted: number } {
  const offers = requireOffers(db, ids);
  for (const offer of offers) apply(db, offer.articleId, offer.change, now);
  db.prepare('DELETE FROM bundle_offers WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(ids));
  return { accepted: offers.length };
}

/** Removes the offers named without applying them. */
export function dismissBundleOffers(db: Db, ids: readonly number[]): { dismissed: number } {
  const offers = requireOffers(db, ids);
  db.prepare('DELETE FROM bundle_offers WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(ids));
  return { dismissed: offers.length };
}
