/**
 * The one contract between the renderer and the main process: every call with
 * its argument schema and result type, and every event main sends. The preload,
 * the IPC binding, the HTTP bridge and the renderer are all built from these
 * tables; nothing else crosses.
 */
import { z } from 'zod';
import {
  calendarDateSchema,
  idSchema,
  readingStatusSchema,
  type ReadingStatus,
  tlpMarkingSchema,
  type Article,
  type ArticleNote,
  type ArticleSummary,
  type ArticlePage,
  type Briefing,
  type BriefingSummary,
  type DeletedBriefing,
  type Highlight,
  type PlacedHighlight,
  type LibraryInfo,
} from './model.ts';
import { importBatchSchema, type ImportOutcome, type ImportProgress } from './import.ts';
import { settingsPatchSchema, type Settings } from './settings.ts';
import { highlightColorSchema } from './highlights.ts';
import type { BriefingDocument } from './briefing-document.ts';
import {
  articleFiltersSchema,
  articleSortSchema,
  deletedTagSchema,
  highlightFiltersSchema,
  sortDirectionSchema,
  tagNameSchema,
  taggableKindSchema,
  type DeletedTag,
  type EvidencePage,
  type SiteCount,
  type Tag,
} from './organize.ts';
import { exportRequestSchema, type ExportProgress, type ExportResult } from './export.ts';
import { importBundleRequestSchema, type BundleImportProgress, type BundleImportResult } from './bundle.ts';
import { bundleOfferIdsSchema, type BundleOffer } from './bundle.ts';
import type { Result } from './result.ts';
import type { AppInfo } from './about.ts';
import type { BackupInfo, BackupResult, LibraryStatus, RestoreResult } from './backup.ts';
import type { BriefingPlace } from './briefings.ts';
import {
  citedHighlightIdsSchema,
  confidenceSchema,
  deletedJudgmentSchema,
  judgmentTextSchema,
  likelihoodSchema,
  MAX_JUDGMENTS_PER_BRIEFING,
  type DeletedJudgment,
  type Judgment,
} from './judgments.ts';
import { searchRequestSchema, type SearchFacets, type SearchResult } from './search/model.ts';
import { credibilitySchema, sourceGradeSchema } from './tradecraft/grades.ts';
import { ENTITY_KINDS } from './tradecraft/entity-key.ts';
import type { LeftOutItem } from './tradecraft/handling.ts';
import type { CleanedCopyReview } from './textdump/review.ts';
import type { EntityDetail, EntitySummary, ExportContents, ExportDocument, RefetchPreview, TimelineEvent } from './tradecraft/model.ts';
import { articleDetailsSchema, type ArticleDeletionImpact, type DeletedArticles } from './articles.ts';

/**
 * A timeline event as the Timeline lists it. Whether its article has a
 * published date tells "give the article its date" from "a date that could
 * not be placed even so" ("in six years" told in the past).
 */
export type ListedEvent = TimelineEvent & { articleDated: boolean };

/**
 * Pairs an argument schema with a result type that exists only for the compiler:
 * `call<Briefing>()(schema)`.
 */
function call<Value>() {
  return <Args extends z.ZodType>(args: Args): { args: Args; value: Value } => ({
    args,
    value: undefined as Value,
  });
}

const title = z
  .string()
  .trim()
  .min(1, 'A title cannot be empty.')
  .max(300, 'A title is at most 300 characters.');
const byId = z.object({ id: idSchema }).strict();
const note = z.string().max(100_000, 'A note is at most 100,000 characters.');
/** Lines of a text copy: a 15 MB copy has fewer. */
const MAX_COPY_LINES = 10_000_000;
/** Lines one review may overrule: far more than a person puts back or leaves out by hand. */
const MAX_OVERRIDES = 50_000;
const unitIndices = z
  .array(z.number().int('A line is named by its index.').min(0).max(MAX_COPY_LINES))
  .max(MAX_OVERRIDES, `At most ${MAX_OVERRIDES.toLocaleString('en')} lines at once.`);
