/**
 * Names in Hebrew text, which has no capitals either: read, like Arabic
 * (arabic.ts), by the words around them. Words are read without the letters
 * Hebrew writes before them ("ו" and, "ה" the, "ב" in, "ל" to, "מ" from, "ש"
 * that: "ובירושלים" is Jerusalem), and named by a title before a person ("ראש
 * הממשלה", "ח"כ", "ד"ר"), a head before a body in the construct state ("משרד
 * התחבורה", "עיריית באר שבע"), a word for a place before a place ("בעיר",
 * "בקיבוץ"), a given name before a surname, and the known names below: the
 * countries in Hebrew, towns, regions and bodies (the shared lists hold no
 * Hebrew). Precision first: a word that may be a common word is not a name
 * without a cue.
 */
import countriesInHebrew from 'i18n-iso-countries/langs/he.json' with { type: 'json' };
import type { EntityKind, UncasedName } from './entity-key.ts';

interface Token {
  /** As written, without points, with geresh and gershayim as ASCII quotes ("צה"ל", "פרופ'"). */
  bare: string;
  start: number;
  end: number;
}

/** A word: letters, a quote inside an acronym ("צה"ל"), a geresh after an abbreviation ("פרופ'"), a hyphen joining two words ("רב-אלוף"). */
const HEBREW_WORD = /[\u05D0-\u05EA](?:[\u05D0-\u05EA]|\p{M}|["\u05F4'\u05F3\-\u05BE](?=[\u05D0-\u05EA]))*(?:['\u05F3](?![\p{L}\p{N}]))?/gu;
const POINTS = /\p{M}/gu;

const bareOf = (written: string) => written.replace(POINTS, '').replace(/\u05F4/gu, '"').replace(/\u05F3/gu, "'").replace(/\u05BE/gu, '-');

/**
 * The prefix letters in the order Hebrew writes them: "ו", then "ש", then one
 * of "בלמ", then "ה" ("ושבה…"). Not "כ" ("as"), which seldom stands before a
 * name and reads common words as names: "כיוון" (direction) is not "יוון".
 */
const PREFIX_GROUPS = ['ו', 'ש', 'בלמ', 'ה'];

/** Country names that are also common words: "הודו" (India) is "they thanked". */
const AMBIGUOUS_COUNTRIES = new Set(['הודו']);

/**
 * The countries in Hebrew (i18n-iso-countries' table, here rather than in the
 * shared gazetteer, whose one pattern every other language's text is read by),
 * the towns, regions and bodies news names without a cue.
 */
const KNOWN: ReadonlyMap<string, EntityKind> = new Map<string, EntityKind>([
  ...Object.values(countriesInHebrew.countries)
    .flatMap((forms: string | readonly string[]) => (typeof forms === 'string' ? [forms] : [...forms]))
    .filter((form) => !/[,()]/u.test(form) && !AMBIGUOUS_COUNTRIES.has(form))
    .map((form): [string, EntityKind] => [bareOf(form), 'place']),
  ...[
    'ירושלים', 'תל אביב', 'תל אביב-יפו', 'יפו', 'חיפה', 'באר שבע', 'אילת', 'נתניה', 'אשדוד', 'אשקלון', 'טבריה', 'נצרת', 'עכו', 'רמת גן',
    'פתח תקווה', 'ראשון לציון', 'חולון', 'בת ים', 'הרצליה', 'כפר סבא', 'רעננה', 'מודיעין', 'רחובות', 'קריית גת', 'קריית שמונה', 'שדרות',
    'דימונה', 'ערד', 'צפת', 'לוד', 'רמלה', 'עפולה', 'בני ברק', 'חדרה', 'נהריה', 'קריית אתא', 'טמרה', 'רהט', 'אום אל-פחם', 'עזה', 'רמאללה',
    'שכם', 'חברון', 'בית לחם', 'ג\'נין', 'טהרן', 'ביירות', 'דמשק', 'קהיר', 'עמאן', 'וושינגטון', 'מוסקבה', 'לונדון', 'פריז', 'ברלין',
    'רומא', 'אתונה', 'מדריד', 'ניו יורק', 'אנקרה', 'איסטנבול', 'קייב', 'בגדד', 'דובאי', 'אבו דאבי', 'ריאד', 'דוחא', 'בריסל', 'ז\'נבה',
    'הנגב', 'הגליל', 'הגולן', 'רמת הגולן', 'הערבה', 'יהודה ושומרון', 'הגדה המערבית', 'רצועת עזה', 'עוטף עזה', 'ים המלח', 'הים התיכון',
    'הכנרת', 'ים סוף', 'עמק יזרעאל', 'אירופה', 'אסיה', 'אפריקה', 'אמריקה', 'צפון אמריקה', 'דרום אמריקה', 'אמריקה הלטינית', 'המזרח התיכון',
    'בריטניה',
  ].map((form): [string, EntityKind] => [form, 'place']),
  ...[
    'צה"ל', 'שב"כ', 'או"ם', 'נאט"ו', 'אונר"א', 'בג"ץ', 'מד"א', 'חמאס', 'חיזבאללה', 'הליכוד', 'רכבת ישראל', 'בנק ישראל', 'משטרת ישראל',
    'האיחוד האירופי', 'אל על', 'הסתדרות', 'ההסתדרות', 'חברת החשמל', 'המוסד',
  ].map((form): [string, EntityKind] => [form, 'organization']),
]);

/** Titles before a person's name; abbreviations and ranks are always followed by one. */
const STRONG_TITLES = new Set([
  'ח"כ', 'חה"כ', 'ד"ר', "פרופ'", 'פרופסור', 'עו"ד', 'אלוף', 'האלוף', 'רב-אלוף', 'תת-אלוף', 'תא"ל', 'אל"ם', 'סא"ל', 'רס"ן', 'ניצב', 'הרב', 'השופט', 'השופטת',
  // Ranks of the police and the fire and rescue service.
  'רב-ניצב', 'תת-ניצב', 'סנ"צ', 'נצ"מ', 'רפ"ק', 'פקד', 'טפסר', 'רב-טפסר', 'תת-טפסר', 'טפסר-משנה',
]);
const TITLES = new Set([
  ...STRONG_TITLES, 'ראש', 'שר', 'שרת', 'השר', 'השרה', 'הנשיא', 'נשיא', 'נשיאת', 'הנשיאה', 'שופט', 'שופטת', 'מנכ"ל', 'מנכ"לית', 'יו"ר', 'דובר', 'דוברת',
  'סגן', 'סגנית', 'שגריר', 'שגרירת', 'השגריר', 'השגרירה', 'מפכ"ל', 'המפכ"ל', 'רמטכ"ל', 'הרמטכ"ל', 'מנהל', 'מנהלת', 'מייסד', 'מייסדת', 'המייסד', 'המייסדת',
  // Trades the press names people by: "החקלאי", "הדייג", "המורה".
  'החקלאי', 'החקלאית', 'הדייג', 'הסוחר', 'הסוחרת', 'המורה', 'הרופא', 'הרופאה', 'הנהג', 'הנהגת',
]);

/** Heads whose construct with a word with the article is a body: "משרד התחבורה", "רשות המים", "בית המשפט העליון". */
const STATE_HEADS = new Set(['משרד', 'רשות', 'משטרת', 'נציבות', 'עיריית', 'מועצת', 'לשכת', 'מפלגת', 'צבא', 'בית המשפט', 'בית הדין', 'ועדת']);
/** Words with the article after a head that make a common phrase, not a body: "רשות הדיבור" (the floor), "מועצת המנהלים" (a board). */
const GENERIC_FIELDS = new Set(['הדיבור', 'הרבים', 'היחיד', 'המנהלים', 'העיר', 'השר', 'השרה', 'החברה', 'המשרד', 'הרשות', 'המועצה', 'הוועדה', 'הבית', 'הארגון', 'המפלגה', 'המנהל', 'המנכ"ל']);
/** Heads that name a body with the article on them, before an adjective or a field after "ל": "השירות ההידרולוגי", "המשרד לשמירת הטבע". */
const ARTICLED_HEADS = new Set(['שירות', 'משרד', 'מכון', 'רשות']);
/** Heads that are a body only before a name: a known place ("בנק ישראל", "אוניברסיטת תל אביב") or a quoted name ("חברת "אקווה-שילד""), not "חברת הסייבר". */
const NAME_HEADS = new Set(['בנק', 'חברת', 'ארגון', 'קרן', 'איגוד', 'אוניברסיטת', 'מכון', 'תנועת', 'רכבת', 'קבוצת', 'סוכנות', 'עמותת', 'בית החולים']);

/** Words for a place before its name: "בעיר אשדוד", "בקיבוץ נחל עוז", "מחוז…", "נהר הירדן". */
const PLACE_WORDS = new Set(['העיר', 'עיר', 'העיירה', 'עיירה', 'היישוב', 'יישוב', 'הכפר', 'כפר', 'הקיבוץ', 'קיבוץ', 'המושב', 'מושב', 'מחוז', 'נהר', 'הנהר', 'מחנה הפליטים']);
/** Words that open a town's two-word name: "קריית גת", "באר שבע", "נחל עוז". */
const TWO_WORD_OPENERS = new Set(['קריית', 'קרית', 'באר', 'בית', 'כפר', 'גבעת', 'רמת', 'נווה', 'מעלה', 'תל', 'ראש', 'עין', 'נחל', 'הר', 'מצפה', 'גני', 'אבן', 'אור', 'יד', 'מגדל', 'נוף', 'זכרון', 'שדה', 'אום', 'דיר', 'בני', 'פתח', 'עמק']);
/** A direction before a known place is part of it: "דרום לבנון", "צפון סוריה". */
const DIRECTIONS = new Set(['צפון', 'דרום', 'מזרח', 'מערב']);

/** The Knesset, written with the article or behind a prefix that swallows it ("בכנסת"). */
const KNESSET = new Set(['הכנסת']);
/** Words before "הכנסת" that make it the Knesset. */
const KNESSET_BEFORE = new Set(['של', 'חבר', 'חברי', 'חברת', 'חברות', 'מליאת', 'יו"ר', 'נשיאות', 'ועדת', 'ועדות', 'דוברת', 'דובר']);

/** Adjectives that describe and do not name: "בכפר קטן", "אלון גדול" (a big oak). */
const COMMON_ADJECTIVES = new Set(['קטן', 'קטנה', 'גדול', 'גדולה', 'נידח', 'נידחת', 'סמוך', 'סמוכה', 'חדש', 'חדשה', 'ישן', 'ישנה', 'שכן', 'שכנה', 'שלם', 'שלמה', 'אחר', 'אחרת', 'עני', 'ענייה']);
/** An adjective or a plural, which a town's one-word name seldom is: "ערבי", "בדואית", "רבים". */
const looksAdjective = (form: string) => COMMON_ADJECTIVES.has(form) || /(?:י|ית|ים|ות)$/u.test(form);

/** Given names that are not also common words ("איתן" with them, "חיים" life, "שירה" poetry, "דוד" a boiler, "מיכל" a tank, "אסף" gathered), before a surname: "נועה ברק", "יוסי בן עמי". */
const GIVEN_NAMES = new Set([
  'אברהם', 'יצחק', 'יעקב', 'משה', 'אהרון', 'יוסף', 'יוסי', 'בנימין', 'אביגדור', 'אהוד', 'אריאל', 'אלון', 'אורי', 'אליהו',
  'אמיר', 'ארז', 'גדעון', 'גלעד', 'דני', 'דניאל', 'יאיר', 'יגאל', 'יונתן', 'יואב', 'מיכאל', 'מאיר', 'מרדכי', 'נפתלי', 'עמרי',
  'עוזי', 'צבי', 'רוני', 'שמעון', 'שמואל', 'יריב', 'אביטל', 'איילת', 'אורנה', 'הילה', 'זהבה', 'יעל', 'לימור',
  'נועה', 'נעמה', 'סיגל', 'ענת', 'עינב', 'רחל', 'רונית', 'רות', 'ציפי', 'אורית', 'אילנה', 'אסתר',
]);

/** "Son of" and "daughter of" inside a name: "יוסי בן עמי". */
const SON_OF = new Set(['בן', 'בת']);

/** Verbs of saying: a name of one word after a title stands before one ("השר כהן אמר"). */
const SAYING = new Set(['אמר', 'אמרה', 'הודיע', 'הודיעה', 'מסר', 'מסרה', 'ציין', 'ציינה', 'הוסיף', 'הוסיפה', 'כתב', 'כתבה', 'טען', 'טענה', 'הבהיר', 'הבהירה', 'הגיב', 'הגיבה', 'סיפר', 'סיפרה']);

/** Words that end a name: particles, pronouns, days and times. */
const STOP_WORDS = new Set([
  ...SAYING, 'של', 'את', 'על', 'עם', 'אל', 'כי', 'אשר', 'גם', 'לא', 'זה', 'זו', 'זאת', 'הוא', 'היא', 'הם', 'הן', 'אני', 'אנחנו', 'כל', 'עוד', 'רק',
  'כבר', 'אך', 'אבל', 'או', 'אם', 'כמו', 'בין', 'לפני', 'אחרי', 'היום', 'אתמול', 'מחר', 'יום', 'ביום', 'השבוע', 'השנה', 'ראשון', 'שני', 'שלישי', 'רביעי',
  'חמישי', 'שישי', 'שבת', 'לשעבר', 'כך', 'כן', 'יש', 'אין', 'היה', 'הייתה', 'היו', 'לדברי', 'לפי', 'מאת', 'צילום', 'כאשר', 'אז', 'שם', 'פה', 'כאן', 'מאוד',
  'יותר', 'פחות', 'אחד', 'אחת', 'נגד', 'עבור', 'למען', 'אצל', 'מול', 'ליד', 'תחת', 'מעל', 'בעד', 'בלי', 'ללא', 'אולם', 'אלא', 'רבים', 'מיליון', 'מיליארד',
]);

/** The legal form of a limited company, written after its name: "אלביט מערכות בע"מ". */
const LIMITED_COMPANY = 'בע"מ';

/** An abbreviation in brackets, written with gershayim before its last letter: "(מד"א)". */
const BRACKETED_ABBREVIATION = /\(([\u05D0-\u05EA]{1,4}["\u05F4][\u05D0-\u05EA])\)/gu;
/** Final letter forms, which an abbreviation's letters never take for a word's initial. */
const FINAL_FORMS: Readonly<Record<string, string>> = { ך: 'כ', ם: 'מ', ן: 'נ', ף: 'פ', ץ: 'צ' };
/** An abbreviation's letters as the initials of the words it stands for: "מד"א" is מ, ד, א. */
const abbreviationInitials = (written: string) => [...bareOf(written).replace(/"/gu, '')].map((letter) => FINAL_FORMS[letter] ?? letter);

interface Reading {
  form: string;
  cut: number;
}

const readingsCache = new Map<string, Reading[]>();

/** Readings of a written word without its prefixes, fewest letters cut first; after "ב" and "ל" the article is silent ("בנגב" is "הנגב"). */
function readings(bare: string): Reading[] {
  const cached = readingsCache.get(bare);
  if (cached) return cached;
  const found: Reading[] = [{ form: bare, cut: 0 }];
  const cutFrom = (at: number, group: number) => {
    for (let next = group; next < PREFIX_GROUPS.length && at < bare.length - 2; next++) {
      if (!PREFIX_GROUPS[next]!.includes(bare[at]!)) continue;
      const rest = bare.slice(at + 1);
      found.push({ form: rest, cut: at + 1 });
      if ('בל'.includes(bare[at]!)) found.push({ form: `ה${rest}`, cut: at + 1 });
      cutFrom(at + 1, next + 1);
    }
  };
  cutFrom(0, 0);
  found.sort((a, b) => a.cut - b.cut);
  // Every word is read against several lists: each is cut once, and the cache kept to a few articles' words.
  if (readingsCache.size > 20_000) readingsCache.clear();
  readingsCache.set(bare, found);
  return found;
}

const readAs = (token: Token, set: ReadonlySet<string>) => readings(token.bare).find((reading) => set.has(reading.form));
/** A word with the article, as a body's name after its head is: "התחבורה", "המים". */
const articled = (form: string) => form.startsWith('ה') && form.length > 2 && !form.includes('"');
/** An adjective after a body's name: "העליון", "המחוזי", "האמריקאית" (not a verb: "הודיע"). */
const articledAdjective = (form: string) => articled(form) && /(?:י|ית|ון|ונה)$/u.test(form);

/** The names in Hebrew `text`. */
export function hebrewEntities(text: string): UncasedName[] {
  const tokens: Token[] = [...text.matchAll(HEBREW_WORD)].map((match) => ({ bare: bareOf(match[0]), start: match.index, end: match.index + match[0].length }));
  const adjacent = (i: number) => i + 1 < tokens.length && text.slice(tokens[i]!.end, tokens[i + 1]!.start) === ' ';
  const names: UncasedName[] = [];
  const taken = new Set<number>();
  const quotedNames = new Map<string, EntityKind>();
  const kindOf = (form: string) => KNOWN.get(form) ?? quotedNames.get(form);
  const push = (kind: EntityKind, from: number, to: number, cut: number, role?: string, name?: string) => {
    const start = tokens[from]!.start + cut;
    const end = tokens[to]!.end;
    const written = text.slice(start, end);
    names.push({ kind, text: written, name: name ?? bareOf(written), ...(role ? { role } : {}), start, end });
    for (let i = from; i <= to; i++) taken.add(i);
  };
  /** The words from `i` on joined by single spaces, `count` of them, when they are. */
  const joined = (i: number, count: number) => {
    if (i + count > tokens.length) return undefined;
    for (let at = i; at < i + count - 1; at++) if (!adjacent(at)) return undefined;
    return tokens.slice(i + 1, i + count).map((token) => token.bare);
  };
  /** A known name of up to three words opening at `i`, behind the first word's prefixes. */
  const knownAt = (i: number) => {
    for (const count of [3, 2, 1]) {
      const rest = joined(i, count);
      if (!rest) continue;
      for (const reading of readings(tokens[i]!.bare)) {
        const form = [reading.form, ...rest].join(' ');
        const kind = kindOf(form);
        if (kind) return { kind, cut: reading.cut, name: form, end: i + count - 1 };
      }
    }
    return undefined;
  };
  /** A head of one or two words at `i` from `set`: "משרד", "בית המשפט". */
  const headAt = (i: number, set: ReadonlySet<string>) => {
    for (const count of [2, 1]) {
      const rest = joined(i, count);
      if (!rest) continue;
      // A head takes no article of its own: "המשרד הודיע" is the ministry already named.
      const reading = readings(tokens[i]!.bare).find((found) => set.has([found.form, ...rest].join(' ')) && !bareOf(text.slice(tokens[i]!.start, tokens[i]!.start + found.cut)).endsWith('ה'));
      if (reading) return { cut: reading.cut, end: i + count - 1 };
    }
    return undefined;
  };
  /** A body named by its head at `i`: where it ends, with the known place or quoted name it was read by. */
  const organizationAt = (i: number): { cut: number; end: number } | undefined => {
    const state = headAt(i, STATE_HEADS);
    const named = state ?? headAt(i, NAME_HEADS);
    if (!named || !adjacent(named.end)) return undefined;
    const place = knownAt(named.end + 1);
    if (place && place.cut === 0) return { cut: named.cut, end: place.end };
    if (!state) return undefined;
    let at = named.end + 1;
    // "משרד ראש הממשלה": a title with its portfolio names the office.
    if (tokens[at]!.bare === 'ראש' && adjacent(at) && articled(tokens[at + 1]!.bare)) at++;
    if (!articled(tokens[at]!.bare) || STOP_WORDS.has(tokens[at]!.bare) || GENERIC_FIELDS.has(tokens[at]!.bare)) return undefined;
    // Adjectives ("בית המשפט העליון") and a second field joined by "ו" ("ועדת החוץ והביטחון").
    const goesOn = (next: Token) => articledAdjective(next.bare) || (next.bare.startsWith('וה') && articled(next.bare.slice(1)) && !STOP_WORDS.has(next.bare.slice(1)));
    while (adjacent(at) && goesOn(tokens[at + 1]!) && at - named.end < 3) at++;
    return { cut: named.cut, end: at };
  };
  /** A body whose head carries the article at `i`: where it ends, the article kept inside and any prefix before it left out. */
  const articledBodyAt = (i: number): { cut: number; end: number } | undefined => {
    const head = readings(tokens[i]!.bare).find((reading) => ARTICLED_HEADS.has(reading.form) && tokens[i]!.bare.slice(0, reading.cut).endsWith('ה'));
    if (!head || !adjacent(i)) return undefined;
    const next = tokens[i + 1]!.bare;
    if (articledAdjective(next) && !GENERIC_FIELDS.has(next) && !STOP_WORDS.has(next)) {
      let end = i + 1;
      while (adjacent(end) && articledAdjective(tokens[end + 1]!.bare) && !STOP_WORDS.has(tokens[end + 1]!.bare) && end - i < 3) end++;
      return { cut: head.cut - 1, end };
    }
    // A field after "ל" in the construct state, then a word with the article: "לשמירת הטבע".
    const field = /^ל[\u05D0-\u05EA]{3,}$/u.test(next) && !STOP_WORDS.has(next) && adjacent(i + 1) && articled(tokens[i + 2]!.bare) && !STOP_WORDS.has(tokens[i + 2]!.bare);
    return field ? { cut: head.cut - 1, end: i + 2 } : undefined;
  };
  const nameWord = (token: Token) =>
    !STOP_WORDS.has(token.bare) &&
    token.bare.length > 1 &&
    !token.bare.includes('"') &&
    !articled(token.bare) &&
    !readAs(token, TITLES) &&
    !readAs(token, DIRECTIONS) &&
    !COMMON_ADJECTIVES.has(token.bare) &&
    // Nor a prefix before a word with the article: "מהספרייה" (from the library).
    !readings(token.bare).some((reading) => reading.cut > 0 && token.bare[reading.cut] === 'ה' && reading.form.length > 3) &&
    !readings(token.bare).some((reading) => kindOf(reading.form) !== undefined || STATE_HEADS.has(reading.form) || NAME_HEADS.has(reading.form));
  /** A person's name of a given name and a surname at `i` ("יוסי בן עמי"): where it ends. */
  const givenAndSurname = (i: number, afterTitle = false) => {
    // Only "and" before a given name: "ויוסי כהן".
    const given = readings(tokens[i]!.bare).find((reading) => GIVEN_NAMES.has(reading.form) && (reading.cut === 0 || tokens[i]!.bare.slice(0, reading.cut) === 'ו'));
    if (!given || !adjacent(i)) return undefined;
    let at = i + 1;
    if (SON_OF.has(tokens[at]!.bare) && adjacent(at)) at++;
    if (nameWord(tokens[at]!) && !GIVEN_NAMES.has(tokens[at]!.bare)) return { cut: given.cut, end: at };
    // After a title a surname may open with "ה" when a verb of saying or a comma closes it: "הנשיא יצחק הרצוג אמר".
    const articledSurname = afterTitle && articled(tokens[at]!.bare) && !STOP_WORDS.has(tokens[at]!.bare) && closes(at);
    return articledSurname ? { cut: given.cut, end: at } : undefined;
  };
  /** Whether a verb of saying follows token `end`. */
  const beforeSaying = (end: number) => adjacent(end) && readAs(tokens[end + 1]!, SAYING) !== undefined;
  /** Whether a comma, a colon or a verb of saying closes the name ending at `end` (a full stop closes a verb and its object too: "השרה אישרה תוכניות."). */
  const closes = (end: number) => /^[ \t]*[,:)]/u.test(text.slice(tokens[end]!.end, tokens[end + 1]?.start ?? text.length)) || beforeSaying(end);

  /**
   * "הכנסת" is also "the bringing in of" and "בית הכנסת" a synagogue: the
   * Knesset behind "in", "to" or "from" ("בכנסת"), after a word of its own
   * ("חברי הכנסת", "של הכנסת") or before punctuation.
   */
  const isKnesset = (i: number) => {
    const reading = readAs(tokens[i]!, KNESSET);
    if (!reading) return false;
    const previous = i > 0 && adjacent(i - 1) ? tokens[i - 1]! : undefined;
    if (previous && readings(previous.bare).some((found) => found.form === 'בית')) return false;
    // "בכנסת" swallows the article, "מהכנסת" keeps it; "בהכנסת" is "in bringing in".
    const prefix = tokens[i]!.bare.slice(0, reading.cut);
    const prefixed = /[בל]$/u.test(prefix) ? tokens[i]!.bare.slice(reading.cut) === 'כנסת' : prefix.endsWith('מ');
    const afterItsWord = previous !== undefined && KNESSET_BEFORE.has(previous.bare);
    const closed = /^[ \t]*[,.:;)]/u.test(text.slice(tokens[i]!.end, tokens[i + 1]?.start ?? text.length));
    return prefixed || afterItsWord || closed;
  };
  const tokenAt = new Map(tokens.map((token, index) => [token.start, index]));
  // Quoted names after a body's head are that body wherever else the article names them: חברת "אקווה-שילד".
  for (const match of text.matchAll(/["\u05F4\u201C\u201D]([\u05D0-\u05EA][\u05D0-\u05EA\- ]{1,30}?)["\u05F4\u201C\u201D](?![\u05D0-\u05EA])/gu)) {
    const first = tokenAt.get(match.index + 1) ?? 0;
    if (first < 1 || match[1]!.split(' ').length > 3) continue;
    const headed = [1, 2, 3].some((back) => first - back >= 0 && readAs(tokens[first - back]!, NAME_HEADS) !== undefined);
    if (headed) quotedNames.set(bareOf(match[1]!), 'organization');
  }

  // An abbreviation in brackets right after the words whose initials it spells names them, there and wherever the article writes it:
  // "מגן ים אדום (מי"א)", "למגן ים אדום (מי"א)" behind a prefix.
  const definedAbbreviations = new Map<string, string>();
  for (const match of text.matchAll(BRACKETED_ABBREVIATION)) {
    const abbreviation = tokenAt.get(match.index + 1);
    const initials = abbreviationInitials(match[1]!);
    const from = abbreviation === undefined ? -1 : abbreviation - initials.length;
    if (abbreviation === undefined || from < 0 || !joined(from, initials.length) || text.slice(tokens[abbreviation - 1]!.end, match.index) !== ' ') continue;
    const words = tokens.slice(from, abbreviation);
    const first = readings(words[0]!.bare).find((reading) => reading.form[0] === initials[0]);
    const spelled = words.every((word, at) => !STOP_WORDS.has(word.bare) && word.bare.length > 1 && (at === 0 || word.bare[0] === initials[at]));
    if (first === undefined || !spelled || words.some((_, at) => taken.has(from + at))) continue;
    const name = [first.form, ...words.slice(1).map((word) => word.bare)].join(' ');
    definedAbbreviations.set(bareOf(match[1]!), name);
    push('organization', from, abbreviation - 1, first.cut, undefined, name);
  }

  // The one or two name words before a company's legal form are its name, the form left out: "חברת אלון מערכות בע"מ".
  for (const [index, token] of tokens.entries()) {
    if (token.bare !== LIMITED_COMPANY || index === 0 || !adjacent(index - 1) || !nameWord(tokens[index - 1]!) || taken.has(index - 1)) continue;
    // A farther word in the construct state ("עובדי", workers of) is not part of the name.
    const two = index >= 2 && adjacent(index - 2) && nameWord(tokens[index - 2]!) && !tokens[index - 2]!.bare.endsWith('י') && !taken.has(index - 2);
    push('organization', two ? index - 2 : index - 1, index - 1, 0);
    taken.add(index);
  }

  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i)) continue;
    const token = tokens[i]!;
    const defined = readings(token.bare).find((reading) => definedAbbreviations.has(reading.form));
    if (defined) {
      push('organization', i, i, defined.cut, undefined, definedAbbreviations.get(defined.form));
      continue;
    }
    const organization = organizationAt(i) ?? articledBodyAt(i);
    if (organization) {
      push('organization', i, organization.end, organization.cut);
      i = organization.end;
      continue;
    }
    // A direction before a known place: "בדרום לבנון".
    const direction = readAs(token, DIRECTIONS);
    const after = direction && adjacent(i) ? knownAt(i + 1) : undefined;
    if (after?.kind === 'place' && after.cut === 0) {
      push('place', i, after.end, direction!.cut, undefined, `${direction!.form} ${after.name}`);
      i = after.end;
      continue;
    }
    const known = knownAt(i);
    if (known) {
      push(known.kind, i, known.end, known.cut, undefined, known.name);
      i = known.end;
      continue;
    }
    const title = readAs(token, TITLES);
    if (title) {
      // The portfolio: words with the article, another title, a body ("ראש עיריית באר שבע", "סגן שר החוץ").
      let at = i + 1;
      while (at < tokens.length && at - i <= 4 && adjacent(at - 1)) {
        const body = organizationAt(at);
        if (body && !taken.has(at)) {
          push('organization', at, body.end, body.cut);
          at = body.end + 1;
        } else if ((articled(tokens[at]!.bare) || readAs(tokens[at]!, TITLES)) && !STOP_WORDS.has(tokens[at]!.bare) && !readAs(tokens[at]!, SAYING)) at++;
        else break;
      }
      // "המנכ"ל והמייסד, אלון שטרן": a comma may part the title from the name.
      const comma = at < tokens.length && at > i && /^, ?$/u.test(text.slice(tokens[at - 1]!.end, tokens[at]!.start));
      if (at >= tokens.length || (!comma && !(at > i && adjacent(at - 1)))) continue;
      const nameFrom = at;
      let end = givenAndSurname(nameFrom, true)?.end;
      if (end === undefined && nameWord(tokens[nameFrom]!)) {
        // Without a known given name, two words that a comma, a colon or a verb of saying closes, or any two after a rank or an abbreviation ("אלוף פיקוד הצפון" is a post).
        const two = adjacent(nameFrom) && nameWord(tokens[nameFrom + 1]!) ? nameFrom + 1 : nameFrom;
        const strong = STRONG_TITLES.has(title.form);
        // One word only before a verb of saying ("השר כהן אמר", not "השר נפגש."), and not opening with a prefix's letter:
        // "אלוף העולם בשחמט" is in chess (a surname so written is read once the full name is).
        const single = !/^[והבלמש]/u.test(tokens[nameFrom]!.bare) && beforeSaying(nameFrom);
        // Right after a minister or a president, two words opening with a prefix's letter are a portfolio: "השר לביטחון פנים,".
        const portfolio = !strong && nameFrom === i + 1 && /^[ובלמש]/u.test(tokens[nameFrom]!.bare);
        end = two > nameFrom ? ((closes(two) && !portfolio) || strong ? two : undefined) : single ? nameFrom : undefined;
      }
      if (end !== undefined) {
        push('person', nameFrom, end, 0, text.slice(token.start + title.cut, tokens[nameFrom - 1]!.end).replace(/,$/u, ''));
        i = end;
      }
      continue;
    }
    if (isKnesset(i)) {
      push('organization', i, i, readAs(token, KNESSET)!.cut, undefined, 'הכנסת');
      continue;
    }
    // The speaker after a verb of saying that tags a quotation, a rank before the name or not: '"…", אמר אבנר ששון'.
    const tag = readAs(token, SAYING);
    if (tag !== undefined && /["”][ \u00a0]*,?[ \u00a0]*$/u.test(text.slice(Math.max(0, token.start - 4), token.start)) && adjacent(i)) {
      const nameFrom = STRONG_TITLES.has(tokens[i + 1]!.bare) && adjacent(i + 1) ? i + 2 : i + 1;
      if (nameFrom + 1 < tokens.length && adjacent(nameFrom) && nameWord(tokens[nameFrom]!) && nameWord(tokens[nameFrom + 1]!)) {
        push('person', nameFrom, nameFrom + 1, 0, nameFrom > i + 1 ? tokens[i + 1]!.bare : undefined);
        i = nameFrom + 1;
        continue;
      }
    }
    // Two words set off by commas before a verb of saying: "תושבת העיר, מיכל ברגר, סיפרה".
    const setOffBefore = i > 0 && /^, ?$/u.test(text.slice(tokens[i - 1]!.end, token.start));
    const setOffAfter = i + 2 < tokens.length && /^, ?$/u.test(text.slice(tokens[i + 1]!.end, tokens[i + 2]!.start)) && readAs(tokens[i + 2]!, SAYING) !== undefined;
    if (setOffBefore && setOffAfter && adjacent(i) && nameWord(token) && nameWord(tokens[i + 1]!)) {
      push('person', i, i + 1, 0);
      i++;
      continue;
    }
    const person = givenAndSurname(i);
    if (person !== undefined) {
      push('person', i, person.end, person.cut);
      i = person.end;
      continue;
    }
    const placeWord = readAs(token, PLACE_WORDS);
    if (placeWord && adjacent(i) && nameWord(tokens[i + 1]!) && !looksAdjective(tokens[i + 1]!.bare)) {
      const end = TWO_WORD_OPENERS.has(tokens[i + 1]!.bare) && adjacent(i + 1) && nameWord(tokens[i + 2]!) ? i + 2 : i + 1;
      push('place', i + 1, end, 0);
      i = end;
    }
  }

  // A surname alone names the person the article gives in full: "שטרן" after "אלון שטרן".
  const surnames = new Map<string, string>();
  for (const name of names) {
    const words = name.name.split(' ');
    if (name.kind === 'person' && words.length >= 2 && words[words.length - 1]!.length >= 3) surnames.set(words[words.length - 1]!, name.name);
  }
  for (const [index, token] of tokens.entries()) {
    if (taken.has(index)) continue;
    const surname = readings(token.bare).find((reading) => surnames.has(reading.form) && !reading.form.startsWith('ה'));
    if (!surname) continue;
    const start = token.start + surname.cut;
    names.push({ kind: 'person', text: text.slice(start, token.end), name: surnames.get(surname.form)!, start, end: token.end });
  }
  return names.sort((a, b) => a.start - b.start);
}
