/** How dates, sources and reading times read in the UI. */
import { readingMinutes } from '../shared/model.ts';

const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const dayFormatThisYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "2 Mar 2026"; the year is left out for dates in the current year when `short`. */
export function formatDate(iso: string | null | undefined, options: { short?: boolean } = {}): string | null {
  const date = parse(iso);
  if (!date) return null;
  if (options.short && date.getFullYear() === new Date().getFullYear()) return dayFormatThisYear.format(date);
  return dayFormat.format(date);
}

/** The machine-readable value for a `<time>` element. */
export function isoDate(iso: string | null | undefined): string | undefined {
  return parse(iso)?.toISOString();
}

export function formatReadingTime(wordCount: number): string {
  return `${readingMinutes(wordCount)} min read`;
}

/** The site's name, else its host name ("www." left off), else null. */
export function sourceName(siteName: string | null, url: string | null): string | null {
  if (siteName && siteName.trim() !== '') return siteName.trim();
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** "23 Nov 2026, 13:05" in the reader's own time zone: when a backup was made. */
export function formatBackupTime(iso: string): string {
  const date = parse(iso);
  return date ? dateTimeFormat.format(date) : iso;
}
