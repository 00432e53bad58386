/**
 * Holidays named for their day ("on Christmas Eve", "à Pâques", "w Wigilię",
 * "Ramazan Bayramı", "בחנוכה"): a maintained list per language of the
 * feasts news dates things by, each with the rule that finds its day in a
 * given year. Fixed days; Easter, by the Gregorian computus, or the Julian
 * one for the Orthodox Easter Russian and Ukrainian mean; and days of the
 * Islamic (Umm al-Qura), Hebrew and Persian calendars, read from the
 * platform's calendar data (Intl), so that Ramadan, the two Eids, Hanukkah,
 * Passover and Nowruz land on the day those calendars give (a local sighting
 * of the moon may differ by a day).
 */

/** Where a holiday falls: a fixed day, days from Easter, or a day of another calendar (month 1-based; Hebrew months by Intl's English name). */
export type HolidayRule =
  | { kind: 'fixed'; month: number; day: number }
  | { kind: 'easter'; offset: number; orthodox: boolean }
  | { kind: 'calendar'; calendar: 'islamic-umalqura' | 'hebrew' | 'persian'; month: number | string; day: number };

const fixed = (month: number, day: number): HolidayRule => ({ kind: 'fixed', month, day });
const easter = (offset: number, orthodox = false): HolidayRule => ({ kind: 'easter', offset, orthodox });
const islamic = (month: number, day: number): HolidayRule => ({ kind: 'calendar', calendar: 'islamic-umalqura', month, day });
const hebrew = (month: string, day: number): HolidayRule => ({ kind: 'calendar', calendar: 'hebrew', month, day });
const NOWRUZ: HolidayRule = { kind: 'calendar', calendar: 'persian', month: 1, day: 1 };
const RAMADAN = islamic(9, 1);
const EID_AL_FITR = islamic(10, 1);
const EID_AL_ADHA = islamic(12, 10);
const HANUKKAH = hebrew('Kislev', 25);
const PASSOVER = hebrew('Nisan', 15);

/**
 * A holiday's names in a language (regular-expression source, longest first,
 * case as written) and its rule. `prefixed`: the name is also a town, a first
 * name or a word ("Natal", "Noël"), so it counts only after a preposition.
 */
export interface HolidayWords {
  names: string;
  rule: HolidayRule;
  prefixed?: boolean;
}

export interface LanguageHolidays {
  /** Prepositions and articles written before a holiday that belong to its expression ("on", "à", "an", "w"). */
  before: string;
  holidays: readonly HolidayWords[];
}

/**
 * Words before a holiday after which it names no day of its own: counted from
 * ("before Christmas", "после Пасхи", "قبل شهر رمضان") or a noun's complement
 * ("marché de Noël", "mercatino di Natale").
 */
export const NOT_ITS_DAY_AFTER: Readonly<Record<string, string>> = {
  en: 'before|after|ahead of|until|the|a|of',
  fr: 'avant|après|de|du|des|d[\'’]',
  de: 'vor|nach|bis',
  es: 'antes de|después de|tras|de|del',
  it: 'prima di|dopo|di|del|della',
  pt: 'antes do|antes da|depois do|depois da|após|de|do|da',
  nl: 'voor|na|van',
  ru: 'до|после|перед',
  uk: 'до|після|перед',
  pl: 'przed|po',
  tr: '(?!)',
  ar: 'قبل|بعد|حتى',
  he: 'לפני|אחרי|עד',
  id: 'sebelum|setelah|sesudah|menjelang|usai',
};

/** English names a feast before a noun it qualifies ("the Christmas market", "Easter holidays"): a lower-case word after it, other than these, makes it no day. */
export const ENGLISH_AFTER_FEAST = 'and|or|but|when|as|while|this|last|next|the|a|an|to|in|on|at|for|with|is|was|were|will|would|has|had|day|eve|weekend';

