/**
 * Writing a `.briefing` bundle (format: shared/bundle.ts): everything about
 * one briefing, read in one transaction so the bundle is one consistent
 * snapshot, zipped with fflate. JSON is deflated; images are stored as they
 * are (already compressed).
 */
import fs from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import packageJson from '../../package.json' with { type: 'json' };
import {
  articleEntryName,
  assetEntryName,
  BRIEFING_ENTRY,
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  MANIFEST_ENTRY,
  type BundleArticle,
  type BundleBriefing,
  type BundleHighlight,
  type BundleJudgment,
  type BundleManifest,
} from '../../shared/bundle.ts';
import type { ReadingStatus, TextDirection, TlpMarking } from '../../shared/model.ts';
import { BriefingError } from '../../shared/result.ts';
import type { Library } from '../library/library.ts';
import type { Db } from '../library/open.ts';
import type { HighlightRow } from '../library/highlights.ts';
import { listJudgments } from '../library/judgments.ts';
import type { SourceGrade } from '../../shared/tradecraft/grades.ts';
import { markingAllows } from '../../shared/tradecraft/handling.ts';

export interface BundleProgress {
  stage: string;
  fraction: number;
}

interface ArticleRow {
  id: number;
  url: string | null;
  canonical_url: string | null;
  title: string;
  byline: string | null;
  site_name: string | null;
  published_at: string | null;
  saved_at: string;
  lang: string | null;
  dir: TextDirection;
  excerpt: string | null;
  html: string;
  text: string;
  word_count: number;
  reading_status: ReadingStatus;
  reading_position: number;
  content_hash: string;
  source_grade: SourceGrade | null;
  marking: TlpMarking;
  added_at: string;
}

interface NoteRow {
  body: string;
  created_at: string;
  updated_at: string;
}

const toNote = (row: NoteRow) => ({ body: row.body, createdAt: row.created_at, updatedAt: row.updated_at });

