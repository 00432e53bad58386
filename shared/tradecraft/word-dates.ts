/**
 * Dates written in words for languages chrono-node has no parser for, Turkish,
 * Polish, Ukrainian, Arabic, Hebrew and Indonesian, read from a table per language: days counted from today ("dün", "evvelsi gün", "أول أمس",
 * "wczoraj"), weekdays ("pazar günü", "geçen salı", "we wtorek") and day-month
 * dates ("14 Mayıs 2028'de", "3 Mart", "12 marca 2026"), and dates in figures
 * ("2026-12-05", "05/12/2026"). They are read as
 * chrono results, so the timeline resolves them like any other language's.
 */
import { Chrono, type Parser } from 'chrono-node';

interface CalendarWords {
  /** Lower case the language's way ("MAYIS", "Salı" keep their dotless and dotted i in Turkish). */
  lower: (word: string) => string;
  /** Month names, every form a date writes, to their number (1–12). */
  months: Record<string, number>;
  /** Weekday names, every form, to Date.getUTCDay's number (Sunday 0). */
  weekdays: Record<string, number>;
  /** Words for days counted from the article's date. */
  daysFromToday: Record<string, number>;
  /** Words a weekday's expression may open or close with: "geçen salı", "pazar günü", "we wtorek". */
  weekdayBefore: string;
  weekdayAfter: string;
  /** A word for "year" a date may close with: "12 marca 2026 roku". */
  yearAfter: string;
}

const NOT_LETTER_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const NOT_LETTER_AFTER = String.raw`(?![\p{L}])`;
const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

const DAY_MS = 86_400_000;

function dayParts(at: number): { day: number; month: number; year: number } {
  const date = new Date(at);
  return { day: date.getUTCDate(), month: date.getUTCMonth() + 1, year: date.getUTCFullYear() };
}

/**
 * Dates in figures these languages write as every other does: ISO
 * ("2026-12-05") and day first with slashes ("05/12/2026"); dotted ones are
 * read by the timeline for every language.
 */
const FIGURE_DATE = /(?<![\p{N}/.-])(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\/(\d{1,2})\/(\d{4}))(?![\p{N}/-])/u;

const figureDates: Parser = {
  pattern: () => FIGURE_DATE,
  extract: (context, match) => {
    const [year, month, day] = match[1] !== undefined ? [match[1], match[2], match[3]] : [match[6], match[5], match[4]];
    const parts = { day: Number(day), month: Number(month), year: Number(year) };
    if (parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > 31) return null;
    return context.createParsingComponents(parts);
  },
};

/** A day and month in brackets after a weekday, as Indonesian news writes them: "Senin (14/12)". */
const dayMonthInBrackets: Parser = {
  pattern: () => /(?<=\()(\d{1,2})\/(\d{1,2})(?=\))/u,
  extract: (context, match) => {
    const [day, month] = [Number(match[1]), Number(match[2])];
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return context.createParsingComponents({ day, month }).imply('year', context.reference.instant.getUTCFullYear());
  },
};

/** A chrono parser for one language's table, with any parsers of its own. */
function calendarParser(words: CalendarWords, ownParsers: readonly Parser[] = []): Chrono {
  const relativeDay = new RegExp(`${NOT_LETTER_BEFORE}(${byLength(Object.keys(words.daysFromToday))})${NOT_LETTER_AFTER}`, 'iu');
  const weekday = new RegExp(
    `${NOT_LETTER_BEFORE}(?:(?:${words.weekdayBefore})[ \\u00a0]+)?(${byLength(Object.keys(words.weekdays))})(?:[ \\u00a0]+(?:${words.weekdayAfter}))?${NOT_LETTER_AFTER}`,
    'iu',
  );
  const dayMonth = new RegExp(`${NOT_LETTER_BEFORE}(?:(\\d{1,2})[ \\u00a0.]+)?(${byLength(Object.keys(words.months))})(?:[ \\u00a0]+(\\d{4})(?:[ \\u00a0]+(?:${words.yearAfter}))?)?${NOT_LETTER_AFTER}`, 'iu');

  const relativeDays: Parser = {
    pattern: () => relativeDay,
    extract: (context, match) => dayParts(context.reference.instant.getTime() + words.daysFromToday[words.lower(match[1]!)]! * DAY_MS),
  };

  /** A weekday: the one in the reference's week, which the timeline moves to the side its sentence's tense asks for. */
  const weekdays: Parser = {
    pattern: () => weekday,
    extract: (context, match) => {
      const day = words.weekdays[words.lower(match[1]!)]!;
      const reference = context.reference.instant;
      const at = reference.getTime() + (day - reference.getUTCDay()) * DAY_MS;
      const parts = dayParts(at);
      return context.createParsingComponents({ weekday: day }).imply('day', parts.day).imply('month', parts.month).imply('year', parts.year);
    },
  };

  /** A day and month, or a month and year; a month name alone is a word as often ("ocak" is also a stove, "maj" a name). */
  const daysOfMonths: Parser = {
    pattern: () => dayMonth,
    extract: (context, match) => {
      const [, day, monthName, year] = match;
      if (day === undefined && year === undefined) return null;
      const month = words.months[words.lower(monthName!)]!;
      const components = context.createParsingComponents({ month, ...(day ? { day: Number(day) } : {}), ...(year ? { year: Number(year) } : {}) });
      if (!day) components.imply('day', 1);
      if (!year) components.imply('year', context.reference.instant.getUTCFullYear());
      return components;
    },
  };

  return new Chrono({ parsers: [relativeDays, weekdays, daysOfMonths, figureDates, ...ownParsers], refiners: [] });
}

