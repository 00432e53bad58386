/**
 * Finds publication dates as pages print them and turns them into ISO 8601:
 * "2026-03-02", "March 2, 2026", "2 March 2026", "02/03/2026 10:15", "2026年3月4日",
 * month names in a dozen languages, Arabic-Indic digits.
 */

export interface FoundDate {
  /** 'YYYY-MM-DD', or 'YYYY-MM-DDTHH:MM:SS' with 'Z' or an offset when the text names the zone. */
  iso: string;
  /** Where the date (with its time, if any) sits in the text searched. */
  start: number;
  end: number;
}

export interface DateOptions {
  /** Read an ambiguous numeric date such as 02/03/2026 as day/month. */
  dayFirst: boolean;
}

/**
 * Month names and abbreviations: English, Turkish, Arabic (both calendars' names), Hebrew, and the
 * names (genitive where the day comes first) in French, German, Spanish, Italian, Portuguese, Dutch,
 * Polish, Russian, Ukrainian, Swahili, Greek, Czech, Romanian, Finnish and Swedish, with the short forms the Romance and Germanic ones print ("03 dic 2026").
 */
const MONTH_NAMES: ReadonlyArray<readonly [number, string]> = [
  [1, 'january jan जनवरी ocak يناير كانون الثاني ינואר janvier januar jänner enero gennaio janeiro januari stycznia января січня ene gen janv jän ιανουαρίου ιανουάριος ιαν ledna ianuarie tammikuuta'],
  [2, 'february feb फ़रवरी फरवरी şubat subat فبراير شباط פברואר février februar febrero febbraio fevereiro februari lutego февраля лютого fév févr fev φεβρουαρίου φεβρουάριος φεβ února unora februarie helmikuuta'],
  [3, 'march mar mart maret मार्च مارس آذار اذار מרץ mars märz marzo março maart marca марта березня mrt mär machi μαρτίου μάρτιος μαρ března brezna martie maaliskuuta'],
  [4, 'april apr अप्रैल nisan أبريل ابريل إبريل نيسان אפריל avril abril aprile kwietnia апреля квітня abr avr aprili απριλίου απρίλιος απρ dubna aprilie huhtikuuta'],
  [5, 'may mayıs मई mayis مايو أيار ايار מאי mai mayo maggio maio mei maja мая травня μαΐου μάιος května kvetna toukokuuta maj'],
  [6, 'june jun जून haziran يونيو يونيه حزيران יוני juin juni junio giugno junho czerwca июня червня giu ιουνίου ιούνιος ιουν června cervna iunie kesäkuuta'],
  [7, 'july jul जुलाई temmuz يوليو يوليه تموز יולי juillet juli julio luglio julho lipca июля липня lug juil julai ιουλίου ιούλιος ιουλ července cervence iulie heinäkuuta'],
  [8, 'august aug अगस्त ağustos agustos agustus أغسطس اغسطس آب אוגוסט août agosto augustus sierpnia августа серпня ago aoû agosti αυγούστου αύγουστος αυγ srpna elokuuta augusti'],
  [9, 'september sept sep सितंबर सितम्बर eylül eylul سبتمبر أيلول ايلول ספטמבר septembre septiembre setiembre settembre setembro września сентября вересня set septemba σεπτεμβρίου σεπτέμβριος σεπ září zari septembrie syyskuuta'],
  [10, 'october oct अक्टूबर अक्तूबर ekim أكتوبر اكتوبر تشرين الأول אוקטובר octobre oktober octubre ottobre outubro oktober października октября жовтня ott out okt oktoba οκτωβρίου οκτώβριος οκτ října rijna octombrie lokakuuta'],
  [11, 'november nov नवंबर नवम्बर kasım kasim نوفمبر تشرين الثاني נובמבר novembre noviembre novembro listopada ноября листопада novemba νοεμβρίου νοέμβριος νοε listopadu noiembrie marraskuuta'],
  [12, 'december dec दिसंबर दिसम्बर aralık aralik desember ديسمبر كانون الأول דצמבר décembre dezember diciembre dicembre dezembro grudnia декабря грудня dic déc dez desemba δεκεμβρίου δεκέμβριος δεκ prosince decembrie joulukuuta'],
];

