/**
 * Dated events for the timeline: every date an article mentions ("on 3 March",
 * "later this month", "in 2014"), with the sentence around it. chrono-node
 * reads the expressions; bare years ("in 2014"), which chrono leaves alone, are
 * read here.
 *
 * Relative dates ("on Sunday", "next year", "on 3 March") are resolved against
 * the article's published date (its own calendar day, whatever its offset
 * from UTC), in the direction of the tense of the date's own clause ("said
 * on Monday that it will…" tells Monday in the past): a past-tense clause
 * never lands after the published date, a future one never before it; what
 * has no past reading is left undated. Near the turn of the year a day a
 * year away on the tense's side takes the near one when no word tells a past
 * ("debates the budget on 12 January", written on 29 December), and a Polish
 * clause with no past form is told ahead. An article with no published date leaves them undated
 * (date null) rather than guessing from the capture day; dates that spell
 * out their year stay dated. Vague expressions ("later this month") are
 * marked approximate. References, citations and "Retrieved …" lines are not
 * events. chrono reads English, French, German, Spanish, Italian,
 * Portuguese, Dutch and Russian by the article's language; Turkish, Polish,
 * Ukrainian, Arabic, Hebrew and Indonesian dates are read by our own parser
 * (word-dates.ts); any other language is read as English. Chinese, Japanese and Korean dates in
 * figures ("2026年12月5日") are read in any language.
 */
import * as chrono from 'chrono-node';
import { ENGLISH_AFTER_FEAST, HOLIDAYS, holidayDays, NOT_ITS_DAY_AFTER, type HolidayRule } from './holidays.ts';
import { arabicDates, hebrewDates, indonesianDates, polishDates, TURKISH_MONTHS, turkishDates, ukrainianDates } from './word-dates.ts';

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
  /** The article's language tag; null or absent reads as English. */
  lang?: string | null;
}

const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'ru', 'tr', 'pl', 'uk', 'ar', 'he', 'id'] as const;
type Language = (typeof LANGUAGES)[number];

/** `build` for each language, run on a language's first use and kept: patterns are compiled once. */
function oncePerLanguage<T>(build: (language: Language) => T): (language: Language) => T {
  const built = new Map<Language, T>();
  return (language) => {
    if (!built.has(language)) built.set(language, build(language));
    return built.get(language)!;
  };
}

function languageOf(lang: string | null | undefined): Language {
  const code = (lang ?? 'en').slice(0, 2).toLowerCase();
  return LANGUAGES.find((language) => language === code) ?? 'en';
}

const PARSERS: Record<Language, chrono.Chrono> = {
  en: chrono.casual,
  fr: chrono.fr.casual,
  de: chrono.de.casual,
  es: chrono.es.casual,
  it: chrono.it.casual,
  pt: chrono.pt.casual,
  nl: chrono.nl.casual,
  ru: chrono.ru.casual,
  tr: turkishDates,
  pl: polishDates,
  uk: ukrainianDates,
  ar: arabicDates,
  he: hebrewDates,
  id: indonesianDates,
};