/** Each name to its place in the list, from `first`: months from 1, weekdays (Sunday first) from 0. */
function numbered(names: ReadonlyArray<string | readonly string[]>, first: number): Record<string, number> {
  const table: Record<string, number> = {};
  names.forEach((forms, index) => {
    for (const form of typeof forms === 'string' ? [forms] : forms) table[form] = index + first;
  });
  return table;
}

/** Turkish months and weekdays, January and Sunday first. */
export const TURKISH_MONTHS: readonly string[] = ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'];
export const TURKISH_WEEKDAYS: readonly string[] = ['pazar', 'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi'];

export const turkishDates = calendarParser({
  lower: (word) => word.toLocaleLowerCase('tr'),
  months: numbered(TURKISH_MONTHS, 1),
  weekdays: numbered(TURKISH_WEEKDAYS, 0),
  daysFromToday: { 'evvelsi gün': -2, 'evvelki gün': -2, dün: -1, bugün: 0, yarın: 1, 'öbür gün': 2 },
  weekdayBefore: 'geçen|geçtiğimiz|gelecek|önümüzdeki|bu',
  weekdayAfter: 'günü',
  yearAfter: '(?!)',
});

/** Polish months in the genitive a date writes ("12 marca") and the nominative ("marzec 2026"); weekdays as "w" and "we" take them ("w środę"). */
export const polishDates = calendarParser({
  lower: (word) => word.toLocaleLowerCase('pl'),
  months: numbered(
    [
      ['stycznia', 'styczeń'], ['lutego', 'luty'], ['marca', 'marzec'], ['kwietnia', 'kwiecień'], ['maja', 'maj'], ['czerwca', 'czerwiec'],
      ['lipca', 'lipiec'], ['sierpnia', 'sierpień'], ['września', 'wrzesień'], ['października', 'październik'], ['listopada', 'listopad'], ['grudnia', 'grudzień'],
    ],
    1,
  ),
  weekdays: numbered(
    [['niedziela', 'niedzielę'], ['poniedziałek'], ['wtorek'], ['środa', 'środę'], ['czwartek'], ['piątek'], ['sobota', 'sobotę']],
    0,
  ),
  daysFromToday: { przedwczoraj: -2, wczoraj: -1, dziś: 0, dzisiaj: 0, jutro: 1, pojutrze: 2 },
  weekdayBefore: String.raw`(?:w|we)(?:[ \u00a0]+(?:zeszły|zeszłą|ubiegły|ubiegłą|miniony|minioną|przyszły|przyszłą|najbliższy|najbliższą|ten|tę))?`,
  weekdayAfter: '(?!)',
  yearAfter: String.raw`roku|r\.`,
});

/** Ukrainian months in the genitive a date writes ("12 березня") and the nominative ("березень 2026"); weekdays as "у" and "в" take them ("у середу"). */
export const ukrainianDates = calendarParser({
  lower: (word) => word.toLocaleLowerCase('uk'),
  months: numbered(
    [
      ['січня', 'січень'], ['лютого', 'лютий'], ['березня', 'березень'], ['квітня', 'квітень'], ['травня', 'травень'], ['червня', 'червень'],
      ['липня', 'липень'], ['серпня', 'серпень'], ['вересня', 'вересень'], ['жовтня', 'жовтень'], ['листопада', 'листопад'], ['грудня', 'грудень'],
    ],
    1,
  ),
  weekdays: numbered(
    // The genitive follows "минулого"/"наступної" ("минулої п’ятниці", "наступного вівторка"); the apostrophe is written three ways.
    [
      ['неділя', 'неділю', 'неділі'],
      ['понеділок', 'понеділка'],
      ['вівторок', 'вівторка'],
      ['середа', 'середу', 'середи'],
      ['четвер', 'четверга'],
      ["п'ятниця", "п'ятницю", "п'ятниці", 'п’ятниця', 'п’ятницю', 'п’ятниці', 'пʼятниця', 'пʼятницю', 'пʼятниці'],
      ['субота', 'суботу', 'суботи'],
    ],
    0,
  ),
  daysFromToday: { позавчора: -2, вчора: -1, учора: -1, сьогодні: 0, завтра: 1, післязавтра: 2 },
  weekdayBefore: String.raw`(?:у|в)(?:[ \u00a0]+(?:минулий|минулу|минулого|наступний|наступну|цей|цю))?|минулого|минулої|наступного|наступної|цього|цієї`,
  weekdayAfter: '(?!)',
  yearAfter: String.raw`року|р\.`,
});

