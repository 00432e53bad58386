/**
 * Importing a `.briefing` bundle (format: shared/bundle.ts). A bundle comes
 * from outside, so nothing is written until all of it has been checked:
 *
 * 1. the file's size, then the zip's directory: how many entries, each name
 *    (no absolute, backslash, drive-letter or `..` paths, no duplicates, only
 *    the names a bundle has), and the sizes the zip declares — per entry, in
 *    total and as a compression ratio — all before anything is inflated;
 * 2. each entry inflated to exactly its declared size, every JSON file parsed
 *    and validated with strict schemas (an unknown or newer version is named
 *    as such), every image's sha256 checked against its name, every listed
 *    file present and no file left unlisted;
 * 3. article HTML sanitized with the reader's policy.
 *
 * Then the images are stored (content-addressed, through temporary files, so
 * harmless if what follows fails) and the rest is written in one transaction.
 *
 * Merging: an article already in the library (same text hash or canonical
 * address) is kept as it is and the bundle's highlights are added to it unless
 * one with the same passage, position, colour and note is there already. A
 * bundle's note on such an article is appended to the local note, unless the
 * local note already says it. The briefing is new, unless this library already
 * holds the same briefing (same title and creation time: it came from here, or
 * was imported before); then the bundle completes it instead of copying it.
 * A different briefing with the same title gets " (imported)" after its title.
 * Key judgments come with their citations re-pointed at the local highlights
 * (new, or the ones already there); a completed briefing does not take a
 * judgment it already has (same text, same time written).
 * Importing the same bundle twice therefore adds nothing the second time.
 * Such an article keeps its own source grade (taking the bundle's when it had
 * none) and takes the bundle's marking when that is stricter. Names and dates
 * are not carried: the library reads them from the articles it adds (the
 * backfill), so the analyst's entity merges and renames stay local.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, type UnzipFileInfo } from 'fflate';
import type { z } from 'zod';
import { ASSET_TYPES_BY_EXTENSION, IMAGE_TYPES } from '../../shared/assets.ts';
import {
  BRIEFING_ENTRY,
  BUNDLE_FORMAT,
  BUNDLE_LIMITS,
  BUNDLE_VERSION,
  bundleArticleSchema,
  bundleBriefingSchema,
  manifestSchema,
  MANIFEST_ENTRY,
  type BundleArticle,
  type BundleBriefing,
  type BundleImportSummary,
  type BundleManifest,
  type BundleOfferChange,
} from '../../shared/bundle.ts';
import type { TlpMarking } from '../../shared/model.ts';
import { BriefingError } from '../../shared/result.ts';
import type { SourceGrade } from '../../shared/tradecraft/grades.ts';
import { markingAllows } from '../../shared/tradecraft/handling.ts';
import { describeIssues } from '../api/dispatch.ts';
import type { BundleProgress } from '../export/bundle.ts';
import { offerChange } from '../library/bundle-offers.ts';
import type { BundleArticleHtml, SanitizedBundleArticle } from './bundle-articles.ts';
import { createExtractor, type Extractor } from './extractor.ts';
import { findDuplicate, insertArticle, insertAssets } from '../library/articles.ts';
import { addToBriefing, createBriefing, updateBriefing } from '../library/briefings.ts';
import { appendArrivingJudgments } from '../library/judgments.ts';
import type { Library } from '../library/library.ts';
import type { Db } from '../library/open.ts';
import { storeAsset } from './images.ts';

const MB = 1024 * 1024;
const megabytes = (bytes: number) => `${Math.ceil(bytes / MB).toLocaleString('en')} MB`;

function refuse(reason: string): BriefingError {
  return new BriefingError('INVALID_BUNDLE', `This bundle cannot be imported: ${reason}. Nothing was changed.`);
}

/** A checked bundle, ready to write. */
export interface CheckedBundle {
  manifest: BundleManifest;
  briefing: BundleBriefing;
  articles: BundleArticle[];
  /** Image bytes by sha256, each verified. */
  assets: Map<string, { bytes: Uint8Array; extension: string }>;
}

const ENTRY_NAME = /^(?:manifest\.json|briefing\.json|articles\/[1-9]\d{0,4}\.json|assets\/[0-9a-f]{64}\.[a-z]{3,4})$/;
/** Folder entries some zip tools add; they carry nothing. */
const FOLDER_ENTRIES = new Set(['articles/', 'assets/']);