const reviewOverridesSchema = z.object({ putBack: unitIndices, leaveOut: unitIndices }).strict();
/** The fresh copy `refetchArticle` holds for a moment: a random UUID. */
const refetchTokenSchema = z.uuid('The re-fetched copy is named by a UUID.').max(36);

const highlightSchema = z
  .object({
    id: idSchema,
    articleId: idSchema,
    quote: z.object({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1).max(1_000_000), prefix: z.string().max(64), suffix: z.string().max(64) }).strict(),
    position: z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(1) }).strict(),
    color: highlightColorSchema,
    note,
    tags: z.array(z.object({ id: idSchema, name: z.string().max(100) }).strict()).max(1000).optional(),
    credibility: credibilitySchema.nullable(),
    marking: tlpMarkingSchema,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .strict();
const none = z.object({}).strict();
const author = z.string().trim().max(200, 'An author name is at most 200 characters.');
const summary = z.string().max(100_000, 'A summary is at most 100,000 characters.');
const isoTime = z.iso.datetime({ offset: true });
/** Briefings hold at most this many articles in one call's list. */
const MAX_ARTICLES_PER_CALL = 10_000;
const articleIds = z
  .array(idSchema)
  .min(1, 'Name at least one article.')
  .max(MAX_ARTICLES_PER_CALL, `At most ${MAX_ARTICLES_PER_CALL.toLocaleString('en')} articles at once.`);
const place = z.object({ articleId: idSchema, position: z.number().int().min(0).max(MAX_ARTICLES_PER_CALL), addedAt: isoTime }).strict();
const deletedBriefingSchema = z
  .object({
    briefing: z
      .object({
        id: idSchema,
        title,
        author,
        summary,
        marking: tlpMarkingSchema,
        date: calendarDateSchema,
        createdAt: isoTime,
        updatedAt: isoTime,
      })
      .strict(),
    items: z.array(place).max(MAX_ARTICLES_PER_CALL),
    notes: z.array(z.object({ id: idSchema, body: note, createdAt: isoTime, updatedAt: isoTime }).strict()).max(10_000),
    judgments: z.array(deletedJudgmentSchema).max(MAX_JUDGMENTS_PER_BRIEFING).optional(),
  })
  .strict();

