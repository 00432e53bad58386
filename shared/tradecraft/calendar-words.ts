/**
 * Weekdays and months after a preposition: "Am Mittwoch sagte", "pada Senin",
 * "on Tuesday", "im März". Such a word names a day, never a body, a place or a
 * person, whatever verb follows it. The names come from the platform's own
 * calendar data (Intl), so every language we read has them in full, in the
 * forms a date writes them (Russian and Polish months in the genitive).
 */
import { entityKey } from './entity-key.ts';

/** Languages whose calendar words we read, by their Intl locale. */
const CALENDAR_LOCALES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk', 'tr', 'id'];

/**
 * Prepositions (and articles that stand for one) before a date, folded, in
 * those languages: "on", "am", "im", "seit", "pada", "sejak", "op", "desde",
 * "в", "w".
 */
const DATE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'on', 'in', 'by', 'until', 'since', 'from', 'before', 'after', 'last', 'next', 'every',
  'am', 'im', 'an', 'seit', 'bis', 'ab', 'vom', 'zum', 'ende', 'anfang', 'mitte',
  'le', 'en', 'depuis', 'dès',
  'el', 'desde', 'hasta', 'para',
  'il', 'di', 'da', 'fino', 'entro', 'a',
  'em', 'no', 'na', 'ate', 'até',
  'op', 'sinds', 'tot', 'vanaf', 'per',
  'w', 'we', 'od', 'do', 'po',
  'в', 'во', 'с', 'со', 'до', 'к', 'по', 'у', 'з', 'від',
  'pada', 'sejak', 'hingga', 'sampai', 'akhir', 'awal', 'pertengahan', 'setiap',
].map(entityKey));

/** A Russian, Ukrainian or Polish weekday in "-а"/"-a" takes "-у"/"-ę" after "в", "у", "w": "в среду", "w środę". */
const ACCUSATIVE_ENDINGS: Readonly<Record<string, readonly [RegExp, string]>> = {
  ru: [/а$/u, 'у'],
  uk: [/а$/u, 'у'],
  pl: [/a$/u, 'ę'],
};

let calendarWords: ReadonlySet<string> | undefined;

/** Every weekday's and month's name in the calendar locales, folded, built on first use. */
function calendarWordsOf(): ReadonlySet<string> {
  if (calendarWords) return calendarWords;
  const words = new Set<string>();
  const add = (name: string) => words.add(entityKey(name));
  for (const locale of CALENDAR_LOCALES) {
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    const dayAndMonth = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
    const accusative = ACCUSATIVE_ENDINGS[locale];
    // 1 January 2024 was a Monday: seven days from it give every weekday.
    for (let day = 1; day <= 7; day++) {
      const name = weekday.format(Date.UTC(2024, 0, day));
      add(name);
      if (accusative) add(name.replace(accusative[0], accusative[1]));
    }
    for (let index = 0; index < 12; index++) {
      const date = Date.UTC(2024, index, 5);
      add(month.format(date));
      // The form a date writes, which is the genitive in Slavic languages: "5 марта", "5 marca".
      const written = dayAndMonth.formatToParts(date).find((part) => part.type === 'month')?.value;
      if (written !== undefined) add(written);
    }
  }
  calendarWords = words;
  return words;
}

/** The last word of `before` (the text just before a name); not a suffix after an apostrophe: "Iğdır'ın Aralık" is a town. */
const LAST_WORD = /(?<![\p{L}'’])(\p{L}+)[ \u00a0]+$/u;

/**
 * Whether `word`, written right after `before`, is a weekday or a month after
 * a preposition: "Am Mittwoch", "pada Senin", "on Tuesday"; not "Juan March".
 */
export function calendarWordAfterPreposition(before: string, word: string): boolean {
  const preposition = LAST_WORD.exec(before)?.[1];
  return preposition !== undefined && DATE_PREPOSITIONS.has(entityKey(preposition)) && calendarWordsOf().has(entityKey(word));
}
