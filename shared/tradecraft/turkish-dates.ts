/**
 * Turkish dates for the timeline, which chrono-node has no parser for: "dün",
 * "bugün", "yarın", weekdays ("pazar günü", "geçen salı") and day-month dates
 * ("14 Mayıs 2028'de", "3 Mart"). It reads them as chrono results, so the
 * timeline resolves them like any other language's.
 */
import { Chrono, type Parser } from 'chrono-node';

const MONTHS = ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'];
/** Sunday first, as Date.getUTCDay counts; "cumartesi" before "cuma" and "pazartesi" before "pazar" in the pattern. */
const WEEKDAYS = ['pazar', 'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi'];
const DAYS_FROM_TODAY: Record<string, number> = { dün: -1, bugün: 0, yarın: 1 };

/** Lower case the Turkish way: "MAYIS", "Salı" and "İki" keep their dotless and dotted i. */
function lower(word: string): string {
  return word.toLocaleLowerCase('tr');
}

const NOT_LETTER_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const NOT_LETTER_AFTER = String.raw`(?![\p{L}])`;
const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

const RELATIVE_DAY = new RegExp(`${NOT_LETTER_BEFORE}(${byLength(Object.keys(DAYS_FROM_TODAY))})${NOT_LETTER_AFTER}`, 'iu');
const WEEKDAY = new RegExp(`${NOT_LETTER_BEFORE}(?:(geçen|gelecek|önümüzdeki)[ \\u00a0]+)?(${byLength(WEEKDAYS)})(?:[ \\u00a0]+günü)?${NOT_LETTER_AFTER}`, 'iu');
const DAY_MONTH = new RegExp(`${NOT_LETTER_BEFORE}(?:(\\d{1,2})[ \\u00a0.]+)?(${byLength(MONTHS)})(?:[ \\u00a0]+(\\d{4}))?${NOT_LETTER_AFTER}`, 'iu');

const DAY_MS = 86_400_000;

function dayParts(at: number): { day: number; month: number; year: number } {
  const date = new Date(at);
  return { day: date.getUTCDate(), month: date.getUTCMonth() + 1, year: date.getUTCFullYear() };
}

const relativeDays: Parser = {
  pattern: () => RELATIVE_DAY,
  extract: (context, match) => {
    const reference = context.reference.instant.getTime();
    return dayParts(reference + DAYS_FROM_TODAY[lower(match[1]!)]! * DAY_MS);
  },
};

/** A weekday: the one in the reference's week, which the timeline moves to the side its sentence's tense asks for. */
const weekdays: Parser = {
  pattern: () => WEEKDAY,
  extract: (context, match) => {
    const weekday = WEEKDAYS.indexOf(lower(match[2]!));
    const reference = context.reference.instant;
    const at = reference.getTime() + (weekday - reference.getUTCDay()) * DAY_MS;
    const components = context.createParsingComponents({ weekday });
    const { day, month, year } = dayParts(at);
    return components.imply('day', day).imply('month', month).imply('year', year);
  },
};

/** "14 Mayıs 2028", "3 Mart", "Mayıs 2028"; a month name alone is a word ("ocak" is also a stove). */
const dayMonth: Parser = {
  pattern: () => DAY_MONTH,
  extract: (context, match) => {
    const [, day, monthName, year] = match;
    if (day === undefined && year === undefined) return null;
    const month = MONTHS.indexOf(lower(monthName!)) + 1;
    const components = context.createParsingComponents({ month, ...(day ? { day: Number(day) } : {}), ...(year ? { year: Number(year) } : {}) });
    if (!day) components.imply('day', 1);
    if (!year) components.imply('year', context.reference.instant.getUTCFullYear());
    return components;
  },
};

export const turkishDates = new Chrono({ parsers: [relativeDays, weekdays, dayMonth], refiners: [] });
