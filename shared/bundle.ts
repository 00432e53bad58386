/**
 * The `.briefing` bundle: a zip carrying one briefing with its articles,
 * cached images, highlights, notes and tags, source grades, credibility grades
 * and handling markings, to hand to a colleague offline.
 *
 *   manifest.json          { format: 'briefing-bundle', version: 1, createdAt, app }
 *   briefing.json          the briefing's fields, its own notes, its key judgments, and its articles in order
 *   articles/<n>.json      every field of one article, its assets, notes, tags and highlights
 *   assets/<sha256>.<ext>  cached images, named by the sha256 of their bytes
 *
 * A bundle comes from outside: every part is checked against these strict
 * schemas and limits before anything is written.
 */
import { z } from 'zod';
import { IMAGE_TYPES } from './assets.ts';
import { highlightColorSchema } from './highlights.ts';
import { readingStatusSchema, tlpMarkingSchema } from './model.ts';
import { confidenceSchema, likelihoodSchema, MAX_CITATIONS_PER_JUDGMENT, MAX_JUDGMENTS_PER_BRIEFING } from './judgments.ts';
import { credibilitySchema, sourceGradeSchema } from './tradecraft/grades.ts';

export const BUNDLE_FORMAT = 'briefing-bundle';
export const BUNDLE_VERSION = 1;
export const BUNDLE_EXTENSION = '.briefing';

/** Limits checked before anything is inflated: sizes as the zip declares them, then as inflated. */
export const BUNDLE_LIMITS = {
  /** The bundle file itself. */
  maxFileBytes: 512 * 1024 * 1024,
  maxEntries: 5_000,
  /** One entry, inflated. */
  maxEntryBytes: 64 * 1024 * 1024,
  /** All entries, inflated. */
  maxTotalBytes: 1024 * 1024 * 1024,
  /** Inflated ÷ compressed, for each entry over ratioFloorBytes and for all together: beyond this it is a zip bomb, not a briefing. */
  maxCompressionRatio: 200,
  /** Entries this small may compress further (a short JSON file of repeated fields). */
  ratioFloorBytes: 64 * 1024,
  maxArticles: 2_000,
} as const;

export const MANIFEST_ENTRY = 'manifest.json';
export const BRIEFING_ENTRY = 'briefing.json';

export function articleEntryName(index: number): string {
  return `articles/${index + 1}.json`;
}

export function assetEntryName(sha256: string, mime: string): string {
  return `assets/${sha256}.${IMAGE_TYPES[mime] ?? 'bin'}`;
}

const iso = z.iso.datetime({ offset: true });
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 in lowercase hex');
const shortText = (max: number) => z.string().max(max, `must be at most ${max.toLocaleString('en')} characters`);
const note = shortText(100_000);
const tags = z.array(z.string().trim().min(1).max(100)).max(200);
const noteRecord = z.object({ body: note.min(1), createdAt: iso, updatedAt: iso }).strict();

export const manifestSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    version: z.literal(BUNDLE_VERSION),
    createdAt: iso,
    app: z.object({ name: shortText(100), version: shortText(50) }).strict(),
  })
  .strict();
export type BundleManifest = z.infer<typeof manifestSchema>;

/**
 * A key judgment in a bundle. A citation names a highlight by where it sits in
 * the bundle: the article's index in `articles` and the highlight's index in
 * that article's `highlights` (both from 0). A bundle carries the evidence it
 * ships: a citation of a deleted highlight, or of an article no longer in the
 * briefing, is left out of it, since the colleague could not read the passage.
 */
const bundleJudgmentSchema = z
  .object({
    text: z.string().trim().min(1).max(2_000),
    likelihood: likelihoodSchema,
    confidence: confidenceSchema,
    createdAt: iso,
    updatedAt: iso,
    citations: z
      .array(z.object({ article: z.number().int().min(0).max(BUNDLE_LIMITS.maxArticles), highlight: z.number().int().min(0).max(10_000) }).strict())
      .max(MAX_CITATIONS_PER_JUDGMENT),
  })
  .strict();
export type BundleJudgment = z.infer<typeof bundleJudgmentSchema>;

export const bundleBriefingSchema = z
  .object({
    title: z.string().trim().min(1).max(300),
    author: shortText(200),
    summary: shortText(100_000),
    marking: tlpMarkingSchema,
    createdAt: iso,
    updatedAt: iso,
    notes: z.array(noteRecord).max(1_000),
    /** Absent from bundles made before key judgments existed. */
    judgments: z.array(bundleJudgmentSchema).max(MAX_JUDGMENTS_PER_BRIEFING).optional(),
    /** The article entries, in the briefing's order. */
    articles: z.array(z.string().regex(/^articles\/[1-9]\d{0,4}\.json$/)).max(BUNDLE_LIMITS.maxArticles),
  })
  .strict();
export type BundleBriefing = z.infer<typeof bundleBriefingSchema>;

const bundleHighlightSchema = z
  .object({
    quote: z
      .object({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1).max(1_000_000), prefix: shortText(64), suffix: shortText(64) })
      .strict(),
    position: z
      .object({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0).max(100_000_000), end: z.number().int().min(1).max(100_000_000) })
      .strict()
      .refine((p) => p.end > p.start, 'a highlight ends after it starts'),
    color: highlightColorSchema,
    note,
    createdAt: iso,
    updatedAt: iso,
    tags,
    /** Information credibility, 1–6 (absent in bundles made before grades). */
    credibility: credibilitySchema.nullable().optional(),
    /** TLP marking of the highlight (absent: CLEAR). */
    marking: tlpMarkingSchema.optional(),
  })
  .strict();