/** Arabic months, the Gregorian names of Egypt and the Gulf and those of the Levant and Iraq; weekdays after "يوم" ("يوم الأحد"). */
export const arabicDates = calendarParser({
  lower: (word) => word,
  months: numbered(
    [
      ['يناير', 'كانون الثاني'], ['فبراير', 'شباط'], ['مارس', 'آذار'], ['أبريل', 'ابريل', 'نيسان'], ['مايو', 'أيار'], ['يونيو', 'يونيه', 'حزيران'],
      ['يوليو', 'يوليه', 'تموز'], ['أغسطس', 'آب'], ['سبتمبر', 'أيلول'], ['أكتوبر', 'اكتوبر', 'تشرين الأول'], ['نوفمبر', 'تشرين الثاني'], ['ديسمبر', 'كانون الأول'],
    ],
    1,
  ),
  weekdays: numbered(['الأحد', ['الاثنين', 'الإثنين'], 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'], 0),
  // With "and" or "the" and "in" written on them too: "وأمس", "بالأمس", "ويوم"; "last" and "next" agree with a weekday said without "يوم" ("الجمعة الماضية").
  daysFromToday: { 'أول أمس': -2, 'أول امس': -2, 'أول من أمس': -2, أمس: -1, امس: -1, وأمس: -1, بالأمس: -1, وبالأمس: -1, اليوم: 0, غدا: 1, غداً: 1, 'بعد غد': 2 },
  weekdayBefore: 'يوم|ويوم',
  weekdayAfter: 'الماضي|الماضية|المقبل|المقبلة|القادم|القادمة',
  yearAfter: '(?!)',
});

/** A Hebrew word with the prefixes a date takes written on it: "in", "to", "from", "and", "and in" ("באפריל", "מאפריל", "וביום"). */
const withHebrewPrefixes = (word: string) => [word, `ב${word}`, `ל${word}`, `מ${word}`, `ו${word}`, `וב${word}`];

/**
 * Hebrew months ("1 באפריל 2026"); weekdays only with "יום" ("ביום שני"), since "שני", "שלישי" alone are "second",
 * "third"; Saturday also as "בשבת".
 */
export const hebrewDates = calendarParser({
  lower: (word) => word,
  months: numbered(['ינואר', 'פברואר', ['מרץ', 'מרס'], 'אפריל', 'מאי', 'יוני', 'יולי', 'אוגוסט', 'ספטמבר', 'אוקטובר', 'נובמבר', 'דצמבר'].map((names) => (typeof names === 'string' ? [names] : names).flatMap(withHebrewPrefixes)), 1),
  weekdays: numbered(
    [...['ראשון', 'שני', 'שלישי', 'רביעי', 'חמישי', 'שישי'].map((day) => withHebrewPrefixes(`יום ${day}`)), [...withHebrewPrefixes('יום שבת'), 'בשבת']],
    0,
  ),
  daysFromToday: { שלשום: -2, אתמול: -1, ואתמול: -1, היום: 0, מחר: 1, ומחר: 1, מחרתיים: 2 },
  weekdayBefore: '(?!)',
  weekdayAfter: 'הקרוב|הבא|שעבר|האחרון|הקודם',
  yearAfter: '(?!)',
});

/**
 * Indonesian months and weekdays ("pada 28 Desember", "hari Senin", "Senin lalu"), and a day and month in brackets
 * ("Senin (14/12)"); Sunday only as "hari Minggu", since "minggu" alone is "week" ("minggu lalu", last week).
 */
export const indonesianDates = calendarParser({
  lower: (word) => word.toLocaleLowerCase('id'),
  months: numbered(['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'], 1),
  weekdays: numbered(['hari minggu', 'senin', 'selasa', 'rabu', 'kamis', ['jumat', "jum'at", 'jum’at'], 'sabtu'], 0),
  daysFromToday: { 'kemarin lusa': -2, kemarin: -1, 'hari ini': 0, besok: 1, lusa: 2 },
  weekdayBefore: 'hari',
  weekdayAfter: 'lalu|depan|mendatang|ini',
  yearAfter: '(?!)',
}, [dayMonthInBrackets]);