/** Why this entry name is refused, or null if a bundle may have it. */
export function entryNameProblem(name: string): string | null {
  if (name === '' || name.includes('\0')) return 'an entry has an empty or invalid name';
  const shown = JSON.stringify(name.slice(0, 120));
  if (name.includes('\\')) return `the entry ${shown} has a backslash in its path`;
  if (name.startsWith('/')) return `the entry ${shown} has an absolute path`;
  if (/^[a-z]:/i.test(name)) return `the entry ${shown} names a drive`;
  if (name.split('/').some((part) => part === '..' || part === '.')) return `the entry ${shown} points outside the bundle (..)`;
  if (FOLDER_ENTRIES.has(name) || ENTRY_NAME.test(name)) return null;
  return `the entry ${shown} is not part of a Briefing Reader bundle`;
}

/**
 * Checks the zip's directory: entry count, names and declared sizes. Nothing
 * is inflated. The compression ratio is checked on every entry over
 * BUNDLE_LIMITS.ratioFloorBytes, and on all entries together against the
 * file's size, so a thousand small bombs are refused like one large one.
 */
function checkDirectory(entries: readonly UnzipFileInfo[], fileBytes: number): void {
  if (entries.length > BUNDLE_LIMITS.maxEntries) {
    throw refuse(`it holds ${entries.length.toLocaleString('en')} files, more than the ${BUNDLE_LIMITS.maxEntries.toLocaleString('en')} a bundle may hold`);
  }
  const seen = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    const problem = entryNameProblem(entry.name);
    if (problem) throw refuse(problem);
    if (seen.has(entry.name)) throw refuse(`the entry "${entry.name}" appears twice`);
    seen.add(entry.name);
    if (entry.compression !== 0 && entry.compression !== 8) throw refuse(`the entry "${entry.name}" uses a compression this app does not read`);
    if (entry.originalSize > BUNDLE_LIMITS.maxEntryBytes) {
      throw refuse(`"${entry.name}" would take ${megabytes(entry.originalSize)} unpacked; one file may take at most ${megabytes(BUNDLE_LIMITS.maxEntryBytes)}`);
    }
    if (entry.originalSize > BUNDLE_LIMITS.ratioFloorBytes && entry.originalSize / Math.max(1, entry.size) > BUNDLE_LIMITS.maxCompressionRatio) {
      throw refuse(`"${entry.name}" is compressed more than ${BUNDLE_LIMITS.maxCompressionRatio}:1, the mark of a zip bomb`);
    }
    total += entry.originalSize;
    if (total > BUNDLE_LIMITS.maxTotalBytes) throw refuse(`it would take more than ${megabytes(BUNDLE_LIMITS.maxTotalBytes)} unpacked`);
    if (total > fileBytes * BUNDLE_LIMITS.maxCompressionRatio + BUNDLE_LIMITS.ratioFloorBytes) {
      throw refuse(`its files together are compressed more than ${BUNDLE_LIMITS.maxCompressionRatio}:1, the mark of a zip bomb`);
    }
  }
}

function unzipChecked(bytes: Uint8Array): Map<string, Uint8Array> {
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        entries.push(entry);
        return false;
      },
    });
  } catch {
    throw refuse('it is not a zip file, or the zip is damaged');
  }
  checkDirectory(entries, bytes.byteLength);
  const declared = new Map(entries.map((entry) => [entry.name, entry.originalSize]));
  let files: Record<string, Uint8Array>;
  try {
    // Each entry inflates into a buffer of its declared size: a lying zip cannot grow past it.
    files = unzipSync(bytes, { filter: (entry) => !FOLDER_ENTRIES.has(entry.name) });
  } catch {
    throw refuse('an entry of the zip is damaged');
  }
  const inflated = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(files)) {
    if (data.byteLength !== declared.get(name)) throw refuse(`the entry "${name}" is damaged (its size is not the one declared)`);
    inflated.set(name, data);
  }
  return inflated;
}