export type BundleHighlight = z.infer<typeof bundleHighlightSchema>;

const urlText = shortText(8192).nullable();

export const bundleArticleSchema = z
  .object({
    url: urlText,
    canonicalUrl: urlText,
    title: z.string().min(1).max(2_000),
    byline: shortText(1_000).nullable(),
    siteName: shortText(1_000).nullable(),
    publishedAt: shortText(64).nullable(),
    savedAt: shortText(64),
    lang: shortText(35).nullable(),
    dir: z.enum(['ltr', 'rtl']),
    excerpt: shortText(10_000).nullable(),
    html: shortText(20_000_000),
    text: shortText(10_000_000),
    wordCount: z.number().int().min(0).max(10_000_000),
    readingStatus: readingStatusSchema,
    readingPosition: z.number().min(0).max(1),
    contentHash: sha256,
    /** When it was added to the briefing. */
    addedAt: shortText(64),
    assets: z
      .array(
        z
          .object({
            sha256,
            mime: z.enum(Object.keys(IMAGE_TYPES) as [string, ...string[]]),
            bytes: z.number().int().min(0).max(BUNDLE_LIMITS.maxEntryBytes),
            sourceUrl: urlText,
          })
          .strict(),
      )
      .max(500),
    notes: z.array(noteRecord).max(100),
    tags,
    highlights: z.array(bundleHighlightSchema).max(10_000),
    /** Source reliability, A–F (absent in bundles made before grades). */
    sourceGrade: sourceGradeSchema.nullable().optional(),
    /** TLP marking of the article (absent: CLEAR). */
    marking: tlpMarkingSchema.optional(),
  })
  .strict();
export type BundleArticle = z.infer<typeof bundleArticleSchema>;

/** What importing a bundle did, for the person who asked. */
export interface BundleImportSummary {
  briefingId: number;
  briefingTitle: string;
  /** True when the bundle's briefing was already here (imported before) and was completed, not copied. */
  briefingMerged: boolean;
  articlesAdded: number;
  /** Articles already in the library (same text or address): kept as they are; what the bundle adds to them is offered. */
  articlesMerged: number;
  /** Highlights added with the articles that are new here. */
  highlightsAdded: number;
  /** Highlights already there with the same passage, colour and note. */
  highlightsSkipped: number;
  /** Key judgments added (those already on a completed briefing are not added again). */
  judgmentsAdded: number;
  imagesAdded: number;
  /** Changes the bundle would make to articles already here: offered (listBundleOffers), not applied. */
  changesOffered: number;
  /** Those offers' ids (an offer made by an earlier import of the same change keeps its id). */
  offerIds: number[];
}

/** A bundle dropped on the window crosses as base64; larger ones are opened with "Open briefing bundle…". */
export const MAX_DROPPED_BUNDLE_BYTES = 128 * 1024 * 1024;

export const importBundleRequestSchema = z
  .object({
    /** Chosen by the renderer, so it can follow this import's progress events. */
    importId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'An import id is 8 to 64 letters, digits, _ or -.'),
    /** A dropped file's bytes; without it, main asks the person to choose a bundle. */
    file: z
      .object({
        name: z.string().min(1).max(1_000),
        data: z.base64().max(Math.ceil(MAX_DROPPED_BUNDLE_BYTES / 3) * 4 + 4, 'A dropped bundle may be at most 128 MB; use "Open briefing bundle…" for a larger one.'),
      })
      .strict()
      .optional(),
  })
  .strict();

export type BundleImportResult = { cancelled: true } | ({ cancelled: false } & BundleImportSummary);

export interface BundleImportProgress {
  importId: string;
  stage: string;
  fraction: number;
}

/**
 * A change a bundle would make to an article the library already had. It is
 * not applied: the analyst sees it in a list and accepts or dismisses it.
 */
export type BundleOfferChange =
  | { kind: 'note'; body: string }
  | {
      kind: 'highlight';
      highlight: BundleHighlight;
      /** The bundle's key judgments (in the briefing it arrived with) that cite this highlight: cited again once it is accepted. */
      citedBy: Array<{ briefingId: number; text: string; createdAt: string }>;
    }
  | { kind: 'tags'; tags: string[] }
  | { kind: 'source-grade'; grade: NonNullable<BundleArticle['sourceGrade']> }
  | { kind: 'marking'; marking: NonNullable<BundleArticle['marking']> };

export interface BundleOffer {
  id: number;
  articleId: number;
  articleTitle: string;
  /** The title of the briefing the bundle carried. */
  bundleTitle: string;
  createdAt: string;
  change: BundleOfferChange;
  /** The change in one line, for the list. */
  description: string;
  /** The article's grade and marking now, so a change to either reads "from → to". */
  article: { sourceGrade: NonNullable<BundleArticle['sourceGrade']> | null; marking: NonNullable<BundleArticle['marking']> };
}

export const bundleOfferIdsSchema = z.object({ ids: z.array(z.number().int().positive()).min(1).max(10_000) }).strict();