/** Words before a date that make it vague. */
const VAGUE_BEFORE = /\b(later|earlier|early|late|mid|around|about|approximately|roughly|the end of|end of|the beginning of|beginning of|the start of|start of)[\s-]+$/iu;
/** The same words in the languages chrono reads a month alone in: "a mediados de febrero", "a metà gennaio", "half januari", "в середине февраля". */
const VAGUE_BEFORE_IN: Partial<Record<Language, RegExp>> = {
  es: /(?<!\p{L})(?:a |hasta |desde )?(?:mediados|principios|finales|fines|comienzos) de[ \u00a0]+$/iu,
  it: /(?<!\p{L})(?:a metà|metà|a inizio|a fine|all['’]inizio di|alla fine di|entro la fine di|inizio|fine)[ \u00a0]+$/iu,
  nl: /(?<!\p{L})(?:half|medio|begin|eind|midden|eind)[ \u00a0]+$/iu,
  ru: /(?<!\p{L})(?:в середине|в начале|в конце|к концу|до конца|с начала|середине|начале|конце)[ \u00a0]+$/iu,
};
/**
 * Bare years after a preposition or "year" word, in each language ("en 2025",
 * "в 2024 году", "w 2024 r.", "im Jahr 2025", "en el año 2025", "عام 2025",
 * "ב-2025", "pada tahun 2025"), and the middle of one ("by mid-2027"); chrono
 * does not read these. Not after "de" or a noun, so "decision 2045" is no
 * year. Groups: the words before, the year as written, the year, and the year
 * word after it ("году", "roku", "r."). Outside English the expression keeps
 * the words around the year, as the gold writes "в 2019 году".
 */
const BARE_YEAR =
  /(?<!\p{L})(im[ \u00a0]+Jahre?|en[ \u00a0]+el[ \u00a0]+año|en[ \u00a0]+l['’]an|nell['’]anno|no[ \u00a0]+ano(?:[ \u00a0]+de)?|in[ \u00a0]+het[ \u00a0]+jaar|pada[ \u00a0]+tahun|in|since|by|until|from|during|before|after|of|to|en|depuis|em|desde|hasta|até|nel|dal|sinds|в|во|у|с|w|we|od|tahun|عام|سنة|בשנת|ב[-־])[\s\u00a0]*((?:mid-)?((?:1[6-9]|20)\d\d))(?!\p{N})(?![-/.]\d)((?:[ \u00a0]+(?:году|года|г\.|році|року|р\.|roku|r\.))(?!\p{L}))?/giu;
/** Turkish writes "in" after the year: "2019 yılında", or as a case ending ("2019'da"), which the expression leaves out. */
const TURKISH_YEAR = /(?<![\p{L}\p{N}])((?:1[6-9]|20)\d\d)(?:[ \u00a0]+yıl(?:ında|ından|ı)|(?=['’](?:da|de|ta|te|dan|den|tan|ten)(?!\p{L})))(?!\p{L})/giu;
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

/**
 * Arabic nouns, adjectives and names that open as a verb's future does: words opening with these ("سياسة" politics, "سيارة"
 * car, "سيطرة" control, "سنوات" years), and these words whole ("ستة" six, "سنة" year, "سيد" mister).
 */
const ARABIC_STEMS_LIKE_FUTURE = ['سياس', 'سيار', 'سيطر', 'سياد', 'سياق', 'سياح', 'سيول', 'سنغاف', 'سيبير', 'سيبر', 'ستوك', 'سنوات', 'سنوي', 'سينما', 'سينار', 'سينات', 'سترات', 'سيجار', 'ستود'];
const ARABIC_WORDS_LIKE_FUTURE = ['سيد', 'سيدة', 'ستة', 'ستين', 'سنة', 'سنتين', 'سير', 'سيرة', 'ستار', 'سيئ', 'سيئة', 'سيف', 'سيناء', 'سند', 'سنا', 'ستاد', 'سيمون'];
const ARABIC_LIKE_FUTURE = [...ARABIC_STEMS_LIKE_FUTURE.map((stem) => String.raw`${stem}\p{L}*`), ...ARABIC_WORDS_LIKE_FUTURE].map((word) => String.raw`${word}(?!\p{L})`).join('|');

/**
 * Words that put a sentence's dates ahead of its writing, per language: "will
 * meet on Thursday", "comenzará el 12 de enero", "wird am Montag", "est
 * attendu le 9 janvier" (expected: "était attendu" is a past), the
 * Turkish future "yapılacak", "tomorrow" in a present tense ("brengt morgen
 * verslag uit … op 19 december"). "plan" alone is a noun as often as a verb ("the
 * flood plan"), so only "plans to" counts.
 */
const FUTURE: Record<Language, RegExp> = {
  en: /\b(?:will|won[’']t|shall|would|is to|are to|due|expected|set to|plans? to|planned for|scheduled|going to|upcoming|forthcoming|tomorrow)\b|[’']ll\b/iu,
  // The futur simple ends in -ra, -ront ("répondra", "seront"); "caméra", "Sahara" and the prefixes "ultra-", "extra-" do not count.
  fr: /(?<!\p{L})(?:va|vont|doit|doivent|devrait|devraient|prochain|prochaine|prévu|prévue|demain|(?:est|sont) attendue?s?)(?!\p{L})|(?<!\p{L})(?!(?:extra|ultra|contra|intra|supra|infra)(?!\p{L}))\p{Ll}{2,}(?<!é)(?:ra|ront)(?![\p{L}-])/u,
  // "werde" tells a future in reported speech ("die Brücke werde … geöffnet").
  de: /(?<!\p{L})(?:wird|werden|werde|soll|sollen|will|wollen|nächste[nmrs]?|kommende[nmrs]?|geplant)(?!\p{L})/iu,
  // "mañana" is tomorrow unless it is the morning ("por la mañana", "esta mañana").
  es: /(?<!\p{L})(?:va a|van a|próximo|próxima|prevé|previsto|prevista|se espera|(?:es|son) esperad[oa]s?|(?<!(?:la|esta|una|cada) )mañana)(?!\p{L})/iu,
  it: /(?<!\p{L})(?:prossimo|prossima|previsto|prevista|(?:è|sono) attes[oaie]|dovrà|dovranno|domani|dopodomani)(?!\p{L})/iu,
  // "vai"/"vão" + infinitive.
  pt: /(?<!\p{L})(?:vai|vão|próximo|próxima|previsto|prevista|marcad[oa]s? para|(?:é|são) esperad[oa]s?|amanhã)(?!\p{L})/iu,
  nl: /(?<!\p{L})(?:zal|zullen|volgende|komende|gepland|verwacht|morgen|overmorgen)(?!\p{L})/iu,
  // Russian future: "будет", "состоится", and the perfective present is too often past-like to count.
  ru: /(?<!\p{L})(?:будет|будут|состоится|состоятся|планирует|планируется|следующ\p{L}*|предстоящ\p{L}*|завтра|послезавтра)(?!\p{L})/iu,
  // Nouns made from the future participle are no future: "yiyecek" (food), "içecek" (drink), "giyecek", "yakacak" (fuel).
  tr: /(?<!\p{L})(?!(?:yiyecek|içecek|giyecek|yakacak))\p{L}+(?:acak|ecek|acağ|eceğ)\p{L}*|(?<!\p{L})(?:önümüzdeki|yarın|öbür gün)(?!\p{L})/iu,
  // "będzie", "odbędzie się", "przyszły" and the like; the perfective present reads as future too often to guess.
  pl: /(?<!\p{L})(?:będzie|będą|odbędzie|odbędą|przyszł\p{L}*|najbliższ\p{L}*|planowan\p{L}*|zaplanowan\p{L}*|jutro|pojutrze)(?!\p{L})/iu,
  uk: /(?<!\p{L})(?:буде|будуть|відбудеться|відбудуться|планує|планується|наступн\p{L}*|майбутн\p{L}*|завтра|післязавтра)(?!\p{L})/iu,
  // "سوف" and the words for "next", "tomorrow" and "the day after tomorrow", "and" or "so" written on them, and the prefix "سـ" on
  // a verb's present ("سيفتتح", "ستفتح", "سنعمل", "سيعودون"), less the nouns and names that open the same way ("سياسة", "سيارة", "ستة", "سنة").
  ar: new RegExp(String.raw`(?<!\p{L})[وف]?(?:سوف|المقبل|المقبلة|القادم|القادمة|غدا|غداً|بعد غد|(?!${ARABIC_LIKE_FUTURE})س[يتنأ]\p{L}{2,})(?!\p{L})`, 'u'),
  // "will be", "is to", "expected", "planned", "next", "tomorrow", and the future of the verbs news tells schedules with
  // (take place, begin, end, open, come into force, be operated, be held, convene, meet, arrive, visit, be published, be signed), with "and", "that" or "when" written on them.
  // The prefix future of any verb is not read: its letters open presents and nouns as often.
  he: /(?<!\p{L})(?:ו|ש|כש)?(?:יהיה|תהיה|יהיו|עתיד|עתידה|עתידים|עתידות|צפוי|צפויה|צפויים|צפויות|מתוכנן|מתוכננת|מתוכננים|מתוכננות|יתקיים|תתקיים|יתקיימו|יתחיל|תתחיל|יתחילו|יחל|תחל|יחלו|יסתיים|תסתיים|יסתיימו|ייפתח|תיפתח|ייפתחו|ייכנס|תיכנס|ייכנסו|יופעל|תופעל|יופעלו|ייערך|תיערך|ייערכו|יתכנס|תתכנס|יתכנסו|ייפגש|תיפגש|ייפגשו|יגיע|תגיע|יגיעו|יבקר|תבקר|יפורסם|תפורסם|ייחתם|תיחתם|הבא|הבאה|הבאים|הבאות|הקרוב|הקרובה|הקרובים|הקרובות|מחר|מחרתיים)(?!\p{L})/u,
  // Indonesian marks no tense on its verbs: "akan" (will), "bakal", "dijadwalkan" (scheduled), "next", "tomorrow".
  id: /(?<!\p{L})(?:akan|bakal|dijadwalkan|direncanakan|rencananya|depan|mendatang|besok|lusa)(?!\p{L})/iu,
};

/**
 * Future words read in their case: the simple future by its ending, in lower
 * case only, since a name is no verb ("Irán", "Teherán", "Pará"): Spanish -rá,
 * -rán ("comenzará"), Italian -rà, -ranno ("firmerà", "saranno"), Portuguese
 * -rá, -rão ("começará", "serão"); German "morgen" (tomorrow), not "Morgen"
 * (morning).
 */
const FUTURE_CASED: Partial<Record<Language, RegExp>> = {
  de: /(?<!\p{L})(?:morgen|[Üü]bermorgen)(?!\p{L})/u,
  es: /(?<!\p{L})\p{Ll}\p{L}+r(?:á|án)(?!\p{L})/u,
  it: /(?<!\p{L})\p{Ll}\p{L}+(?:rà|ranno)(?!\p{L})/u,
  // Nouns in -rão are no verbs: "padrão", "ladrão", "patrão", "porão", and "verão" (summer) after a determiner.
  pt: /(?<!\p{L})(?!(?:padrão|ladrão|patrão|porão)(?!\p{L}))(?<!(?<!\p{L})(?:o|no|do|este|neste|deste|pelo|último|próximo)[ \u00a0])\p{Ll}\p{L}+(?:rá|rão)(?!\p{L})/u,
};

/**
 * Russian and Ukrainian tell a future with the perfective present: "посетит",
 * "вынесет", "представит", "прилетить", "збереться". Read by shape, in lower case: a prefix
 * that makes a verb perfective and a present's ending, less the endings of
 * the imperfective present ("-ает", "-ует", "-одит"), of participles that end
 * the same way ("убит", "принят", "изъят") and of nouns ("ответ", "совет",
 * "полёт", "отчёт", "захват"). Only in a clause with no past form, so that a
 * noun the list misses cannot move a past ahead.
 */
const PERFECTIVE_NOUNS_RU = 'ответ|совет|свет|привет|рассвет|запрет|предмет|завет|обет|портрет|приоритет|суверенитет|авторитет|паритет|приют|уют|солдат|изъят|взят|начат|привит';
const PERFECTIVE_FUTURE: Partial<Record<Language, RegExp>> = {
  ru: new RegExp(
    String.raw`(?<!\p{L})(?!(?:${PERFECTIVE_NOUNS_RU})(?!\p{L}))` +
      String.raw`(?!\p{Ll}*(?:ает|яет|ают|яют|еет|ует|уют|одит|одят|осит|осят|озит|озят|лет|лёт|чет|чёт|ват|кат|рат)(?:ся)?(?!\p{L}))` +
      String.raw`(?!(?:по|при|вы|за|на|от|об|у|с|раз|рас|пере|под|про|до|из|о)(?:бит|лит|шит|дет|нят)(?!\p{L}))` +
      String.raw`(?:(?:по|при|вы|за|на|от|об|обо|у|с(?=[бвгджзклмнпрстфхцчшщ])|со(?=[бвгджзклмнпрстфхцчшщ])|раз|рас|пере|под|пред|про|до|в(?=[бвгджзклмнпрстфхцчшщ])|вз|воз|вос|из|ис|о)\p{Ll}+(?:ит|ет|ёт|ут|ют|ат|ят)|решит|решат|даст|дадут|станет|станут|вернёт|вернет|вернут|начнёт|начнет|начнут)(?:ся)?(?!\p{L})`,
    'u',
  ),
  uk: new RegExp(
    String.raw`(?<!\p{L})(?!\p{Ll}*(?:ають|яють|ують|юють|одить|одять|осить|осять|озить|озять)(?:ся)?(?!\p{L})|\p{Ll}*(?:ається|яється|ується)(?!\p{L}))` +
      String.raw`(?:(?:по|при|ви|за|на|від|об|у|з(?=[бвгґджзклмнпрстфхцчшщ])|с(?=[бвгґджзклмнпрстфхцчшщ])|роз|пере|під|пред|про|до|в(?=[бвгґджзклмнпрстфхцчшщ])|вз|о|над)\p{Ll}+(?:(?:ить|ять|уть|ють|ать)(?:ся)?|еться|ється)|(?:вирішить|вирішать|дасть|дадуть|стане|стануть|почне|почнуть)(?:ся)?)(?!\p{L})`,
    'u',
  ),
};

/**
 * Phrases that carry a future word without telling a future: "due to the
 * fog" (because of), "as expected", "more than planned", "comme prévu", "wie
 * geplant". Blanked before the future words are looked for.
 */
const NOT_FUTURE: Partial<Record<Language, RegExp>> = {
  // "due to" is a cause ("due to the fog", "is due to heavy rain") unless a present form of "be" sets a verb after it ("are due to
  // finish"); "was due to expire" is a plan told in the past.
  en: /\b(?:(?<!\b(?:is|are|am|be|[’']s|[’']re)[ \u00a0])due to|due to(?=[ \u00a0]+(?:the|a|an|its|their|his|her|our|your|this|that|these|those|some|many|much|bad|heavy|high|low|poor|lack|strong|severe)\b)|(?:as|than)(?: had been| was)? (?:expected|planned|scheduled))\b/giu,
  fr: /(?<!\p{L})(?:(?:comme|que) prévue?s?|comme attendue?s?)(?!\p{L})/giu,
  // "soll … getötet haben", "will … gesehen haben": a modal before a perfect infinitive reports the past.
  de: /(?<!\p{L})(?:(?:wie|als) (?:geplant|erwartet)|(?:soll|sollen|will|wollen)(?=[^.!?]*?(?:ge\p{L}+|\p{L}+iert)[ \u00a0]+(?:worden[ \u00a0]+)?(?:haben|sein)(?!\p{L})))(?!\p{L})/giu,
  es: /(?<!\p{L})(?:como (?:estaba )?previst[oa]|de lo previsto)(?!\p{L})/giu,
  it: /(?<!\p{L})(?:come previsto|del previsto)(?!\p{L})/giu,
  pt: /(?<!\p{L})(?:como previsto|do que o previsto)(?!\p{L})/giu,
  nl: /(?<!\p{L})(?:(?:zoals|dan) (?:gepland|verwacht))(?!\p{L})/giu,
};

/**
 * Punctuation that closes a clause: a comma, colon, bracket, quotation mark or
 * dash. A semicolon joins clauses of one rank that share their time ("arrives
 * tomorrow; the talks open on 9 December"), so it does not.
 */
const CLAUSE_PUNCTUATION = String.raw`[,:()«»“”"]|\s[—–-]\s`;
/**
 * Words that open a clause of their own, per language (conjunctions and
 * relative pronouns, a closed class): "said on Monday that it will…", "a
 * déclaré lundi que…", "заявил в понедельник, что…".
 */
const CLAUSE_OPENERS: Record<Language, string> = {
  en: 'that|which|who|what|where|because|although|while|whereas',
  fr: "que|qu(?=['’])|qui|dont|parce que|lorsque|alors que",
  de: 'dass|weil|obwohl|nachdem|während',
  es: 'que|porque|cuando|aunque',
  it: 'che|perché|quando|mentre',
  pt: 'que|porque|quando|enquanto',
  nl: 'dat|omdat|terwijl|nadat',
  ru: 'что|чтобы|котор\\p{L}+|когда|потому что',
  // A subject in the genitive opens a reported clause ("köprünün … açılacağını söyledi"); "için", "gün", "dün" only end like one.
  tr: String.raw`ki|(?!(?:için|gün|bugün|dün|bin)(?!\p{L}))\p{L}+(?:[aeıioöuü]n[ıiuü]n|[bcçdfgğhjklmprsştvyz][ıiuü]n)`,
  pl: 'że|żeby|któr\\p{L}+|kiedy|ponieważ',
  uk: 'що|щоб|як\\p{L}{1,2}|коли|тому що',
  // "That" with a pronoun written on it: "أنها", "إنهم".
  ar: '[وف]?(?:(?:أن|إن|بأن|لأن)(?:ه|ها|هم|هما|هن|نا)?|الذي|التي)',
  // "that", "which", "when", "because"; "ש" written on the next word is too often part of it to read.
  he: 'כי|אשר|כאשר|מפני ש|למרות ש',
  id: 'bahwa|yang|karena|ketika|saat|sementara',
};
/**
 * English leaves "that" out ("said on Monday the bridge will reopen"): a
 * subject right after a date opens the next clause.
 */
const SUBJECT_AFTER: Partial<Record<Language, string>> = {
  en: 'the|a|an|it|he|she|they|we|its|his|her|their',
};

const clauseBounds = new Map<Language, { before: RegExp; after: RegExp }>();

/** Per language, the last clause boundary before a date and the first after it. */
function clauseBoundsOf(language: Language): { before: RegExp; after: RegExp } {
  let bounds = clauseBounds.get(language);
  if (!bounds) {
    const openers = String.raw`(?<!\p{L})(?:${CLAUSE_OPENERS[language]})(?!\p{L})`;
    // Turkish puts its verb last: a semicolon closes the clause whose verb comes before it ("… çeyrekte düştü; baraj … açılacak").
    const punctuation = language === 'tr' ? `${CLAUSE_PUNCTUATION}|;` : CLAUSE_PUNCTUATION;
    const subject = SUBJECT_AFTER[language] ? String.raw`|(?<!\p{L})(?:${SUBJECT_AFTER[language]})(?!\p{L})` : '';
    bounds = { before: new RegExp(String.raw`${punctuation}|${openers}`, 'giu'), after: new RegExp(String.raw`${punctuation}|${openers}${subject}`, 'iu') };
    clauseBounds.set(language, bounds);
  }
  return bounds;
}

/**
 * A Turkish future told as reported speech: the participle as a noun
 * ("açıklayacağını", "yapılacağı") before a past verb that ends the sentence
 * ("… duyurdu", "… söyledi"). A date before it belongs to the saying unless
 * the reported clause's subject, in the genitive, comes first ("köprünün
 * pazartesi günü açılacağını söyledi").
 */
const TURKISH_REPORTED_FUTURE = /(?<!\p{L})\p{L}+(?:acağ|eceğ)(?:ını|ini|unu|ünü|ı|i|u|ü|ına|ine|ından|inden)(?!\p{L})/iu;
const TURKISH_PAST_END = /(?<!\p{L})\p{L}+(?:dı|di|du|dü|tı|ti|tu|tü|mış|miş|muş|müş)(?:lar|ler)?[ \u00a0]*$/iu;
const TURKISH_GENITIVE = /(?<!\p{L})(?!(?:için|gün|bugün|dün|bin)(?!\p{L}))\p{L}+(?:[aeıioöuü]n[ıiuü]n|[bcçdfgğhjklmprsştvyz][ıiuü]n)(?!\p{L})/iu;

function hasFuture(words: string, language: Language): boolean {
  const plain = NOT_FUTURE[language] ? words.replace(NOT_FUTURE[language], (phrase) => ' '.repeat(phrase.length)) : words;
  if (FUTURE[language].test(plain) || (FUTURE_CASED[language]?.test(plain) ?? false)) return true;
  return (PERFECTIVE_FUTURE[language]?.test(plain) ?? false) && !PAST_WORDS[language]!.test(plain);
}

/** The words a date at [start, end) of `text` is told with: its sentence, its own clause, and whether it stands alone. */
interface DateClause {
  sentence: string;
  clause: string;
  /** "On Monday, …": set before its clause and closed by punctuation; the sentence speaks for it. */
  alone: boolean;
  lead: string;
  trail: string;
  /** The clause's words before and after the date. */
  clauseLead: string;
  clauseTrail: string;
}

function clauseAt(text: string, start: number, end: number, language: Language): DateClause {
  let from = start;
  while (from > 0 && from > start - MAX_SENTENCE && !/[.!?\n]/u.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to < end + MAX_SENTENCE && !/[.!?\n]/u.test(text[to]!)) to++;
  const { before, after } = clauseBoundsOf(language);
  const lead = text.slice(from, start);
  let clauseFrom = 0;
  for (const boundary of lead.matchAll(before)) clauseFrom = boundary.index + boundary[0].length;
  const trail = text.slice(end, to);
  const boundary = after.exec(trail);
  const clauseTo = boundary?.index ?? trail.length;
  const wordsBefore = lead.slice(clauseFrom).match(/\p{L}+/gu)?.length ?? 0;
  const wordsAfter = trail.slice(0, clauseTo).match(/\p{L}+/gu)?.length ?? 0;
  const alone = wordsBefore + wordsAfter === 0 || (clauseFrom === 0 && wordsBefore <= 1 && wordsAfter === 0 && !/\p{L}/u.test(boundary?.[0] ?? ''));
  return { sentence: text.slice(from, to), clause: text.slice(from + clauseFrom, end + clauseTo), alone, lead, trail, clauseLead: lead.slice(clauseFrom), clauseTrail: trail.slice(0, clauseTo) };
}

/**
 * The tense a date at [start, end) of `text` is told in: the tense of its own
 * clause, so that "said on Monday that the bridge will reopen" and "the
 * council, which met on Friday, will vote" keep their dates in the past. A
 * date standing alone in its clause ("On Monday, the minister will…") takes
 * the sentence's tense. Any future word wins; otherwise it is past, as news
 * reports mostly are, so a date is never put after its article without a word
 * that says so.
 */
function tenseAt(text: string, start: number, end: number, language: Language): Tense {
  const { sentence, clause, alone, lead, trail } = clauseAt(text, start, end, language);
  if (alone) return hasFuture(sentence, language) ? 'future' : 'past';
  if (language === 'tr' && TURKISH_PAST_END.test(trail) && TURKISH_REPORTED_FUTURE.test(trail)) return TURKISH_GENITIVE.test(lead) ? 'future' : 'past';
  if (hasFuture(clause, language)) return pastBeforeAndFuture(text, start, end, language) ? 'past' : 'future';
  return perfectiveFutureAfterAnd(text, start, end, language) ? 'future' : 'past';
}

/** "And" and "but" between the verbs of one clause, as words of their own ("and", "en", "и", "ve", "dan"). */
const AND: Partial<Record<Language, string>> = {
  en: 'and|but',
  fr: 'et|mais',
  de: 'und|aber',
  es: 'y|e|pero',
  it: 'e|ed|ma',
  pt: 'e|mas',
  nl: 'en|maar',
  ru: 'и|а|но',
  uk: 'і|й|та|а|але',
  pl: 'i|a|oraz|ale',
  tr: 've|ama',
  id: 'dan|tetapi|namun',
};

/** A language's "and"s: every one (to find the last before a date) and the first (after it). */
const andPatternsOf = oncePerLanguage((language) => {
  const words = AND[language];
  if (words === undefined) return null;
  const and = String.raw`(?<!\p{L})(?:${words})(?!\p{L})`;
  return { every: new RegExp(and, 'giu'), first: new RegExp(and, 'iu') };
});

/**
 * The part of a date's clause between its "and"s that holds the date ("heropent half januari" of "De haven sloot vorige week
 * en heropent half januari"), with the words of the clause before it, when the part has a word of its own besides the date
 * (a verb, as often as not); null otherwise.
 */
function andPartAt(text: string, start: number, end: number, language: Language): { before: string; part: string } | null {
  const and = andPatternsOf(language);
  if (!and) return null;
  const { clauseLead, clauseTrail } = clauseAt(text, start, end, language);
  let from = 0;
  for (const match of clauseLead.matchAll(and.every)) from = match.index + match[0].length;
  const upTo = and.first.exec(clauseTrail)?.index ?? clauseTrail.length;
  if (from === 0 && upTo === clauseTrail.length) return null;
  const around = clauseLead.slice(from) + clauseTrail.slice(0, upTo);
  return /\p{L}{3,}/u.test(around) ? { before: clauseLead.slice(0, from), part: clauseLead.slice(from) + text.slice(start, end) + clauseTrail.slice(0, upTo) } : null;
}

/**
 * A perfective present told after "and" in a clause whose past is before it: "бастовали в выходные и вернутся в середине
 * февраля". Only the part of the clause between its "and"s that holds the date is read, and it must tell no past itself.
 */
function perfectiveFutureAfterAnd(text: string, start: number, end: number, language: Language): boolean {
  const part = PERFECTIVE_FUTURE[language] ? andPartAt(text, start, end, language)?.part : undefined;
  return part !== undefined && PERFECTIVE_FUTURE[language]!.test(part) && !PAST_WORDS[language]!.test(part);
}

/**
 * A past told before "and" in a clause whose future comes after it: "The board met this Monday and will meet again". Not
 * when the future comes first, whose auxiliary the later verbs share ("will be closed on Monday and reopened on Friday").
 */
function pastBeforeAndFuture(text: string, start: number, end: number, language: Language): boolean {
  const parts = andPartAt(text, start, end, language);
  return parts !== null && (PAST_WORDS[language]?.test(parts.part) ?? false) && !hasFuture(parts.part, language) && !hasFuture(parts.before, language);
}

/**
 * Words that tell what happens as a rule, not once (a closed class per
 * language): "February is usually a quiet month", "the council normally meets
 * on Monday". A month or weekday in such a clause names no occasion.
 */
const HABITUAL: Record<Language, RegExp> = {
  en: /(?<!\p{L})(?:usually|typically|traditionally|normally|customarily|generally|tends? to|tended to|every year|each year)(?!\p{L})/iu,
  fr: /(?<!\p{L})(?:habituellement|traditionnellement|généralement|normalement|d['’]ordinaire|en général|chaque année|tous les ans)(?!\p{L})/iu,
  de: /(?<!\p{L})(?:normalerweise|üblicherweise|gewöhnlich|traditionell|in der Regel|jedes Jahr|alljährlich)(?!\p{L})/iu,
  es: /(?<!\p{L})(?:normalmente|habitualmente|tradicionalmente|generalmente|por lo general|suelen?|cada año|todos los años)(?!\p{L})/iu,
  it: /(?<!\p{L})(?:di solito|solitamente|normalmente|tradizionalmente|generalmente|ogni anno|tutti gli anni)(?!\p{L})/iu,
  pt: /(?<!\p{L})(?:normalmente|habitualmente|tradicionalmente|geralmente|costumam?|todos os anos|cada ano)(?!\p{L})/iu,
  nl: /(?<!\p{L})(?:gewoonlijk|doorgaans|traditioneel|normaal gesproken|elk jaar|ieder jaar)(?!\p{L})/iu,
  ru: /(?<!\p{L})(?:обычно|традиционно|как правило|ежегодно|каждый год)(?!\p{L})/iu,
  uk: /(?<!\p{L})(?:зазвичай|традиційно|як правило|щороку|щорічно|кожного року)(?!\p{L})/iu,
  pl: /(?<!\p{L})(?:zwykle|zazwyczaj|tradycyjnie|z reguły|co roku|każdego roku)(?!\p{L})/iu,
  tr: /(?<!\p{L})(?:genellikle|genelde|geleneksel olarak|her yıl|her sene)(?!\p{L})/iu,
  ar: /(?<!\p{L})(?:عادة|عادةً|تقليديا|تقليدياً|كل عام|سنويا|سنوياً)(?!\p{L})/u,
  he: /(?<!\p{L})(?:בדרך כלל|באופן מסורתי|מדי שנה|כל שנה)(?!\p{L})/u,
  id: /(?<!\p{L})(?:biasanya|umumnya|lazimnya|setiap tahun|tiap tahun)(?!\p{L})/iu,
};

/** True when a month or weekday at [start, end) is told as what happens as a rule ("usually meets on Monday"). */
function toldAsHabit(text: string, start: number, end: number, language: Language): boolean {
  const { sentence, clause, alone } = clauseAt(text, start, end, language);
  return HABITUAL[language].test(alone ? sentence : clause);
}

/** Headings that start a list of references: nothing after them is an event. */
const REFERENCES_HEADING =
  /^[ \t]*(?:references|notes|notes and references|sources|citations|bibliography|footnotes|further reading|external links|références|notes et références|sources et références|kaynakça|kaynaklar|dipnotlar|einzelnachweise|quellen|literatur|anmerkungen|referencias|notas|fuentes|bibliografía|fonti|note|bibliografia|fontes|referências|bronnen|noten|voetnoten|referenties|bronvermelding|przypisy|źródła|источники|примечания|литература|джерела|примітки|література|المراجع|المصادر|الهوامش|מקורות|הערות שוליים)[ \t]*:?[ \t]*$/imu;
/** A citation line: "^ …", "[3] …", "3. "Title". Agency. …" with a quoted title. */
const CITATION_LINE = /^[ \t]*(?:\^|↑|\[\d+\]|\d+\.[ \t]+["“«„]).*$/gmu;
/** A line that gives a DOI ("doi:10.1234/…", "https://doi.org/10.…") cites a work, whatever its style: its dates are the work's. */
const DOI = /(?<![\p{L}\p{N}])doi(?::|\.org\/)[ \t]*10\.\d{4,}/giu;
/**
 * "Retrieved 25 August 2023.", "Consultado el …", "Дата обращения: …" and the
 * like, to the end of the line; "Dostęp" (access) and "Проверено" (checked)
 * are words of a sentence too, so only with a figure right after. A line's
 * source with a colon ("Source: …", "Fuente: …", "Kaynak: …") dates the
 * source, not an event.
 */
const RETRIEVED =
  /(?:^|(?<=[.;,()[\]]\s*))(?:Retrieved|Accessed|Archived|Last accessed|Consulté le|Erişim tarihi|Abgerufen am|Consultado (?:el|em)|Acess(?:o|ado) em|Consultato il|Geraadpleegd op|Дата обращения|Дата звернення|Процитовано|Data dostępu|Recuperado el|Diakses(?: (?:pada|tanggal))?|Дата доступа|اطلع عليه بتاريخ|(?:נבדק|אוחזר)[ \u00a0]+ב|تاريخ الوصول|تاريخ الاطلاع|(?:Dostęp|Проверено)(?=:?[ \u00a0]+\d)|(?:Sources?|Fuentes?|Fontes?|Quellen?|Bron(?:nen)?|Źródło|Kaynak|Источник|Джерело|المصدر|מקור|Sumber)(?=[ \u00a0]*:))(?![\p{L}\p{N}]).*$/gimu;

/** Ranges of `text` that cite sources rather than tell events. */
function referenceRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const heading = REFERENCES_HEADING.exec(text);
  if (heading) ranges.push([heading.index, text.length]);
  for (const match of text.matchAll(CITATION_LINE)) ranges.push([match.index, match.index + match[0].length]);
  for (const match of text.matchAll(DOI)) {
    const lineEnd = text.indexOf('\n', match.index);
    ranges.push([text.lastIndexOf('\n', match.index) + 1, lineEnd === -1 ? text.length : lineEnd]);
  }
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
 * it for the past, the first one after it for the future. A weekday named
 * "last" ("jeudi dernier") is never the day of writing: on a Thursday it is
 * the Thursday a week before.
 */
function alongTense(date: Date, precision: DatePrecision, weekdayOnly: boolean, reference: Date, tense: Tense, namedLast = false): Date {
  const ref = Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate());
  let at = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  if (weekdayOnly) {
    if (tense === 'past') {
      const latest = namedLast ? ref - DAY_MS : ref;
      while (at > latest) at -= 7 * DAY_MS;
      while (at + 7 * DAY_MS <= latest) at += 7 * DAY_MS;
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

/**
 * Near the turn of the year the tense can point a year-less day a year away:
 * "the council debates it on 14 January", written on 30 December in a present
 * tense that tells no future, is the January ahead, and "will publish its
 * findings on the 28 December attack", written on 3 January, the December
 * just gone. A day on the far side of the tense by more than this, with its
 * other reading this close, takes the near one.
 */
const YEAR_TURN_FAR_DAYS = 300;
const YEAR_TURN_NEAR_DAYS = 45;

/**
 * Dutch nouns and adjectives of news that end as a past or participle does ("Raad van State", "gemeenteraad", "leden",
 * "gebied"), and present plurals in -den, -ten ("vinden plaats", "treden in werking").
 */
const DUTCH_NOUNS_LIKE_PAST = [
  'state', 'staten', 'gemeente', 'gemeenten', 'gemeenteraad', 'gemeenteraden', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde',
  'zevende', 'negende', 'tiende', 'elfde', 'twaalfde', 'einde', 'orde', 'ronde', 'vrede', 'aarde', 'ruimte', 'hoogte', 'diepte',
  'breedte', 'lengte', 'grootte', 'sterkte', 'zijde', 'beide', 'goede', 'oude', 'rode', 'brede', 'landen', 'steden', 'leden',
  'reden', 'kosten', 'rechten', 'resultaten', 'punten', 'producten', 'diensten', 'feiten', 'volgende', 'komende', 'lopende',
  'bestaande', 'betreffende', 'voldoende', 'gebied', 'gebieden', 'geweld', 'gerecht', 'gezondheid', 'gevecht', 'gevechten',
  'getuigen', 'gevolgen', 'gezicht', 'gewicht', 'gezinnen',
  'vinden', 'worden', 'houden', 'melden', 'leiden', 'bieden', 'zitten', 'zetten', 'starten', 'wachten', 'verwachten', 'treden',
].join('|');
/** Russian nouns of news that end as a past does ("дело", "посол", "недели"), read as no past. */
const RUSSIAN_NOUNS_LIKE_PAST = [
  'дело', 'дела', 'село', 'села', 'число', 'числа', 'тело', 'тела', 'масло', 'стекло', 'кресло', 'правило', 'правила', 'угла',
  'посол', 'посла', 'генерал', 'генерала', 'канал', 'канала', 'капитал', 'капитала', 'квартал', 'квартала', 'сигнал', 'журнал',
  'журнала', 'материал', 'материала', 'персонал', 'персонала', 'финал', 'финала', 'трибунал', 'трибунала', 'потенциал', 'стол',
  'стола', 'футбол', 'протокол', 'протокола', 'символ', 'зал', 'зала', 'вокзал', 'недели', 'модели', 'цели', 'роли', 'доли',
  'детали', 'автомобили', 'земли', 'мысли', 'отели',
].join('|');
/** Ukrainian nouns of news that end as a past does ("умов", "справ", "школи"), read as no past. */
const UKRAINIAN_NOUNS_LIKE_PAST = [
  'школи', 'посли', 'посла', 'село', 'села', 'число', 'числа', 'тіло', 'джерело', 'джерела', 'правило', 'правила', 'умов',
  'розмов', 'держав', 'справ', 'прав', 'мов', 'основ', 'установ', 'заяв',
].join('|');

/**
 * Words that tell a past, per language: auxiliaries, past endings and common
 * irregular past forms. Only read to keep a sentence in the past across the
 * year's turn ("agreed a ceasefire on 12 February", written on 5 January, is
 * the February gone), so a word that may be past counts, and a language
 * with none here is never moved ahead.
 */
const PAST_WORDS: Partial<Record<Language, RegExp>> = {
  en: /(?<!\p{L})(?:was|were|had|has|have|been|did|said|grew|sank|shrank|fought|flew|drove|swore|withdrew|sought|stole|threw|tore|drew|forgot|froze|got|knew|lay|meant|rode|shook|taught|understood|overtook|undertook|quit|told|hit|met|took|began|fell|rose|came|went|saw|made|gave|held|left|won|lost|struck|sent|found|led|broke|fled|shot|spoke|wrote|became|ran|sold|bought|brought|kept|paid|put|set|cut|spent|stood|\p{L}{2,}ed)(?!\p{L})/iu,
  fr: /(?<!\p{L})(?:a|ont|est|sont|avait|avaient|était|étaient|fut|furent|\p{L}+(?:ait|aient))(?!\p{L})/iu,
  de: /(?<!\p{L})(?:war|waren|wurde|wurden|hatte|hatten|hat|haben|ist|sind|(?:fand|kam|ging|gab|nahm|traf|stand|sprach|rief|hielt|fiel|schlug|begann|beriet|beschloss|entschied|verließ|zog|lag|sah|bat|brach|trat|sank|stieg|wuchs|starb|floh|schloss|verlor|gewann|erhielt|bekam|blieb|schrieb|warf|lief|fuhr|flog|trug|wies|fing)(?:en|st)?|ge\p{L}{3,}(?:t|en)|\p{L}{2,}(?:te|ten))(?!\p{L})/iu,
  es: /(?<!\p{L})(?:fue|fueron|era|eran|había|habían|ha|han|dijo|dijeron|hizo|hicieron|tuvo|tuvieron|estuvo|estuvieron|puso|pusieron|pudo|pudieron|vino|vinieron|quiso|quisieron|supo|supieron|dio|dieron|vio|vieron|trajo|trajeron|hubo|propuso|impuso|dispuso|mantuvo|obtuvo|detuvo|sostuvo|intervino|condujo|produjo|redujo|\p{L}{2,}(?:ó|aron|ieron|aba|aban))(?!\p{L})/iu,
  it: /(?<!\p{L})(?:è|sono|era|erano|fu|furono|ha|hanno|aveva|avevano|\p{L}{2,}(?:ò|ì|arono|irono|ava|avano))(?!\p{L})/iu,
  pt: /(?<!\p{L})(?:foi|foram|era|eram|tinha|tinham|havia|disse|disseram|fez|fizeram|teve|tiveram|esteve|estiveram|pôs|puseram|pôde|puderam|veio|vieram|deu|deram|viu|viram|trouxe|trouxeram|quis|quiseram|soube|souberam|houve|propôs|manteve|obteve|deteve|interveio|\p{L}{2,}(?:ou|aram|eram|iram|ava|avam|eu|iu))(?!\p{L})/iu,
  // Participles, weak pasts and strong pasts with the prefixes that stay on them ("besprak", "vertrok", "overleed"),
  // singular and plural; not superlatives and ordinals ("eerste", "Tweede Kamer") or nouns that end as a past does.
  nl: new RegExp(String.raw`(?<!\p{L})(?!(?:${DUTCH_NOUNS_LIKE_PAST})(?!\p{L}))(?!\p{L}*sten?(?!\p{L}))(?:was|waren|werd|werden|had|hadden|heeft|hebben|is|zijn|ge\p{L}{3,}(?:d|t|en)|\p{L}{2,}(?:de|den|te|ten)|(?:be|ver|ont|over|onder|her|door|mis)?(?:zei|zeiden|deed|deden|kreeg|kregen|ging|gingen|stond|stonden|kon|konden|moest|moesten|wist|wisten|mocht|mochten|zocht|zochten|bracht|brachten|dacht|dachten|kocht|kochten|vroeg|vroegen|zag|zagen|lag|lagen|zat|zaten|gaf|gaven|nam|namen|kwam|kwamen|las|lazen|sprak|spraken|brak|braken|stak|staken|trof|troffen|sloot|sloten|schoot|schoten|bood|boden|verloor|verloren|koos|kozen|vloog|vlogen|bleef|bleven|schreef|schreven|greep|grepen|reed|streed|streden|verdween|verdwenen|verscheen|verschenen|viel|vielen|hield|hielden|liet|lieten|liep|liepen|riep|riepen|hing|hingen|ving|vingen|won|wonnen|begon|begonnen|vond|vonden|bond|bonden|sprong|sprongen|dwong|dwongen|trok|trokken|vocht|vochten|woog|wogen|sloeg|sloegen|droeg|droegen|wierp|wierpen|stierf|stierven|hielp|hielpen|trad|traden|at|aten|vergat|vergaten|voer|voeren|leed|sneed|sneden|zond|zonden|dreef|dreven|steeg|stegen|zweeg|zwegen|leek|leken|bezat|bezaten|ontving|ontvingen|overleed|overleden|vertrok|vertrokken|besloot|besloten))(?!\p{L})`, 'iu'),
  // A past verb is written in lower case ("Было" opens a sentence), so town names ("Кабул", "Мали") are none; nouns with a
  // past's ending are left out: agent nouns ("родители", "жители") and the common ones of news ("дело", "посол", "недели").
  ru: new RegExp(String.raw`(?<!\p{L})(?!(?:${RUSSIAN_NOUNS_LIKE_PAST})(?!\p{L}))(?!\p{L}*[иая]тел[иья](?!\p{L}))(?:\p{Ll}\p{L}+|Бы|Ста)(?:л|ла|ло|ли|лся|лась|лось|лись)(?!\p{L})`, 'u'),
  // The same for Ukrainian, whose genitive plurals end as a past does ("років", "умов", "справ"): "-ів" is read as a noun.
  uk: new RegExp(String.raw`(?<!\p{L})(?!(?:${UKRAINIAN_NOUNS_LIKE_PAST})(?!\p{L}))(?:\p{Ll}\p{L}+|Бу|Ста)(?:(?<![іїІЇ])в|ла|ло|ли|вся|лася|лося|лися)(?!\p{L})`, 'u'),
  // A past verb is written in lower case but at a sentence's opening: a capitalised word with a past's ending is a name ("w Trzech Króli", "z Brukseli").
  pl: /(?<!\p{L})(?:\p{Ll}|(?<=(?:^|[.!?\n])[ \u00a0]*)\p{Lu})\p{L}+(?:ł|ła|ło|li|ły|łem|łam|liśmy)(?:[ \u00a0]+się)?(?!\p{L})/u,
  tr: /(?<!\p{L})\p{L}{2,}(?:dı|di|du|dü|tı|ti|tu|tü|mış|miş|muş|müş)(?:lar|ler|r)?(?!\p{L})/iu,
  // Indonesian verbs have no tense: only the words that tell a past ("telah", "sudah", "kemarin", "silam").
  id: /(?<!\p{L})(?:telah|sudah|pernah|tadi|lalu|kemarin|silam)(?!\p{L})/iu,
};

/**
 * The tense a year-less day or month at `date` should be read in: the tense
 * given, unless the year's turn makes the other side the only near one and,
 * to move it ahead, no word in `told` (its sentence, or the part of its
 * clause between "and"s: "sloot vorige week en heropent half januari") tells a past. A month is only
 * moved ahead: "will reopen in December", written in January, may well mean
 * the December a year away.
 */
function tenseAcrossYearTurn(date: Date, precision: DatePrecision, reference: Date, tense: Tense, told: string, language: Language): Tense {
  const ref = Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate());
  const daysFrom = (side: Tense) => Math.abs(alongTense(date, precision, false, reference, side).getTime() - ref) / DAY_MS;
  const other: Tense = tense === 'past' ? 'future' : 'past';
  if (other === 'past' && precision !== 'day') return tense;
  if (daysFrom(tense) <= YEAR_TURN_FAR_DAYS || daysFrom(other) > YEAR_TURN_NEAR_DAYS) return tense;
  // Arabic writes its past with no mark of its own, so nothing there is moved ahead.
  return other === 'future' && (PAST_WORDS[language]?.test(told) ?? true) ? tense : other;
}

/**
 * A sentence with no word of a past or a future tells a schedule in the
 * present ("the committee meets on 14 March", "De Kamer debatteert op 14
 * maart", "Le Sénat examine le texte le 14 mars"): its year-less day is the
 * one ahead when that is near and the one gone is most of a year back. The
 * window is narrow so that a past told with a verb the lists miss keeps its
 * recent day; a language with no past words here is never moved.
 */
const SCHEDULE_AHEAD_DAYS = 120;
const SCHEDULE_GONE_DAYS = 240;

function presentScheduleAhead(date: Date, reference: Date, sentence: string, language: Language): boolean {
  const past = PAST_WORDS[language];
  // A form that may be a past participle ("zamknięto", "wznowiono") keeps a Polish day behind, as it does in presentTellsFuture.
  if (!past || past.test(sentence) || (PAST_PARTICIPLES[language]?.test(sentence) ?? false)) return false;
  const ref = Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate());
  const ahead = (alongTense(date, 'day', false, reference, 'future').getTime() - ref) / DAY_MS;
  const gone = (ref - alongTense(date, 'day', false, reference, 'past').getTime()) / DAY_MS;
  return ahead <= SCHEDULE_AHEAD_DAYS && gone >= SCHEDULE_GONE_DAYS;
}

/**
 * Polish marks every past (the -ł- forms, the impersonal "zamknięto" and the
 * participles "ogłoszony", "zamknięta"), and its perfective present is a
 * future ("odwiedzi", "przyjmie"): a clause with none of those past forms
 * tells its year-less days ahead, whatever past another clause of its sentence tells. Forms that only may be past count, so that
 * nothing past moves. Russian and Ukrainian are left out: their present ends
 * as their participles do ("посетит", "убит") and their past as town names
 * do ("Львів").
 */
const PAST_PARTICIPLES: Partial<Record<Language, RegExp>> = {
  pl: /(?<!\p{L})\p{L}{2,}(?:no|to|ny|na|ne|ni|ty|ta|te|ci)(?!\p{L})/iu,
};

function presentTellsFuture(words: string, language: Language): boolean {
  const participles = PAST_PARTICIPLES[language];
  return participles !== undefined && !participles.test(words) && !PAST_WORDS[language]!.test(words);
}

/** The words whose tense a date at [start, end) is told in: its own clause, or its sentence when it stands alone ("12 stycznia, jak zapowiedział rzecznik" has its past in another clause). */
function ownClauseAt(text: string, start: number, end: number, language: Language): string {
  const { sentence, clause, alone } = clauseAt(text, start, end, language);
  return alone ? sentence : clause;
}

/**
 * The words that open a count ahead chrono reads ("in two weeks", "dans deux
 * semaines", "через две недели"): the count tells a future by itself, so a
 * clause with no past form ("the ministry publishes the figures in two
 * weeks") keeps its date; one with a past ("was rebuilt in two weeks") tells a
 * length of time.
 */
const COUNT_AHEAD_OPENING: Partial<Record<Language, RegExp>> = {
  en: /^in[ \u00a0]/iu,
  fr: /^dans[ \u00a0]/iu,
  de: /^in[ \u00a0]/iu,
  es: /^(?:dentro de|en)[ \u00a0]/iu,
  it: /^(?:tra|fra)[ \u00a0]/iu,
  pt: /^(?:daqui a|dentro de|em)[ \u00a0]/iu,
  nl: /^(?:over|binnen)[ \u00a0]/iu,
  ru: /^через[ \u00a0]/iu,
};

function countAheadWithNoPast(expression: string, text: string, start: number, end: number, language: Language): boolean {
  const past = PAST_WORDS[language];
  return (COUNT_AHEAD_OPENING[language]?.test(expression) ?? false) && past !== undefined && !past.test(ownClauseAt(text, start, end, language));
}

/** Where the sentence around `at` opens; the dot of an ordinal day ("am 14. Januar") closes none. */
function sentenceOpening(text: string, at: number): number {
  let from = at;
  while (from > 0 && from > at - MAX_SENTENCE && !(/[.!?\n]/u.test(text[from - 1]!) && !(text[from - 1] === '.' && /\d/u.test(text[from - 2] ?? '')))) from--;
  return from;
}

/** A length of time ("after two weeks", "pendant six semaines", "durante 23 días"), which chrono reads as a date counted from the reference. */
const DURATION = /^(?:after|for|within|during|over|pendant|durant|de|während|für|binnen|innerhalb|durante|boyunca)\s/iu;

/** A preposition or article just before an expression chrono read without it: "on February 12", "le 3 mars", "el pasado martes". */
const PREPOSITION_BEFORE: Record<Language, RegExp> = {
  // "on the 2nd of January": an ordinal day takes "the".
  en: /(?<!\p{L})(?:on|in)(?:[ \u00a0]+the)?[ \u00a0]+$/iu,
  fr: /(?<!\p{L})(?:le|en)[ \u00a0]+$/iu,
  de: /(?<!\p{L})(?:am|im)[ \u00a0]+$/iu,
  es: /(?<!\p{L})(?:el|en)[ \u00a0]+$/iu,
  // "nel novembre 2005": "in the" before a month.
  it: /(?<!\p{L})(?:il|lo|a|nel)[ \u00a0]+$/iu,
  // "Nesta quinta-feira": this week's, on the side the tense asks for; "a 4 de janeiro" as Portugal writes it.
  pt: /(?<!\p{L})(?:na|no|em|a|nesta|neste|nessa|nesse)[ \u00a0]+$/iu,
  nl: /(?<!\p{L})(?:op|in)[ \u00a0]+$/iu,
  // chrono's Russian parser keeps "в" with a weekday ("в понедельник") but not "во" ("во вторник").
  ru: /(?<!\p{L})(?:во|в)[ \u00a0]+$/iu,
  tr: /(?!)/u,
  // The Polish parser keeps "w" and "we" with a weekday; "12 marca" may follow one.
  pl: /(?!)/u,
  uk: /(?!)/u,
  ar: /(?!)/u,
  // Hebrew writes "on" and "in" on the word ("ביום", "באפריל"), which the parser reads with it.
  he: /(?!)/u,
  id: /(?<!\p{L})pada[ \u00a0]+$/iu,
};

/**
 * "Last" and "next" written before a weekday or a month that chrono reads
 * without them: "vergangenen Freitag", "kommenden Montag", "na próxima
 * sexta-feira", "from next August". They say on which side of the article's
 * date the day or month falls, whatever the sentence's tense ("signed a deal
 * … from next August").
 */
const LAST_OR_NEXT_BEFORE: Partial<Record<Language, RegExp>> = {
  en: /(?<!\p{L})(?:(last|previous)|(next|coming))[ \u00a0]+$/iu,
  de: /(?<!\p{L})(?:(vergangenen|vorigen|letzten)|(kommenden|nächsten))[ \u00a0]+$/iu,
  nl: /(?<!\p{L})(?:(vorige|afgelopen)|(komende|volgende))[ \u00a0]+$/iu,
  pt: /(?<!\p{L})(?:(últim[oa]|passad[oa])|(próxim[oa]))[ \u00a0]+$/iu,
};
/** The same written after the weekday: "sexta-feira passada", "lunedì scorso". */
const LAST_OR_NEXT_AFTER: Partial<Record<Language, RegExp>> = {
  pt: /^[ \u00a0]+(?:(passad[oa])|(que vem|próxim[oa]))(?!\p{L})/iu,
  it: /^[ \u00a0]+(?:(scors[oa])|(prossim[oa]))(?!\p{L})/iu,
  es: /^[ \u00a0]+(?:(pasad[oa])|(próxim[oa]|que viene))(?!\p{L})/iu,
};

/** "The previous Tuesday", "the coming Friday", "the end of March": an English side or part word takes "the", which belongs to the expression. */
const SIDE_FIRST = /^(?:previous|coming|past|following|(?:end|beginning|start|middle) of)(?!\p{L})/iu;
const PART_OF_MONTH = /^[ \u00a0]*(?:end|beginning|start|middle) of[ \u00a0]/iu;
const THE_BEFORE = /(?<!\p{L})the[ \u00a0]+$/iu;

/**
 * "Last" and "next" inside the expression chrono read ("last Friday",
 * "vendredi dernier", "в прошлый понедельник", "الاثنين الماضي"): the
 * expression says on which side of the article's date it falls, whatever the
 * tense of the clause around it ("the council, which met last Friday, will
 * vote"). First group: last.
 */
const LAST_OR_NEXT_WITHIN: Record<Language, RegExp> = {
  en: /(?<!\p{L})(?:(last|past|previous)|(next|coming))(?!\p{L})/iu,
  fr: /(?<!\p{L})(?:(derni[eè]re?|pass[ée]e?)|(prochaine?))(?!\p{L})/iu,
  de: /(?<!\p{L})(?:(vergangene[nmrs]?|vorige[nmrs]?|letzte[nmrs]?)|(kommende[nmrs]?|nächste[nmrs]?))(?!\p{L})/iu,
  es: /(?<!\p{L})(?:(pasad[oa])|(próxim[oa]|que viene))(?!\p{L})/iu,
  it: /(?<!\p{L})(?:(scors[oa])|(prossim[oa]))(?!\p{L})/iu,
  pt: /(?<!\p{L})(?:(passad[oa])|(próxim[oa]|que vem))(?!\p{L})/iu,
  nl: /(?<!\p{L})(?:(vorige|afgelopen)|(komende|volgende))(?!\p{L})/iu,
  ru: /(?<!\p{L})(?:(прошл\p{L}*|минувш\p{L}*)|(следующ\p{L}*|ближайш\p{L}*))(?!\p{L})/iu,
  tr: /(?<!\p{L})(?:(geçen|geçtiğimiz)|(gelecek|önümüzdeki))(?!\p{L})/iu,
  pl: /(?<!\p{L})(?:(zeszł\p{L}*|ubiegł\p{L}*|minion\p{L}*)|(przyszł\p{L}*|najbliższ\p{L}*))(?!\p{L})/iu,
  uk: /(?<!\p{L})(?:(минул\p{L}*)|(наступн\p{L}*|найближч\p{L}*))(?!\p{L})/iu,
  ar: /(?<!\p{L})(?:(الماضي|الماضية|الفائت|الفائتة)|(المقبل|المقبلة|القادم|القادمة))(?!\p{L})/u,
  he: /(?<!\p{L})(?:(שעבר|שעברה|האחרון|האחרונה|הקודם|הקודמת)|(הבא|הבאה|הקרוב|הקרובה))(?!\p{L})/u,
  id: /(?<!\p{L})(?:(lalu)|(depan|mendatang))(?!\p{L})/iu,
};

/**
 * Counted from another event, not from the article ("repairs began a week
 * later", "the next day"): the article's date would put them in the wrong
 * place, so chrono's reads of them are dropped ("the next day" is read from
 * the day told before it, below).
 */
const ANCHORED = /(?:\b(?:later|earlier|afterwards)|plus tard|später|después|más tarde|sonra)$|^(?:next|following) day$/iu;

/**
 * A day counted from the day told just before it, per language: "the next
 * day", "le lendemain", "am Tag darauf", "на следующий день", "ertesi gün",
 * "למחרת" (1), "the previous day", "am Vortag" (-1). "La veille" and "la
 * vigilia" before "de"/"di" are Christmas Eve's words, not a day before.
 */
const DAY_FROM_ANCHOR: Record<Language, ReadonlyArray<[offset: number, words: string]>> = {
  en: [[1, 'the next day|the following day|a day later|one day later'], [-1, 'the previous day|a day earlier']],
  fr: [[1, 'le lendemain'], [-1, "la veille(?!\\s+(?:de|du|des)(?!\\p{L})|\\s*d['’])"]],
  de: [[1, 'am nächsten Tag|am folgenden Tag|am darauffolgenden Tag|am Tag darauf|tags darauf'], [-1, 'am Vortag|am Tag zuvor|tags zuvor']],
  es: [[1, 'al día siguiente|el día siguiente'], [-1, 'el día anterior']],
  it: [[1, "il giorno dopo|il giorno successivo|il giorno seguente|l['’]indomani"], [-1, 'il giorno prima|il giorno precedente']],
  pt: [[1, 'no dia seguinte|o dia seguinte'], [-1, 'no dia anterior']],
  nl: [[1, 'de volgende dag|de dag daarop|een dag later'], [-1, 'de dag ervoor|de dag daarvoor|een dag eerder']],
  ru: [[1, 'на следующий день|на другой день']],
  uk: [[1, 'наступного дня|на наступний день']],
  pl: [[1, 'następnego dnia|nazajutrz|dzień później'], [-1, 'dzień wcześniej|poprzedniego dnia']],
  tr: [[1, 'ertesi gün(?:ü)?'], [-1, 'bir gün önce']],
  ar: [[1, 'اليوم التالي'], [-1, 'اليوم السابق']],
  he: [[1, 'למחרת|ביום שלמחרת'], [-1, 'ביום הקודם']],
  id: [[1, 'keesokan harinya|keesokan hari|sehari kemudian'], [-1, 'sehari sebelumnya']],
};

const dayFromAnchorPatternsOf = oncePerLanguage((language) =>
  DAY_FROM_ANCHOR[language].map(([offset, words]) => ({ offset, pattern: new RegExp(String.raw`(?<![\p{L}-])(?:${words.replace(/ /gu, String.raw`[ \u00a0]+`)})(?![\p{L}-])`, 'giu') })),
);

/**
 * "Following" beside a weekday, which then counts from the day told before it
 * ("closed on 3 March and reopened the following Tuesday"): before it in
 * English, German and Dutch, after it in French, Spanish, Italian, Portuguese
 * and Indonesian. Russian and Polish "следующий", "następny" mean the next
 * one from the article as often, and are left alone.
 */
const FOLLOWING_BEFORE: Partial<Record<Language, RegExp>> = {
  en: /(?<!\p{L})the[ \u00a0]+following[ \u00a0]+$/iu,
  de: /(?<!\p{L})(?:am|den)[ \u00a0]+(?:darauf)?folgenden[ \u00a0]+$/iu,
  nl: /(?<!\p{L})de[ \u00a0]+daaropvolgende[ \u00a0]+$/iu,
};
const FOLLOWING_AFTER: Partial<Record<Language, RegExp>> = {
  fr: /^[ \u00a0]+suivante?(?!\p{L})/iu,
  es: /^[ \u00a0]+siguiente(?!\p{L})/iu,
  it: /^[ \u00a0]+(?:successiv[oa]|seguente)(?!\p{L})/iu,
  pt: /^[ \u00a0]+seguinte(?!\p{L})/iu,
  id: /^[ \u00a0]+berikutnya(?!\p{L})/iu,
};

/** A language's holidays: one pattern for every name (groups: the words before, the name, a year after it), and each holiday's own. */
const holidayPatternsOf = oncePerLanguage((language) => {
  const { before, holidays } = HOLIDAYS[language]!;
  const space = (words: string) => words.replace(/ /gu, String.raw`[ \u00a0]+`);
  const names = holidays.map((holiday) => space(holiday.names)).join('|');
  // A preposition may open its sentence: "Am Dreikönigstag", "Op nieuwjaarsdag".
  const opening = before.split('|').map((word) => `${word}|${word.charAt(0).toLocaleUpperCase(language)}${word.slice(1)}`).join('|');
  return {
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(${opening})(?:[ \u00a0]+|(?<=['’])))?(${names})(?:[ \u00a0]+((?:1[6-9]|20)\d\d)(?!\p{N}))?(?![\p{L}-])`, 'gu'),
    each: holidays.map((holiday) => ({ ...holiday, whole: new RegExp(String.raw`^(?:${space(holiday.names)})$`, 'u') })),
    notItsDay: new RegExp(String.raw`(?<!\p{L})(?:${NOT_ITS_DAY_AFTER[language]})[ \u00a0]*$`, 'iu'),
  };
});
const ENGLISH_QUALIFIED_FEAST = new RegExp(String.raw`^[ \u00a0]+(?!(?:${ENGLISH_AFTER_FEAST})(?!\p{L}))\p{Ll}`, 'u');

/** The day a holiday falls on: in `year` when written, else the latest on or before `reference` told in the past, the first on or after it told ahead. */
function holidayAlong(rule: HolidayRule, year: number | null, reference: Date, tense: Tense): number | undefined {
  if (year !== null) return holidayDays(rule, year)[0];
  const ref = Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate());
  const around = [-1, 0, 1].flatMap((step) => holidayDays(rule, reference.getUTCFullYear() + step));
  return tense === 'past' ? around.filter((day) => day <= ref).at(-1) : around.find((day) => day >= ref);
}

/**
 * A time of day before or after a date is not part of it: "Sunday" from
 * "Sunday morning", "dimanche" from "A7 dimanche" (read as "à 7 h"),
 * "martedì" from "martedì alle 3.12", "dinsdag" from "dinsdag om 14.30 uur", "23.12.2026" from
 * "23.12.2026 в 14:00", "the day after tomorrow" from "… at 4 p.m.".
 */
const CLOCK = String.raw`(?:(?:at|à|um|gegen|om|alle|ore|a las|às|saat|в|во|о|об|o|(?:o[ \u00a0]+)?godz\.|pukul|jam|בשעה|(?:في[ \u00a0]+)?الساعة)[ \u00a0]*\d{1,2}(?:[:.h]\d{2})?|a\d{1,2}|\d{1,2}(?:[:.h]\d{2}|[ \u00a0]*(?:h|[ap]\.?m\.?|uhr|uur)(?!\p{L})))(?:[ \u00a0]*(?:h|[ap]\.?m\.?|uhr|uur)(?!\p{L}))?`;
const TIME_BEFORE = new RegExp(String.raw`^${CLOCK}[ \u00a0,]+`, 'iu');
const TIME_AFTER = new RegExp(
  String.raw`(?:[ \u00a0,]+(?:in the|at|by|dans la|en la|por la|am|in der|la|le|the))?[ \u00a0,]+(?:morning|afternoon|evening|night|noon|midnight|matin|après-midi|soir|soirée|nuit|midi|vormittag|nachmittag|morgen|abend|nacht|mañana|tarde|noche|mediodía|sabah|öğlen|akşam|gece|${CLOCK})$`,
  'iu',
);

/** "Mañana" and "Morgen" are tomorrow, but "por la mañana", "am Morgen" the morning: after an article they name no day. */
const MORNING = /^(?:mañana|morgen)$/iu;
const MORNING_ARTICLE = /(?<!\p{L})(?:la|esta|una|cada|am|den|jeden|diesen|heute)[ \u00a0]+$/iu;

/** chrono's Russian parser reads "вечером 5 апреля" as this evening and drops the date: blanked (same length, offsets hold) before parsing. */
const RUSSIAN_TIME_OF_DAY = /(?<!\p{L})(?:утром|днём|днем|вечером|ночью)(?!\p{L})/giu;
/**
 * A clock time written with a dot after the word for "at" ("alle 3.12", "um
 * 14.30", "om 9.45", "saat 14.30") or before "Uhr", "uur": chrono would read
 * it as a day and a month. Its dot becomes a colon before parsing (one
 * character for one, so offsets hold).
 */
const DOTTED_CLOCK =
  /(?<=(?<!\p{L})(?:at|à|um|gegen|ab|om|rond|vanaf|alle|ore|dalle|a las|às|as|o|godz\.|w|в|о|saat)[ \u00a0]+(?:[01]?\d|2[0-3]))\.(?=[0-5]\d(?![\d.]\d))|(?<=(?<![\d.])(?:[01]?\d|2[0-3]))\.(?=[0-5]\d[ \u00a0]*(?:Uhr|uur)(?!\p{L}))/giu;

/** Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits, read as 0–9 before parsing; one UTF-16 unit each, so offsets hold. */
const EASTERN_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/gu;

/**
 * The mark an ordinal day carries before its month, which the parsers stop
 * at: "1.º de diciembre", "1-го декабря", "5-go grudnia". Blanked (same
 * length) before parsing; the expression keeps it.
 */
const DAY_ORDINAL_MARK = /(?<=(?<![\p{N}.,])\d{1,2})(?:\.?[ºª]|-(?:го|ого|е|go|ego))(?=[ \u00a0]+\p{L})/gu;

type Period = 'week' | 'month' | 'year';

/**
 * The week, month or year before, after or of the article's, per language:
 * "last week", "la semaine dernière", "geçen hafta", "w zeszłym roku",
 * "минулого тижня", "this month", "cette année", and the forms a noun or a
 * preposition gives them ("del año pasado", "прошлого года", "letzten
 * Jahres", "geçen yılın"). chrono reads some of these and not others; either
 * way they are dated here, the same way in each language.
 */
const INDONESIAN_NOT_COUNTED = String.raw`(?<!(?:\d|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)[ \u00a0]+)`;
const RELATIVE_PERIODS: Record<Language, ReadonlyArray<[period: Period, last: string, next: string, current: string]>> = {
  en: [['week', 'last week', 'next week', 'this week'], ['month', 'last month', 'next month', 'this month'], ['year', 'last year', 'next year', 'this year']],
  fr: [
    ['week', 'la semaine (?:dernière|passée)', 'la semaine prochaine', 'cette semaine'],
    ['month', '(?:le|du) mois (?:dernier|passé)', '(?:le|du) mois prochain', 'ce mois(?:-ci)?'],
    ['year', "l['’](?:année (?:dernière|passée)|an (?:dernier|passé))", "l['’](?:année prochaine|an prochain)", 'cette année'],
  ],
  de: [
    [
      'week',
      '(?:in der )?(?:vergangenen|letzten|vorigen) Woche|(?:vergangene|letzte|vorige|vergangener|letzter|voriger) Woche',
      '(?:in der )?(?:kommenden|nächsten) Woche|(?:kommende|nächste|kommender|nächster) Woche',
      '(?:in )?(?:dieser|diese) Woche',
    ],
    [
      'month',
      '(?:im )?(?:vergangenen|letzten|vorigen) Monats?|(?:vergangener|letzter|voriger) Monat',
      '(?:im )?(?:kommenden|nächsten) Monats?|(?:kommender|nächster) Monat',
      '(?:in )?(?:diesem|diesen|dieses) Monats?',
    ],
    [
      'year',
      '(?:im )?(?:vergangenen|letzten|vorigen) Jahr(?:es)?|(?:vergangenes|letztes|voriges) Jahr',
      '(?:im )?(?:kommenden|nächsten) Jahr(?:es)?|(?:kommendes|nächstes) Jahr',
      '(?:in )?(?:diesem|dieses) Jahr(?:es)?',
    ],
  ],
  es: [
    ['week', 'la semana pasada', 'la (?:semana próxima|próxima semana|semana que viene)', 'esta semana'],
    ['month', '(?:el|del) mes pasado', '(?:el|del) (?:mes próximo|próximo mes|mes que viene)', 'este mes'],
    ['year', '(?:el|del) año pasado', '(?:el|del) (?:año próximo|próximo año|año que viene)', 'este año'],
  ],
  it: [
    ['week', '(?:la|della) (?:settimana scorsa|scorsa settimana)', '(?:la|della) (?:settimana prossima|prossima settimana)', 'questa settimana'],
    ['month', '(?:il mese scorso|del mese scorso|lo scorso mese)', '(?:il mese prossimo|il prossimo mese)', 'questo mese'],
    ['year', "(?:l['’]anno scorso|dell['’]anno scorso|lo scorso anno)", "(?:l['’]anno prossimo|il prossimo anno)", "quest['’]anno"],
  ],
  pt: [
    ['week', '(?:a|na|da) semana passada', '(?:a|na|da) (?:próxima semana|semana que vem)', '(?:n|d)?esta semana'],
    ['month', '(?:o|no|do) mês passado', '(?:o|no|do) (?:próximo mês|mês que vem)', '(?:n|d)?este mês'],
    ['year', '(?:o|no|do) ano passado', '(?:o|no|do) (?:próximo ano|ano que vem)', '(?:n|d)?este ano'],
  ],
  nl: [
    ['week', '(?:vorige|afgelopen) week', '(?:volgende|komende) week', 'deze week'],
    ['month', '(?:vorige|afgelopen) maand', '(?:volgende|komende) maand', 'deze maand'],
    ['year', '(?:vorig|afgelopen) jaar', '(?:volgend|komend) jaar', 'dit jaar'],
  ],
  ru: [
    ['week', 'на прошлой неделе|прошлой недели', 'на следующей неделе|следующей недели', 'на этой неделе|этой недели'],
    ['month', 'в прошлом месяце|прошлого месяца', 'в следующем месяце|следующего месяца', 'в этом месяце|этого месяца'],
    ['year', 'в прошлом году|прошлого года', 'в следующем году|следующего года', 'в этом году|этого года'],
  ],
  tr: [
    ['week', '(?:geçen|geçtiğimiz) hafta(?:nın|ki)?', '(?:gelecek|önümüzdeki) hafta(?:nın|ki)?', 'bu hafta(?:nın|ki)?'],
    ['month', '(?:geçen|geçtiğimiz) ay(?:ın|ki)?', '(?:gelecek|önümüzdeki) ay(?:ın|ki)?', 'bu ay(?:ın|ki)?'],
    ['year', '(?:geçen|geçtiğimiz) (?:yıl|sene)(?:ın|nin|ki)?', '(?:gelecek|önümüzdeki) (?:yıl|sene)(?:ın|nin|ki)?', 'bu (?:yıl|sene)(?:ın|nin|ki)?'],
  ],
  pl: [
    ['week', 'w (?:zeszłym|ubiegłym|minionym|poprzednim) tygodniu|(?:zeszłego|ubiegłego|minionego|poprzedniego) tygodnia', 'w (?:przyszłym|następnym|najbliższym) tygodniu|(?:przyszłego|następnego) tygodnia', 'w tym tygodniu|tego tygodnia'],
    ['month', 'w (?:zeszłym|ubiegłym|minionym|poprzednim) miesiącu|(?:zeszłego|ubiegłego|minionego|poprzedniego) miesiąca', 'w (?:przyszłym|następnym|najbliższym) miesiącu|(?:przyszłego|następnego) miesiąca', 'w tym miesiącu|tego miesiąca'],
    ['year', 'w (?:zeszłym|ubiegłym|minionym|poprzednim) roku|(?:zeszłego|ubiegłego|minionego|poprzedniego) roku', 'w (?:przyszłym|następnym) roku|(?:przyszłego|następnego) roku', 'w tym roku|tego roku'],
  ],
  uk: [
    ['week', '(?:минулого тижня|на минулому тижні)', '(?:наступного тижня|на наступному тижні)', '(?:цього тижня|на цьому тижні)'],
    ['month', 'минулого місяця', 'наступного місяця', 'цього місяця'],
    ['year', '(?:минулого року|торік)', 'наступного року', 'цього року'],
  ],
  ar: [
    ['week', 'الأسبوع الماضي', 'الأسبوع المقبل|الأسبوع القادم', 'هذا الأسبوع'],
    ['month', 'الشهر الماضي', 'الشهر المقبل|الشهر القادم', 'هذا الشهر'],
    ['year', 'العام الماضي|السنة الماضية', 'العام المقبل|العام القادم|السنة المقبلة', 'هذا العام|هذه السنة'],
  ],
  // "And" and "in" are written on the words ("ובשבוע שעבר"); "this week" ("השבוע") also opens "the next week" ("השבוע הבא"),
  // so it is this week only when no "last" or "next" follows.
  he: [
    ['week', 'ו?(?:ב|ה)?שבוע (?:שעבר|הקודם|האחרון)', 'ו?(?:ב?שבוע|השבוע) (?:הבא|הקרוב)', 'ו?השבוע(?![ \u00a0]+(?:הבא|שעבר|הקודם|האחרון|הקרוב))'],
    ['month', 'ו?(?:ב|ה)?חודש (?:שעבר|הקודם)', 'ו?(?:ב?חודש|החודש) (?:הבא|הקרוב)', 'ו?החודש(?![ \u00a0]+(?:הבא|שעבר|הקודם|הקרוב))'],
    ['year', 'ו?(?:(?:ב|ה)?שנה (?:שעברה|הקודמת)|אשתקד)', 'ו?(?:ב?שנה|השנה) (?:הבאה|הקרובה)', 'ו?השנה(?![ \u00a0]+(?:הבאה|שעברה|הקודמת|הקרובה))'],
  ],
  // After a count the same words are "ago" ("dua minggu lalu", two weeks ago), read with the counts.
  id: [
    ['week', `${INDONESIAN_NOT_COUNTED}(?:minggu|pekan) lalu`, '(?:minggu|pekan) (?:depan|mendatang)', '(?:minggu|pekan) ini'],
    ['month', `${INDONESIAN_NOT_COUNTED}bulan lalu`, 'bulan (?:depan|mendatang)', 'bulan ini'],
    ['year', `${INDONESIAN_NOT_COUNTED}tahun lalu`, 'tahun (?:depan|mendatang)', 'tahun ini'],
  ],
};

/**
 * A weekend, read as its Saturday: "last weekend", "le week-end dernier", "в минувшие выходные", "geçen hafta sonu",
 * "akhir pekan lalu" are the Saturday of the week before the article's; "the coming weekend", "el próximo fin de semana" the
 * next Saturday; "this weekend", "am Wochenende", "в выходные" the one on the side its clause's tense tells. Turkish writes
 * its case on it ("hafta sonunda"), which the expression leaves out.
 */
const WEEKENDS: Record<Language, [last: string, next: string, either: string]> = {
  en: ['last weekend|the (?:past|previous) weekend', 'next weekend|(?:this |the )?coming weekend', '(?:this|the) weekend'],
  fr: ['le (?:week-?end (?:dernier|passé)|dernier week-?end)', 'le (?:week-?end prochain|prochain week-?end)', '(?:ce|le) week-?end'],
  de: ['(?:am|das) (?:vergangenen?|letzten?|vorigen?) Wochenende', '(?:am|das) (?:kommenden?|nächsten?) Wochenende', '(?:an diesem|am|dieses) Wochenende'],
  es: ['(?:el|este) pasado fin de semana|el (?:fin de semana pasado|último fin de semana)', 'el (?:próximo fin de semana|fin de semana que viene)', '(?:este|el) fin de semana'],
  it: ['(?:lo )?scorso (?:fine settimana|weekend)|(?:il|nel) (?:fine settimana|weekend) scorso', '(?:il )?prossimo (?:fine settimana|weekend)|(?:il|nel) (?:fine settimana|weekend) prossimo', '(?:questo|il|nel|lo) (?:fine settimana|weekend)'],
  pt: ['(?:no|o) (?:fim de semana passado|último fim de semana)', '(?:no|o) (?:próximo fim de semana|fim de semana que vem)', '(?:neste|este|no|o) fim de semana'],
  nl: ['(?:afgelopen|vorig) weekend', '(?:komend|volgend) weekend', '(?:dit|het) weekend'],
  ru: ['(?:в|на) (?:прошлые|минувшие) выходные|(?:на )?(?:прошлых|минувших) выходных', '(?:в|на) (?:следующие|ближайшие) выходные|(?:на )?следующих выходных', '(?:в|на) (?:эти )?выходные|на (?:этих )?выходных'],
  uk: ['минулих вихідних|(?:у|в|на) минулі вихідні', 'наступних вихідних|(?:у|в|на) наступні вихідні', 'цих вихідних|(?:у|в|на) (?:ці )?вихідні|на вихідних'],
  pl: ['w (?:miniony|ubiegły|zeszły|ostatni) weekend', 'w (?:przyszły|najbliższy|nadchodzący) weekend', 'w (?:ten )?weekend'],
  tr: ['(?:geçen|geçtiğimiz) hafta ?sonu', '(?:gelecek|önümüzdeki) hafta ?sonu', '(?:bu )?hafta ?sonu'],
  ar: ['(?:عطلة )?نهاية الأسبوع (?:الماضي|الماضية)', '(?:عطلة )?نهاية الأسبوع (?:المقبل|القادم|المقبلة|القادمة)', '(?:عطلة )?نهاية (?:هذا )?الأسبوع'],
  he: ['ו?ב?סוף השבוע (?:שעבר|הקודם)', 'ו?ב?סוף השבוע (?:הבא|הקרוב)', 'ו?ב?סוף השבוע'],
  id: ['akhir (?:pekan|minggu) lalu', 'akhir (?:pekan|minggu) (?:depan|mendatang)', 'akhir (?:pekan|minggu)(?: ini)?'],
};

/** A language's weekends, "last" in the first group and "next" in the second. */
const weekendPatternOf = oncePerLanguage((language) => {
  const [last, next, either] = WEEKENDS[language].map((words) => words.replace(/ /gu, String.raw`[ \u00a0]+`));
  const caseEnding = language === 'tr' ? '(?:nda|ndaki|nu)?' : '';
  return new RegExp(String.raw`(?<!\p{L})(?:(${last})|(${next})|${either})(?=${caseEnding}(?!\p{L}))`, 'giu');
});

/** The Saturday of a weekend before (-1) or after (1) `reference`, or on the side `tense` tells (0). */
function weekendSaturday(side: -1 | 0 | 1, tense: Tense, reference: Date): string {
  const day = Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate());
  const saturday = day + (5 - ((reference.getUTCDay() + 6) % 7)) * DAY_MS;
  const ahead = day < saturday ? saturday : saturday + 7 * DAY_MS;
  const gone = day >= saturday ? saturday : saturday - 7 * DAY_MS;
  const at = side === -1 ? saturday - 7 * DAY_MS : side === 1 || tense === 'future' ? ahead : gone;
  return isoDay(new Date(at));
}

/**
 * Two days from the article's, in the languages chrono reads only the one
 * inside them ("hier" of "avant-hier", "mañana" of "pasado mañana") or none:
 * "avant-hier", "anteayer", "l'altro ieri", "anteontem", "eergisteren" and the
 * days after tomorrow. They replace what chrono read in them.
 */
const TWO_DAYS_AWAY: Partial<Record<Language, ReadonlyArray<[offset: number, words: string]>>> = {
  fr: [[-2, 'avant-hier'], [2, 'après-demain']],
  es: [[-2, 'anteayer|antier|antes de ayer'], [2, 'pasado mañana']],
  it: [[-2, "l['’]altro ?ieri|ieri l['’]altro|altroieri"], [2, 'dopodomani']],
  pt: [[-2, 'anteontem|antes de ontem'], [2, 'depois de amanhã']],
  nl: [[-2, 'eergisteren'], [2, 'overmorgen']],
};

const twoDaysPatterns = new Map<Language, ReadonlyArray<{ offset: number; pattern: RegExp }>>();

function twoDaysPatternsOf(language: Language): ReadonlyArray<{ offset: number; pattern: RegExp }> {
  let patterns = twoDaysPatterns.get(language);
  if (!patterns) {
    patterns = (TWO_DAYS_AWAY[language] ?? []).map(([offset, words]) => ({ offset, pattern: new RegExp(String.raw`(?<![\p{L}-])(?:${words})(?![\p{L}-])`, 'giu') }));
    twoDaysPatterns.set(language, patterns);
  }
  return patterns;
}

/** The one-word adverbs a period's expression keeps before it: "earlier this month", "late last year". */
const KEPT_BEFORE_PERIOD = /^(?:earlier|later|early|late|mid)[ \u00a0-]+$/iu;

/** Whether `words`, all that chrono read before a period, name a part of it to leave out: "the start of", "begin", "all'inizio di". */
function partOfPeriod(words: string, language: Language): boolean {
  const part = VAGUE_BEFORE.exec(words) ?? VAGUE_BEFORE_IN[language]?.exec(words) ?? null;
  return part?.index === 0 && !KEPT_BEFORE_PERIOD.test(words);
}

const periodPatterns = new Map<Language, ReadonlyArray<{ period: Period; pattern: RegExp }>>();

/** Each period's expression, "last" in the first group and "this" in the second: read once per language. */
function periodPatternsOf(language: Language): ReadonlyArray<{ period: Period; pattern: RegExp }> {
  let patterns = periodPatterns.get(language);
  if (!patterns) {
    patterns = RELATIVE_PERIODS[language].map(([period, last, next, current]) => ({
      period,
      pattern: new RegExp(String.raw`(?<!\p{L})(?:(${last})|(${current})|${next})(?!\p{L})`, 'giu'),
    }));
    periodPatterns.set(language, patterns);
  }
  return patterns;
}

/**
 * The first day of the week (Monday), month or year before, of or after the
 * reference's: "last week" from Thursday 15 October is Monday 5 October,
 * "this week" Monday 12 October, "last month" the first of September, "next
 * year" 1 January.
 */
function periodStart(period: Period, step: -1 | 0 | 1, reference: Date): string {
  const year = reference.getUTCFullYear();
  const month = reference.getUTCMonth();
  if (period === 'year') return `${pad(year + step, 4)}-01-01`;
  if (period === 'month') return isoDay(new Date(Date.UTC(year, month + step, 1)));
  const sinceMonday = (reference.getUTCDay() + 6) % 7;
  return isoDay(new Date(Date.UTC(year, month, reference.getUTCDate() - sinceMonday + 7 * step)));
}

/**
 * Months by name, which chrono leaves alone in these languages: after a
 * preposition ("em julho", "en juillet", "im Juli", "w lipcu", "у липні"), a
 * word that makes it vague ("début septembre", "Anfang September"), or with
 * a Turkish case ending ("Temmuz'da", "temmuz ayında"); a year may follow
 * ("em agosto de 2024", "im August 2024", "w marcu 2025 roku").
 */
interface MonthWords {
  before: string;
  /** The words before are left out of the expression, as the language's dates leave them ("في 8 سبتمبر" is "8 سبتمبر"). */
  beforeLeftOut?: boolean;
  /** Of `before`, the words that make the date vague. */
  vague?: RegExp;
  /** Each month's name, or its names where a language has two ("ديسمبر", "كانون الأول"). */
  months: ReadonlyArray<string | readonly string[]>;
  after?: string;
}

/** Arabic months, the Gregorian names of Egypt and the Gulf and those of the Levant and Iraq. */
const ARABIC_MONTHS: ReadonlyArray<readonly string[]> = [
  ['يناير', 'كانون الثاني'], ['فبراير', 'شباط'], ['مارس', 'آذار'], ['أبريل', 'ابريل', 'نيسان'], ['مايو', 'أيار'], ['يونيو', 'يونيه', 'حزيران'],
  ['يوليو', 'يوليه', 'تموز'], ['أغسطس', 'آب'], ['سبتمبر', 'أيلول'], ['أكتوبر', 'اكتوبر', 'تشرين الأول'], ['نوفمبر', 'تشرين الثاني'], ['ديسمبر', 'كانون الأول'],
];

const MONTH_ALONE: Partial<Record<Language, MonthWords>> = {
  pt: { before: '(?:em|no|ao|até|desde)[ \u00a0]+(?:início|meados|final|fim|fins)[ \u00a0]+de|em|no mês de|até|desde|(?:início|meados|final|fim|fins)[ \u00a0]+de', vague: /(?:início|meados|final|fim|fins)[ \u00a0]+de/iu, months: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'] },
  fr: { before: 'en|au mois de|dès|depuis|début|mi-|fin', vague: /^(?:début|mi-|fin)/iu, months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'] },
  de: { before: 'im|seit|ab|bis|Anfang|Mitte|Ende', vague: /^(?:Anfang|Mitte|Ende)/iu, months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'] },
  // The locative a month takes after "w": "w lipcu", "we wrześniu".
  pl: { before: 'w|we', months: ['styczniu', 'lutym', 'marcu', 'kwietniu', 'maju', 'czerwcu', 'lipcu', 'sierpniu', 'wrześniu', 'październiku', 'listopadzie', 'grudniu'] },
  uk: { before: 'у|в', months: ['січні', 'лютому', 'березні', 'квітні', 'травні', 'червні', 'липні', 'серпні', 'вересні', 'жовтні', 'листопаді', 'грудні'] },
  // "In" is written on the month ("באפריל"), but not read on May and March alone: "במאי" is also "director", "במרץ" "with vigour".
  he: {
    before: String.raw`בחודש[ \u00a0]|חודש[ \u00a0]|בתחילת|באמצע|בסוף|עד|מאז|ב(?!(?:מאי|מרץ)(?!\p{L}))`,
    vague: /^(?:בתחילת|באמצע|בסוף)/u,
    months: ['ינואר', 'פברואר', 'מרץ', 'אפריל', 'מאי', 'יוני', 'יולי', 'אוגוסט', 'ספטמבר', 'אוקטובר', 'נובמבר', 'דצמבר'],
  },
  id: { before: '(?:pada|sejak|hingga|sampai)[ \u00a0]+(?:awal|pertengahan|akhir)(?:[ \u00a0]+bulan)?|pada|bulan|pada bulan|sejak|hingga|sampai|(?:awal|pertengahan|akhir)(?:[ \u00a0]+bulan)?', vague: /(?:awal|pertengahan|akhir)/iu, months: ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'] },
  // "Last" or "next" after the month belongs to it ("آب الماضي"); the clause's tense puts it on that side.
  ar: { before: 'في|وفي|خلال|منذ|حتى|في شهر|وفي شهر|خلال شهر', beforeLeftOut: true, months: ARABIC_MONTHS, after: String.raw`(?:[ \u00a0]+(?:الماضي|المقبل|القادم))?` },
  tr: { before: '', months: TURKISH_MONTHS, after: String.raw`(?:[ \u00a0]+ayında|['’]?(?:da|de|ta|te))` },
};

/**
 * The start, middle or end of a month where the month then takes another case or the word follows it: "w połowie lutego",
 * "в середині лютого", "منتصف فبراير", "şubat ortasında". The month's first day, approximate, the words kept in the expression
 * as "mid-January" keeps them. M stands for the month's name, Y for a year that may follow it.
 */
const MONTH_PARTS: Partial<Record<Language, { written: string; months: ReadonlyArray<string | readonly string[]> }>> = {
  pl: {
    written: '(?:w połowie|na początku|pod koniec|z końcem|z początkiem|do końca|od początku) MY',
    months: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  },
  uk: {
    written: '(?:(?:в|у) середині|на початку|наприкінці|(?:в|у) кінці|до кінця|з початку) MY',
    months: ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
  },
  ar: { written: '[وف]?(?:منتصف|أوائل|أواخر|مطلع|بداية|نهاية|أواسط) (?:شهر )?MY', months: ARABIC_MONTHS },
  tr: { written: 'M (?:ayının )?(?:ortası|başı|sonu)(?=n(?:da|a|dan)(?!\\p{L}))', months: TURKISH_MONTHS },
};

const monthPartPatternOf = oncePerLanguage((language): RegExp | null => {
  const table = MONTH_PARTS[language];
  if (!table) return null;
  const year = String.raw`(?:[ \u00a0]+(\d{4})(?:[ \u00a0]+(?:roku|r\.|року|р\.))?)?(?![\p{L}\p{N}])`;
  const written = table.written.replace(/ /gu, String.raw`[ \u00a0]+`).replace('M', `(${table.months.flat().join('|')})`).replace('Y', year);
  return new RegExp(String.raw`(?<!\p{L})${written}`, 'giu');
});

const monthPatterns = new Map<Language, RegExp | null>();

function monthPatternOf(language: Language): RegExp | null {
  if (!monthPatterns.has(language)) {
    const table = MONTH_ALONE[language];
    const words = table?.before ? String.raw`(?<!\p{L})(?:${table.before})[ \u00a0]*` : '';
    const before = table?.beforeLeftOut ? `(?<=${words})` : `${words}`;
    const year = String.raw`(?:[ \u00a0]+(?:de[ \u00a0]+)?(\d{4})(?:[ \u00a0]+(?:roku|r\.|року|р\.)(?!\p{L}))?)?`;
    const months = table?.months.flat().join('|');
    monthPatterns.set(language, table ? new RegExp(String.raw`(?<!\p{L})${before}(${months})${table.after ?? ''}${year}(?![\p{L}\p{N}])`, 'giu') : null);
  }
  return monthPatterns.get(language)!;
}

/**
 * A quarter of a year, read as its first day: "the third quarter", "Q2 2025", "im dritten Quartal", "au troisième
 * trimestre", "в третьем квартале", "üçüncü çeyrekte", "الربع الثالث", "ברבעון השלישי", "pada kuartal ketiga". N stands for
 * its ordinal, Y for a year that may follow. Without a year it is the latest quarter begun for a past clause and the next
 * one for a future one. A Turkish case ending is left out of the expression, and Arabic's "في", as its dates leave them.
 */
const QUARTERS: Record<Language, { written: string; caseEnding?: string; ordinals: readonly [string, string, string, string] }> = {
  en: { written: '(?:the )?N quarter(?: of)?Y', ordinals: ['first|1st', 'second|2nd', 'third|3rd', 'fourth|4th'] },
  fr: { written: '(?:au |du |le )?N trimestreY', ordinals: ['premier|1er', 'deuxième|second|2e', 'troisième|3e', 'quatrième|4e'] },
  de: { written: '(?:im |das )?N QuartalY', ordinals: ['ersten?|1\\.', 'zweiten?|2\\.', 'dritten?|3\\.', 'vierten?|4\\.'] },
  es: { written: '(?:en )?(?:el )?N trimestre(?: de)?Y', ordinals: ['primer|1er', 'segundo|2º', 'tercer|3er', 'cuarto|4º'] },
  it: { written: '(?:nel |il )?N trimestreY', ordinals: ['primo', 'secondo', 'terzo', 'quarto'] },
  pt: { written: '(?:no |o )?N trimestre(?: de)?Y', ordinals: ['primeiro|1º', 'segundo|2º', 'terceiro|3º', 'quarto|4º'] },
  nl: { written: '(?:in )?het N kwartaalY', ordinals: ['eerste', 'tweede', 'derde', 'vierde'] },
  ru: { written: '(?:в )?N квартале?Y', ordinals: ['первом|первый|I', 'втором|второй|II', 'третьем|третий|III', 'четв[её]ртом|четв[её]ртый|IV'] },
  uk: { written: '(?:у |в )?N кварталіY', ordinals: ['першому|I', 'другому|II', 'третьому|III', 'четвертому|IV'] },
  pl: { written: '(?:w )?N kwartaleY', ordinals: ['pierwszym|I', 'drugim|II', 'trzecim|III', 'czwartym|IV'] },
  tr: { written: 'N çeyrek', caseEnding: '(?:te|de|ten|den)?', ordinals: ['ilk|birinci', 'ikinci', 'üçüncü', 'dördüncü'] },
  ar: { written: 'الربع NY', ordinals: ['الأول', 'الثاني', 'الثالث', 'الرابع'] },
  he: { written: 'ו?ב?רבעון ה?NY', ordinals: ['ראשון', 'שני', 'שלישי', 'רביעי'] },
  id: { written: '(?:pada )?(?:kuartal|triwulan) (?:ke-?)?NY', ordinals: ['pertama|I|1', 'kedua|II|2', 'ketiga|III|3', 'keempat|IV|4'] },
};

/** "Q3", "Q2 2025" in any language. */
const Q_QUARTER = String.raw`(?<![\p{L}\p{N}])Q([1-4])(?:[ \u00a0]+(\d{4}))?(?![\p{L}\p{N}])`;

/** A language's quarters: the quarter in groups 1–4 (one set), its year in 5; or "Q" and a figure in 6, its year in 7. */
const quarterPatternOf = oncePerLanguage((language) => {
  const { written, caseEnding, ordinals } = QUARTERS[language];
  const year = String.raw`(?:[ \u00a0]+(?:de[ \u00a0]+|del[ \u00a0]+|di[ \u00a0]+|من[ \u00a0]+)?(?:عام[ \u00a0]+)?(\d{4})(?:[ \u00a0]+(?:roku|r\.|року|р\.|года|г\.))?)?`;
  const words = written
    .replace(/ /gu, String.raw`[ \u00a0]+`)
    .replace('N', `(?:${ordinals.map((forms) => `(${forms})`).join('|')})`)
    .replace('Y', year);
  return new RegExp(String.raw`(?<!\p{L})${words}(?=${caseEnding ?? ''}(?![\p{L}\p{N}]))|${Q_QUARTER}`, 'gu');
});

/** The first day of quarter `quarter` (1–4) of `year`, or, with none, the latest one begun by `reference` (past) or the next (future). */
function quarterStart(quarter: number, year: string | undefined, reference: Date, tense: Tense): string {
  const month = (quarter - 1) * 3;
  if (year !== undefined) return isoDay(new Date(Date.UTC(Number(year), month, 1)));
  const ref = Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate());
  let at = Date.UTC(reference.getUTCFullYear(), month, 1);
  if (tense === 'past' && at > ref) at = Date.UTC(reference.getUTCFullYear() - 1, month, 1);
  if (tense === 'future' && at <= ref) at = Date.UTC(reference.getUTCFullYear() + 1, month, 1);
  return isoDay(new Date(at));
}

/**
 * A season named with "last", "this" or "next", or with its year: "next spring", "cet été", "el próximo verano", "im
 * Frühjahr 2027", "этой весной", "gelecek yaz", "الصيف الماضي". Read as the first day of its first month, as the northern
 * hemisphere's weather services count them (spring March, summer June, autumn September, winter December); a season alone
 * ("in summer") tells what happens as a rule as often and is no date. Per language: the words for last, next and this
 * (S stands for the season), the words with a year (Y), and each season's forms, spring first.
 */
interface SeasonWords {
  last: string;
  next: string;
  current: string;
  withYear: string;
  seasons: readonly [string, string, string, string];
  caseEnding?: string;
}

const SEASONS: Record<Language, SeasonWords> = {
  en: { last: '(?:last|past) S', next: '(?:next|coming) S', current: 'this S', withYear: '(?:the )?S (?:of )?Y', seasons: ['spring', 'summer', 'autumn|fall', 'winter'] },
  fr: {
    last: "(?:l['’]|le )S (?:dernier|passé)",
    next: "(?:l['’]|le )S prochain",
    current: '(?:cet|ce) S',
    withYear: "(?:au |à l['’]|en |l['’]|le )?S Y",
    seasons: ['printemps', 'été', 'automne', 'hiver'],
  },
  de: { last: 'im (?:vergangenen|letzten|vorigen) S', next: 'im (?:kommenden|nächsten) S', current: '(?:in diesem|diesen) S', withYear: '(?:im )?S Y', seasons: ['Frühjahr|Frühling', 'Sommer', 'Herbst', 'Winter'] },
  es: {
    last: '(?:el|la) S pasad[oa]|(?:el|la) pasad[oa] S',
    next: '(?:el|la) próxim[oa] S|(?:el|la) S (?:próxim[oa]|que viene)',
    current: 'est[ea] S',
    withYear: '(?:en )?(?:el |la )?S de Y',
    seasons: ['primavera', 'verano', 'otoño', 'invierno'],
  },
  it: {
    last: "(?:la |l['’])?S scors[oa]|(?:la |lo )?scors[oa] S",
    next: "(?:la |l['’])?S prossim[oa]|(?:la |il )?prossim[oa] S",
    current: "quest[oa] S|quest['’]S",
    withYear: "(?:nell['’]|nella |in )?S (?:del )?Y",
    seasons: ['primavera', 'estate', 'autunno', 'inverno'],
  },
  pt: {
    last: '(?:n?[oa] )?S passad[oa]',
    next: '(?:n?[oa] )?próxim[oa] S|(?:n?[oa] )?S que vem',
    current: 'n?est[ea] S',
    withYear: '(?:n[oa] )?S de Y',
    seasons: ['primavera', 'verão', 'outono', 'inverno'],
  },
  nl: { last: '(?:afgelopen|vorige?) S', next: '(?:komende?|volgende?) S', current: '(?:deze|dit) S', withYear: '(?:in )?(?:de |het )?S (?:van )?Y', seasons: ['lente|voorjaar', 'zomer', 'herfst|najaar', 'winter'] },
  ru: {
    last: '(?:прошл(?:ой|ым)|минувш(?:ей|им)) S',
    next: '(?:следующ(?:ей|им)|будущ(?:ей|им)) S',
    current: 'эт(?:ой|им) S',
    withYear: 'S Y',
    seasons: ['весной|весны', 'летом|лета', 'осенью|осени', 'зимой|зимы'],
  },
  uk: {
    last: 'минул(?:ої|ого) S',
    next: 'наступн(?:ої|ого) S',
    current: '(?:цієї|цього) S',
    withYear: 'S Y',
    seasons: ['весни|навесні', 'літа|влітку', 'осені|восени', 'зими|взимку'],
  },
  pl: {
    last: '(?:zeszłej|ubiegłej|minionej|zeszłego|ubiegłego|minionego|ostatniej|ostatniego) S',
    next: '(?:przyszłej|przyszłego|najbliższej|najbliższego) S',
    current: '(?:tej|tego) S',
    withYear: 'S Y',
    seasons: ['wiosny|wiosną', 'lata|latem', 'jesieni|jesienią', 'zimy|zimą'],
  },
  tr: { last: '(?:geçen|geçtiğimiz) S', next: '(?:gelecek|önümüzdeki) S', current: 'bu S', withYear: 'Y S', seasons: ['ilkbahar|bahar', 'yaz', 'sonbahar|güz', 'kış'], caseEnding: '(?:ın|da|de|ta|te|ında|inde)?' },
  ar: { last: 'S (?:الماضي|المنصرم)', next: 'S (?:المقبل|القادم)', current: 'هذا S', withYear: 'S (?:عام |من عام )?Y', seasons: ['الربيع', 'الصيف', 'الخريف', 'الشتاء'] },
  he: { last: 'ב?S (?:שעבר|האחרון)', next: 'ב?S (?:הבא|הקרוב)', current: 'ב?S הזה', withYear: 'ב?S Y', seasons: ['אביב|האביב', 'קיץ|הקיץ', 'סתיו|הסתיו', 'חורף|החורף'] },
  id: { last: 'musim S (?:lalu|kemarin)', next: 'musim S (?:depan|mendatang)', current: 'musim S ini', withYear: 'musim S (?:tahun )?Y', seasons: ['semi', 'panas', 'gugur', 'dingin'] },
};

/** A language's seasons: the season in groups 1–4 of whichever reading matched, which also tells its side; its year last. */
const seasonPatternOf = oncePerLanguage((language) => {
  const { last, next, current, withYear, seasons, caseEnding } = SEASONS[language];
  const season = `(?:${seasons.map((forms) => `(${forms})`).join('|')})`;
  const year = String.raw`(\d{4})(?:[ \u00a0]+(?:года|г\.|року|р\.|roku|r\.))?`;
  const reading = (words: string) => `(${words.replace(/ /gu, String.raw`[ \u00a0]+`).replace('S', season).replace('Y', year)})`;
  return new RegExp(String.raw`(?<!\p{L})(?:${[last, next, current, withYear].map(reading).join('|')})(?=${caseEnding ?? ''}(?![\p{L}\p{N}]))`, 'giu');
});

/**
 * The first day of a season (0 spring … 3 winter) of `year`, or, with none, the one `side` tells from `reference`: last, the
 * latest one over; next, the first to begin after it; this, the one under way, else the one on the side of `tense`.
 */
function seasonStart(season: number, side: 'last' | 'next' | 'current', year: string | undefined, reference: Date, tense: Tense): string {
  const month = 2 + season * 3;
  if (year !== undefined) return isoDay(new Date(Date.UTC(Number(year), month, 1)));
  const ref = Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate());
  const startIn = (offset: number) => Date.UTC(reference.getUTCFullYear() + offset, month, 1);
  const begun = startIn(0) <= ref ? startIn(0) : startIn(-1);
  const underWay = ref < Date.UTC(new Date(begun).getUTCFullYear(), month + 3, 1);
  const over = underWay ? Date.UTC(new Date(begun).getUTCFullYear() - 1, month, 1) : begun;
  const ahead = begun === startIn(0) ? startIn(1) : startIn(0);
  const at = side === 'last' ? over : side === 'next' || (!underWay && tense === 'future') ? ahead : underWay ? begun : over;
  return isoDay(new Date(at));
}

/**
 * A weekday counted in a month: "the first Sunday of March", "le premier lundi de mars", "el primer domingo de marzo", "am
 * letzten Freitag im Mai". N stands for the ordinal (first to fourth, then last), W for the weekday and M for the month,
 * whose names come from the platform's calendar data; a year may follow. Without one it is the nearest such day on the side
 * its clause's tense tells.
 */
const WEEKDAYS_OF_MONTHS: Partial<Record<Language, { written: string; ordinals: readonly [string, string, string, string, string] }>> = {
  en: { written: '(?:the )?N W (?:of|in) M', ordinals: ['first', 'second', 'third', 'fourth', 'last'] },
  fr: { written: "(?:le )?N W (?:de |d['’])M", ordinals: ['premier', 'deuxième|second', 'troisième', 'quatrième', 'dernier'] },
  es: { written: '(?:el )?N W de M', ordinals: ['primer', 'segundo', 'tercer', 'cuarto', 'último'] },
  de: { written: '(?:am )?N W (?:im|des) M', ordinals: ['ersten', 'zweiten', 'dritten', 'vierten', 'letzten'] },
  it: { written: '(?:il |la )?N W di M', ordinals: ['prim[oa]', 'second[oa]', 'terz[oa]', 'quart[oa]', 'ultim[oa]'] },
  pt: { written: '(?:n?[oa] )?N W de M', ordinals: ['primeir[oa]', 'segund[oa]', 'terceir[oa]', 'quart[oa]', 'últim[oa]'] },
  nl: { written: '(?:op )?de N W van M', ordinals: ['eerste', 'tweede', 'derde', 'vierde', 'laatste'] },
};

/** A language's counted weekdays: the ordinal in groups 1–5 (one set), then the weekday, the month and a year. */
const weekdayOfMonthPatternOf = oncePerLanguage((language): { pattern: RegExp; weekdays: string[]; months: string[] } | null => {
  const table = WEEKDAYS_OF_MONTHS[language];
  if (!table) return null;
  const weekday = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
  // 7 January 2024 was a Sunday: Sunday first, as Date.getUTCDay counts.
  const weekdays = Array.from({ length: 7 }, (_, index) => weekday.format(Date.UTC(2024, 0, 7 + index)).toLocaleLowerCase(language));
  const months = Array.from({ length: 12 }, (_, index) => month.format(Date.UTC(2024, index, 5)).toLocaleLowerCase(language));
  const written = table.written
    .replace(/ /gu, String.raw`[ \u00a0]+`)
    .replace('N', `(?:${table.ordinals.map((forms) => `(${forms})`).join('|')})`)
    .replace('W', `(${weekdays.join('|')})`)
    .replace('M', `(${months.join('|')})`);
  return { pattern: new RegExp(String.raw`(?<!\p{L})${written}(?:[ \u00a0]+(?:de[ \u00a0]+)?(\d{4}))?(?![\p{L}\p{N}])`, 'giu'), weekdays, months };
});

/** The `count`th (1–4; 5 for the last) `weekday` (Sunday 0) of `month` (0–11) in `year`. */
function weekdayOfMonth(count: number, weekday: number, month: number, year: number): number {
  if (count === 5) {
    const last = new Date(Date.UTC(year, month + 1, 0));
    return last.getTime() - ((last.getUTCDay() - weekday + 7) % 7) * DAY_MS;
  }
  const first = new Date(Date.UTC(year, month, 1));
  return first.getTime() + (((weekday - first.getUTCDay() + 7) % 7) + (count - 1) * 7) * DAY_MS;
}

type Unit = 'day' | 'week' | 'month' | 'year';

/**
 * A count of days, weeks, months or years from the article, where chrono
 * reads none: back ("hace dos semanas", "iki hafta önce", "dwa tygodnie temu",
 * "قبل ثلاثة أيام", "לפני שבועיים", "tiga hari yang lalu") and ahead ("daqui a
 * cinco dias", "over tien dagen", "za pięć dni", "через п'ять днів", "בעוד
 * חמישה ימים", "lima hari lagi"). In `back` and `ahead`, N stands for the count
 * and its unit, a space any run of spaces. Numbers from one to ten, in words or digits; some words are a
 * count and a unit at once (the Arabic and Hebrew duals "يومين", "שבועיים",
 * "sebulan"). A count counted from another event ("بعد ثلاثة أيام من الهجوم",
 * "через тиждень після") or naming a year ("za rok 2025") is none.
 */
interface CountWords {
  numbers: ReadonlyArray<readonly string[]>;
  /** Each unit's forms, as an alternation. */
  units: Record<Unit, string>;
  counted?: Record<string, [Unit, number]>;
  back?: string;
  ahead?: string;
  /** The word ahead tells a future by itself ("בעוד", "lagi"), where no past words are listed to tell a past clause by. */
  aheadTellsFuture?: boolean;
}

const COUNTS: Partial<Record<Language, CountWords>> = {
  // chrono reads English counts but for a fortnight, and "a week from today" as today.
  en: {
    numbers: [['one'], ['two'], ['three'], ['four'], ['five'], ['six'], ['seven'], ['eight'], ['nine'], ['ten']],
    units: { day: 'days?', week: 'weeks?', month: 'months?', year: 'years?' },
    counted: { 'a fortnight': ['week', 2], 'a day': ['day', 1], 'a week': ['week', 1], 'a month': ['month', 1], 'a year': ['year', 1] },
    back: 'N ago',
    ahead: 'N from (?:today|now)',
  },
  es: {
    numbers: [['un', 'una'], ['dos'], ['tres'], ['cuatro'], ['cinco'], ['seis'], ['siete'], ['ocho'], ['nueve'], ['diez']],
    units: { day: 'días?', week: 'semanas?', month: 'mes(?:es)?', year: 'años?' },
    back: 'hace N',
    ahead: 'dentro de N',
  },
  pt: {
    numbers: [['um', 'uma'], ['dois', 'duas'], ['três'], ['quatro'], ['cinco'], ['seis'], ['sete'], ['oito'], ['nove'], ['dez']],
    units: { day: 'dias?', week: 'semanas?', month: 'mês|meses', year: 'anos?' },
    back: 'há N',
    ahead: '(?:daqui a|dentro de) N',
  },
  nl: {
    numbers: [['een', 'één'], ['twee'], ['drie'], ['vier'], ['vijf'], ['zes'], ['zeven'], ['acht'], ['negen'], ['tien']],
    units: { day: 'dagen|dag', week: 'weken|week', month: 'maanden|maand', year: 'jaren|jaar' },
    back: 'N geleden',
    ahead: 'over N',
  },
  tr: {
    numbers: [['bir'], ['iki'], ['üç'], ['dört'], ['beş'], ['altı'], ['yedi'], ['sekiz'], ['dokuz'], ['on']],
    units: { day: 'gün', week: 'hafta', month: 'ay', year: 'yıl|sene' },
    back: 'N önce',
  },
  pl: {
    numbers: [['jeden', 'jedną'], ['dwa', 'dwie'], ['trzy'], ['cztery'], ['pięć'], ['sześć'], ['siedem'], ['osiem'], ['dziewięć'], ['dziesięć']],
    units: { day: 'dni|dzień', week: 'tydzień|tygodnie|tygodni', month: 'miesiąc|miesiące|miesięcy', year: 'rok|lata|lat' },
    counted: { tydzień: ['week', 1], miesiąc: ['month', 1], rok: ['year', 1] },
    back: 'N temu',
    ahead: 'za N',
  },
  uk: {
    numbers: [['один', 'одну'], ['два', 'дві'], ['три'], ['чотири'], ["п'ять", 'п’ять'], ['шість'], ['сім'], ['вісім'], ["дев'ять", 'дев’ять'], ['десять']],
    units: { day: 'день|дні|днів', week: 'тиждень|тижні|тижнів', month: 'місяць|місяці|місяців', year: 'рік|роки|років' },
    counted: { тиждень: ['week', 1], місяць: ['month', 1], рік: ['year', 1] },
    back: 'N тому',
    ahead: 'через N(?! після)',
  },
  ar: {
    numbers: [['واحد'], ['اثنين'], ['ثلاثة', 'ثلاث'], ['أربعة', 'أربع'], ['خمسة', 'خمس'], ['ستة', 'ست'], ['سبعة', 'سبع'], ['ثمانية', 'ثماني'], ['تسعة', 'تسع'], ['عشرة', 'عشر']],
    units: { day: 'أيام|يوما|يوماً', week: 'أسابيع', month: 'أشهر|شهور', year: 'أعوام|سنوات' },
    counted: { يومين: ['day', 2], أسبوع: ['week', 1], أسبوعين: ['week', 2], شهر: ['month', 1], شهرين: ['month', 2], عام: ['year', 1], عامين: ['year', 2], سنة: ['year', 1], سنتين: ['year', 2] },
    // "قبل شهر رمضان" is before Ramadan, not a month ago.
    back: '[وف]?قبل N(?! (?:من|على|رمضان))',
    ahead: '[وف]?بعد N(?! (?:من|على|رمضان))',
  },
  he: {
    numbers: [['אחד'], ['שני', 'שתי'], ['שלושה', 'שלוש'], ['ארבעה', 'ארבע'], ['חמישה', 'חמש'], ['שישה', 'שש'], ['שבעה', 'שבע'], ['שמונה'], ['תשעה', 'תשע'], ['עשרה', 'עשר']],
    units: { day: 'ימים', week: 'שבועות', month: 'חודשים', year: 'שנים' },
    // Not "יום" alone: "לפני יום הבחירות" is before election day.
    counted: { יומיים: ['day', 2], שבוע: ['week', 1], שבועיים: ['week', 2], חודש: ['month', 1], חודשיים: ['month', 2], שנה: ['year', 1], שנתיים: ['year', 2] },
    back: 'ו?לפני N',
    ahead: 'ו?בעוד N',
    aheadTellsFuture: true,
  },
  id: {
    numbers: [['satu'], ['dua'], ['tiga'], ['empat'], ['lima'], ['enam'], ['tujuh'], ['delapan'], ['sembilan'], ['sepuluh']],
    units: { day: 'hari', week: 'minggu|pekan', month: 'bulan', year: 'tahun' },
    counted: { sehari: ['day', 1], seminggu: ['week', 1], sepekan: ['week', 1], sebulan: ['month', 1], setahun: ['year', 1] },
    back: 'N(?: yang)? lalu',
    ahead: 'N lagi',
    aheadTellsFuture: true,
  },
};

interface CountPatterns {
  words: CountWords;
  /** Back (-1) or ahead (1); groups: the number, its unit, or a word that is both. */
  sides: ReadonlyArray<{ side: -1 | 1; pattern: RegExp }>;
  units: ReadonlyArray<[Unit, RegExp]>;
}

const countPatterns = new Map<Language, CountPatterns | null>();

/** A language's counts back and ahead, read once. */
function countPatternsOf(language: Language): CountPatterns | null {
  if (!countPatterns.has(language)) {
    const words = COUNTS[language];
    let patterns: CountPatterns | null = null;
    if (words) {
      const numbers = words.numbers.flat().join('|');
      const units = Object.values(words.units).join('|');
      const counted = words.counted ? `|(${Object.keys(words.counted).join('|')})` : '';
      const count = String.raw`(?:(\d{1,2}|${numbers})[ \u00a0]+(${units})${counted})`;
      const side = (written: string) => new RegExp(String.raw`(?<!\p{L})(?:${written.replace(/ /gu, String.raw`[ \u00a0]+`).replace('N', count)})(?![\p{L}\p{N}])(?![ \u00a0]*\d)`, 'giu');
      const sides: Array<{ side: -1 | 1; pattern: RegExp }> = [];
      if (words.back) sides.push({ side: -1, pattern: side(words.back) });
      if (words.ahead) sides.push({ side: 1, pattern: side(words.ahead) });
      patterns = { words, sides, units: (Object.entries(words.units) as Array<[Unit, string]>).map(([unit, forms]) => [unit, new RegExp(`^(?:${forms})$`, 'iu')]) };
    }
    countPatterns.set(language, patterns);
  }
  return countPatterns.get(language)!;
}

/** The date `count` units from the reference (back when negative), with the precision the unit gives: "two months ago" is a month's. */
function countedFrom(count: number, unit: Unit, reference: Date): { date: string; precision: DatePrecision } {
  const year = reference.getUTCFullYear();
  const month = reference.getUTCMonth();
  if (unit === 'year') return { date: `${pad(year + count, 4)}-01-01`, precision: 'year' };
  if (unit === 'month') return { date: isoDay(new Date(Date.UTC(year, month + count, 1))), precision: 'month' };
  return { date: isoDay(new Date(Date.UTC(year, month, reference.getUTCDate() + count * (unit === 'week' ? 7 : 1)))), precision: 'day' };
}

/** The unit and count a number and a unit word name: "tres semanas" is three weeks. */
function countAndUnit(number: string, unitWord: string, words: CountWords, units: CountPatterns['units'], language: Language): [Unit, number] {
  const written = number.toLocaleLowerCase(language);
  const count = /^\d+$/u.test(written) ? Number(written) : words.numbers.findIndex((forms) => forms.includes(written)) + 1;
  return [units.find(([, forms]) => forms.test(unitWord))![0], count];
}

/** A count of days, weeks or years after "for" is a length of time, not a date: "held it for six weeks before". */
const COUNT_AFTER_FOR = /(?<!\p{L})(?:for|over|during|within)[ \u00a0]+$/iu;
const COUNTED = /^(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)[ \u00a0]+(?:days?|weeks?|months?|years?)(?!\p{L})/iu;

/**
 * "In six years" after a superlative is the span the record covers ("its
 * longest in six years", "the first such strike in a decade"), not a date six
 * years ahead. English, where chrono reads "in" + a count as a date; -est words
 * that are no superlatives are left out.
 */
const SPAN_OF_RECORD = /^in[ \u00a0]+(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)[ \u00a0]+(?:days?|weeks?|months?|years?|decades?)(?!\p{L})/iu;
const SUPERLATIVE_BEFORE = /(?<!\p{L})(?!(?:interest|protest|forest|west|request|suggest|invest|arrest|contest|test|rest|honest|modest|pest|nest|chest|quest|guest|manifest)(?!\p{L}))(?:\p{L}+est|most|least|first|record)(?:[ \u00a0]+\p{L}+){0,3}[ \u00a0]+$/iu;

/**
 * A day and month in figures, day first, as every language the timeline reads
 * but English writes them: "am 28.11.", "28.11.2026 r.", "28.11." A figure
 * with one dot ("28.11") is a decimal, and one after a letter or a figure a
 * section or version number, so neither counts. English writes the month
 * first with slashes, and chrono reads them; with dots and a year
 * ("05.12.2026") it too writes the day first.
 */
const DOTTED_WITH_YEAR = /^\d{1,2}\.\d{1,2}\.\d{4}$/u;
const DAY_MONTH_FIGURES = /(?<![\p{L}\p{N}.,§])(\d{1,2})\.(\d{1,2})\.(?:(\d{4})(?!\d)|(?!\p{N}))/gu;

/**
 * A day of the month named alone, by a word for "day" or "of the month" or an
 * ordinal: "el día 28", "no dia 28", "il giorno 28", "on the 28th" (and not
 * "on the 8th floor"), "am 3. dieses Monats", "le 3 de ce mois", "op de 3e",
 * "3-го числа", "ayın 3'ünde", "3 לחודש", "pada tanggal 3", "الثالث من الشهر
 * الجاري". The day is in the first group, or an Arabic ordinal in the second.
 */
const DAY_ALONE: Partial<Record<Language, RegExp>> = {
  en: /(?<!\p{L})on the (\d{1,2})(?:st|nd|rd|th)(?=[ \u00a0]*(?:[,.;:)]|$)|[ \u00a0]+(?:in|at|and|when|after|before|but|as|with|to|while)(?!\p{L}))/giu,
  es: /(?<!\p{L})(?:el|del|al|ese|este) día (\d{1,2})(?!\p{N})/giu,
  pt: /(?<!\p{L})(?:no|o|do|ao|neste|nesse) dia (\d{1,2})(?!\p{N})/giu,
  it: /(?<!\p{L})(?:il|del|al|nel|quel) giorno (\d{1,2})(?!\p{N})/giu,
  de: /(?<!\p{L})am (\d{1,2})\.[ \u00a0]+(?:dieses|des|diesen|laufenden) Monats(?!\p{L})/giu,
  fr: /(?<!\p{L})le (\d{1,2})(?:er)?[ \u00a0]+(?:de ce mois|du mois(?: en cours)?)(?!\p{L})/giu,
  nl: /(?<!\p{L})op de (\d{1,2})(?:e|ste|de)(?!\p{L})/giu,
  ru: /(?<![\p{L}\p{N}])(\d{1,2})(?:-?го)?[ \u00a0]+числа(?!\p{L})/giu,
  uk: /(?<![\p{L}\p{N}])(\d{1,2})(?:-?го)?[ \u00a0]+числа(?!\p{L})/giu,
  tr: /(?<!\p{L})ayın (\d{1,2})(?=['’]\p{L}+(?!\p{L})|[ \u00a0,.])/giu,
  he: /(?<![\p{L}\p{N}])(\d{1,2})[ \u00a0]+לחודש(?!\p{L})/giu,
  id: /(?<!\p{L})pada tanggal (\d{1,2})(?![\p{N}/-]|\.\d)/giu,
  ar: /(?<!\p{L})(?:(\d{1,2})|(الأول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر))[ \u00a0]+من[ \u00a0]+(?:الشهر[ \u00a0]+(?:الجاري|الحالي)|هذا[ \u00a0]+الشهر)(?!\p{L})/gu,
};

/** The Arabic ordinals of the first ten days, first first. */
const ARABIC_ORDINAL_DAYS = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر'];

/**
 * A day of the month the text gives without its month, on the side of the
 * reference the tense asks for: "on the 28th" told on 2 December in the past
 * is 28 November, in the future 28 December.
 */
function dayOfMonthAlong(day: number, reference: Date, tense: Tense): Date {
  const year = reference.getUTCFullYear();
  const month = reference.getUTCMonth();
  const inMonth = Date.UTC(year, month, day);
  const ref = Date.UTC(year, month, reference.getUTCDate());
  if (tense === 'past' && inMonth > ref) return new Date(Date.UTC(year, month - 1, day));
  if (tense === 'future' && inMonth < ref) return new Date(Date.UTC(year, month + 1, day));
  return new Date(inMonth);
}

/** A Chinese, Japanese or Korean date ("2026年12月5日", "12月5日", "2026년 12월 5일"), whatever language the article is read in. */
const CJK_DATE = /(?<!\p{N})(?:(\d{4})[ \u00a0]*[年년][ \u00a0]*)?(\d{1,2})[ \u00a0]*[月월][ \u00a0]*(\d{1,2})[ \u00a0]*[日일号號](?!\p{N})/gu;

/** A date line's own day and time, read as UTC. */
const DATE_LINE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/u;

/**
 * The moment an article was published, on its own clock: "2026-12-02T23:30-05:00"
 * was written on 2 December, though it is 3 December in UTC, and "today" and
 * "Thursday" count from the day its readers saw.
 */
function wallClock(publishedAt: string): Date {
  const line = DATE_LINE.exec(publishedAt);
  if (!line) return new Date(publishedAt);
  const field = (index: number) => Number(line[index] ?? 0);
  return new Date(Date.UTC(field(1), field(2) - 1, field(3), field(4), field(5)));
}

/**
 * The dated events in `text`, in reading order. An expression with no date in
 * it (a time of day alone) is not an event, nor is a date in a reference.
 */
export function extractEvents(text: string, reference: EventReference): DatedEvent[] {
  const language = languageOf(reference.lang);
  const published = reference.publishedAt !== null && !Number.isNaN(Date.parse(reference.publishedAt));
  const instant = published ? wallClock(reference.publishedAt!) : new Date(reference.capturedAt);
  const references = referenceRanges(text);
  const inReference = (start: number, end: number) => references.some(([from, to]) => start < to && from < end);
  const events: DatedEvent[] = [];
  const referenceDay = isoDay(instant);
  const weekdays = new Set<DatedEvent>();
  const sentencesAcrossYearTurn = new Map<number, Tense>();
  // Openings of sentences with a day told ahead: a weekday in a clause of theirs that tells no past is ahead too.
  const sentencesWithDayAhead = new Set<number>();
  const weekdaysByTense: Array<{ event: DatedEvent; day: Date; tense: Tense }> = [];
  // The words whose past keeps a year-less date behind across the year's turn: its part of the clause between "and"s, or its sentence.
  const toldIn = (start: number, end: number) => andPartAt(text, start, end, language)?.part ?? sentenceAround(text, start, end);
  // A present in a clause read as past that tells ahead: a schedule near the year-less `day` ("debates it on 14 January"), or a Polish present with no past form.
  const presentAhead = (day: Date | null, start: number, end: number) =>
    (day !== null && presentScheduleAhead(day, instant, sentenceAround(text, start, end), language)) || presentTellsFuture(ownClauseAt(text, start, end, language), language);
  const westernDigits = text.replace(EASTERN_DIGIT, (digit) => String((digit.codePointAt(0)! - 0x0660) % 0x90)).replace(DAY_ORDINAL_MARK, (mark) => ' '.repeat(mark.length));
  const clocked = westernDigits.replace(DOTTED_CLOCK, ':');
  const blank = (word: string) => ' '.repeat(word.length);
  const parsed = language === 'ru' ? clocked.replace(RUSSIAN_TIME_OF_DAY, blank) : language === 'es' ? clocked.replace(SPANISH_RANGE_HEAD, blank) : clocked;
  for (const result of PARSERS[language].parse(parsed, { instant, timezone: 0 }, { forwardDate: false })) {
    const { start: components } = result;
    // chrono reads "end of March" as its last day; the end, start or middle of a month is the month, approximate, as "mid-March" is.
    const partOfMonth = PART_OF_MONTH.test(result.text) && components.isCertain('month');
    const precision = partOfMonth ? 'month' : precisionOf((c) => components.isCertain(c));
    // chrono's Russian parser may take the space before a word into its match (" Вчера").
    const leading = /^\s*/u.exec(result.text)![0].length;
    const written = result.text.slice(leading).replace(/[\s,;:]+$/u, '');
    if (precision === null || DURATION.test(written) || ANCHORED.test(written)) continue;
    // chrono reads "05.12.2026" month first in English; dots are written day first, and read so below.
    if (language === 'en' && DOTTED_WITH_YEAR.test(written)) continue;
    if (MORNING.test(written) && MORNING_ARTICLE.test(text.slice(Math.max(0, result.index + leading - 8), result.index + leading))) continue;
    // A match that ends inside a word is a piece of it: "Fr" (Freitag) from "Frühjahr".
    if (/\p{L}$/u.test(written) && /^\p{L}/u.test(text.slice(result.index + leading + written.length))) continue;
    if (COUNTED.test(written) && COUNT_AFTER_FOR.test(text.slice(Math.max(0, result.index - 12), result.index))) continue;
    if (language === 'en' && SPAN_OF_RECORD.test(written) && SUPERLATIVE_BEFORE.test(text.slice(Math.max(0, result.index - 48), result.index))) continue;
    if (inReference(result.index, result.index + result.text.length)) continue;
    const timeBefore = precision === 'day' ? (TIME_BEFORE.exec(written)?.[0].length ?? 0) : 0;
    const dateStart = result.index + leading + timeBefore;
    const dateText = written.slice(timeBefore).replace(TIME_AFTER, '');
    const dateEnd = dateStart + dateText.length;
    // A date that spells out its year is fixed; anything else ("next year", "on 3 March") depends on the reference.
    const relative = !/(?<!\p{N})\p{Nd}{4}(?!\p{N})/u.test(dateText);
    const weekdayOnly = components.isCertain('weekday') && !components.isCertain('day');
    const monthOnly = precision === 'month' && !components.isCertain('year');
    const lastOrNextBefore = weekdayOnly || monthOnly ? (LAST_OR_NEXT_BEFORE[language]?.exec(text.slice(Math.max(0, dateStart - 16), dateStart)) ?? null) : null;
    const lastOrNextAfter = weekdayOnly ? (LAST_OR_NEXT_AFTER[language]?.exec(text.slice(dateEnd, dateEnd + 16)) ?? null) : null;
    const lastOrNext = lastOrNextBefore ?? lastOrNextAfter ?? (components.isCertain('year') ? null : LAST_OR_NEXT_WITHIN[language].exec(written));
    const phraseStart = dateStart - (lastOrNextBefore?.[0].length ?? 0);
    const wordsBefore = text.slice(Math.max(0, phraseStart - 24), phraseStart);
    const vague = VAGUE_BEFORE.exec(wordsBefore) ?? VAGUE_BEFORE_IN[language]?.exec(wordsBefore) ?? null;
    const preposition = vague ? null : PREPOSITION_BEFORE[language].exec(text.slice(Math.max(0, phraseStart - 8), phraseStart));
    // A lone abbreviation ("mar", "Fr", "so") is a word as often as a month or a weekday; "in May" is a month, "dün" names its day.
    if (!vague && !preposition && !lastOrNext && /^\p{L}{1,3}\.?$/u.test(dateText) && !components.isCertain('day')) continue;
    const article = language === 'en' && !vague && !preposition && SIDE_FIRST.test(text.slice(phraseStart, dateEnd)) ? THE_BEFORE.exec(text.slice(Math.max(0, phraseStart - 4), phraseStart)) : null;
    const start = vague ? phraseStart - vague[0].length : preposition ? phraseStart - preposition[0].length : phraseStart - (article?.[0].length ?? 0);
    const end = dateEnd + (lastOrNextAfter?.[0].length ?? 0);
    const monthOrWeekday = !components.isCertain('year') && !components.isCertain('day') && (precision === 'month' || weekdayOnly);
    if (monthOrWeekday && !lastOrNext && toldAsHabit(text, start, end, language)) continue;
    const sentence = sentenceAround(text, start, end);
    let date: string | null = null;
    let toldWeekday: { day: Date; tense: Tense } | null = null;
    if (published || !relative) {
      const yearLeftOut = !components.isCertain('year');
      const clauseTense: Tense = lastOrNext ? (lastOrNext[1] ? 'past' : 'future') : tenseAt(text, start, end, language);
      const presentTense = clauseTense === 'past' && !lastOrNext && yearLeftOut;
      const toldTense: Tense = presentTense && presentAhead(precision === 'day' && !weekdayOnly ? components.date() : null, start, end) ? 'future' : clauseTense;
      const yearTurns = yearLeftOut && !lastOrNext && !weekdayOnly && precision !== 'year';
      const tense = yearTurns ? tenseAcrossYearTurn(components.date(), precision, instant, toldTense, toldIn(start, end), language) : toldTense;
      if (tense !== toldTense) sentencesAcrossYearTurn.set(sentenceOpening(text, start), tense);
      if (tense === 'future' && precision === 'day' && !weekdayOnly) sentencesWithDayAhead.add(sentenceOpening(text, start));
      if (weekdayOnly && !lastOrNext) toldWeekday = { day: components.date(), tense };
      const resolved = yearLeftOut ? alongTense(components.date(), precision, weekdayOnly, instant, tense, lastOrNext?.[1] !== undefined) : components.date();
      const day = isoDay(resolved);
      date = precision === 'day' ? day : precision === 'month' ? `${day.slice(0, 7)}-01` : `${day.slice(0, 4)}-01-01`;
      // The last guard: a clause told in the past never lands after its article. A year-less date was already moved back;
      // what chrono dated ahead with a year of its own ("in three days", "this weekend") has no past reading, so it stays undated.
      if (relative && tense === 'past' && date > referenceDay && !countAheadWithNoPast(dateText, text, start, end, language)) date = null;
    }
    const event: DatedEvent = { start, end, expression: text.slice(start, end), date, precision, approximate: vague !== null || partOfMonth, sentence };
    events.push(event);
    if (weekdayOnly) weekdays.add(event);
    if (toldWeekday) weekdaysByTense.push({ event, ...toldWeekday });
  }
  const overlapping = (start: number, end: number) => events.find((event) => event.start < end && start < event.end);
  /** What was read inside [start, end) ("lutego 2027" of "w połowie lutego 2027", "ce mois" of "le 3 de ce mois") gives way to it; false when a read reaches outside it. */
  const takeOver = (start: number, end: number): boolean => {
    const within = events.filter((event) => event.start < end && start < event.end);
    if (within.some((event) => event.start < start || event.end > end)) return false;
    for (const read of within) events.splice(events.indexOf(read), 1);
    return true;
  };
  const weekends = new Set<DatedEvent>();
  // Weekends told as a habit: no week read inside them ("השבוע" of "בסוף השבוע") is an event either.
  const habitualWeekends: Array<[number, number]> = [];
  for (const match of text.matchAll(weekendPatternOf(language))) {
    const start = match.index;
    const end = start + match[0].length;
    if (inReference(start, end)) continue;
    const side = match[1] !== undefined ? -1 : match[2] !== undefined ? 1 : 0;
    // "usually closes at the weekend": every weekend, no one of them; what chrono read in it goes too.
    const habit = side === 0 && toldAsHabit(text, start, end, language);
    const date = published && !habit ? weekendSaturday(side, side === 0 ? tenseAt(text, start, end, language) : 'past', instant) : null;
    // chrono's reads of the weekend or of a piece of it ("coming weekend", "hafta" of "geçen hafta sonu") give way to it.
    for (let read = overlapping(start, end); read; read = overlapping(start, end)) events.splice(events.indexOf(read), 1);
    if (habit) {
      habitualWeekends.push([start, end]);
      continue;
    }
    const event: DatedEvent = { start, end, expression: match[0], date, precision: 'day', approximate: true, sentence: sentenceAround(text, start, end) };
    events.push(event);
    weekends.add(event);
  }
  const weeks = new Set<DatedEvent>();
  const years = new Set<DatedEvent>();
  for (const { period, pattern } of periodPatternsOf(language)) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (inReference(start, end) || habitualWeekends.some(([from, to]) => start < to && from < end)) continue;
      const date = published ? periodStart(period, match[1] !== undefined ? -1 : match[2] !== undefined ? 0 : 1, instant) : null;
      const precision: DatePrecision = period === 'week' ? 'day' : period;
      const read = overlapping(start, end);
      if (read && weekends.has(read)) continue;
      // "The start of" a period is left out of its expression, as "Anfang dieses Monats" is "dieses Monats"; "earlier this month" keeps its adverb.
      if (read && read.start < start && read.end <= end && partOfPeriod(text.slice(read.start, start), language)) Object.assign(read, { start, expression: text.slice(start, read.end) });
      // chrono's span is kept where it read the expression; its date for a week is a week before the reference, not the week's Monday.
      const event = read ?? { start, end, expression: match[0], date, precision, approximate: period === 'week', sentence: sentenceAround(text, start, end) };
      if (read) Object.assign(read, { date: date !== null && period === 'week' && weekdays.has(read) ? weekdayInWeek(date, read) : date, precision });
      else events.push(event);
      if (period === 'week') weeks.add(event);
      if (period === 'year') years.add(event);
    }
  }
  for (const { offset, pattern } of twoDaysPatternsOf(language)) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (inReference(start, end)) continue;
      const day = published ? isoDay(new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate() + offset))) : null;
      // The past guard as for any relative day: a past clause never lands after its article.
      const date = day !== null && offset > 0 && tenseAt(text, start, end, language) === 'past' ? null : day;
      const read = overlapping(start, end);
      const event: DatedEvent = { start, end, expression: match[0], date, precision: 'day', approximate: false, sentence: sentenceAround(text, start, end) };
      if (read) Object.assign(read, event);
      else events.push(event);
    }
  }
  const counts = countPatternsOf(language);
  for (const { side, pattern } of counts?.sides ?? []) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      // chrono's read of a piece of the count ("today" of "a week from today") gives way to it; its read of the whole count stands.
      const read = overlapping(start, end);
      const piece = read !== undefined && read.start >= start && read.end <= end && read.end - read.start < end - start;
      if ((read && !piece) || inReference(start, end)) continue;
      const { words, units } = counts!;
      const [unit, count] = match[3] !== undefined ? words.counted![match[3].toLocaleLowerCase(language)]! : countAndUnit(match[1]!, match[2]!, words, units, language);
      const counted = published ? countedFrom(side * count, unit, instant) : null;
      // A past clause never lands after its article; a count ahead is its own future word unless a past form in its clause says otherwise.
      const pastClause = side > 0 && tenseAt(text, start, end, language) === 'past' && (PAST_WORDS[language]?.test(clauseAt(text, start, end, language).clause) ?? !words.aheadTellsFuture);
      const date = pastClause ? null : (counted?.date ?? null);
      const precision: DatePrecision = unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day';
      const event: DatedEvent = { start, end, expression: match[0], date, precision, approximate: false, sentence: sentenceAround(text, start, end) };
      if (piece) Object.assign(read, event);
      else events.push(event);
    }
  }
  /** A month the text names at [start, end), of `year` or on the side its clause's tense tells. */
  const monthEvent = (names: ReadonlyArray<string | readonly string[]>, written: string, year: string | undefined, start: number, end: number, approximate: boolean): DatedEvent => {
    const name = written.toLocaleLowerCase(language);
    const month = names.findIndex((forms) => [forms].flat().some((form) => form.toLocaleLowerCase(language) === name));
    const sentence = sentenceAround(text, start, end);
    const monthStart = new Date(Date.UTC(instant.getUTCFullYear(), month, 1));
    const tense = () => tenseAcrossYearTurn(monthStart, 'month', instant, tenseAt(text, start, end, language), toldIn(start, end), language);
    const resolved = year !== undefined ? new Date(Date.UTC(Number(year), month, 1)) : published ? alongTense(monthStart, 'month', false, instant, tense()) : null;
    const date = resolved ? `${isoDay(resolved).slice(0, 7)}-01` : null;
    return { start, end, expression: text.slice(start, end), date, precision: 'month', approximate, sentence };
  };
  const monthParts = monthPartPatternOf(language);
  for (const match of monthParts ? text.matchAll(monthParts) : []) {
    const start = match.index;
    const end = start + match[0].length;
    if (inReference(start, end) || !takeOver(start, end)) continue;
    events.push(monthEvent(MONTH_PARTS[language]!.months, match[1]!, match[2], start, end, true));
  }
  const months = monthPatternOf(language);
  for (const match of months ? text.matchAll(months) : []) {
    const start = match.index;
    const end = start + match[0].length;
    if (overlapping(start, end) || inReference(start, end)) continue;
    if (match[2] === undefined && toldAsHabit(text, start, end, language)) continue;
    const table = MONTH_ALONE[language]!;
    events.push(monthEvent(table.months, match[1]!, match[2], start, end, table.vague?.test(match[0]) ?? false));
  }
  for (const match of text.matchAll(quarterPatternOf(language))) {
    const start = match.index;
    const end = start + match[0].length;
    if (inReference(start, end) || !takeOver(start, end)) continue;
    const quarter = match[6] !== undefined ? Number(match[6]) : [1, 2, 3, 4].find((index) => match[index] !== undefined)!;
    const year = match[7] ?? match[5];
    const date = year !== undefined || published ? quarterStart(quarter, year, instant, tenseAt(text, start, end, language)) : null;
    events.push({ start, end, expression: match[0], date, precision: 'month', approximate: false, sentence: sentenceAround(text, start, end) });
  }
  for (const match of text.matchAll(seasonPatternOf(language))) {
    const start = match.index;
    const end = start + match[0].length;
    if (inReference(start, end) || !takeOver(start, end)) continue;
    // Four readings of five groups each: the reading as written, then its season's four forms; the year closes the last.
    const reading = [0, 1, 2, 3].find((index) => match[1 + index * 5] !== undefined)!;
    const season = [0, 1, 2, 3].find((index) => match[2 + reading * 5 + index] !== undefined)!;
    const year = match[20];
    const side = reading === 0 ? 'last' : reading === 1 ? 'next' : 'current';
    const date = year !== undefined || published ? seasonStart(season, side, year, instant, tenseAt(text, start, end, language)) : null;
    events.push({ start, end, expression: match[0], date, precision: 'month', approximate: true, sentence: sentenceAround(text, start, end) });
  }
  const weekdaysOfMonths = weekdayOfMonthPatternOf(language);
  for (const match of weekdaysOfMonths ? text.matchAll(weekdaysOfMonths.pattern) : []) {
    const start = match.index;
    const end = start + match[0].length;
    if (inReference(start, end) || !takeOver(start, end)) continue;
    const count = [1, 2, 3, 4, 5].find((index) => match[index] !== undefined)!;
    const weekday = weekdaysOfMonths!.weekdays.indexOf(match[6]!.toLocaleLowerCase(language));
    const month = weekdaysOfMonths!.months.indexOf(match[7]!.toLocaleLowerCase(language));
    const ref = Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate());
    const inYear = (year: number) => weekdayOfMonth(count, weekday, month, year);
    const along = (tense: Tense) => {
      const thisYear = inYear(instant.getUTCFullYear());
      if (tense === 'past') return thisYear <= ref ? thisYear : inYear(instant.getUTCFullYear() - 1);
      return thisYear > ref ? thisYear : inYear(instant.getUTCFullYear() + 1);
    };
    const at = match[8] !== undefined ? inYear(Number(match[8])) : published ? along(tenseAt(text, start, end, language)) : null;
    events.push({ start, end, expression: match[0], date: at === null ? null : isoDay(new Date(at)), precision: 'day', approximate: false, sentence: sentenceAround(text, start, end) });
  }
  const dayAlongTense = (day: Date, start: number, end: number) => {
    const toldTense = tenseAt(text, start, end, language);
    const tense = tenseAcrossYearTurn(day, 'day', instant, toldTense, toldIn(start, end), language);
    if (tense !== toldTense) sentencesAcrossYearTurn.set(sentenceOpening(text, start), tense);
    if (tense === 'future') sentencesWithDayAhead.add(sentenceOpening(text, start));
    return alongTense(day, 'day', false, instant, tense);
  };
  // Read where clock times have their colon: "alle 3.12." at a sentence's end is no 3 December.
  for (const match of clocked.matchAll(DAY_MONTH_FIGURES)) {
    const [day, month, year] = [Number(match[1]), Number(match[2]), match[3]];
    if (day < 1 || day > 31 || month < 1 || month > 12 || (language === 'en' && year === undefined)) continue;
    const preposition = PREPOSITION_BEFORE[language].exec(text.slice(Math.max(0, match.index - 8), match.index));
    // "2.1." alone is a version or a section as often as a date; "am 2.1." and "2.1.2026" are dates.
    if (year === undefined && !preposition && match[1]!.length === 1 && match[2]!.length === 1) continue;
    const start = match.index - (preposition?.[0].length ?? 0);
    const end = match.index + match[0].length;
    if (overlapping(start, end) || inReference(start, end)) continue;
    const resolved =
      year !== undefined ? new Date(Date.UTC(Number(year), month - 1, day)) : published ? dayAlongTense(new Date(Date.UTC(instant.getUTCFullYear(), month - 1, day)), start, end) : null;
    events.push({ start, end, expression: text.slice(start, end), date: resolved ? isoDay(resolved) : null, precision: 'day', approximate: false, sentence: sentenceAround(text, start, end) });
  }
  // A sentence whose day the year's turn put on the other side tells its weekdays there too: "debates it on 14 January; the committee sits on Monday".
  for (const { event, day, tense } of weekdaysByTense) {
    const opening = sentenceOpening(text, event.start);
    const turned = sentencesAcrossYearTurn.get(opening);
    if (turned !== undefined && turned !== tense) event.date = isoDay(alongTense(day, 'day', true, instant, turned));
    // "Das Gericht will am 7. Januar weiter verhandeln; die Verteidigung legt am Montag einen Antrag vor": Monday is the one ahead.
    else if (tense === 'past' && sentencesWithDayAhead.has(opening) && PAST_WORDS[language]?.test(event.sentence) === false) event.date = isoDay(alongTense(day, 'day', true, instant, 'future'));
  }
  for (const match of text.matchAll(CJK_DATE)) {
    const [year, month, day] = [match[1], Number(match[2]), Number(match[3])];
    const start = match.index;
    const end = start + match[0].length;
    if (day < 1 || day > 31 || month < 1 || month > 12 || overlapping(start, end) || inReference(start, end)) continue;
    const resolved = year !== undefined ? new Date(Date.UTC(Number(year), month - 1, day)) : published ? dayAlongTense(new Date(Date.UTC(instant.getUTCFullYear(), month - 1, day)), start, end) : null;
    events.push({ start, end, expression: match[0], date: resolved ? isoDay(resolved) : null, precision: 'day', approximate: false, sentence: sentenceAround(text, start, end) });
  }
  const dayAlone = DAY_ALONE[language];
  for (const match of dayAlone ? text.matchAll(dayAlone) : []) {
    const start = match.index;
    const end = start + match[0].length;
    const day = match[1] !== undefined ? Number(match[1]) : ARABIC_ORDINAL_DAYS.indexOf(match[2]!) + 1;
    if (day < 1 || day > 31 || inReference(start, end) || !takeOver(start, end)) continue;
    const date = published ? isoDay(dayOfMonthAlong(day, instant, tenseAt(text, start, end, language))) : null;
    events.push({ start, end, expression: match[0], date, precision: 'day', approximate: false, sentence: sentenceAround(text, start, end) });
  }
  // A holiday with no year is read as a year-less day is: a present schedule and the year's turn may put it ahead.
  const holidayTense = (rule: HolidayRule, start: number, end: number): Tense => {
    const clauseTense = tenseAt(text, start, end, language);
    const gone = holidayAlong(rule, null, instant, 'past');
    if (gone === undefined) return clauseTense;
    const toldTense: Tense = clauseTense === 'past' && presentAhead(new Date(gone), start, end) ? 'future' : clauseTense;
    return tenseAcrossYearTurn(new Date(gone), 'day', instant, toldTense, toldIn(start, end), language);
  };
  const feasts = holidayPatternsOf(language);
  for (const match of text.matchAll(feasts.pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    const [, preposition, name, year] = match as unknown as [string, string | undefined, string, string | undefined];
    const holiday = feasts.each.find((each) => each.whole.test(name))!;
    if ((holiday.prefixed && preposition === undefined) || inReference(start, end) || feasts.notItsDay.test(text.slice(Math.max(0, start - 16), start))) continue;
    if (language === 'en' && ENGLISH_QUALIFIED_FEAST.test(text.slice(end, end + 24))) continue;
    if (year === undefined && toldAsHabit(text, start, end, language)) continue;
    const day = year !== undefined || published ? holidayAlong(holiday.rule, year === undefined ? null : Number(year), instant, holidayTense(holiday.rule, start, end)) : undefined;
    // What chrono read inside the name ("Friday" of "Good Friday") gives way to it.
    for (let read = overlapping(start, end); read; read = overlapping(start, end)) events.splice(events.indexOf(read), 1);
    events.push({ start, end, expression: match[0], date: day === undefined ? null : isoDay(new Date(day)), precision: 'day', approximate: false, sentence: sentenceAround(text, start, end) });
  }
  for (const match of text.matchAll(BARE_YEAR)) {
    const [, , written, year, yearWord] = match as unknown as [string, string, string, string, string | undefined];
    const yearAt = match.index + match[0].length - (yearWord?.length ?? 0) - written.length;
    const start = language === 'en' ? yearAt : match.index;
    const end = language === 'en' ? yearAt + written.length : match.index + match[0].length;
    if (events.some((event) => event.start < end && start < event.end) || inReference(start, end)) continue;
    const vague = VAGUE_BEFORE.exec(text.slice(Math.max(0, match.index - 24), match.index));
    events.push({ start, end, expression: text.slice(start, end), date: `${year}-01-01`, precision: 'year', approximate: vague !== null || written !== year, sentence: sentenceAround(text, start, end) });
  }
  for (const match of language === 'tr' ? text.matchAll(TURKISH_YEAR) : []) {
    const start = match.index;
    const end = start + match[0].length;
    if (events.some((event) => event.start < end && start < event.end) || inReference(start, end)) continue;
    events.push({ start, end, expression: match[0], date: `${match[1]}-01-01`, precision: 'year', approximate: false, sentence: sentenceAround(text, start, end) });
  }
  // Days counted from the day told before them: that day, if the nearest date before is one, is where they count from.
  const anchorBefore = (at: number): DatedEvent | null => {
    const before = events.filter((event) => event.end <= at).sort((a, b) => b.start - a.start)[0];
    return before !== undefined && before.precision === 'day' && !before.approximate ? before : null;
  };
  const counted = (from: string | null, days: number, start: number, end: number): string | null => {
    if (from === null) return null;
    const day = isoDay(new Date(Date.parse(from) + days * DAY_MS));
    // The past guard as for any relative day.
    return day > referenceDay && tenseAt(text, start, end, language) === 'past' ? null : day;
  };
  for (const { offset, pattern } of dayFromAnchorPatternsOf(language)) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (inReference(start, end) || !takeOver(start, end)) continue;
      const anchor = anchorBefore(start);
      if (!anchor) continue;
      events.push({ start, end, expression: match[0], date: counted(anchor.date, offset, start, end), precision: 'day', approximate: false, sentence: sentenceAround(text, start, end) });
    }
  }
  for (const weekday of weekdays) {
    const before = FOLLOWING_BEFORE[language]?.exec(text.slice(Math.max(0, weekday.start - 32), weekday.start));
    const after = FOLLOWING_AFTER[language]?.exec(text.slice(weekday.end, weekday.end + 16));
    const anchor = before || after ? anchorBefore(weekday.start - (before?.[0].length ?? 0)) : null;
    if (!anchor || anchor.date === null || weekday.date === null) continue;
    // The first such weekday after the day told before it.
    const daysAhead = ((new Date(weekday.date).getUTCDay() - new Date(anchor.date).getUTCDay() + 6) % 7) + 1;
    const start = weekday.start - (before?.[0].length ?? 0);
    const end = weekday.end + (after?.[0].length ?? 0);
    Object.assign(weekday, { start, end, expression: text.slice(start, end), date: counted(anchor.date, daysAhead, start, end), sentence: sentenceAround(text, start, end) });
  }
  return withRelativeYearsJoined(withWeekdaysJoined(withRangeStarts(events.sort((a, b) => a.start - b.start), text), weekdays, weeks, text), years, text);
}

/** What stands between a day and the year after it: a space, or "of" ("15 mars de l'année dernière", "15 مارس من العام الماضي"). */
const OF_YEAR = /^[ \u00a0]+(?:(?:of|de|di|van|من)[ \u00a0]+)?$/iu;
const POSSESSIVE = /^['’]s(?!\p{L})/u;

/** A day in figures or a month, with no year written: what a year told beside it completes. */
function wantsItsYear(event: DatedEvent): boolean {
  const dayOrMonth = event.precision === 'month' || (event.precision === 'day' && /\p{N}/u.test(event.expression));
  return dayOrMonth && !/(?<!\p{N})\p{Nd}{4}(?!\p{N})/u.test(event.expression);
}

/**
 * A day or month with no year of its own beside a year told from the article names that day in that year, one event:
 * "on 15 March last year", "am 15. März vergangenen Jahres", "15 марта прошлого года" (the year after the day joins
 * its expression, as a written year would), "geçen yıl 15 Mart'ta" (a year before the day is an adverb of the
 * sentence: the day keeps its own words). A possessive after the year ("next year's budget") qualifies a noun.
 */
function withRelativeYearsJoined(events: DatedEvent[], years: ReadonlySet<DatedEvent>, text: string): DatedEvent[] {
  const joined = [...events];
  for (const year of years) {
    const at = joined.indexOf(year);
    if (at < 0 || POSSESSIVE.test(text.slice(year.end))) continue;
    const before = joined[at - 1];
    const after = joined[at + 1];
    const dayBefore = before !== undefined && wantsItsYear(before) && OF_YEAR.test(text.slice(before.end, year.start)) ? before : null;
    const dayAfter = !dayBefore && after !== undefined && wantsItsYear(after) && /^[ \u00a0]+$/u.test(text.slice(year.end, after.start)) ? after : null;
    const day = dayBefore ?? dayAfter;
    if (!day || (year.date !== null && day.date === null)) continue;
    const date = year.date === null ? null : `${year.date.slice(0, 4)}${day.date!.slice(4)}`;
    const end = dayBefore ? year.end : day.end;
    joined.splice(joined.indexOf(day), 1, { ...day, date, end, expression: text.slice(day.start, end), sentence: sentenceAround(text, day.start, end) });
    joined.splice(joined.indexOf(year), 1);
  }
  return joined;
}

/**
 * The first day of a range written before a date the parser read alone:
 * "del 3 al 5 de diciembre", "3-5 grudnia", "3-5 Aralık", "בין 3 ל-5
 * בדצמבר" name one event, from its first day (as chrono reads "3 to 5
 * December"); the word that opens the range ("from", "du", "vom", "з", "من")
 * belongs to it.
 */
const RANGE_TO = String.raw`(?:[-–—]|(?:al|a|au|bis|to|tot|по|do|ila|ile|إلى|hingga|sampai)(?!\p{L})|ל[-־]?)`;
const RANGE_START = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(\d{1,2})\.?[ \u00a0]*${RANGE_TO}[ \u00a0]*$`, 'iu');
const WRITTEN_RANGE = new RegExp(String.raw`^\d{1,2}\.?[ \u00a0]*${RANGE_TO}[ \u00a0]*\d{1,2}(?!\p{N})`, 'iu');
const RANGE_OPENER = /(?<!\p{L})(?:from|du|vom|von|del|dal|de|van|с|со|з|із|від|od|من|בין|pada|dari)[ \u00a0]+$/iu;

/**
 * chrono's Spanish parser reads "del 12 al 14" as a time and drops the month
 * after it: the range's head is blanked (same length, offsets hold) so that
 * "14 de enero" is read, and its first day is put back from the text.
 */
const SPANISH_RANGE_HEAD = /(?<![\p{L}\p{N}])del?[ \u00a0]+\d{1,2}[ \u00a0]+al?[ \u00a0]+(?=\d{1,2}[ \u00a0]+de[ \u00a0]+\p{L})/giu;

function withRangeStarts(events: DatedEvent[], text: string): DatedEvent[] {
  return events.map((event) => {
    const lastDay = /^(\d{1,2})(?!\p{N})/u.exec(event.expression)?.[1];
    if (lastDay === undefined || event.precision !== 'day') return event;
    const range = RANGE_START.exec(text.slice(Math.max(0, event.start - 12), event.start));
    const firstDay = Number(range?.[1]);
    const readAlone = event.date === null || Number(event.date.slice(8)) === Number(lastDay);
    const opened = range && readAlone && firstDay >= 1 && firstDay < Number(lastDay);
    if (!opened && !WRITTEN_RANGE.test(event.expression)) return event;
    const dayStart = opened ? event.start - range[0].length : event.start;
    const opener = RANGE_OPENER.exec(text.slice(Math.max(0, dayStart - 8), dayStart));
    const start = dayStart - (opener?.[0].length ?? 0);
    const date = event.date === null || !opened ? event.date : `${event.date.slice(0, 8)}${pad(firstDay)}`;
    return { ...event, start, date, expression: text.slice(start, event.end), sentence: sentenceAround(text, start, event.end) };
  });
}

/** The word for "of" between a weekday and its week, per language. */
const WEEK_OF = /^[ \u00a0]+(?:of|de|della|del|dello|da|do|der)[ \u00a0]+$/iu;

/** The day a weekday names in the week that starts on `monday`: "on Tuesday last week". */
function weekdayInWeek(monday: string, weekday: DatedEvent): string {
  const daysIntoWeek = weekday.date === null ? 0 : (new Date(weekday.date).getUTCDay() + 6) % 7;
  return isoDay(new Date(Date.parse(monday) + daysIntoWeek * DAY_MS));
}

/**
 * A weekday written against a date names that date's day, not one of its
 * own: "28 Kasım Cuma günü", "w czwartek 8 grudnia", "يوم الخميس 8 كانون
 * الأول", "Senin (14/12/2026)" are one event, dated by the date. Against a week ("am Dienstag
 * letzter Woche", "mardi la semaine dernière") it names its day in that week.
 */
function withWeekdaysJoined(events: DatedEvent[], weekdays: ReadonlySet<DatedEvent>, weeks: ReadonlySet<DatedEvent>, text: string): DatedEvent[] {
  const joined: DatedEvent[] = [];
  for (const event of events) {
    const previous = joined[joined.length - 1];
    const between = previous === undefined ? '' : text.slice(previous.end, event.start);
    // "el martes de la semana pasada", "martedì della settimana scorsa": a week may be joined by "of"; "Senin (14/12/2026)" puts the date in brackets.
    const bracketed = /^[ \u00a0]*\($/u.test(between) && text[event.end] === ')';
    const adjacent = previous !== undefined && (/^[ \u00a0,]*$/u.test(between) || bracketed || (weeks.has(event) && WEEK_OF.test(between)));
    const pair = adjacent && weekdays.has(previous) !== weekdays.has(event) && previous.precision === 'day' && event.precision === 'day' ? previous : null;
    if (!pair) {
      joined.push(event);
      continue;
    }
    const [weekday, dated] = weekdays.has(pair) ? [pair, event] : [event, pair];
    const inWeek = weeks.has(dated);
    const date = inWeek && dated.date !== null ? weekdayInWeek(dated.date, weekday) : dated.date;
    // The weekday makes "last week" a day: no longer approximate.
    const end = event.end + (bracketed ? 1 : 0);
    joined[joined.length - 1] = { ...dated, date, approximate: inWeek ? false : dated.approximate, start: pair.start, end, expression: text.slice(pair.start, end), sentence: pair.sentence };
  }
  return joined;
}