function readJson(files: Map<string, Uint8Array>, name: string): unknown {
  const data = files.get(name);
  if (!data) throw refuse(`it has no ${name}`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw refuse(`${name} is not UTF-8 text`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw refuse(`${name} is not valid JSON (${(error as Error).message})`);
  }
}

function validate<S extends z.ZodType>(schema: S, value: unknown, name: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw refuse(`${name} does not have the expected content: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

function checkManifest(value: unknown): BundleManifest {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (raw.format !== BUNDLE_FORMAT) throw refuse('its manifest.json does not say it is a briefing bundle');
  if (typeof raw.version === 'number' && raw.version > BUNDLE_VERSION) {
    throw refuse(
      `it was made by a newer version of Briefing Reader (bundle version ${raw.version}; this version reads version ${BUNDLE_VERSION}). Update the app to import it`,
    );
  }
  if (raw.version !== BUNDLE_VERSION) throw refuse(`its version ${JSON.stringify(raw.version)} is not one this app knows`);
  return validate(manifestSchema, value, MANIFEST_ENTRY);
}

/** Sanitizes a bundle's article HTML off the main thread, under a time limit (Extractor.sanitizeBundleArticles). */
export type BundleArticleSanitizer = (articles: BundleArticleHtml[]) => Promise<SanitizedBundleArticle[]>;

/**
 * Everything checked, nothing written. The article HTML is sanitized by
 * `sanitize`; each article's `text` must be the text of that HTML, and its
 * content hash is computed from that text (the bundle's own is ignored): a
 * bundle cannot show one thing and claim, by hash, to be another article.
 */
export async function checkBundle(bytes: Uint8Array, sanitize: BundleArticleSanitizer): Promise<CheckedBundle> {
  const { articles: raw, ...rest } = checkBundleParts(bytes);
  const sanitized = await sanitize(raw.map((article) => ({ html: article.html, assets: article.assets.map((asset) => asset.sha256) })));
  const articles = raw.map((article, index) => {
    const name = rest.briefing.articles[index]!;
    const clean = sanitized[index]!;
    if (clean.text !== article.text) throw refuse(`the text in ${name} is not the text of its HTML: it was altered`);
    // The hash that says which article this is comes from the text, never from the bundle's word.
    return { ...article, html: clean.html, contentHash: createHash('sha256').update(article.text).digest('hex') };
  });
  return { ...rest, articles };
}

/** Every part of the bundle checked but the article HTML (sanitized by checkBundle). */
function checkBundleParts(bytes: Uint8Array): CheckedBundle {
  const files = unzipChecked(bytes);
  const manifest = checkManifest(readJson(files, MANIFEST_ENTRY));
  const briefing = validate(bundleBriefingSchema, readJson(files, BRIEFING_ENTRY), BRIEFING_ENTRY);

  const listed = new Set(briefing.articles);
  if (listed.size !== briefing.articles.length) throw refuse('briefing.json lists an article twice');
  for (const name of files.keys()) {
    if (name.startsWith('articles/') && !listed.has(name)) throw refuse(`${name} is not listed in briefing.json`);
  }
  const articles = briefing.articles.map((name) => {
    if (!files.has(name)) throw refuse(`briefing.json lists ${name}, which is not in the bundle`);
    return validate(bundleArticleSchema, readJson(files, name), name);
  });

  (briefing.judgments ?? []).forEach((judgment, index) => {
    const seen = new Set<string>();
    for (const { article, highlight } of judgment.citations) {
      if (articles[article]?.highlights[highlight] === undefined) {
        throw refuse(`key judgment ${index + 1} cites highlight ${highlight + 1} of article ${article + 1}, which the bundle does not have`);
      }
      if (seen.has(`${article}:${highlight}`)) throw refuse(`key judgment ${index + 1} cites the same highlight twice`);
      seen.add(`${article}:${highlight}`);
    }
  });

  const assets = new Map<string, { bytes: Uint8Array; extension: string }>();
  for (const [name, data] of files) {
    if (!name.startsWith('assets/')) continue;
    const [sha256, extension] = path.posix.basename(name).split('.') as [string, string];
    if (!ASSET_TYPES_BY_EXTENSION[extension]) throw refuse(`${name} is not an image type a bundle carries`);
    if (createHash('sha256').update(data).digest('hex') !== sha256) throw refuse(`${name} does not match its checksum: it was altered or damaged`);
    assets.set(sha256, { bytes: data, extension });
  }
  const used = new Set<string>();
  briefing.articles.forEach((name, index) => {
    for (const asset of articles[index]!.assets) {
      const file = assets.get(asset.sha256);
      if (!file || IMAGE_TYPES[asset.mime] !== file.extension) throw refuse(`${name} names the image ${asset.sha256.slice(0, 12)}…, which is not in the bundle`);
      if (file.bytes.byteLength !== asset.bytes) throw refuse(`${name} gives the wrong size for the image ${asset.sha256.slice(0, 12)}…`);
      used.add(asset.sha256);
    }
  });
  for (const sha256 of assets.keys()) {
    if (!used.has(sha256)) throw refuse(`the image ${sha256.slice(0, 12)}… is not used by any article`);
  }
  return { manifest, briefing, articles, assets };
}

/** Reads a bundle file, refusing one too large before reading it. */
export function readBundleFile(file: string): Uint8Array {
  let size: number;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new BriefingError('NOT_FOUND', `${file} is not a file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof BriefingError) throw error;
    throw new BriefingError('NOT_FOUND', `There is no file ${file}.`);
  }
  if (size > BUNDLE_LIMITS.maxFileBytes) {
    throw refuse(`the file is ${megabytes(size)}; a bundle may be at most ${megabytes(BUNDLE_LIMITS.maxFileBytes)}`);
  }
  return fs.readFileSync(file);
}