/** The bundle's JSON for one briefing: its fields and its articles with everything on them. */
export function readBundleContents(db: Db, briefingId: number): { briefing: BundleBriefing; articles: BundleArticle[] } {
  const briefing = db.prepare('SELECT * FROM briefings WHERE id = ?').get(briefingId) as
    | { title: string; author: string; summary: string; marking: TlpMarking; created_at: string; updated_at: string }
    | undefined;
  if (!briefing) throw new BriefingError('NOT_FOUND', `There is no briefing with id ${briefingId} in this library.`);
  const rows = db
    .prepare(
      `SELECT a.*, bi.added_at FROM briefing_items bi JOIN articles a ON a.id = bi.article_id
       WHERE bi.briefing_id = ? ORDER BY bi.position, a.id`,
    )
    .all(briefingId) as ArticleRow[];
  const assets = db.prepare('SELECT sha256, mime, bytes, source_url FROM article_assets WHERE article_id = ? ORDER BY sha256');
  const highlights = db.prepare('SELECT * FROM highlights WHERE article_id = ? ORDER BY start_offset, id');
  const notes = db.prepare('SELECT body, created_at, updated_at FROM notes WHERE article_id = ? ORDER BY id');
  const articleTags = db.prepare('SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = ? ORDER BY t.name').pluck();
  const highlightTags = db.prepare('SELECT t.name FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id WHERE ht.highlight_id = ? ORDER BY t.name').pluck();

  /** Where each highlight sits in the bundle, for the judgments' citations: [article index, highlight index]. */
  const placeInBundle = new Map<number, BundleJudgment['citations'][number]>();
  // Only what the briefing's marking allows leaves the library (shared/tradecraft/handling.ts).
  const allowed = (marking: TlpMarking) => markingAllows(briefing.marking, marking);
  const articles = rows.filter((row) => allowed(row.marking)).map((row, articleIndex): BundleArticle => ({
    url: row.url,
    canonicalUrl: row.canonical_url,
    title: row.title,
    byline: row.byline,
    siteName: row.site_name,
    publishedAt: row.published_at,
    savedAt: row.saved_at,
    lang: row.lang,
    dir: row.dir,
    excerpt: row.excerpt,
    html: row.html,
    text: row.text,
    wordCount: row.word_count,
    readingStatus: row.reading_status,
    readingPosition: row.reading_position,
    contentHash: row.content_hash,
    addedAt: row.added_at,
    assets: (assets.all(row.id) as Array<{ sha256: string; mime: string; bytes: number; source_url: string | null }>).map((a) => ({
      sha256: a.sha256,
      mime: a.mime,
      bytes: a.bytes,
      sourceUrl: a.source_url,
    })),
    notes: (notes.all(row.id) as NoteRow[]).map(toNote),
    tags: articleTags.all(row.id) as string[],
    sourceGrade: row.source_grade,
    marking: row.marking,
    highlights: (highlights.all(row.id) as Omit<HighlightRow, 'article_id'>[])
      .filter((h) => allowed(h.marking))
      .map((h, highlightIndex): BundleHighlight => {
        placeInBundle.set(h.id, { article: articleIndex, highlight: highlightIndex });
        return {
          quote: { type: 'TextQuoteSelector', exact: h.exact, prefix: h.prefix, suffix: h.suffix },
          position: { type: 'TextPositionSelector', start: h.start_offset, end: h.end_offset },
          color: h.color,
          note: h.note,
          createdAt: h.created_at,
          updatedAt: h.updated_at,
          tags: highlightTags.all(h.id) as string[],
          credibility: h.credibility,
          marking: h.marking,
        };
      }),
  }));
  // Only passages the bundle carries can be cited in it (shared/bundle.ts).
  const judgments = listJudgments(db, briefingId).map(
    (judgment): BundleJudgment => ({
      text: judgment.text,
      likelihood: judgment.likelihood,
      confidence: judgment.confidence,
      createdAt: judgment.createdAt,
      updatedAt: judgment.updatedAt,
      citations: judgment.citations.flatMap((citation) => {
        const place = citation.status === 'cited' ? placeInBundle.get(citation.highlightId) : undefined;
        return place ? [place] : [];
      }),
    }),
  );
  const briefingNotes = (db.prepare('SELECT body, created_at, updated_at FROM notes WHERE briefing_id = ? ORDER BY id').all(briefingId) as NoteRow[]).map(toNote);
  return {
    briefing: {
      title: briefing.title,
      author: briefing.author,
      summary: briefing.summary,
      marking: briefing.marking,
      createdAt: briefing.created_at,
      updatedAt: briefing.updated_at,
      notes: briefingNotes,
      judgments,
      articles: articles.map((_article, index) => articleEntryName(index)),
    },
    articles,
  };
}

const json = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);

/** The bundle's bytes. A cached image missing from the assets folder is a damaged library: said, not skipped. */
export function createBundle(library: Library, briefingId: number, now: string, onProgress: (progress: BundleProgress) => void = () => undefined): Uint8Array {
  onProgress({ stage: 'Reading the briefing…', fraction: 0.05 });
  const { briefing, articles } = library.transaction((db) => readBundleContents(db, briefingId));
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    createdAt: now,
    app: { name: 'Briefing Reader', version: packageJson.version },
  };
  const files: Zippable = {
    [MANIFEST_ENTRY]: json(manifest),
    [BRIEFING_ENTRY]: json(briefing),
  };
  articles.forEach((article, index) => {
    files[articleEntryName(index)] = json(article);
  });
  const assets = new Map(articles.flatMap((article) => article.assets.map((asset) => [asset.sha256, asset] as const)));
  let done = 0;
  for (const asset of assets.values()) {
    const name = assetEntryName(asset.sha256, asset.mime);
    const file = path.join(library.files.assetsDir, path.basename(name));
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      throw new BriefingError('NOT_FOUND', `The cached image ${path.basename(name)} is missing from ${library.files.assetsDir}; the library may be damaged (run \`briefing check\`).`);
    }
    files[name] = [bytes, { level: 0 }];
    done += 1;
    onProgress({ stage: 'Packing images…', fraction: 0.1 + (0.6 * done) / assets.size });
  }
  onProgress({ stage: 'Compressing…', fraction: 0.75 });
  return zipSync(files, { level: 6, mtime: new Date(now) });
}
