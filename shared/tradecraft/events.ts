/**
 * Dated events for the timeline: every date an article mentions ("on 3 March",
 * "later this month", "in 2014"), with the sentence around it. chrono-node
 * reads the expressions; bare years ("in 2014"), which chrono leaves alone, are
 * read here.
 *
 * Relative dates ("on Sunday", "next year") are resolved against the
 * article's published date. Without one they are resolved against the time
 * the article was captured and marked approximate, as are vague expressions
 * ("later this month", "early next year"). English only: chrono's English
 * parser reads the text whatever its language.
 */
import * as chrono from 'chrono-node';

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface DatedEvent {
  /** The date expression's place in the text (UTF-16 offsets). */
  start: number;
  end: number;
  /** The expression as written ("later this month"). */
  expression: string;
  /** ISO calendar date; the first day of the month or year for coarser precision. */
  date: string;
  precision: DatePrecision;
  /** True when the date is a guess: vague wording, or a relative date with no published date to resolve it. */
  approximate: boolean;
  /** The sentence that mentions the date, for the timeline's label. */
  sentence: string;
}

export interface EventReference {
  /** The article's published date, ISO 8601, when known. */
  publishedAt: string | null;
  /** When the article was captured: the fallback reference for relative dates. */
  capturedAt: string;
}

/** Words before a date that make it vague. */
const VAGUE_BEFORE = /\b(later|earlier|early|late|mid|around|about|approximately|roughly|the end of|end of|the beginning of|beginning of|the start of|start of)[\s-]+$/iu;
/** Bare years after a preposition; chrono does not read these. */
const BARE_YEAR = /\b(?:in|since|by|until|from|during|before|after|of|to)\s+((?:1[6-9]|20)\d\d)\b(?![-/.]\d)/giu;
const MAX_SENTENCE = 400;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The sentence around [start, end): from the previous sentence end or line break to the next. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && from > start - MAX_SENTENCE && !/[.!?\n]/u.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to < end + MAX_SENTENCE && !/[.!?\n]/u.test(text[to]!)) to++;
  if (to < text.length && text[to] !== '\n') to++;
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

function precisionOf(known: (component: chrono.Component) => boolean): DatePrecision | null {
  if (known('day') || known('weekday')) return 'day';
  if (known('month')) return 'month';
  if (known('year')) return 'year';
  return null;
}

/**
 * The dated events in `text`, in reading order. An expression with no date in
 * it (a time of day alone) is not an event.
 */
export function extractEvents(text: string, reference: EventReference): DatedEvent[] {
  const published = reference.publishedAt !== null && !Number.isNaN(Date.parse(reference.publishedAt));
  const instant = new Date(published ? reference.publishedAt! : reference.capturedAt);
  const events: DatedEvent[] = [];
  for (const result of chrono.parse(text, { instant, timezone: 0 }, { forwardDate: false })) {
    const { start: components } = result;
    const precision = precisionOf((c) => components.isCertain(c));
    if (precision === null) continue;
    const year = components.get('year');
    const month = components.get('month');
    const day = components.get('day');
    if (year === null || month === null || day === null) continue;
    const date = precision === 'day' ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : precision === 'month' ? `${pad(year, 4)}-${pad(month)}-01` : `${pad(year, 4)}-01-01`;
    // A date that spells out its year is fixed; anything else ("next year", "on 3 March") was resolved against the reference.
    const relative = !/\b\d{4}\b/u.test(result.text);
    const vague = VAGUE_BEFORE.exec(text.slice(Math.max(0, result.index - 24), result.index));
    const start = vague ? result.index - vague[0].length : result.index;
    const end = result.index + result.text.length;
    events.push({
      start,
      end,
      expression: text.slice(start, end),
      date,
      precision,
      approximate: vague !== null || (relative && !published),
      sentence: sentenceAround(text, start, end),
    });
  }
  for (const match of text.matchAll(BARE_YEAR)) {
    const year = match[1]!;
    const start = match.index + match[0].length - year.length;
    const end = start + year.length;
    if (events.some((event) => event.start < end && start < event.end)) continue;
    const vague = VAGUE_BEFORE.exec(text.slice(Math.max(0, match.index - 24), match.index));
    events.push({
      start,
      end,
      expression: year,
      date: `${year}-01-01`,
      precision: 'year',
      approximate: vague !== null,
      sentence: sentenceAround(text, start, end),
    });
  }
  return events.sort((a, b) => a.start - b.start);
}