const highlightKey = (h: { exact: string; prefix: string; suffix: string; start: number; end: number; color: string; note: string }) =>
  JSON.stringify([h.exact, h.prefix, h.suffix, h.start, h.end, h.color, h.note]);

function tagIds(db: Db, names: readonly string[]): number[] {
  const insert = db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING');
  const find = db.prepare('SELECT id FROM tags WHERE name = ?').pluck();
  return names.map((name) => {
    insert.run(name);
    return find.get(name) as number;
  });
}

/** A title no other briefing has: the bundle's, or with " (imported)", " (imported 2)"… */
function freeTitle(db: Db, title: string): string {
  const taken = db.prepare('SELECT 1 FROM briefings WHERE title = ? COLLATE NOCASE').pluck();
  for (let n = 0; ; n++) {
    const suffix = n === 0 ? '' : n === 1 ? ' (imported)' : ` (imported ${n})`;
    const candidate = `${title.slice(0, 300 - suffix.length)}${suffix}`;
    if (taken.get(candidate) === undefined) return candidate;
  }
}

function writeBundle(db: Db, bundle: CheckedBundle, now: string): Omit<BundleImportSummary, 'imagesAdded'> {
  const { briefing } = bundle;
  const same = db.prepare('SELECT id FROM briefings WHERE title = ? AND created_at = ?').pluck().get(briefing.title, briefing.createdAt) as number | undefined;
  const briefingId = same ?? createBriefing(db, freeTitle(db, briefing.title), briefing.createdAt).id;
  if (same === undefined) updateBriefing(db, briefingId, { author: briefing.author, summary: briefing.summary, marking: briefing.marking }, briefing.updatedAt);

  const insertNote = db.prepare('INSERT INTO notes (article_id, briefing_id, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  const briefingNotes = new Set(db.prepare('SELECT body FROM notes WHERE briefing_id = ?').pluck().all(briefingId) as string[]);
  for (const note of briefing.notes) {
    if (!briefingNotes.has(note.body)) insertNote.run(null, briefingId, note.body, note.createdAt, note.updatedAt);
  }

  const inBriefing = db.prepare('SELECT 1 FROM briefing_items WHERE briefing_id = ? AND article_id = ?').pluck();
  const linkArticleTag = db.prepare('INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING');
  const linkHighlightTag = db.prepare('INSERT INTO highlight_tags (highlight_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING');
  const insertHighlight = db.prepare(
    `INSERT INTO highlights (article_id, exact, prefix, suffix, start_offset, end_offset, color, note, credibility, marking, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const evaluation = db.prepare('SELECT source_grade, marking FROM articles WHERE id = ?');
  const evaluate = db.prepare('UPDATE articles SET source_grade = ?, marking = ? WHERE id = ?');
  let articlesAdded = 0;
  let articlesMerged = 0;
  let highlightsAdded = 0;
  let highlightsSkipped = 0;
  let briefingChanged = same === undefined;
  /** The local highlight of each bundle highlight, by article index then highlight index: what the judgments cite. */
  const localHighlights: Array<Array<{ id: number; articleId: number; exact: string } | null>> = [];

  const offerIds = new Set<number>();
  const offer = (articleId: number, change: BundleOfferChange) => {
    offerIds.add(offerChange(db, articleId, briefing.title, change, now));
  };
  /** Highlights offered on articles already here, by article then highlight index: the judgments citing them wait with them. */
  const offeredHighlights = new Map<string, { articleId: number; change: Extract<BundleOfferChange, { kind: 'highlight' }> }>();

  for (const [articleIndex, article] of bundle.articles.entries()) {
    const existing = findDuplicate(db, { canonicalUrl: article.canonicalUrl, contentHash: article.contentHash });
    const rows = existing
      ? (db
          .prepare('SELECT id, exact, prefix, suffix, start_offset AS start, end_offset AS end, color, note FROM highlights WHERE article_id = ? ORDER BY id')
          .all(existing.id) as Array<Parameters<typeof highlightKey>[0] & { id: number }>)
      : [];
    const present = new Map(rows.map((row) => [highlightKey(row), row.id]));
    const local: Array<{ id: number; articleId: number; exact: string } | null> = [];
    let articleId: number;
    if (existing) {
      // The article stays as the analyst has it: what the bundle would change is offered, not applied.
      articleId = existing.id;
      articlesMerged += 1;
      const localNote = db.prepare('SELECT body FROM notes WHERE article_id = ? ORDER BY id LIMIT 1').pluck().get(articleId) as string | undefined;
      for (const note of article.notes) if (!localNote?.includes(note.body)) offer(articleId, { kind: 'note', body: note.body });
      const localTags = new Set(db.prepare('SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = ?').pluck().all(articleId) as string[]);
      const newTags = article.tags.filter((tag) => !localTags.has(tag));
      if (newTags.length > 0) offer(articleId, { kind: 'tags', tags: newTags });
      const here = evaluation.get(articleId) as { source_grade: SourceGrade | null; marking: TlpMarking };
      if (article.sourceGrade && article.sourceGrade !== here.source_grade) offer(articleId, { kind: 'source-grade', grade: article.sourceGrade });
      const marking = article.marking ?? 'CLEAR';
      if (!markingAllows(here.marking, marking)) offer(articleId, { kind: 'marking', marking });
      for (const [highlightIndex, h] of article.highlights.entries()) {
        const id = present.get(highlightKey({ ...h.quote, ...h.position, color: h.color, note: h.note }));
        if (id !== undefined) {
          local.push({ id, articleId, exact: h.quote.exact });
          highlightsSkipped += 1;
        } else {
          local.push(null);
          offeredHighlights.set(`${articleIndex}:${highlightIndex}`, { articleId, change: { kind: 'highlight', highlight: h, citedBy: [] } });
        }
      }
    } else {
      articleId = insertArticle(db, article);
      db.prepare('UPDATE articles SET reading_status = ?, reading_position = ? WHERE id = ?').run(article.readingStatus, article.readingPosition, articleId);
      for (const note of article.notes) insertNote.run(articleId, null, note.body, note.createdAt, note.updatedAt);
      articlesAdded += 1;
      evaluate.run(article.sourceGrade ?? null, article.marking ?? 'CLEAR', articleId);
      insertAssets(db, articleId, article.assets);
      for (const tagId of tagIds(db, article.tags)) linkArticleTag.run(articleId, tagId);
      for (const h of article.highlights) {
        const key = highlightKey({ ...h.quote, ...h.position, color: h.color, note: h.note });
        const existing = present.get(key);
        if (existing !== undefined) {
          local.push({ id: existing, articleId, exact: h.quote.exact });
          highlightsSkipped += 1;
          continue;
        }
        const { lastInsertRowid } = insertHighlight.run(
          articleId,
          h.quote.exact,
          h.quote.prefix,
          h.quote.suffix,
          h.position.start,
          h.position.end,
          h.color,
          h.note,
          h.credibility ?? null,
          h.marking ?? 'CLEAR',
          h.createdAt,
          h.updatedAt,
        );
        const id = Number(lastInsertRowid);
        present.set(key, id);
        local.push({ id, articleId, exact: h.quote.exact });
        for (const tagId of tagIds(db, h.tags)) linkHighlightTag.run(id, tagId);
        highlightsAdded += 1;
      }
    }
    localHighlights.push(local);
    if (inBriefing.get(briefingId, articleId) === undefined) {
      addToBriefing(db, briefingId, articleId, same === undefined ? article.addedAt : now);
      briefingChanged = true;
    }
  }
  const arriving = briefing.judgments ?? [];
  const judgmentsAdded = appendArrivingJudgments(
    db,
    briefingId,
    arriving.map((judgment) => ({
      ...judgment,
      // Two of the bundle's highlights may be one local highlight: it is cited once. An offered one is cited when accepted.
      citations: [
        ...new Map(
          judgment.citations.flatMap(({ article, highlight }) => {
            const here = localHighlights[article]![highlight];
            if (!here) return [];
            return [[here.id, { highlightId: here.id, articleId: here.articleId, quote: here.exact }] as const];
          }),
        ).values(),
      ],
    })),
  );
  for (const judgment of arriving) {
    for (const { article, highlight } of judgment.citations) {
      offeredHighlights.get(`${article}:${highlight}`)?.change.citedBy.push({ briefingId, text: judgment.text, createdAt: judgment.createdAt });
    }
  }
  for (const { articleId, change } of offeredHighlights.values()) offer(articleId, change);
  if (judgmentsAdded > 0) briefingChanged = true;
  // A new briefing keeps the bundle's times; a completed one was changed now.
  if (briefingChanged) db.prepare('UPDATE briefings SET updated_at = ? WHERE id = ?').run(same === undefined ? briefing.updatedAt : now, briefingId);
  const title = db.prepare('SELECT title FROM briefings WHERE id = ?').pluck().get(briefingId) as string;
  return {
    briefingId,
    briefingTitle: title,
    briefingMerged: same !== undefined,
    articlesAdded,
    articlesMerged,
    highlightsAdded,
    highlightsSkipped,
    judgmentsAdded,
    changesOffered: offerIds.size,
    offerIds: [...offerIds],
  };
}

/**
 * Checks a bundle, then adds it to the library; a bundle that fails any check changes nothing.
 * @throws BriefingError('INVALID_BUNDLE') saying what is wrong with it.
 */
export async function importBundle(
  library: Library,
  bytes: Uint8Array,
  options: {
    now: string;
    onProgress?: (progress: BundleProgress) => void;
    /** The import worker that sanitizes the articles; without one, a worker is started for this bundle. */
    extractor?: Extractor;
    /** How the bundle is named in messages. */
    label?: string;
  },
): Promise<BundleImportSummary> {
  const progress = options.onProgress ?? (() => undefined);
  progress({ stage: 'Checking the bundle…', fraction: 0.1 });
  const extractor = options.extractor ?? createExtractor();
  let bundle: CheckedBundle;
  try {
    bundle = await checkBundle(bytes, (articles) => extractor.sanitizeBundleArticles(articles, options.label ?? 'the bundle'));
  } catch (error) {
    // The worker's time limit: the HTML is refused as the bundle's fault, like any other check.
    if (error instanceof BriefingError && error.code === 'INVALID_ARGUMENTS') {
      throw refuse(`checking its articles took longer than the import time limit and was stopped, so their HTML is too complex for a briefing`);
    }
    throw error;
  } finally {
    if (!options.extractor) await extractor.close();
  }
  progress({ stage: 'Saving images…', fraction: 0.5 });
  let imagesAdded = 0;
  for (const [sha256, { bytes: image, extension }] of bundle.assets) {
    if (!fs.existsSync(path.join(library.files.assetsDir, `${sha256}.${extension}`))) imagesAdded += 1;
    storeAsset(library.files.assetsDir, image, extension);
  }
  progress({ stage: 'Adding to the library…', fraction: 0.8 });
  const summary = library.transaction((db) => writeBundle(db, bundle, options.now));
  progress({ stage: 'Done', fraction: 1 });
  return { ...summary, imagesAdded };
}
