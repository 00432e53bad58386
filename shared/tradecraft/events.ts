/**
 * Dated events for the timeline: every date an article mentions ("on 3 March",
 * "later this month", "in 2014"), with the sentence around it. chrono-node
 * reads the expressions; bare years ("in 2014"), which chrono leaves alone, are
 * read here.
 *
 * Relative dates ("on Sunday", "next year", "on 3 March") are resolved against
 * the article's published date, in the direction of the sentence's tense: a
 * past-tense sentence never lands after the published date, a future one
 * never before it. An article with no published date leaves them undated
 * (date null) rather than guessing from the capture day; dates that spell
 * out their year stay dated. Vague expressions ("later this month") are
 * marked approximate. References, citations and "Retrieved …" lines are not
 * events. English only: chrono's English parser reads the text whatever its
 * language.
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
  /** ISO calendar date; the first day of the month or year for coarser precision. Null: relative, in an article with no published date. */
  date: string | null;
  precision: DatePrecision;
  /** True when the wording is vague ("later this month", "early next year"). */
  approximate: boolean;
  /** The sentence that mentions the date, for the timeline's label. */
  sentence: string;
}

export interface EventReference {
  /** The article's published date, ISO 8601, when known. */
  publishedAt: string | null;
  /** When the article was captured: never a reference for relative dates (the capture day says nothing of when the text was written). */
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

type Tense = 'past' | 'future';

/** Words that put a sentence's dates ahead of its writing: "will meet on Thursday", "is expected next year". */
const FUTURE = /\b(?:will|won[’']t|shall|would|is to|are to|due|expected|set to|plans?|planned|scheduled|going to|upcoming|forthcoming)\b|[’']ll\b/iu;

/**
 * The tense the sentence tells its dates in: any future marker wins;
 * otherwise it is past, as news reports mostly are ("Flooding hit the north
 * on 20 August"), so a date is never put after its article without a word
 * that says so.
 */
function tenseOf(sentence: string): Tense {
  return FUTURE.test(sentence) ? 'future' : 'past';
}

/** Headings that start a list of references: nothing after them is an event. */
const REFERENCES_HEADING = /^[ \t]*(?:references|notes|notes and references|sources|citations|bibliography|footnotes|further reading|external links|références|notes et références|sources et références|kaynakça|kaynaklar|dipnotlar|einzelnachweise|quellen|referencias|notas|источники|примечания|литература)[ \t]*:?[ \t]*$/imu;
/** A citation line: "^ …", "[3] …", "3. "Title". Agency. …" with a quoted title. */
const CITATION_LINE = /^[ \t]*(?:\^|\[\d+\]|\d+\.[ \t]+["“«]).*$/gmu;
/** "Retrieved 25 August 2023." and the like, to the end of the line. */
const RETRIEVED = /(?:^|(?<=[.;,)\]]\s*))(?:Retrieved|Accessed|Archived|Last accessed|Consulté le|Erişim tarihi|Abgerufen am)\b.*$/gimu;

/** Ranges of `text` that cite sources rather than tell events. */
function referenceRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const heading = REFERENCES_HEADING.exec(text);
  if (heading) ranges.push([heading.index, text.length]);
  for (const match of text.matchAll(CITATION_LINE)) ranges.push([match.index, match.index + match[0].length]);
  for (const match of text.matchAll(RETRIEVED)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

function isoDay(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

const DAY_MS = 86_400_000;

/**
 * Moves a date whose year the text left out (a weekday, "3 March", "in July")
 * to the side of `reference` the tense asks for: the latest such day not after
 * it for the past, the first one after it for the future.
 */
function alongTense(date: Date, precision: DatePrecision, weekdayOnly: boolean, reference: Date, tense: Tense): Date {
  const ref = Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate());
  let at = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  if (weekdayOnly) {
    if (tense === 'past') {
      while (at > ref) at -= 7 * DAY_MS;
      while (at + 7 * DAY_MS <= ref) at += 7 * DAY_MS;
    } else {
      while (at <= ref) at += 7 * DAY_MS;
      while (at - 7 * DAY_MS > ref) at -= 7 * DAY_MS;
    }
    return new Date(at);
  }
  const shifted = new Date(at);
  const monthStart = Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), 1);
  const starts = precision === 'month' ? monthStart : at;
  const ends = precision === 'month' ? Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, 0) : at;
  if (tense === 'past' && starts > ref) shifted.setUTCFullYear(shifted.getUTCFullYear() - 1);
  if (tense === 'future' && ends < ref) shifted.setUTCFullYear(shifted.getUTCFullYear() + 1);
  return shifted;
}

/** A length of time ("after two weeks", "for three days"), which chrono reads as a date counted from the reference. */
const DURATION = /^(?:after|for|within|during|over)\s/iu;

/** "on" or "in" just before an expression chrono read without it ("February 12"). */
const PREPOSITION_BEFORE = /\b(?:on|in)[ \u00a0]+$/iu;

/**
 * The dated events in `text`, in reading order. An expression with no date in
 * it (a time of day alone) is not an event, nor is a date in a reference.
 */
export function extractEvents(text: string, reference: EventReference): DatedEvent[] {
  const published = reference.publishedAt !== null && !Number.isNaN(Date.parse(reference.publishedAt));
  const instant = new Date(published ? reference.publishedAt! : reference.capturedAt);
  const references = referenceRanges(text);
  const inReference = (start: number, end: number) => references.some(([from, to]) => start < to && from < end);
  const events: DatedEvent[] = [];
  for (const result of chrono.parse(text, { instant, timezone: 0 }, { forwardDate: false })) {
    const { start: components } = result;
    const precision = precisionOf((c) => components.isCertain(c));
    if (precision === null || DURATION.test(result.text)) continue;
    if (inReference(result.index, result.index + result.text.length)) continue;
    // A date that spells out its year is fixed; anything else ("next year", "on 3 March") depends on the reference.
    const relative = !/\b\d{4}\b/u.test(result.text);
    const vague = VAGUE_BEFORE.exec(text.slice(Math.max(0, result.index - 24), result.index));
    const preposition = vague ? null : PREPOSITION_BEFORE.exec(text.slice(Math.max(0, result.index - 8), result.index));
    const start = vague ? result.index - vague[0].length : preposition ? result.index - preposition[0].length : result.index;
    const end = result.index + result.text.replace(/[\s,;:]+$/u, '').length;
    const sentence = sentenceAround(text, start, end);
    let date: string | null = null;
    if (published || !relative) {
      const yearLeftOut = !components.isCertain('year');
      const weekdayOnly = components.isCertain('weekday') && !components.isCertain('day');
      const resolved = yearLeftOut ? alongTense(components.date(), precision, weekdayOnly, instant, tenseOf(sentence)) : components.date();
      const day = isoDay(resolved);
      date = precision === 'day' ? day : precision === 'month' ? `${day.slice(0, 7)}-01` : `${day.slice(0, 4)}-01-01`;
    }
    events.push({ start, end, expression: text.slice(start, end), date, precision, approximate: vague !== null, sentence });
  }
  for (const match of text.matchAll(BARE_YEAR)) {
    const year = match[1]!;
    const start = match.index + match[0].length - year.length;
    const end = start + year.length;
    if (events.some((event) => event.start < end && start < event.end) || inReference(start, end)) continue;
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
