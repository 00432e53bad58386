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
  const line = `“${quoteText(quote)}”`;
  if (where === '') return line;
  return where.startsWith('(') ? `${line} ${where}` : `${line} — ${where}`;
}