export const HOLIDAYS: Readonly<Record<string, LanguageHolidays>> = {
  en: {
    before: 'on',
    holidays: [
      { names: 'Christmas Eve', rule: fixed(12, 24) },
      { names: 'Orthodox Christmas', rule: fixed(1, 7) },
      { names: 'Christmas Day|Christmas', rule: fixed(12, 25) },
      { names: 'Boxing Day', rule: fixed(12, 26) },
      { names: "New Year['’]s Eve", rule: fixed(12, 31) },
      { names: "New Year['’]s Day|New Year['’]s", rule: fixed(1, 1) },
      { names: 'Epiphany', rule: fixed(1, 6) },
      { names: 'Good Friday', rule: easter(-2) },
      { names: 'Easter Monday', rule: easter(1) },
      { names: 'Orthodox Easter', rule: easter(0, true) },
      { names: 'Easter Sunday|Easter', rule: easter(0) },
      { names: 'Ramadan', rule: RAMADAN },
      { names: 'Eid al-Fitr|Eid ul-Fitr', rule: EID_AL_FITR },
      { names: 'Eid al-Adha|Eid ul-Adha', rule: EID_AL_ADHA },
      { names: 'Hanukkah|Chanukah', rule: HANUKKAH },
      { names: 'Passover', rule: PASSOVER },
      { names: 'Nowruz|Norouz|Navruz|Newroz', rule: NOWRUZ },
    ],
  },
  fr: {
    before: "à la|à l['’]|à|le|la|l['’]|pour l['’]|pour",
    holidays: [
      { names: 'veille de Noël|réveillon de Noël', rule: fixed(12, 24) },
      { names: 'jour de Noël|Noël', rule: fixed(12, 25), prefixed: true },
      { names: "Saint-Sylvestre|réveillon du Nouvel An|réveillon du jour de l['’]An", rule: fixed(12, 31) },
      { names: "jour de l['’]An|Nouvel An", rule: fixed(1, 1) },
      { names: 'Épiphanie', rule: fixed(1, 6) },
      { names: '[Vv]endredi saint', rule: easter(-2) },
      { names: 'lundi de Pâques', rule: easter(1) },
      { names: 'dimanche de Pâques|Pâques', rule: easter(0) },
      { names: 'Ramadan', rule: RAMADAN },
      { names: 'Aïd el-Fitr|Aïd al-Fitr', rule: EID_AL_FITR },
      { names: 'Aïd el-Kébir|Aïd el-Adha|Aïd al-Adha', rule: EID_AL_ADHA },
      { names: 'Hanoukka', rule: HANUKKAH },
      { names: 'Pessah', rule: PASSOVER },
      { names: 'Norouz|Nowruz', rule: NOWRUZ },
    ],
  },
  de: {
    before: 'an|am|zu|zum|über',
    holidays: [
      { names: 'Heiligabend|Heiligen Abend|Heiliger Abend', rule: fixed(12, 24) },
      { names: 'ersten Weihnachtsfeiertag|ersten Weihnachtstag|Weihnachten', rule: fixed(12, 25) },
      { names: 'zweiten Weihnachtsfeiertag|zweiten Weihnachtstag|Stephanstag', rule: fixed(12, 26) },
      { names: 'Silvester', rule: fixed(12, 31) },
      { names: 'Neujahrstag|Neujahr', rule: fixed(1, 1) },
      { names: 'Dreikönigstag|Dreikönigsfest|Heilige Drei Könige|Heiligen Drei Könige|Epiphanias', rule: fixed(1, 6) },
      { names: 'Karfreitag', rule: easter(-2) },
      { names: 'Ostermontag', rule: easter(1) },
      { names: 'Ostersonntag|Ostern', rule: easter(0) },
      { names: 'Ramadan', rule: RAMADAN },
      { names: 'Zuckerfest|Fastenbrechen', rule: EID_AL_FITR },
      { names: 'Opferfest', rule: EID_AL_ADHA },
      { names: 'Chanukka', rule: HANUKKAH },
      { names: 'Pessach', rule: PASSOVER },
      { names: 'Nouruz|Nowruz', rule: NOWRUZ },
      { names: 'Tag der Deutschen Einheit', rule: fixed(10, 3) },
    ],
  },
  es: {
    before: 'el|en|por|para',
    holidays: [
      { names: 'Nochebuena', rule: fixed(12, 24) },
      { names: 'día de Navidad|Navidad', rule: fixed(12, 25) },
      { names: 'Nochevieja', rule: fixed(12, 31) },
      { names: 'día de Año Nuevo|Año Nuevo', rule: fixed(1, 1) },
      { names: 'día de Reyes', rule: fixed(1, 6) },
      { names: 'Viernes Santo', rule: easter(-2) },
      { names: 'Domingo de Pascua|Domingo de Resurrección', rule: easter(0) },
      { names: 'Ramadán', rule: RAMADAN },
      { names: 'Eid al-Fitr', rule: EID_AL_FITR },
      { names: 'Eid al-Adha|fiesta del Cordero', rule: EID_AL_ADHA },
      { names: 'Janucá', rule: HANUKKAH },
      { names: 'Pésaj', rule: PASSOVER },
      { names: 'Nouruz|Nowruz', rule: NOWRUZ },
      { names: 'Día de la Hispanidad', rule: fixed(10, 12) },
    ],
  },
  it: {
    before: 'la|il|a|per',
    holidays: [
      { names: 'vigilia di Natale', rule: fixed(12, 24) },
      { names: 'giorno di Natale|Natale', rule: fixed(12, 25) },
      { names: 'notte di Capodanno|San Silvestro', rule: fixed(12, 31) },
      { names: 'Capodanno', rule: fixed(1, 1) },
      { names: 'Epifania', rule: fixed(1, 6) },
      { names: 'Venerdì Santo', rule: easter(-2) },
      { names: "Pasquetta|[Ll]unedì dell['’]Angelo", rule: easter(1) },
      { names: 'Pasqua', rule: easter(0) },
      { names: 'Ramadan', rule: RAMADAN },
      { names: 'Eid al-Fitr', rule: EID_AL_FITR },
      { names: 'Eid al-Adha|festa del Sacrificio', rule: EID_AL_ADHA },
      { names: 'Hanukkah|Chanukkah', rule: HANUKKAH },
      { names: 'Pesach', rule: PASSOVER },
      { names: 'Nowruz', rule: NOWRUZ },
      { names: 'Festa della Repubblica', rule: fixed(6, 2) },
    ],
  },
  pt: {
    before: 'na|no|o|a|em|pelo|pela',
    holidays: [
      { names: 'véspera de Natal|noite de Natal', rule: fixed(12, 24) },
      { names: 'dia de Natal|Natal', rule: fixed(12, 25), prefixed: true },
      { names: 'véspera de Ano Novo|passagem de ano', rule: fixed(12, 31) },
      { names: 'dia de Ano Novo|Ano Novo', rule: fixed(1, 1) },
      { names: 'Dia de Reis|dia de Reis|Epifania', rule: fixed(1, 6) },
      { names: 'Sexta-feira Santa', rule: easter(-2) },
      { names: 'domingo de Páscoa|Páscoa', rule: easter(0) },
      { names: 'Ramadão|Ramadã|Ramadan', rule: RAMADAN },
      { names: 'Eid al-Fitr', rule: EID_AL_FITR },
      { names: 'Eid al-Adha', rule: EID_AL_ADHA },
      { names: 'Hanukkah', rule: HANUKKAH },
      { names: 'Pessach', rule: PASSOVER },
      { names: 'Nowruz', rule: NOWRUZ },
    ],
  },
  nl: {
    before: 'op|met|rond|tijdens',
    holidays: [
      { names: '[Kk]erstavond', rule: fixed(12, 24) },
      { names: '[Ee]erste kerstdag|Kerstmis|[Kk]erst', rule: fixed(12, 25) },
      { names: '[Tt]weede kerstdag', rule: fixed(12, 26) },
      { names: '[Oo]udejaarsavond|[Oo]udjaarsavond|[Oo]udejaarsdag', rule: fixed(12, 31) },
      { names: '[Nn]ieuwjaarsdag|Nieuwjaar', rule: fixed(1, 1) },
      // The Magi too ("Driekoningen is een schilderij"): a day only after a preposition.
      { names: 'Driekoningen', rule: fixed(1, 6), prefixed: true },
      { names: 'Goede Vrijdag', rule: easter(-2) },
      { names: '[Tt]weede paasdag|Paasmaandag', rule: easter(1) },
      { names: '[Ee]erste paasdag|Paaszondag|Pasen', rule: easter(0) },
      { names: '[Rr]amadan', rule: RAMADAN },
      { names: 'Suikerfeest', rule: EID_AL_FITR },
      { names: 'Offerfeest', rule: EID_AL_ADHA },
      { names: 'Chanoeka', rule: HANUKKAH },
      { names: 'Pesach', rule: PASSOVER },
      { names: 'Nowruz', rule: NOWRUZ },
      { names: 'Koningsdag', rule: fixed(4, 27) },
    ],
  },
  ru: {
    before: 'в|во|на',
    holidays: [
      { names: 'канун Нового года|новогоднюю ночь', rule: fixed(12, 31) },
      { names: 'Новый год|Нового года|Новому году|Новым годом', rule: fixed(1, 1) },
      // The Russian Orthodox Church keeps Christmas on 7 January.
      { names: 'Рождество|Рождества|Рождеству', rule: fixed(1, 7) },
      { names: 'Пасха|Пасху|Пасхи|Пасхе', rule: easter(0, true) },
      { names: 'Рамадан|Рамадана', rule: RAMADAN },
      { names: 'Ураза-байрам|Ураза-байрама', rule: EID_AL_FITR },
      { names: 'Курбан-байрам|Курбан-байрама', rule: EID_AL_ADHA },
      { names: 'Ханука|Хануку|Хануки', rule: HANUKKAH },
      { names: 'Песах', rule: PASSOVER },
      { names: 'Навруз|Новруз', rule: NOWRUZ },
      { names: 'День Победы|Дня Победы', rule: fixed(5, 9) },
    ],
  },
  uk: {
    before: 'в|у|на',
    holidays: [
      { names: 'напередодні Нового року', rule: fixed(12, 31) },
      { names: 'Новий рік|Нового року|Новому році', rule: fixed(1, 1) },
      // The Orthodox Church of Ukraine keeps Christmas on 25 December since 2023; Easter stays Orthodox.
      { names: 'Різдво|Різдва', rule: fixed(12, 25) },
      { names: 'Великдень|Великодня', rule: easter(0, true) },
      { names: 'Рамадан|Рамадану', rule: RAMADAN },
      { names: 'Ураза-байрам', rule: EID_AL_FITR },
      { names: 'Курбан-байрам', rule: EID_AL_ADHA },
      { names: 'Ханука|Хануку', rule: HANUKKAH },
      { names: 'Навруз', rule: NOWRUZ },
      { names: 'День Незалежності|Дня Незалежності', rule: fixed(8, 24) },
    ],
  },
  pl: {
    before: 'w|we|na',
    holidays: [
      { names: 'Wigilię|Wigilia|Wigilii', rule: fixed(12, 24) },
      { names: 'Boże Narodzenie|Bożego Narodzenia', rule: fixed(12, 25) },
      { names: 'Sylwestra|Sylwester', rule: fixed(12, 31) },
      { names: 'Nowy Rok|Nowego Roku', rule: fixed(1, 1) },
      // Also a street's or a church's name: a day only after a preposition.
      { names: 'Trzech Króli|Objawienie Pańskie|Objawienia Pańskiego', rule: fixed(1, 6), prefixed: true },
      { names: 'Wielki Piątek', rule: easter(-2) },
      { names: 'Wielkanoc|Wielkanocy', rule: easter(0) },
      { names: 'Ramadan|Ramadanu', rule: RAMADAN },
      { names: 'Chanuka|Chanuki', rule: HANUKKAH },
      { names: 'Nowruz', rule: NOWRUZ },
      { names: 'Święto Niepodległości|Święta Niepodległości', rule: fixed(11, 11) },
    ],
  },
  tr: {
    before: '(?!)',
    holidays: [
      { names: '[Yy]ılbaşı gecesi', rule: fixed(12, 31) },
      { names: '[Yy]ılbaşı', rule: fixed(1, 1) },
      { names: 'Noel', rule: fixed(12, 25) },
      { names: 'Paskalya', rule: easter(0) },
      { names: 'Ramazan Bayramı', rule: EID_AL_FITR },
      { names: 'Kurban Bayramı', rule: EID_AL_ADHA },
      { names: 'Ramazan', rule: RAMADAN },
      { names: 'Nevruz', rule: NOWRUZ },
      { names: 'Cumhuriyet Bayramı', rule: fixed(10, 29) },
      { names: 'Zafer Bayramı', rule: fixed(8, 30) },
    ],
  },
  ar: {
    before: '(?!)',
    holidays: [
      { names: 'ليلة رأس السنة|عشية رأس السنة', rule: fixed(12, 31) },
      { names: 'رأس السنة الميلادية|رأس السنة(?! الهجرية)', rule: fixed(1, 1) },
      { names: 'عيد الميلاد المجيد|عيد الميلاد', rule: fixed(12, 25) },
      { names: 'عيد الفصح', rule: easter(0) },
      { names: 'شهر رمضان|رمضان', rule: RAMADAN },
      { names: 'عيد الفطر', rule: EID_AL_FITR },
      { names: 'عيد الأضحى', rule: EID_AL_ADHA },
      { names: 'عيد النوروز|النوروز|نوروز', rule: NOWRUZ },
    ],
  },
  he: {
    // "On" and "and" written on the name: "בחנוכה", "ובפסח".
    before: '(?!)',
    holidays: [
      { names: 'ו?[בל]?ערב חג המולד', rule: fixed(12, 24) },
      { names: 'ו?[בל]?חג המולד', rule: fixed(12, 25) },
      { names: 'ו?[בל]?חנוכה', rule: HANUKKAH },
      { names: 'ו?[בל]?פסח', rule: PASSOVER },
      { names: 'ו?[בל]?ראש השנה', rule: hebrew('Tishri', 1) },
      { names: 'ו?[בל]?יום הכיפורים|ו?[בל]?יום כיפור', rule: hebrew('Tishri', 10) },
      { names: 'ו?[בל]?רמדאן', rule: RAMADAN },
      { names: 'ו?[בל]?נורוז', rule: NOWRUZ },
    ],
  },
  id: {
    before: 'pada',
    holidays: [
      { names: 'malam Natal', rule: fixed(12, 24) },
      { names: 'Hari Natal|Natal', rule: fixed(12, 25) },
      { names: 'malam Tahun Baru|malam pergantian tahun', rule: fixed(12, 31) },
      { names: 'Tahun Baru(?! (?:Imlek|Islam|Hijriah))', rule: fixed(1, 1) },
      { names: 'Jumat Agung', rule: easter(-2) },
      { names: 'Paskah', rule: easter(0) },
      { names: 'Ramadan|Ramadhan', rule: RAMADAN },
      { names: 'Idul Fitri|Idulfitri|Lebaran', rule: EID_AL_FITR },
      { names: 'Idul Adha|Iduladha', rule: EID_AL_ADHA },
      { names: 'Nowruz', rule: NOWRUZ },
      { names: 'Hari Kemerdekaan', rule: fixed(8, 17) },
    ],
  },
};