/** Two-word Arabic month names, which the word lists above would split. */
const TWO_WORD_MONTHS: ReadonlyArray<readonly [number, string]> = [
  [1, 'كانون الثاني'],
  [10, 'تشرين الأول'],
  [11, 'تشرين الثاني'],
  [12, 'كانون الأول'],
];

/** Folds a month name for lookup: case, diacritics and hamza seats fall away, Turkish ı reads as i. */
function monthKey(name: string): string {
  return name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').replace(/\.$/, '');
}

const MONTHS = new Map<string, number>();
for (const [month, name] of TWO_WORD_MONTHS) MONTHS.set(monthKey(name), month);
for (const [month, names] of MONTH_NAMES) {
  for (const name of names.split(' ')) {
    if (!['كانون', 'تشرين', 'الثاني', 'الأول'].includes(name)) MONTHS.set(monthKey(name), month);
  }
}

const monthForms = [
  ...TWO_WORD_MONTHS.map(([, name]) => name),
  ...MONTH_NAMES.flatMap(([, names]) => names.split(' ')).filter((name) => !['كانون', 'تشرين', 'الثاني', 'الأول'].includes(name)),
].sort((a, b) => b.length - a.length);

/** A month name; Hebrew dates put the preposition ב ("in") straight onto it. */
const MONTH = `(?:ב-?)?(${monthForms.join('|')})\\.?`;
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}])';
const DAY = '(\\d{1,2})(?:st|nd|rd|th|\\.)?';
const YEAR = '(\\d{4})(?!\\d)';

const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?(?!\d)/gu;
const MONTH_FIRST = new RegExp(`${NOT_LETTER_BEFORE}${MONTH}${NOT_LETTER_AFTER}\\s*${DAY},?\\s+${YEAR}`, 'giu');
/** "2 March 2026", "2nd of March, 2026", "14 de noviembre de 2026". */
const DAY_FIRST = new RegExp(`${NOT_LETTER_BEFORE}${DAY}\\s*(?:(?:of|de|del)\\s+)?${MONTH}${NOT_LETTER_AFTER},?\\s*(?:(?:de|del)\\s+)?${YEAR}`, 'giu');
const NUMERIC = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/gu;
/** "5. 12. 2026": dotted, day first, a space after each dot, as Czech, Slovak, Slovene and Croatian pages write it. */
const SPACED_DOTTED = /(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})(?!\d)/gu;
/** "2026.03.04", "2026/03/04": year first, as Korean, Japanese and Chinese pages write it. */
/** A dotted date with a two-digit year standing alone on its line, maybe with the time: "05.12.26", "05.12.26 16:45" (Israeli and German sites). */
const SHORT_YEAR_DOTTED_LINE = /^\s*(\d{2})\.(\d{2})\.(\d{2})(?=(?:,?\s+\d{1,2}:\d{2})?\s*$)/u;
const YEAR_FIRST_NUMERIC = /(?<![\d./-])(\d{4})([./])(\d{1,2})\2(\d{1,2})(?![\d./])/gu;
/** "2026年3月4日 18時05分", "2026年3月5日 09:42", "2026년 3월 4일": Chinese, Japanese and Korean dates, year first. */
const YEAR_MONTH_DAY = /(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일](?:\s*(\d{1,2})\s*[時时:：시]\s*(\d{2})\s*[分분]?)?/gu;

