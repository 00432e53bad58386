/**
 * Correcting an article's details (title, byline, site, published date,
 * address) and deleting articles: the checks and the words, as pure functions
 * over plain data. The library applies them; the reader's form, the IPC
 * contract and `briefing article` give the same answers for the same input.
 */
import { neutralizeBidiControls } from './bidi.ts';
import { z } from 'zod';
import { checkImportUrl } from './urls.ts';

/** Longest title, byline and site name an analyst may type (imports can carry long titles). */
export const MAX_ARTICLE_TITLE = 1000;
export const MAX_ARTICLE_BYLINE = 500;
export const MAX_ARTICLE_SITE = 300;
/** Addresses longer than this are not web addresses an analyst types. */
export const MAX_ARTICLE_URL = 8192;

/**
 * What the caller may send: each field left out stays as it is; an empty
 * byline, site, date or address clears it (null does too). The title cannot
 * be cleared.
 */
export const articleDetailsSchema = z
  .object({
    title: z.string().max(MAX_ARTICLE_TITLE + 100, `A title is at most ${MAX_ARTICLE_TITLE.toLocaleString('en')} characters.`).optional(),
    byline: z.string().max(MAX_ARTICLE_BYLINE + 100, `A byline is at most ${MAX_ARTICLE_BYLINE} characters.`).nullable().optional(),
    siteName: z.string().max(MAX_ARTICLE_SITE + 100, `A site name is at most ${MAX_ARTICLE_SITE} characters.`).nullable().optional(),
    publishedAt: z.string().max(40, 'A published date is written YYYY-MM-DD, e.g. 2026-03-02.').nullable().optional(),
    url: z.string().max(MAX_ARTICLE_URL, `An address is at most ${MAX_ARTICLE_URL.toLocaleString('en')} characters.`).nullable().optional(),
  })
  .strict();
export type ArticleDetailsInput = z.input<typeof articleDetailsSchema>;

/** The changes to store, checked and normalized: null clears a field; a field left out is not touched. */
export interface ArticleDetailsChanges {
  title?: string;
  byline?: string | null;
  siteName?: string | null;
  /** ISO 8601 in UTC, as imports store it. */
  publishedAt?: string | null;
  url?: string | null;
}

export type ArticleDetailsCheck = { ok: true; changes: ArticleDetailsChanges } | { ok: false; field: keyof ArticleDetailsChanges; reason: string };

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function sameDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Reads a published date as an analyst types it: "2026-03-02", or a time too
 * ("2026-03-02T14:30", "2026-03-02 14:30+01:00"; without a zone it is UTC).
 * A day that does not exist (30 February) is refused, not rolled over.
 */