const DAY_MS = 86_400_000;

/** Easter Sunday of `year` (UTC midnight): the Gregorian computus (Meeus/Jones/Butcher), or the Julian one moved to the Gregorian calendar. */
function easterSunday(year: number, orthodox: boolean): number {
  if (orthodox) {
    const a = year % 4;
    const b = year % 7;
    const c = year % 19;
    const d = (19 * c + 15) % 30;
    const e = (2 * a + 4 * b - d + 34) % 7;
    const month = Math.floor((d + e + 114) / 31);
    const day = ((d + e + 114) % 31) + 1;
    // Julian to Gregorian: 13 days in the 1900s and 2000s.
    const julianShift = Math.floor(year / 100) - Math.floor(year / 400) - 2;
    return Date.UTC(year, month - 1, day) + julianShift * DAY_MS;
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}

/** Per calendar and Gregorian year: the UTC days of the year by the other calendar's "month-day". Built on first use. */
const calendarDays = new Map<string, Map<string, number[]>>();

function daysOfCalendar(calendar: string, year: number): Map<string, number[]> {
  const key = `${calendar}:${year}`;
  let days = calendarDays.get(key);
  if (!days) {
    days = new Map();
    // Hebrew months are read by name, since a leap year adds one; the others by number.
    const format = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, { timeZone: 'UTC', month: calendar === 'hebrew' ? 'long' : 'numeric', day: 'numeric' });
    for (let at = Date.UTC(year, 0, 1); at < Date.UTC(year + 1, 0, 1); at += DAY_MS) {
      const parts = format.formatToParts(at);
      const monthDay = `${parts.find((part) => part.type === 'month')?.value}-${parts.find((part) => part.type === 'day')?.value}`;
      days.set(monthDay, [...(days.get(monthDay) ?? []), at]);
    }
    calendarDays.set(key, days);
  }
  return days;
}

/** Every day (UTC midnight) `rule` falls on in the Gregorian `year`: one, or for the Islamic calendar's shorter year sometimes two or none. */
export function holidayDays(rule: HolidayRule, year: number): number[] {
  if (rule.kind === 'fixed') return [Date.UTC(year, rule.month - 1, rule.day)];
  if (rule.kind === 'easter') return [easterSunday(year, rule.orthodox) + rule.offset * DAY_MS];
  return daysOfCalendar(rule.calendar, year).get(`${rule.month}-${rule.day}`) ?? [];
}