const ZONE = '(gmt|utc|z|[+-]\\d{1,2}(?::?\\d{2})?|(?:gmt|utc)\\s*[+-]\\d{1,2}(?::?\\d{2})?|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|cet|cest|eet|eest|trt|msk)';
/** The clock's unit after the time: "13:05 h.", "13.05 Uhr", "13:05 hrs". */
const CLOCK_UNIT = '(?:\\s*(?:h|hrs?|uhr)\\.?)?';
const CLOCK = `(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?(?:\\s*${ZONE})?${CLOCK_UNIT}(?![\\p{L}\\d])`;
/** A time between the day and the year, as Unix tools and mail archives print dates: "Thu Dec 3 09:41:22 UTC 2026", "Dec 3 09:41:22 2026 +0100". */
const CLOCK_BEFORE_YEAR = new RegExp(
  `${NOT_LETTER_BEFORE}${MONTH}${NOT_LETTER_AFTER}\\s+${DAY}\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s+${ZONE})?\\s+${YEAR}(?:\\s+([+-]\\d{4}))?`,
  'giu',
);
const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar';
/** A time after a date: "March 2, 2026 at 10:15 am", "2 Mart 2026 Pazartesi 10:15", "2026-03-02 · 10:15 GMT". */
const TIME_AFTER = new RegExp(`^\\s*(?:,|\\s(?:${WEEKDAY}),?|\\sat|\\ssaat|\\s[-–·|])?\\s*${CLOCK}`, 'iu');
/** A time before a date, perhaps joined to it by a short word: "10:15 GMT, 2 March 2026", "alle 11:48 del 4 dicembre 2026". */
const TIME_BEFORE = new RegExp(`${CLOCK}\\s*(?:[,·|–-]|\\s(?:del|de|du|do|da|of|on|vom|am|den|le|il))?\\s*$`, 'iu');

/** Fixed-offset zone abbreviations that mean one thing; others are left as local time. */
const ZONE_OFFSETS: Readonly<Record<string, string>> = {
  gmt: 'Z', utc: 'Z', z: 'Z', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00',
  pst: '-08:00', pdt: '-07:00', bst: '+01:00', cet: '+01:00', cest: '+02:00', eet: '+02:00', eest: '+03:00', trt: '+03:00', msk: '+03:00',
};

/** Arabic-Indic and Persian digits read as ASCII digits; each stays one character, so offsets hold. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String((digit.codePointAt(0)! - 0x0660) % 0x90));
}

const pad = (value: number) => String(value).padStart(2, '0');

function validDay(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function zoneSuffix(zone: string | undefined): string | null {
  if (!zone) return '';
  const named = ZONE_OFFSETS[zone.toLowerCase()];
  if (named) return named;
  const offset = /([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  if (!offset) return null;
  const hours = Number(offset[2]);
  const minutes = Number(offset[3] ?? 0);
  if (hours > 14 || minutes > 59) return null;
  return hours === 0 && minutes === 0 ? 'Z' : `${offset[1]}${pad(hours)}:${pad(minutes)}`;
}

/** "T10:15:00Z" from clock parts, or null when they are not a time of day. */
function timeSuffix(hour: string, minute: string, second: string | undefined, meridiem: string | undefined, zone: string | undefined): string | null {
  let hours = Number(hour);
  const minutes = Number(minute);
  const seconds = Number(second ?? 0);
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    const pm = meridiem.toLowerCase().startsWith('p');
    hours = (hours % 12) + (pm ? 12 : 0);
  }
  const suffix = zoneSuffix(zone);
  if (hours > 23 || minutes > 59 || seconds > 59 || suffix === null) return null;
  return `T${pad(hours)}:${pad(minutes)}:${pad(seconds)}${suffix}`;
}

interface DayMatch {
  year: number;
  month: number;
  day: number;
  start: number;
  end: number;
  time: string;
}

/** The century a two-digit year falls in: pages print them for recent dates. */
const CENTURY = 2000;