export function readPublishedDate(text: string): { ok: true; iso: string } | { ok: false; reason: string } {
  const value = text.trim();
  const day = DATE_ONLY.exec(value);
  const moment = day ? null : DATE_TIME.exec(value);
  const parts = day ?? moment;
  if (!parts) return { ok: false, reason: `“${value.slice(0, 40)}” is not a date; write it YYYY-MM-DD, e.g. 2026-03-02.` };
  const [year, month, date] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (year < 1000 || month < 1 || month > 12 || !sameDay(year, month, date)) {
    return { ok: false, reason: `${value.slice(0, 10)} is not a day of the calendar; check the month and the day.` };
  }
  if (day) return { ok: true, iso: `${value}T00:00:00.000Z` };
  const [hours, minutes, seconds] = [Number(moment![4]), Number(moment![5]), Number(moment![6] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return { ok: false, reason: `${value} is not a time of day; hours run 00–23 and minutes 00–59.` };
  const zone = moment![7] ?? 'Z';
  const time = Date.parse(`${value.slice(0, 10)}T${moment![4]}:${moment![5]}:${String(seconds).padStart(2, '0')}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`);
  if (Number.isNaN(time)) return { ok: false, reason: `“${value}” is not a date and time this app can read; write it YYYY-MM-DD.` };
  return { ok: true, iso: new Date(time).toISOString() };
}

/** Trimmed, with every run of white space (line breaks too) as one space; empty becomes null. */
function oneLine(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  // Bidi controls would reorder what a reader sees (shared/bidi.ts): an edit may not bring them back.
  const line = neutralizeBidiControls(text).replace(/\s+/g, ' ').trim();
  return line === '' ? null : line;
}

/**
 * Checks an edit of an article's details and says what to store, or which
 * field is wrong and why. Nothing is stored on refusal, so one bad field
 * keeps the others from being saved too.
 */
export function readArticleDetails(input: unknown): ArticleDetailsCheck {
  const parsed = articleDetailsSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = (issue.path[0] ?? 'title') as keyof ArticleDetailsChanges;
    return { ok: false, field, reason: issue.code === 'unrecognized_keys' ? 'Only the title, byline, site, published date and address can be changed.' : issue.message };
  }
  const given = parsed.data;
  const changes: ArticleDetailsChanges = {};
  if (given.title !== undefined) {
    const title = oneLine(given.title);
    if (title === null) return { ok: false, field: 'title', reason: 'A title cannot be empty.' };
    if (title.length > MAX_ARTICLE_TITLE) return { ok: false, field: 'title', reason: `A title is at most ${MAX_ARTICLE_TITLE.toLocaleString('en')} characters.` };
    changes.title = title;
  }
  if (given.byline !== undefined) {
    const byline = oneLine(given.byline);
    if (byline !== null && byline.length > MAX_ARTICLE_BYLINE) return { ok: false, field: 'byline', reason: `A byline is at most ${MAX_ARTICLE_BYLINE} characters.` };
    changes.byline = byline;
  }
  if (given.siteName !== undefined) {
    const site = oneLine(given.siteName);
    if (site !== null && site.length > MAX_ARTICLE_SITE) return { ok: false, field: 'siteName', reason: `A site name is at most ${MAX_ARTICLE_SITE} characters.` };
    changes.siteName = site;
  }
  if (given.publishedAt !== undefined) {
    const text = oneLine(given.publishedAt);
    if (text === null) changes.publishedAt = null;
    else {
      const date = readPublishedDate(text);
      if (!date.ok) return { ok: false, field: 'publishedAt', reason: date.reason };
      changes.publishedAt = date.iso;
    }
  }
  if (given.url !== undefined) {
    const text = oneLine(given.url);
    if (text === null) changes.url = null;
    else {
      const url = checkImportUrl(text);
      if (!url.ok) return { ok: false, field: 'url', reason: url.reason };
      if (url.url.hostname === '') return { ok: false, field: 'url', reason: `“${text.slice(0, 100)}” has no host name.` };
      changes.url = url.url.href;
    }
  }
  return { ok: true, changes };
}

/** A briefing, judgment or article named in what a delete would touch. */
export interface ArticleRef {
  id: number;
  title: string;
}

/** What deleting some articles takes with it, or leaves pointing at nothing: said before the analyst confirms. */
export interface ArticleDeletionImpact {
  articles: ArticleRef[];
  /** Briefings that hold any of them, A to Z. */
  briefings: ArticleRef[];
  highlightCount: number;
  /** Notes on the articles and notes written on their highlights. */
  noteCount: number;
  /** Key judgments that cite any of their highlights: each with its briefing and its words. */
  judgments: Array<{ id: number; briefingId: number; briefingTitle: string; text: string }>;
}

/** What `deleteArticles` hands back: the token its undo takes, and the articles that went. */
export interface DeletedArticles {
  token: string;
  articles: ArticleRef[];
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
const quoted = (titles: readonly string[], most = 3) => {
  const shown = titles.slice(0, most).map((title) => `“${title}”`);
  const rest = titles.length - shown.length;
  const all = rest > 0 ? [...shown, `${count(rest, 'other')}`] : shown;
  return all.length <= 1 ? all.join('') : `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
};

/**
 * The sentences a confirmation shows, most serious first: what the delete
 * takes out of briefings and judgments, then what goes with the articles.
 * Every sentence names what it counts, so the analyst can check before saying yes.
 */
export function describeDeletion(impact: ArticleDeletionImpact): string[] {
  const one = impact.articles.length === 1;
  const it = one ? 'It' : 'They';
  const lines: string[] = [];
  if (impact.briefings.length > 0) {
    lines.push(`${it} will leave ${impact.briefings.length === 1 ? 'the briefing' : `${count(impact.briefings.length, 'briefing')}:`} ${quoted(impact.briefings.map((b) => b.title))}.`);
  }
  if (impact.judgments.length > 0) {
    const briefings = [...new Set(impact.judgments.map((j) => j.briefingTitle))];
    lines.push(
      `${count(impact.judgments.length, 'key judgment')} in ${quoted(briefings)} ${impact.judgments.length === 1 ? 'cites' : 'cite'} ${one ? 'its' : 'their'} highlights; those citations will read “Highlight deleted”.`,
    );
  }
  const goes = [
    ...(impact.highlightCount > 0 ? [count(impact.highlightCount, 'highlight')] : []),
    ...(impact.noteCount > 0 ? [count(impact.noteCount, 'note')] : []),
  ];
  if (goes.length > 0) lines.push(`${goes.join(' and ')} go${goes.length === 1 && impact.highlightCount + impact.noteCount === 1 ? 'es' : ''} with ${one ? 'it' : 'them'}.`);
  if (lines.length === 0) lines.push(`Nothing else in the library refers to ${one ? 'it' : 'them'}.`);
  return lines;
}

/** The confirmation's title: "Delete “Title”?" or "Delete 3 articles?". */
export function deletionTitle(articles: readonly ArticleRef[]): string {
  return articles.length === 1 ? `Delete “${articles[0]!.title}”?` : `Delete ${count(articles.length, 'article')}?`;
}
