/**
 * Organizing the library: tags, the list's sort orders and filters, and the
 * evidence locker's filters. One set of schemas, so that the article list and
 * search filter the library the same way.
 */
import { z } from 'zod';
import { highlightColorSchema } from './highlights.ts';
import { calendarDateSchema, idSchema, readingStatusSchema, tlpMarkingSchema, type ArticleSummary, type Highlight, type TagRef } from './model.ts';
import { credibilitySchema, sourceGradeSchema } from './tradecraft/grades.ts';

export const TAG_NAME_MAX = 100;

/** A tag name as the library stores it: trimmed, inner runs of white space made one space, 1–100 characters. */
export const tagNameSchema = z
  .string()
  .max(TAG_NAME_MAX * 10, `A tag name is at most ${TAG_NAME_MAX} characters.`)
  .transform((name) => name.trim().replace(/\s+/g, ' '))
  .pipe(z.string().min(1, 'A tag needs a name.').max(TAG_NAME_MAX, `A tag name is at most ${TAG_NAME_MAX} characters.`));

export interface Tag extends TagRef {
  /** Articles the tag is on. */
  articleCount: number;
  highlightCount: number;
  /** Articles the tag lists when opened, its count in the sidebar: those it is on, and those with a highlight it is on. */
  listedArticleCount: number;
}

/** How many articles, and how many highlights, a tag's undo puts it back on: five times the largest library we bench. */
const MAX_TAG_UNDO_ITEMS = 50_000;

/** A deleted tag as its undo brings it back: its name and what carried it. */
export const deletedTagSchema = z
  .object({
    name: tagNameSchema,
    articleIds: z.array(idSchema).max(MAX_TAG_UNDO_ITEMS, `A tag's undo puts it back on at most ${MAX_TAG_UNDO_ITEMS.toLocaleString('en')} articles.`),
    highlightIds: z.array(idSchema).max(MAX_TAG_UNDO_ITEMS, `A tag's undo puts it back on at most ${MAX_TAG_UNDO_ITEMS.toLocaleString('en')} highlights.`),
  })
  .strict();
export type DeletedTag = z.infer<typeof deletedTagSchema>;

/** What a tag is put on. */
export const TAGGABLE_KINDS = ['article', 'highlight'] as const;
export const taggableKindSchema = z.enum(TAGGABLE_KINDS);
export type TaggableKind = z.infer<typeof taggableKindSchema>;

export const ARTICLE_SORTS = ['saved', 'published', 'title', 'site'] as const;
export const articleSortSchema = z.enum(ARTICLE_SORTS);
export type ArticleSort = z.infer<typeof articleSortSchema>;
export const sortDirectionSchema = z.enum(['asc', 'desc']);
export type SortDirection = z.infer<typeof sortDirectionSchema>;

/** Dates read newest first; names read A to Z. */
export const DEFAULT_SORT_DIRECTION: Record<ArticleSort, SortDirection> = {
  saved: 'desc',
  published: 'desc',
  title: 'asc',
  site: 'asc',
};

export const SORT_LABELS: Record<ArticleSort, string> = {
  saved: 'Date saved',
  published: 'Date published',
  title: 'Title',
  site: 'Site',
};

/** A calendar day, `YYYY-MM-DD`; ranges include both ends. */

const site = z.string().trim().min(1).max(300, 'A site name is at most 300 characters.');

/** Filters on the article list (and on search results). Every one narrows; none set lists everything. */
export const articleFiltersSchema = z
  .object({
    briefingId: idSchema.optional(),
    tagId: idSchema.optional(),
    site: site.optional(),
    status: readingStatusSchema.optional(),
    savedFrom: calendarDateSchema.optional(),
    savedTo: calendarDateSchema.optional(),
    publishedFrom: calendarDateSchema.optional(),
    publishedTo: calendarDateSchema.optional(),
    /** Articles with at least one highlight of this colour. */
    highlightColor: highlightColorSchema.optional(),
    /** Articles with a note: on the article itself or on one of its highlights. */
    hasNotes: z.boolean().optional(),
    /** Articles whose source is graded this (A–F). */
    sourceGrade: sourceGradeSchema.optional(),
    /** Articles with this handling marking. */
    marking: tlpMarkingSchema.optional(),
  })
  .strict();
export type ArticleFilters = z.infer<typeof articleFiltersSchema>;

/** Filters on the evidence locker: every highlight in the library. */
export const highlightFiltersSchema = z
  .object({
    color: highlightColorSchema.optional(),
    tagId: idSchema.optional(),
    briefingId: idSchema.optional(),
    site: site.optional(),
    /** Words in the quote or the note (plain containment, any case). */
    text: z.string().trim().min(1).max(200, 'Search the locker with at most 200 characters.').optional(),
    /** Highlights in articles whose source is graded this (A–F). */
    sourceGrade: sourceGradeSchema.optional(),
    /** Highlights graded this credible (1–6). */
    credibility: credibilitySchema.optional(),
    /** Highlights with this handling marking. */
    marking: tlpMarkingSchema.optional(),
  })
  .strict();
export type HighlightFilters = z.infer<typeof highlightFiltersSchema>;

/** One row of the evidence locker: a highlight and where it comes from. */
export interface EvidenceItem {
  highlight: Highlight;
  article: Pick<ArticleSummary, 'id' | 'title' | 'siteName' | 'url' | 'publishedAt' | 'savedAt' | 'sourceGrade'>;
}

export interface EvidencePage {
  items: EvidenceItem[];
  total: number;
}

export interface SiteCount {
  site: string;
  count: number;
}

/** How many filters are set (for "Filters (2)"); the view's own briefing or tag is not counted. */
export function countFilters(filters: ArticleFilters | HighlightFilters): number {
  return Object.values(filters).filter((value) => value !== undefined && value !== false && value !== '').length;
}