/** Every date in `text` (digits already ASCII), in no particular order, without times. */
function* calendarDates(text: string, options: DateOptions): Generator<DayMatch> {
  for (const m of text.matchAll(ISO_DATE)) {
    const time = m[4] && m[5] ? timeSuffix(m[4], m[5], m[6], undefined, m[7]) : '';
    yield { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), start: m.index, end: m.index + m[0].length, time: time ?? '' };
  }
  for (const m of text.matchAll(MONTH_FIRST)) {
    yield { year: Number(m[3]), month: MONTHS.get(monthKey(m[1]!)) ?? 0, day: Number(m[2]), start: m.index, end: m.index + m[0].length, time: '' };
  }
  for (const m of text.matchAll(DAY_FIRST)) {
    yield { year: Number(m[3]), month: MONTHS.get(monthKey(m[2]!)) ?? 0, day: Number(m[1]), start: m.index, end: m.index + m[0].length, time: '' };
  }
  for (const m of text.matchAll(CLOCK_BEFORE_YEAR)) {
    const time = timeSuffix(m[3]!, m[4]!, m[5], undefined, m[6] ?? m[8]);
    yield { year: Number(m[7]), month: MONTHS.get(monthKey(m[1]!)) ?? 0, day: Number(m[2]), start: m.index, end: m.index + m[0].length, time: time ?? '' };
  }
  for (const m of text.matchAll(YEAR_MONTH_DAY)) {
    const time = m[4] && m[5] ? timeSuffix(m[4], m[5], undefined, undefined, undefined) : '';
    yield { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), start: m.index, end: m.index + m[0].length, time: time ?? '' };
  }
  for (const m of text.matchAll(YEAR_FIRST_NUMERIC)) {
    yield { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]), start: m.index, end: m.index + m[0].length, time: '' };
  }
  const short = SHORT_YEAR_DOTTED_LINE.exec(text);
  if (short) yield { year: CENTURY + Number(short[3]), month: Number(short[2]), day: Number(short[1]), start: short.index, end: short.index + short[0].length, time: '' };
  for (const m of text.matchAll(SPACED_DOTTED)) {
    yield { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]), start: m.index, end: m.index + m[0].length, time: '' };
  }
  for (const m of text.matchAll(NUMERIC)) {
    const first = Number(m[1]);
    const second = Number(m[3]);
    // Dotted dates (02.03.2026) are written day-first wherever they are used.
    const dayFirst = first > 12 || (second <= 12 && (m[2] === '.' || options.dayFirst));
    yield { year: Number(m[4]), month: dayFirst ? second : first, day: dayFirst ? first : second, start: m.index, end: m.index + m[0].length, time: '' };
  }
}

/** Extends a date with a time written right after or right before it. */
function withTime(text: string, date: DayMatch): FoundDate {
  const iso = `${date.year}-${pad(date.month)}-${pad(date.day)}`;
  if (date.time) return { iso: iso + date.time, start: date.start, end: date.end };
  const after = TIME_AFTER.exec(text.slice(date.end));
  const afterTime = after ? timeSuffix(after[1]!, after[2]!, after[3], after[4], after[5]) : null;
  if (after && afterTime) return { iso: iso + afterTime, start: date.start, end: date.end + after[0].length };
  const before = TIME_BEFORE.exec(text.slice(0, date.start));
  const beforeTime = before ? timeSuffix(before[1]!, before[2]!, before[3], before[4], before[5]) : null;
  if (before && beforeTime) return { iso: iso + beforeTime, start: before.index, end: date.end };
  return { iso, start: date.start, end: date.end };
}

/** The first valid calendar date in `text`, with its time of day when one is written next to it. */
export function findDate(text: string, options: DateOptions = { dayFirst: false }): FoundDate | null {
  const ascii = asciiDigits(text);
  // Every form of date read here has a number in it: most lines of a page have none, and skip the patterns.
  if (!/[0-9]/.test(ascii)) return null;
  let first: DayMatch | null = null;
  for (const date of calendarDates(ascii, options)) {
    if (validDay(date.year, date.month, date.day) && (!first || date.start < first.start)) first = date;
  }
  return first ? withTime(ascii, first) : null;
}

/**
 * Whether the page writes dates day-first, so that an ambiguous 02/03/2026
 * means 2 March. The clues: a language other than English (nearly all write
 * the day first), a date spelled "2 March 2026", or a numeric date whose first
 * number cannot be a month. Without a clue, numeric dates read month-first.
 */
export function prefersDayFirst(text: string, lang: string | null): boolean {
  if (lang !== null && lang !== 'en') return true;
  const ascii = asciiDigits(text);
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of ascii.matchAll(DAY_FIRST)) if (MONTHS.has(monthKey(m[2]!))) dayFirst++;
  for (const m of ascii.matchAll(MONTH_FIRST)) if (MONTHS.has(monthKey(m[1]!))) monthFirst++;
  for (const m of ascii.matchAll(NUMERIC)) {
    if (Number(m[1]) > 12) dayFirst++;
    else if (Number(m[3]) > 12) monthFirst++;
  }
  return dayFirst > monthFirst;
}
