/**
 * "Copy quote with citation": the quoted words and where they come from, on
 * one line, ready to paste into a message or a report:
 *   “quote” — Title, Site, https://… (2 Mar 2026)
 * Parts the article lacks are left out; without a publication date, the date
 * it was saved is given as the date it was accessed.
 */

export interface CitationSource {
  title: string;
  siteName: string | null;
  url: string | null;
  publishedAt: string | null;
  savedAt: string | null;
}

/** Collapses the white space of a passage (line and paragraph breaks included) into single spaces. */
export function quoteText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Double quote marks that may open or close a passage: curly, straight, low-9 and guillemets. */
const OPENING_QUOTES = '“"„«';
const CLOSING_QUOTES = '”"“»';

/**
 * A passage in double quote marks, as print and citations show it: “…”. A
 * passage the highlight already took with its own quote marks keeps just
 * those (no ““doubled””); inside a passage that is not wholly one quotation,
 * its double quote marks become single ones, as a quotation within a
 * quotation is written.
 */
export function quotedPassage(text: string): string {
  const flat = quoteText(text);
  const first = flat.charAt(0);
  const last = flat.charAt(flat.length - 1);
  const inner = flat.slice(1, -1);
  if (flat.length >= 2 && OPENING_QUOTES.includes(first) && CLOSING_QUOTES.includes(last) && !/[“”"„«»]/.test(inner)) return `“${inner.trim()}”`;
  const nested = flat.replace(/[“„«]|(?<=^|[\s([])"(?=\S)/g, '‘').replace(/[”»"]/g, '’');
  return `“${nested}”`;
}

/** Where a passage comes from: "Title, Site, https://… (2 Mar 2026)", or "" when nothing is known. */
export function formatSource(source: CitationSource, formatDate: (iso: string | null) => string | null): string {
  const parts = [source.title, source.siteName, source.url]
    .map((part) => part?.trim() ?? '')
    .filter((part, index, all) => part !== '' && all.indexOf(part) === index);
  const published = formatDate(source.publishedAt);
  const saved = formatDate(source.savedAt);
  const date = published ?? (saved ? `accessed ${saved}` : null);
  return [parts.join(', '), date ? `(${date})` : ''].filter((part) => part !== '').join(' ');
}

export function formatCitation(
  quote: string,
  source: CitationSource,
  formatDate: (iso: string | null) => string | null,
): string {
  const where = formatSource(source, formatDate);
  const line = quotedPassage(quote);
  if (where === '') return line;
  return where.startsWith('(') ? `${line} ${where}` : `${line} — ${where}`;
}