export const calls = {
  /** The app's name and version, for the About view. */
  getAppInfo: call<AppInfo>()(none),
  getLibraryInfo: call<LibraryInfo>()(none),

  listBriefings: call<BriefingSummary[]>()(none),
  getBriefing: call<Briefing>()(byId),
  /** A new, empty briefing dated `date` (the analyst's today), else main's today. */
  createBriefing: call<Briefing>()(z.object({ title, date: calendarDateSchema.optional() }).strict()),
  updateBriefing: call<Briefing>()(
    z
      .object({
        id: idSchema,
        title: title.optional(),
        author: author.optional(),
        summary: summary.optional(),
        marking: tlpMarkingSchema.optional(),
        date: calendarDateSchema.optional(),
      })
      .strict(),
  ),
  /** A copy with the same fields, articles in order and notes, titled "… (copy)". */
  duplicateBriefing: call<Briefing>()(byId),
  /** Deletes a briefing (its articles stay in the library) and returns all of it, for undo. */
  deleteBriefing: call<DeletedBriefing>()(byId),
  /** Undo of a delete: the briefing comes back with its id, articles in order and notes. */
  restoreBriefing: call<Briefing>()(z.object({ deleted: deletedBriefingSchema }).strict()),
  /** Appends articles in the order given; those already in the briefing keep their place. */
  addArticlesToBriefing: call<{ briefing: Briefing; added: number[] }>()(z.object({ briefingId: idSchema, articleIds }).strict()),
  /** Takes articles out of a briefing (not out of the library); returns where they were, for undo. */
  removeArticlesFromBriefing: call<{ briefing: Briefing; removed: BriefingPlace[] }>()(z.object({ briefingId: idSchema, articleIds }).strict()),
  /** Undo of a removal: the articles go back to the places they held. */
  restoreArticlesToBriefing: call<Briefing>()(
    z.object({ briefingId: idSchema, places: z.array(place).min(1).max(MAX_ARTICLES_PER_CALL) }).strict(),
  ),
  /** Moves an article of the briefing to `index` (0 = first); positions stay 0..n-1. */
  moveArticleInBriefing: call<Briefing>()(
    z.object({ briefingId: idSchema, articleId: idSchema, index: z.number().int().min(0).max(MAX_ARTICLES_PER_CALL) }).strict(),
  ),

  /** The briefing's key judgments in order, each citation resolved: cited, outside the briefing, or missing. */
  listJudgments: call<Judgment[]>()(z.object({ briefingId: idSchema }).strict()),
  /** A key judgment at the end of the briefing's list; cited highlights must be in the briefing's articles. */
  createJudgment: call<Judgment>()(
    z
      .object({
        briefingId: idSchema,
        text: judgmentTextSchema,
        likelihood: likelihoodSchema,
        confidence: confidenceSchema,
        highlightIds: citedHighlightIdsSchema.optional(),
      })
      .strict(),
  ),
  /** Changes a judgment's words, term or confidence, and with `highlightIds` what it cites, in one step. */
  updateJudgment: call<Judgment>()(
    z
      .object({
        id: idSchema,
        text: judgmentTextSchema.optional(),
        likelihood: likelihoodSchema.optional(),
        confidence: confidenceSchema.optional(),
        highlightIds: citedHighlightIdsSchema.optional(),
      })
      .strict(),
  ),
  /** What the judgment cites, in order: citations it holds may stay as they are; new ones must be in the briefing. */
  setJudgmentCitations: call<Judgment>()(z.object({ id: idSchema, highlightIds: citedHighlightIdsSchema }).strict()),
  /** Moves a judgment to `index` of its briefing's list (0 = first); returns the list. */
  moveJudgment: call<Judgment[]>()(z.object({ id: idSchema, index: z.number().int().min(0).max(MAX_JUDGMENTS_PER_BRIEFING) }).strict()),
  /** Deletes a judgment and returns all of it, for undo. */
  deleteJudgment: call<DeletedJudgment>()(byId),
  /** Undo of a delete: the judgment goes back to its place; returns the briefing's list. */
  restoreJudgment: call<Judgment[]>()(z.object({ deleted: deletedJudgmentSchema }).strict()),

  /** The briefing with its full articles, highlights and notes: what the print view and exports draw. */
  getBriefingDocument: call<BriefingDocument>()(byId),
  /**
   * The briefing as every export sends it out: without the articles and
   * highlights marked more restrictively than the briefing (listed in
   * `leftOut`), with the entity index and timeline of the rest. The print view reads this.
   */
  getExportDocument: call<ExportDocument>()(byId),
  /** What an export of the briefing would leave out for its marking: the Export dialog warns with it. */
  listLeftOut: call<LeftOutItem[]>()(byId),

  /** Exports a briefing; main asks where to save it. Progress arrives as `exportProgress` events. */
  exportBriefing: call<ExportResult>()(exportRequestSchema),
  /** Shows a file this session exported in the system's file manager. */
  showExportedFile: call<{ shown: boolean }>()(z.object({ path: z.string().min(1).max(4096) }).strict()),
  /** Imports a .briefing bundle: a dropped file's bytes, or one main asks the person to choose. */
  importBundle: call<BundleImportResult>()(importBundleRequestSchema),

  /** A page of articles, filtered (shared/organize.ts) and sorted; saved newest first, or briefing order. */
  listArticles: call<ArticlePage>()(
    articleFiltersSchema.extend({
      sort: articleSortSchema.optional(),
      direction: sortDirectionSchema.optional(),
      offset: z.number().int().min(0).max(10_000_000).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }),
  ),
  /** Every site name in the library with its number of articles, for the site filter. */
  listSites: call<SiteCount[]>()(none),
  getArticle: call<Article>()(byId),
  setReadingStatus: call<Article>()(z.object({ id: idSchema, status: readingStatusSchema }).strict()),
  /** How far down the article the reader is, 0..1; an unread article becomes "reading". */
  setReadingPosition: call<{ readingStatus: ReadingStatus }>()(z.object({ id: idSchema, position: z.number().min(0).max(1) }).strict()),
  getArticleNote: call<ArticleNote | null>()(z.object({ articleId: idSchema }).strict()),
  /** Saves the analyst's Markdown note on an article; an empty note removes it. */
  saveArticleNote: call<ArticleNote | null>()(z.object({ articleId: idSchema, body: note }).strict()),

  /** The article's highlights, each placed in its current text or marked orphaned. */
  listHighlights: call<PlacedHighlight[]>()(z.object({ articleId: idSchema }).strict()),
  /** Highlights [start, end) of the article's plain text; main writes the quote from its own copy. */
  createHighlight: call<Highlight>()(
    z
      .object({
        articleId: idSchema,
        start: z.number().int().min(0).max(100_000_000),
        end: z.number().int().min(1).max(100_000_000),
        color: highlightColorSchema,
        note: note.optional(),
      })
      .strict()
      .refine((range) => range.end > range.start, { message: 'A highlight ends after it starts.', path: ['end'] }),
  ),
  updateHighlight: call<Highlight>()(z.object({ id: idSchema, color: highlightColorSchema.optional(), note: note.optional() }).strict()),
  /** Deletes a highlight and returns it, for undo. */
  deleteHighlight: call<Highlight>()(byId),
  /** Undo of a delete: the highlight comes back as it was. */
  restoreHighlight: call<Highlight>()(z.object({ highlight: highlightSchema }).strict()),

  /** Every highlight in the library, newest first, with its article: the evidence locker. */
  listAllHighlights: call<EvidencePage>()(
    highlightFiltersSchema.extend({
      offset: z.number().int().min(0).max(10_000_000).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }),
  ),
  /** Adds the articles of these highlights to a briefing (each once); says how many were new to it. */
  addHighlightsToBriefing: call<{ added: number; articles: number }>()(
    z.object({ briefingId: idSchema, highlightIds: z.array(idSchema).min(1).max(10_000) }).strict(),
  ),

  /** Every tag, A to Z, with how many articles and highlights carry it. */
  listTags: call<Tag[]>()(none),
  /** A new tag; a name in use (in any case) is a CONFLICT. */
  createTag: call<Tag>()(z.object({ name: tagNameSchema }).strict()),
  /** A name another tag has is a CONFLICT whose message offers the merge. */
  renameTag: call<Tag>()(z.object({ id: idSchema, name: tagNameSchema }).strict()),
  /** Moves everything tagged `sourceId` to `targetId`, deletes the source, returns the target. */
  mergeTags: call<Tag>()(z.object({ sourceId: idSchema, targetId: idSchema }).strict()),
  /** Deletes a tag (articles and highlights stay); returns what `restoreTag` needs to undo it. */
  deleteTag: call<DeletedTag>()(byId),
  /** Undoes a delete: the tag (made again if need be) goes back on the articles and highlights still in the library. */
  restoreTag: call<Tag>()(z.object({ deleted: deletedTagSchema }).strict()),
  /** Puts the tag named `name` (made if new) on many articles or highlights at once. */
  tagItems: call<Tag>()(
    z.object({ kind: taggableKindSchema, ids: z.array(idSchema).min(1).max(10_000), name: tagNameSchema }).strict(),
  ),
  /** Takes a tag off many articles or highlights at once. */
  untagItems: call<Tag>()(z.object({ kind: taggableKindSchema, ids: z.array(idSchema).min(1).max(10_000), tagId: idSchema }).strict()),
  /** Ranked search over articles, highlights and notes; an empty query lists recent articles. */
  search: call<SearchResult>()(searchRequestSchema),
  /** The library's sites and tags, for the search filters. */
  searchFacets: call<SearchFacets>()(none),

  /** Imports URLs, files and pasted text; resolves when the batch is done, with one outcome per item. */
  importBatch: call<ImportOutcome[]>()(importBatchSchema),
  cancelImport: call<{ cancelled: boolean }>()(z.object({ batchId: importBatchSchema.shape.batchId }).strict()),

  /** Grades the article's source on the Admiralty scale, A–F; null clears it. */
  setSourceGrade: call<ArticleSummary>()(z.object({ id: idSchema, grade: sourceGradeSchema.nullable() }).strict()),
  setArticleMarking: call<ArticleSummary>()(z.object({ id: idSchema, marking: tlpMarkingSchema }).strict()),
  /** Grades the highlighted information's credibility, 1–6; null clears it. */
  setHighlightCredibility: call<Highlight>()(z.object({ id: idSchema, credibility: credibilitySchema.nullable() }).strict()),
  setHighlightMarking: call<Highlight>()(z.object({ id: idSchema, marking: tlpMarkingSchema }).strict()),

  /** People, organizations and places in the library or one briefing, with how many articles name each. */
  listEntities: call<EntitySummary[]>()(
    z.object({ briefingId: idSchema.optional(), kind: z.enum(ENTITY_KINDS).optional() }).strict(),
  ),
  /** One entity and its mentions, each with its article, offsets and the text around it. */
  getEntity: call<EntityDetail>()(z.object({ id: idSchema, briefingId: idSchema.optional() }).strict()),
  renameEntity: call<EntitySummary>()(z.object({ id: idSchema, name: z.string().trim().min(1, 'A name cannot be empty.').max(300, 'A name is at most 300 characters.') }).strict()),
  /** Moves the other entities' mentions and spellings into `id`; the others are gone. */
  mergeEntities: call<EntitySummary>()(z.object({ id: idSchema, others: z.array(idSchema).min(1, 'Choose at least one entity to merge.').max(200) }).strict()),
  /** Takes a name out of the index, now and for articles saved later. */
  ignoreEntity: call<{ id: number }>()(byId),
  /** Dated events mentioned in the library's (or one briefing's) articles, by date. */
  listEvents: call<ListedEvent[]>()(
    z.object({ briefingId: idSchema.optional(), limit: z.number().int().min(1).max(5000).default(2000) }).strict(),
  ),

  // Issue 15: what an export prints of the entity index and the timeline.
  /** Leaves an entity out of exported entity indexes, or puts it back; the app's index still lists it. */
  setEntityHiddenInExport: call<EntitySummary>()(z.object({ id: idSchema, hidden: z.boolean() }).strict()),
  /** Leaves an event out of exported timelines, or puts it back. */
  setEventHiddenInExport: call<TimelineEvent>()(z.object({ id: idSchema, hidden: z.boolean() }).strict()),
  /** How many entities and events the briefing's PDF will print, and how many are hidden: the Export dialog says so. */
  getExportContents: call<ExportContents>()(byId),

  /** Fetches a saved article's address again and shows what changed since it was captured. */
  refetchArticle: call<RefetchPreview>()(byId),
  /** Replaces the saved text with the fresh copy from `refetchArticle`; the old capture is kept. */
  replaceArticleText: call<{ articleId: number }>()(z.object({ id: idSchema, token: refetchTokenSchema }).strict()),
  /** Keeps the saved version and forgets the fresh copy. */
  keepSavedVersion: call<{ discarded: boolean }>()(z.object({ token: refetchTokenSchema }).strict()),
  /** The original text copy an article was cleaned from, unit by unit with the cleaner's call; null when none was kept. */
  getCleanedCopyReview: call<CleanedCopyReview | null>()(z.object({ articleId: idSchema }).strict()),
  /** Rebuilds the article from its original copy with the analyst's overrides; the old capture is kept. */
  applyCleanedCopyReview: call<{ articleId: number; textChanged: boolean }>()(z.object({ articleId: idSchema, overrides: reviewOverridesSchema }).strict()),

  getSettings: call<Settings>()(none),
  updateSettings: call<Settings>()(settingsPatchSchema),

  openExternal: call<{ opened: boolean }>()(z.object({ url: z.string().max(8192) }).strict()),

  /** Whether the library is open, or why not and what can be done; the window asks this first. */
  getLibraryStatus: call<LibraryStatus>()(none),
  /** The library's backups, newest first. */
  listBackups: call<BackupInfo[]>()(none),
  backupNow: call<BackupResult>()(none),
  /** Sets the current library.db aside and puts the named backup in its place. */
  restoreBackup: call<RestoreResult>()(
    z.object({ name: z.string().regex(/^library-[0-9TZ-]+-[a-z0-9-]+\.db$/, 'Choose one of the listed backups.').max(80) }).strict(),
  ),
  /** Opens the library in another folder: the folder dialog in the app, a typed absolute path in the preview. */
  openLibraryFolder: call<LibraryStatus>()(z.object({ path: z.string().min(1).max(4096).optional() }).strict()),
  /** Ends the app (the recovery screen's Quit). */
  quitApp: call<{ quitting: boolean }>()(none),

  // Correcting and deleting articles (issue 14).
  /**
   * Corrects an article's title, byline, site, published date ("YYYY-MM-DD") or
   * address; an empty value (or null) clears all but the title. Names and dates
   * are read again. Checked by shared/articles.ts `readArticleDetails`.
   */
  updateArticleDetails: call<Article>()(articleDetailsSchema.extend({ id: idSchema }).strict()),
  /** What deleting these articles would take with it: briefings, highlights, notes, judgments citing them. */
  describeArticleDeletion: call<ArticleDeletionImpact>()(z.object({ ids: articleIds }).strict()),
  /** Deletes articles from the library; the token undoes it for a while (main keeps what was deleted). */
  deleteArticles: call<DeletedArticles>()(z.object({ ids: articleIds }).strict()),
  /** Undo of `deleteArticles`: the articles come back with their ids, places in briefings, highlights and notes. */
  restoreDeletedArticles: call<{ articles: ArticleSummary[] }>()(
    z.object({ token: z.uuid('The delete to undo is named by a UUID.').max(36) }).strict(),
  ),

  // Issue 17: recovery without rewriting, bundle changes offered before they apply.
  /** Opens the library as it is, after a write-ahead log that did not belong to it was moved aside. */
  openLibraryAsItIs: call<LibraryStatus>()(none),
  /** Changes bundles would make to articles already in the library, waiting for the analyst. */
  listBundleOffers: call<BundleOffer[]>()(none),
  /** Applies the named offers (and takes them off the list). */
  acceptBundleOffers: call<{ accepted: number }>()(bundleOfferIdsSchema),
  /** Takes the named offers off the list without applying them. */
  dismissBundleOffers: call<{ dismissed: number }>()(bundleOfferIdsSchema),
};

