/** What a search asks for and what it finds: the `search` call's schema and result. */
import { z } from 'zod';
import { calendarDateSchema, idSchema } from '../model.ts';
import { highlightColorSchema, type HighlightColor } from '../highlights.ts';

export const SEARCH_KINDS = ['article', 'highlight', 'note'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The longest query searched, in characters. */
export const MAX_QUERY_LENGTH = 500;


export const searchFiltersSchema = z
  .object({
    briefingId: idSchema.optional(),
    tagId: idSchema.optional(),
    /** The article's site, as the list shows it (case does not matter). */
    site: z.string().trim().min(1).max(300).optional(),
    /** Days (YYYY-MM-DD, UTC), both ends included. */
    savedFrom: calendarDateSchema.optional(),
    savedTo: calendarDateSchema.optional(),
    publishedFrom: calendarDateSchema.optional(),
    publishedTo: calendarDateSchema.optional(),
    /** Only highlights of this colour (and, with an empty query, articles that have one). */
    color: highlightColorSchema.optional(),
    /** Only what carries a note: highlights with a note, articles with any note, notes. */
    hasNotes: z.boolean().optional(),
    /** Only unread articles and what is in them. */
    unread: z.boolean().optional(),
    /** Which kinds of hit to find; all when left out. */
    kinds: z.array(z.enum(SEARCH_KINDS)).min(1).max(3).optional(),
  })
  .strict();
export type SearchFilters = z.infer<typeof searchFiltersSchema>;

export const searchRequestSchema = z
  .object({
    query: z.string().max(MAX_QUERY_LENGTH, `A search is at most ${MAX_QUERY_LENGTH} characters.`),
    filters: searchFiltersSchema.default({}),
    limit: z.number().int().min(1).max(100).default(30),
    offset: z.number().int().min(0).max(10_000).default(0),
  })
  .strict();
export type SearchRequest = z.output<typeof searchRequestSchema>;

export interface SearchHit {
  kind: SearchKind;
  articleId: number;
  /** Set on highlight hits. */
  highlightId: number | null;
  /** Set on note hits. */
  noteId: number | null;
  /** The article's title. */
  title: string;
  /** A passage with the matched words between MATCH_START and MATCH_END (shared/search/snippet.ts). */
  snippet: string;
  siteName: string | null;
  publishedAt: string | null;
  savedAt: string;
  /** Set on highlight hits. */
  color: HighlightColor | null;
  /** Higher is better; comparable within one search. 0 for recent articles. */
  score: number;
  /** Where the match is in the article's plain text, to scroll to; null when it is not in the text. */
  offset: number | null;
  /** How many characters of the text the match covers at `offset` (0 without an offset). */
  length: number;
}

/** What the filters can choose from: the library's sites and tags. */
export interface SearchFacets {
  sites: string[];
  tags: Array<{ id: number; name: string }>;
}

export interface SearchResult {
  hits: SearchHit[];
  /** True when the query had nothing to search for and these are the most recently saved articles. */
  recent: boolean;
  /** True when asking again with a larger offset finds more. */
  more: boolean;
}
