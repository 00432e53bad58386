/**
 * The one contract between the renderer and the main process: every call with
 * its argument schema and result type, and every event main sends. The preload,
 * the IPC binding, the HTTP bridge and the renderer are all built from these
 * tables; nothing else crosses.
 */
import { z } from 'zod';
import {
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
  type Highlight,
  type PlacedHighlight,
  type LibraryInfo,
} from './model.ts';
import { importBatchSchema, type ImportOutcome, type ImportProgress } from './import.ts';
import { settingsPatchSchema, type Settings } from './settings.ts';
import { highlightColorSchema } from './highlights.ts';
import type { BriefingDocument } from './briefing-document.ts';
import type { Result } from './result.ts';
import { credibilitySchema, sourceGradeSchema } from './tradecraft/grades.ts';
import { ENTITY_KINDS } from './tradecraft/entity-key.ts';
import type { EntityDetail, EntitySummary, RefetchPreview, TimelineEvent } from './tradecraft/model.ts';

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
const highlightSchema = z
  .object({
    id: idSchema,
    articleId: idSchema,
    quote: z.object({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1).max(1_000_000), prefix: z.string().max(64), suffix: z.string().max(64) }).strict(),
    position: z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(1) }).strict(),
    color: highlightColorSchema,
    note,
    credibility: credibilitySchema.nullable(),
    marking: tlpMarkingSchema,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .strict();
const none = z.object({}).strict();

export const calls = {
  getLibraryInfo: call<LibraryInfo>()(none),

  listBriefings: call<BriefingSummary[]>()(none),
  getBriefing: call<Briefing>()(byId),
  createBriefing: call<Briefing>()(z.object({ title }).strict()),
  updateBriefing: call<Briefing>()(
    z
      .object({
        id: idSchema,
        title: title.optional(),
        author: z.string().trim().max(200, 'An author name is at most 200 characters.').optional(),
        summary: z.string().max(100_000, 'A summary is at most 100,000 characters.').optional(),
        marking: tlpMarkingSchema.optional(),
      })
      .strict(),
  ),

  /** The briefing with its full articles, highlights and notes: what the print view and exports draw. */
  getBriefingDocument: call<BriefingDocument>()(byId),

  listArticles: call<ArticlePage>()(
    z
      .object({
        briefingId: idSchema.optional(),
        status: readingStatusSchema.optional(),
        offset: z.number().int().min(0).max(10_000_000).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
  ),
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
  listEvents: call<TimelineEvent[]>()(
    z.object({ briefingId: idSchema.optional(), limit: z.number().int().min(1).max(5000).default(2000) }).strict(),
  ),

  /** Fetches a saved article's address again and shows what changed since it was captured. */
  refetchArticle: call<RefetchPreview>()(byId),
  /** Replaces the saved text with the fresh copy from `refetchArticle`; the old capture is kept. */
  replaceArticleText: call<{ articleId: number }>()(z.object({ id: idSchema, token: z.string().uuid() }).strict()),
  /** Keeps the saved version and forgets the fresh copy. */
  keepSavedVersion: call<{ discarded: boolean }>()(z.object({ token: z.string().uuid() }).strict()),

  getSettings: call<Settings>()(none),
  updateSettings: call<Settings>()(settingsPatchSchema),

  openExternal: call<{ opened: boolean }>()(z.object({ url: z.string().max(8192) }).strict()),
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
export type LibraryChangeKind = 'briefings' | 'articles' | 'highlights' | 'notes' | 'settings' | 'entities';

export interface Events {
  /** Something in the library changed; views showing these kinds reload. */
  libraryChanged: { kinds: LibraryChangeKind[] };
  /** An item of an import batch finished. */
  importProgress: ImportProgress;
}
export type EventName = keyof Events;
export const EVENT_NAMES: readonly EventName[] = ['libraryChanged', 'importProgress'];

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