export type Calls = typeof calls;
export type CallName = keyof Calls;
export const CALL_NAMES = Object.keys(calls) as CallName[];

/** What the caller passes (defaults may be left out). */
export type CallArgs<K extends CallName> = z.input<Calls[K]['args']>;
/** What the handler receives after validation. */
export type ValidArgs<K extends CallName> = z.output<Calls[K]['args']>;
export type CallValue<K extends CallName> = Calls[K]['value'];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(calls, name);
}

/** Events main sends to the renderer, with their payloads. */
export type LibraryChangeKind = 'briefings' | 'articles' | 'highlights' | 'notes' | 'tags' | 'settings' | 'judgments' | 'entities';

export interface Events {
  /** Something in the library changed; views showing these kinds reload. */
  libraryChanged: { kinds: LibraryChangeKind[] };
  /** An item of an import batch finished. */
  importProgress: ImportProgress;
  /** An export moved on. */
  exportProgress: ExportProgress;
  /** A bundle import moved on. */
  bundleImportProgress: BundleImportProgress;
  /** The application menu's Help › About Briefing Reader: the window shows the About view. */
  showAbout: Record<string, never>;
}
export type EventName = keyof Events;
export const EVENT_NAMES: readonly EventName[] = ['libraryChanged', 'importProgress', 'exportProgress', 'bundleImportProgress', 'showAbout'];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name);
}

/** The object the preload puts on `window.briefing`, and the preview's bridge client too. */
export type BriefingApi = {
  [K in CallName]: (args: CallArgs<K>) => Promise<Result<CallValue<K>>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
};

/** IPC channel names, one per call; events share one channel prefix. */
export const callChannel = (name: CallName): string => `briefing:call:${name}`;
export const eventChannel = (name: EventName): string => `briefing:event:${name}`;
