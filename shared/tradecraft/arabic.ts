/**
 * Names in Arabic text, which has no capitals to find them by. Words are read
 * without the one-letter prefixes Arabic writes on them ("و" and, "ب" in, "ل"
 * for: "وبغداد" is Baghdad; "للعراق" is "ل" and "العراق"), and named by what
 * stands around them: a title before a person ("الرئيس", "وزير الخارجية
 * التركي"), a head before a body ("وزارة", "حركة", "مجلس الأمن"), a word for a
 * place before a place ("مدينة", "محافظة", "قرب"), and the known places and
 * organizations (entities.ts reads them from the same lists as every
 * language). A surname written alone after the full name is that person.
 */
import type { EntityKind, UncasedName } from './entity-key.ts';

interface Token {
  /** As written, without diacritics or tatweel. */
  bare: string;
  start: number;
  end: number;
}

const ARABIC_WORD = /(?:[\u0621-\u064A\u0671-\u06D3\u0640]|\p{M})+/gu;
const DIACRITICS = /\p{M}|\u0640/gu;

/** Titles before a person's name. */
const TITLES = new Set([
  'الرئيس', 'رئيس', 'الوزير', 'وزير', 'وزيرة', 'المتحدث', 'المتحدثة', 'الناطق', 'السفير', 'الملك', 'الأمير', 'الشيخ', 'الجنرال',
  'اللواء', 'العميد', 'العقيد', 'النائب', 'زعيم', 'قائد', 'المستشار', 'المستشارة', 'نائب', 'مدير', 'الأمين', 'المبعوث', 'رئيسة',
  'الخبير', 'الخبيرة', 'المحلل', 'المحللة', 'الباحث', 'الباحثة', 'الدكتور', 'الدكتورة', 'المهندس', 'المهندسة',
  'القاضي', 'القاضية', 'العماد', 'الفريق', 'السلطان',
  // Professions and offices the press names people by: "المحامي", "محافظ الإقليم", "أستاذة الاقتصاد".
  'المحامي', 'المحامية', 'محافظ', 'المحافظ', 'أستاذ', 'أستاذة', 'الأستاذ', 'الأستاذة', 'الصحفي', 'الصحفية', 'الكاتب', 'الكاتبة',
  'الطبيب', 'الطبيبة', 'المدير', 'المديرة', 'الوزيرة', 'السفيرة', 'النائبة', 'الناشط', 'الناشطة',
  // A governor, an under-secretary, a coordinator, and a head named by the body's pronoun: "الوالي", "وكيل الوزارة", "رئيسها".
  'الوالي', 'والي', 'وكيل', 'المنسق', 'منسق', 'رئيسها', 'رئيسه', 'مديرها', 'مديره',
  // A body's representative: "ممثل المنظمة".
  'ممثل', 'ممثلة',
  // Trades the press names people by (not those that are family names too, "المعلم", "الصياد"): "المزارع", "السائق".
  'المزارع', 'المزارعة', 'السائق', 'السائقة',
]);

/** Heads written before a body's name, in the construct state: "وزارة الخارجية", "حركة حماس". */
const ORGANIZATION_HEADS = new Set([
  'وزارة', 'منظمة', 'هيئة', 'مجلس', 'حزب', 'جيش', 'قوات', 'حركة', 'وكالة', 'شركة', 'بنك', 'جامعة', 'اتحاد', 'مؤسسة', 'صندوق',
  'محكمة', 'جماعة', 'جبهة', 'تحالف', 'لجنة', 'مصرف', 'صحيفة', 'قناة', 'مركز', 'معهد', 'مجموعة', 'شرطة', 'حرس', 'برلمان',
  'بعثة', 'مفوضية', 'نقابة', 'جمعية', 'رابطة', 'ائتلاف', 'حكومة', 'جريدة', 'مجلة',
  // A department or administration is a body, also after a title: "مدير إدارة البيئة" is not a person.
  'إدارة', 'دائرة', 'مديرية', 'مصلحة', 'سلطة', 'بلدية', 'شعبة',
  // Programmes, mechanisms, chambers, offices and a coast guard: "برنامج التنمية الزراعي", "غرفة تجارة وصناعة …", "خفر السواحل".
  'برنامج', 'آلية', 'غرفة', 'مكتب', 'خفر', 'أكاديمية', 'مرصد',
]);

/**
 * Heads that are also common nouns: with one word with the article they are a
 * phrase ("حركة المد", the tide's movement; "مركز المدينة", the town centre;
 * "بلدية المدينة", the city's council), a body only with a name ("حركة حماس")
 * or more words ("مركز البيان للدراسات").
 */
const COMMON_HEADS = new Set(['حركة', 'مركز', 'مجموعة', 'بلدية', 'برنامج', 'آلية', 'غرفة', 'مكتب']);

/** Heads of bodies named after a person, title and all: "جامعة الملك فهد", "مستشفى الأمير حمزة". */
const NAMED_AFTER_PEOPLE = new Set(['جامعة', 'مستشفى', 'مؤسسة', 'مركز', 'معهد', 'مدرسة', 'جائزة', 'أكاديمية']);

/** "Servant of", which opens a name with one of God's names after it: "عبد الله", "عبد الرحمن". */
const SERVANT_OF = 'عبد';

/** "Son of" and "daughter of" inside a name, also in Mauritania's "ولد" ("Ould"). */
const SON_OF = new Set(['بن', 'بنت', 'ابن', 'ولد']);

/** Heads of a state's institutions, named with the article and the nation's adjective: "الجيش اللبناني", "البنك المركزي". */
const STATE_HEADS = new Set(['جيش', 'حرس', 'بنك', 'مصرف', 'برلمان', 'شرطة']);

/**
 * Heads of bodies named with the article and adjectives only: "الحزب الديمقراطي الكردستاني", "المحكمة الاتحادية العليا",
 * "المؤسسة الوطنية للنفط" (alone, "الحزب" is the party just named, and no name). Not forces, governments or
 * companies, which a nation's adjective describes: "القوات الإسرائيلية", "الحكومة العراقية".
 */
const ARTICLED_BODY_HEADS = new Set([
  ...STATE_HEADS, 'حزب', 'محكمة', 'مؤسسة', 'مفوضية', 'هيئة', 'تيار', 'إطار', 'حركة', 'جبهة', 'مجلس', 'اتحاد', 'تحالف', 'مرصد',
  // Organizations, associations, agencies, committees, leagues and nations: "المنظمة الدولية للهجرة", "الجمعية الوطنية", "الأمم المتحدة".
  'منظمة', 'جمعية', 'وكالة', 'لجنة', 'جامعة', 'رابطة', 'نقابة', 'بعثة', 'أمم',
  // Institutes: "المعهد الوطني للبحوث الزراعية".
  'معهد',
]);

/** "Ministry", whose name may list two portfolios. */
const MINISTRY = 'وزارة';
/** "Without", inside a body's name. */
const WITHOUT = 'بلا';

/** "Company", before a firm's own name. */
const COMPANY = 'شركة';

/** Words for a paper or a channel, which stay outside its name, as "the daily" does: "صحيفة الأهرام" is Al-Ahram. */
const PUBLICATIONS = new Set(['صحيفة', 'جريدة', 'مجلة', 'قناة']);

/** Adjectives in bodies' names that are no nisba ("-ي", "-ية"): "العليا" (supreme), "المستقلة" (independent). */
const BODY_ADJECTIVES = new Set(['العليا', 'الأعلى', 'المستقلة', 'المستقل', 'المتحدة', 'الموحدة', 'الموحد', 'الكبرى', 'العامة', 'العام']);

/** A spokesman's "in their name", with a pronoun for the body: "المتحدث باسمهم". */
const IN_THEIR_NAME = /^باسم(?:ه|ها|هم|هما)$/u;

/**
 * Plurals of words for places, before a list of them ("محافظات حجة وصعدة"); only before a name without the article, since
 * with one they are a phrase ("موانئ التصدير", the export ports).
 */
const PLURAL_PLACE_WORDS = ['محافظات', 'ولايات', 'أقاليم', 'بلدات', 'دواوير'];

/** Words for a place written before its name: "مدينة حلب", "محافظة إدلب", "قرب سراقب", "نهر الليطاني". */
const PLACE_WORDS = new Set([
  'مدينة', 'بلدة', 'قرية', 'محافظة', 'ولاية', 'منطقة', 'إقليم', 'مخيم', 'ميناء', 'مطار', 'قرب', 'بالقرب', 'ضواحي', 'عاصمة', 'نهر', 'جزيرة',
  // Oil fields, refineries and ports are places: "حقل الشرارة", "مصفاة الزاوية".
  'حقل', 'مصفاة',
  // Duals in the construct state, before the first of two places: "ولايتي سنار والجزيرة".
  'مدينتي', 'ولايتي', 'محافظتي', 'منطقتي', 'قريتي', 'بلدتي', 'إقليمي', 'ميناءي', 'مينائي',
  // Off a coast, like "near": "قبالة نواذيبو".
  'قبالة',
  ...PLURAL_PLACE_WORDS,
]);

/** Words that open a place's name and are part of it: "البحر الأحمر", "مضيق هرمز", "رأس الرجاء الصالح". */
const PLACE_HEADS = new Set(['البحر', 'بحر', 'الخليج', 'خليج', 'مضيق', 'رأس', 'راس', 'جبل', 'جبال', 'وادي', 'سهل', 'صحراء', 'سد', 'بحيرة']);

/** Heads with the article that name a place only with an adjective after them: "السد العالي", not "السد" (the dam just named). */
const ARTICLED_PLACE_HEADS = new Set(['السد', 'البحيرة']);

/** A dateline: the place an article opens with, before a dash ("الإسماعيلية - قالت …"). */
const DATELINE = /^[ \t]*((?:[\u0621-\u064A\u0671-\u06D3]+ ){0,2}[\u0621-\u064A\u0671-\u06D3]+)[ \t]+[-–—][ \t]/u;

/** Words that end a name: prepositions, pronouns, days, verbs of saying. */
const STOP_WORDS = new Set([
  'في', 'من', 'إلى', 'الى', 'على', 'عن', 'مع', 'أن', 'إن', 'أنه', 'إنه', 'قد', 'لا', 'لم', 'لن', 'ما', 'هذا', 'هذه', 'ذلك', 'تلك', 'الذي',
  'التي', 'الذين', 'كما', 'بعد', 'قبل', 'خلال', 'يوم', 'اليوم', 'أمس', 'غدا', 'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة',
  'السبت', 'قال', 'قالت', 'أعلن', 'أعلنت', 'أكد', 'أكدت', 'وقال', 'وقالت', 'إنّ', 'بين', 'حول', 'عند', 'منذ', 'حتى', 'كان', 'كانت', 'باسم', 'أو', 'ثم',
  'أنهم', 'أنها', 'إنها', 'إنهم', 'أنهما', 'لأن', 'أكثر', 'أقل', 'مما', 'عما',
]);

/** Verbs that tell what someone recounted, before the teller's name: "وروت", "وأضاف". */
const TELLING_VERBS = new Set(['روى', 'روت', 'وروى', 'وروت', 'قال', 'قالت', 'وقال', 'وقالت', 'أضاف', 'أضافت', 'وأضاف', 'وأضافت', 'أوضح', 'أوضحت', 'وأوضح', 'وأوضحت']);

/** A quotation closed right before a verb, with its comma or not: '"…"، قال'. */
const QUOTATION_CLOSED_BEFORE = /["”»][ \u00a0]*[،,]?[ \u00a0]*$/u;

/** "And he is", "and she is" after a comma: what opens an apposition about the person just named ("آمنة عثمان، وهي نازحة"). */
const HE_OR_SHE_IS = new Set(['وهو', 'وهي']);

/**
 * A family name of the nisba kind, with the article, in the masculine form women's names keep too: "العتيبي", "الحسيني".
 * An adjective agrees with its noun in the article, so after words without it a nisba is no adjective of theirs but a name's.
 */
const familyNisba = (form: string) => form.startsWith('ال') && form.length > 4 && form.endsWith('ي');

/** Readings of a written word without its prefixes, fewest letters cut first: "وبغداد" → "وبغداد", "بغداد"; "للعراق" → …, "العراق". */
function readings(bare: string): Array<{ form: string; cut: number }> {
  const found = [{ form: bare, cut: 0 }];
  const conjunction = /^[وف]/u.test(bare) && bare.length > 3 ? 1 : 0;
  const rest = bare.slice(conjunction);
  if (conjunction) found.push({ form: rest, cut: 1 });
  if (/^[بلك]/u.test(rest) && rest.length > 3) {
    found.push({ form: rest.slice(1), cut: conjunction + 1 });
    // "ل" before "ال" drops the alef: "للعراق" is "ل" + "العراق".
    if (rest.startsWith('لل')) found.push({ form: `ا${rest.slice(1)}`, cut: conjunction + 1 });
  }
  return found;
}

/** The word with its prefixes cut, when one reading is in `set`. */
function readAs(token: Token, set: ReadonlySet<string>): { form: string; cut: number } | undefined {
  return readings(token.bare).find((reading) => set.has(reading.form));
}

const articled = (form: string) => form.startsWith('ال') && form.length > 3;
/** An adjective of a nation or a kind, with the article: "اللبناني", "المركزي", "الثوري". */
const articledAdjective = (form: string) => articled(form) && /(?:ي|ية)$/u.test(form);
/** An adjective without the article, which follows a common noun: "زراعية", "سكني". */
const indefiniteAdjective = (form: string) => !articled(form) && form.length > 3 && /(?:ي|ية)$/u.test(form);
/** An adjective a body's name may hold after its head. */
const bodyAdjective = (form: string) => !STOP_WORDS.has(form) && (articledAdjective(form) || BODY_ADJECTIVES.has(form));
/** A body's head with the article and nothing after it: "الحزب", "المؤسسة". */
const commonBodyNoun = (bare: string) => readings(bare).some((reading) => reading.form.startsWith('ال') && ARTICLED_BODY_HEADS.has(reading.form.slice(2)));
/** A complement for what a body does, joined by "ل" to the article: "للنفط", "للانتخابات". */
const complement = (form: string) => form.startsWith('لل') && form.length > 3;
/** A second complement joined by "و": "للدراسات والتخطيط". */
const joinedComplement = (form: string) => form.startsWith('وال') && form.length > 4;
/**
 * A word that may be part of a name: not a stop word, a title or a word with
 * the article, also behind a prefix ("بالخطوة" is "ب" and "الخطوة"), nor a
 * body's head ("لحزب" opens "حزب الله").
 */
const nameWord = (token: Token) =>
  !STOP_WORDS.has(token.bare) &&
  !TITLES.has(token.bare) &&
  token.bare.length > 1 &&
  !readings(token.bare).some((reading) => articled(reading.form) || ORGANIZATION_HEADS.has(reading.form));

/**
 * The names in Arabic `text`. `knownKind` says whether a form is a known place
 * or organization ("العراق", "بغداد").
 */
export function arabicEntities(text: string, knownKind: (form: string) => EntityKind | undefined): UncasedName[] {
  const tokens: Token[] = [...text.matchAll(ARABIC_WORD)].map((match) => ({ bare: match[0].replace(DIACRITICS, ''), start: match.index, end: match.index + match[0].length }));
  // Two tokens read as one name only when a single space parts them.
  const adjacent = (i: number) => i + 1 < tokens.length && text.slice(tokens[i]!.end, tokens[i + 1]!.start) === ' ';
  const names: UncasedName[] = [];
  const taken = new Set<number>();
  const push = (kind: EntityKind, from: number, to: number, cut: number, role?: string, name?: string) => {
    let start = tokens[from]!.start + cut;
    // A prefix drawn out with a tatweel stays outside: "لـحزب الله".
    while (text[start] === '\u0640') start++;
    const end = tokens[to]!.end;
    const written = text.slice(start, end);
    names.push({ kind, text: written, name: name ?? written.replace(DIACRITICS, ''), ...(role ? { role } : {}), start, end });
    for (let i = from; i <= to; i++) taken.add(i);
  };
  const known = (token: Token) => {
    for (const reading of readings(token.bare)) {
      const kind = knownKind(reading.form);
      if (kind) return { kind, cut: reading.cut, form: reading.form };
    }
    return undefined;
  };

  /**
   * Where a name of up to `most` words that starts at `from` ends (exclusive): a
   * word after the first counts when what follows it could not be a verb's
   * object ("بوتين ناقش الوضع" ends at بوتين).
   */
  const nameEnd = (from: number, most: number) => {
    let at = from;
    while (at < tokens.length && at - from < most && nameWord(tokens[at]!) && !known(tokens[at]!) && (at === from || adjacent(at - 1))) {
      const next = adjacent(at) ? tokens[at + 1]! : undefined;
      // "بن" and its father's name go on: "فهد بن سالم العتيبي".
      const afterSonOf = at > from && SON_OF.has(tokens[at - 1]!.bare);
      // "عبد" and the word with the article after it are one name: "سامر عبد الكريم".
      if (at > from && tokens[at]!.bare === SERVANT_OF && next !== undefined && articled(next.bare) && !STOP_WORDS.has(next.bare)) {
        at += 2;
        continue;
      }
      if (at > from && !afterSonOf && next !== undefined && articled(next.bare) && !STOP_WORDS.has(next.bare)) break;
      at++;
    }
    return at;
  };

  /** Where a name that ends at `at` (exclusive) ends with a second complement joined by "و" after its "ل" one. */
  const withJoinedComplement = (at: number) =>
    at < tokens.length && adjacent(at - 1) && complement(tokens[at - 1]!.bare) && joinedComplement(tokens[at]!.bare) ? at + 1 : at;
  /** Whether a body's name follows the head at token `i`: an adjective without the article names a kind ("مركز صحي", a health centre), and so does a participle in "-ة" ("حكومة مكلّفة", "لجنة مشتركة"). */
  const nameFollowsHead = (i: number) => adjacent(i) && !(!articled(tokens[i + 1]!.bare) && /(?:ي|ية)$|^م\p{L}{2,}ة$/u.test(tokens[i + 1]!.bare));
  /** Where the body whose head is token `i` ends (inclusive), if its name follows the head. */
  const bodyEnd = (i: number): number | undefined => {
    const head = readAs(tokens[i]!, ORGANIZATION_HEADS);
    if (!head || !nameFollowsHead(i)) return undefined;
    let at = i + 1;
    // The first word may be a name ("حركة حماس"), the rest are words with the article ("مجلس الأمن الدولي").
    // "للشرق الأوسط" ("for the Middle East") goes on with it; a title after it ("الشيخ") opens a person.
    const continues = (token: Token) => articled(token.bare) || token.bare.startsWith('لل');
    // A body named after a person takes the title with the name: "جامعة الملك فهد".
    const namedAfter = NAMED_AFTER_PEOPLE.has(head.form) && TITLES.has(tokens[i + 1]!.bare) && adjacent(i + 1) && nameWord(tokens[i + 2]!);
    if (namedAfter) return i + 2;
    while (at < tokens.length && at - i <= 4 && !STOP_WORDS.has(tokens[at]!.bare) && !TITLES.has(tokens[at]!.bare) && (at === i + 1 || continues(tokens[at]!)) && adjacent(at - 1)) at++;
    if (at === i + 1) return undefined;
    // Trades joined by "و" after a first word without the article, then the place served: "غرفة تجارة وصناعة البحرين" (not "حركة حماس وفتح").
    const placeAt = (at: number) => at < tokens.length && adjacent(at - 1) && known(tokens[at]!)?.kind === 'place';
    const joinedTrade = at === i + 2 && !articled(tokens[i + 1]!.bare) && at < tokens.length && adjacent(at - 1) && /^و\p{L}{3,}$/u.test(tokens[at]!.bare) && !articled(tokens[at]!.bare.slice(1));
    if (joinedTrade && !known(tokens[at]!) && placeAt(at + 1)) at += 2;
    at = withJoinedComplement(at);
    // A ministry's second portfolio, not a body beside it: "وزارة الطاقة والمياه" (energy and water), not "وزارة الدفاع والجيش".
    const portfolios = head.form === MINISTRY && at === i + 2 && at < tokens.length && adjacent(at - 1) && joinedComplement(tokens[at]!.bare) && !known(tokens[at]!) && !commonBodyNoun(tokens[at]!.bare);
    // A second word joined by "و" after an adjective goes on with the name: "مركز الدراسات المتوسطية والدولية", "وزارة الموارد المائية والري".
    const joinedAfterAdjective = at > i + 2 && at < tokens.length && adjacent(at - 1) && articledAdjective(tokens[at - 1]!.bare) && joinedComplement(tokens[at]!.bare) && !known(tokens[at]!) && !commonBodyNoun(tokens[at]!.bare);
    if (portfolios || joinedAfterAdjective) at++;
    // "Without" and what the body goes without: "منظمة أطباء بلا حدود".
    if (tokens[at]?.bare === WITHOUT && adjacent(at - 1) && adjacent(at) && nameWord(tokens[at + 1]!)) at += 2;
    // A common head with one word with the article is a phrase: "حركة المد" (the tide's movement), "مركز المدينة".
    const phrase = at === i + 2 && readAs(tokens[i]!, COMMON_HEADS) !== undefined && articled(tokens[i + 1]!.bare) && !articledAdjective(tokens[i + 1]!.bare) && !known(tokens[i + 1]!);
    return phrase ? undefined : at - 1;
  };

  /**
   * Where a name of a given name, a father's name ("سالم", "عبد الله") and a
   * family nisba that starts at `from` ends (exclusive): "ناصر سالم العتيبي".
   */
  const nisbaNameEnd = (from: number): number | undefined => {
    const servant = tokens[from + 1]?.bare === SERVANT_OF && articled(tokens[from + 2]?.bare ?? '');
    const family = servant ? from + 3 : from + 2;
    if (family >= tokens.length || !nameWord(tokens[from]!) || (!servant && !nameWord(tokens[from + 1]!)) || SON_OF.has(tokens[from + 1]!.bare)) return undefined;
    for (let at = from; at < family; at++) if (!adjacent(at) || known(tokens[at]!)) return undefined;
    return familyNisba(tokens[family]!.bare) && !STOP_WORDS.has(tokens[family]!.bare) && !known(tokens[family]!) ? family + 1 : undefined;
  };

  const dateline = DATELINE.exec(text);
  if (dateline && tokens.length > 0 && !known(tokens[0]!)) {
    const words = dateline[1]!.split(' ').length;
    push('place', 0, words - 1, 0);
  }

  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i)) continue;
    const token = tokens[i]!;
    // Two-word known names first: "الأمم المتحدة", "رام الله".
    if (adjacent(i)) {
      const pair = readings(token.bare)
        .map((reading) => ({ reading, kind: knownKind(`${reading.form} ${tokens[i + 1]!.bare}`) }))
        .find((found) => found.kind !== undefined);
      if (pair) {
        push(pair.kind!, i, i + 1, pair.reading.cut, undefined, `${pair.reading.form} ${tokens[i + 1]!.bare}`);
        i++;
        continue;
      }
    }
    const single = known(token);
    if (single) {
      push(single.kind, i, i, single.cut, undefined, single.form);
      continue;
    }
    const title = readAs(token, TITLES);
    if (title) {
      // The title's portfolio and nationality are words with the article: "وزير الخارجية التركي".
      let at = i + 1;
      // A second field joined by "و" to a noun belongs to it too ("وزير المياه والزراعة"), not a second adjective ("الأمريكية والإسرائيلية").
      const joinedField = (at: number) => joinedComplement(tokens[at]!.bare) && !articledAdjective(tokens[at - 1]!.bare);
      const portfolioWord = (at: number) => articled(tokens[at]!.bare) || (at > i + 1 && joinedField(at));
      while (at < tokens.length && at - i <= 3 && portfolioWord(at) && !STOP_WORDS.has(tokens[at]!.bare) && !known(tokens[at]!)) at++;
      // Or the place it is held in, and the holder after it: "محافظ الجهراء سامر القحطي".
      const heldIn = at === i + 1 && at + 1 < tokens.length && adjacent(i) && adjacent(at) ? known(tokens[at]!) : undefined;
      if (heldIn?.kind === 'place' && nameWord(tokens[at + 1]!) && !known(tokens[at + 1]!)) {
        push('place', at, at, heldIn.cut, undefined, heldIn.form);
        at++;
      }
      // Or a body: "مدير مديرية التربية أحمد سالم".
      const body = at === i + 1 && at < tokens.length && adjacent(i) ? readAs(tokens[at]!, ORGANIZATION_HEADS) : undefined;
      const portfolioEnd = body ? bodyEnd(at) : undefined;
      if (body && portfolioEnd !== undefined) {
        push('organization', at, portfolioEnd, body.cut);
        at = portfolioEnd + 1;
      }
      // A spokesman for a body the article named before: "المتحدث باسمهم يحيى سريع".
      if (IN_THEIR_NAME.test(tokens[at]?.bare ?? '')) at++;
      // A spokesman's body: "المتحدث باسم الكرملين دميتري بيسكوف".
      else if (tokens[at]?.bare === 'باسم' && at + 1 < tokens.length && !taken.has(at + 1)) {
        const body = known(tokens[at + 1]!);
        // "باسم الحزب" speaks for the party named before, by a common noun that is no name.
        if (body !== undefined || !commonBodyNoun(tokens[at + 1]!.bare)) push(body?.kind ?? 'organization', at + 1, at + 1, body?.cut ?? 0, undefined, body?.form);
        at += 2;
      }
      const nameFrom = at;
      at = nisbaNameEnd(nameFrom) ?? nameEnd(nameFrom, 3);
      // A family name with the article after a given name, "عبد" with the article's word its second: "بشار الأسد", "عبد الفتاح السيسي".
      let articledWords = tokens[nameFrom]?.bare === SERVANT_OF ? 2 : 1;
      if (at - nameFrom === 1 || SON_OF.has(tokens[at - 2]?.bare ?? '')) {
        while (articledWords-- > 0 && at < tokens.length && adjacent(at - 1) && articled(tokens[at]!.bare) && !STOP_WORDS.has(tokens[at]!.bare)) at++;
      }
      // "Son of" and the father's name go on, whatever they are written with: "سيدي محمد ولد أحمدو", "محمد الأمين ولد الشيخ".
      if (at > nameFrom && SON_OF.has(tokens[at - 1]!.bare) && at < tokens.length && adjacent(at - 1) && !STOP_WORDS.has(tokens[at]!.bare)) at++;
      while (at > nameFrom && at + 1 < tokens.length && SON_OF.has(tokens[at]!.bare) && adjacent(at - 1) && adjacent(at) && !STOP_WORDS.has(tokens[at + 1]!.bare)) at += 2;
      if (at > nameFrom) {
        push('person', nameFrom, at - 1, 0, text.slice(tokens[i]!.start + title.cut, tokens[nameFrom - 1]!.end));
        i = at - 1;
      }
      continue;
    }
    const head = readAs(token, ORGANIZATION_HEADS);
    if (head && head.form === COMPANY && adjacent(i) && !articled(tokens[i + 1]!.bare)) {
      // "شركة ريبسول الإسبانية" is Repsol: "company" and its nationality stay outside, as in "the Spanish company Repsol".
      const end = nameEnd(i + 1, 3);
      if (end > i + 1) push('organization', i + 1, end - 1, 0);
      i = Math.max(i, end - 1);
      continue;
    }
    if (head && PUBLICATIONS.has(head.form) && nameFollowsHead(i)) {
      // Its name with the article may run on ("الشرق الأوسط"); a nation's adjective after it describes it ("الأهرام المصرية").
      let end = i + 2;
      while (end < tokens.length && end - i <= 3 && adjacent(end - 1) && articled(tokens[end]!.bare) && !articledAdjective(tokens[end]!.bare) && !STOP_WORDS.has(tokens[end]!.bare)) end++;
      if (!articled(tokens[i + 1]!.bare)) end = nameEnd(i + 1, 3);
      if (end > i + 1) push('organization', i + 1, end - 1, 0);
      i = Math.max(i, end - 1);
      continue;
    }
    if (head && nameFollowsHead(i)) {
      const end = bodyEnd(i);
      if (end !== undefined) {
        push('organization', i, end, head.cut);
        i = end;
      }
      continue;
    }
    const placeHead = readAs(token, PLACE_HEADS) ?? readAs(token, ARTICLED_PLACE_HEADS);
    const headWithAdjective = placeHead !== undefined && ARTICLED_PLACE_HEADS.has(placeHead.form);
    // A head with the article takes a word with it ("البحر الأحمر"), not one without it ("البحر هائج", the sea is rough).
    const nameAfterHead = (next: Token) => (headWithAdjective ? articledAdjective(next.bare) : !articled(placeHead!.form) || articled(next.bare));
    if (placeHead && adjacent(i) && !STOP_WORDS.has(tokens[i + 1]!.bare) && nameAfterHead(tokens[i + 1]!)) {
      // The head and the words after it: a name, then adjectives with the article ("رأس الرجاء الصالح").
      let at = i + 1;
      // A nation's adjective after a head in the construct state describes the place: "سد النهضة الإثيوبي" is "سد النهضة".
      const describes = (token: Token) => !articled(placeHead.form) && articledAdjective(token.bare);
      while (at < tokens.length && at - i <= 3 && !STOP_WORDS.has(tokens[at]!.bare) && (at === i + 1 || (articled(tokens[at]!.bare) && !describes(tokens[at]!))) && adjacent(at - 1)) at++;
      push('place', i, at - 1, placeHead.cut);
      i = at - 1;
      continue;
    }
    // A body with the article and its adjectives after it: "الجيش اللبناني", "البنك المركزي", "المفوضية العليا المستقلة للانتخابات"
    // (not "المركز الإعلامي", any media office).
    const articledHead = readings(token.bare).find((reading) => reading.form.startsWith('ال') && ARTICLED_BODY_HEADS.has(reading.form.slice(2)));
    if (articledHead && adjacent(i) && bodyAdjective(tokens[i + 1]!.bare) && !known(tokens[i + 1]!)) {
      let at = i + 2;
      while (at < tokens.length && at - i <= 4 && adjacent(at - 1) && bodyAdjective(tokens[at]!.bare) && !known(tokens[at]!)) at++;
      if (at < tokens.length && adjacent(at - 1) && complement(tokens[at]!.bare)) {
        at = withJoinedComplement(at + 1);
        // The field's own adjectives go on with it: "للتعاون الدولي", "للبحوث الزراعية".
        while (at < tokens.length && at - i <= 6 && adjacent(at - 1) && articledAdjective(tokens[at]!.bare) && !STOP_WORDS.has(tokens[at]!.bare) && !known(tokens[at]!)) at++;
      }
      push('organization', i, at - 1, articledHead.cut);
      i = at - 1;
      continue;
    }
    // A noun for the teller, then the name set off by commas: "وقالت اللاجئة، سلمى الخوالدة، إن".
    const commaAt = (at: number) => at + 1 < tokens.length && /^[ \u00a0]*[،,][ \u00a0]*$/u.test(text.slice(tokens[at]!.end, tokens[at + 1]!.start));
    if (TELLING_VERBS.has(token.bare) && adjacent(i) && articled(tokens[i + 1]!.bare) && !known(tokens[i + 1]!) && commaAt(i + 1) && nameWord(tokens[i + 2]!)) {
      let end = nameEnd(i + 2, 3);
      // A family name with the article after the given name: "سلمى الخوالدة".
      if (end === i + 3 && adjacent(i + 2) && articled(tokens[end]!.bare) && !STOP_WORDS.has(tokens[end]!.bare)) end++;
      if (end > i + 3 && commaAt(end - 1)) {
        push('person', i + 2, end - 1, 0);
        i = end - 1;
        continue;
      }
    }
    // A teller's name after the verb of telling: a given name, a father's and a family nisba ("قال ناصر سالم العتيبي"), one set off by "، وهي",
    // or one the verb tags a quotation with, after it or before a colon and it ('"…"، قال ماجد الخوالدة', 'قال ماجد الخوالدة: "…"').
    if (TELLING_VERBS.has(token.bare) && adjacent(i) && nameWord(tokens[i + 1]!) && !known(tokens[i + 1]!)) {
      const nameStart = i + 1;
      const nisbaEnd = nisbaNameEnd(nameStart);
      let end = nisbaEnd ?? nameEnd(nameStart, 3);
      const apposed = end > nameStart + 1 && end < tokens.length && /^[ \u00a0]*[،,][ \u00a0]*$/u.test(text.slice(tokens[end - 1]!.end, tokens[end]!.start)) && HE_OR_SHE_IS.has(tokens[end]!.bare);
      if (end === nameStart + 1 && end < tokens.length && adjacent(nameStart) && articled(tokens[end]!.bare) && !STOP_WORDS.has(tokens[end]!.bare)) end++;
      const quotedBefore = QUOTATION_CLOSED_BEFORE.test(text.slice(Math.max(0, token.start - 6), token.start));
      const quotationAfter = /^[ \u00a0]*:[ \u00a0]*["“«]/u.test(text.slice(tokens[end - 1]!.end, tokens[end - 1]!.end + 6));
      const tagged = end > nameStart + 1 && (quotedBefore || quotationAfter);
      if (nisbaEnd !== undefined || apposed || tagged) {
        push('person', nameStart, end - 1, 0);
        i = end - 1;
        continue;
      }
    }
    const placeWord = readAs(token, PLACE_WORDS);
    if (placeWord && adjacent(i)) {
      const next = tokens[i + 1]!;
      // "قرب الحدود" is near the border: after "near" only a name without the article.
      const near = token.bare === 'قرب' || token.bare === 'بالقرب' || token.bare === 'قبالة' || PLURAL_PLACE_WORDS.includes(placeWord.form);
      // "قرب مدينة أوباري": the word for the place after "near" names it.
      // A place's own head after the word is read with its name next: "ولايتي البحر الأحمر" is البحر الأحمر, not البحر.
      if (STOP_WORDS.has(next.bare) || (near && articled(next.bare)) || readAs(next, PLACE_WORDS) || readAs(next, PLACE_HEADS)) continue;
      // A second word joined by "و" is the next place, not this one's: "ولايتي كسلا وسنجة".
      const joinedAfter = adjacent(i + 1) && /^و\p{L}{3,}$/u.test(tokens[i + 2]!.bare);
      const end = articled(next.bare) ? i + 2 : nameEnd(i + 1, joinedAfter ? 1 : 2);
      if (end > i + 1) {
        push('place', i + 1, end - 1, 0);
        i = end - 1;
      }
    }
  }

  // A place joined by "و" to a place before it is one too: "البصرة ونينوى".
  for (const [index, token] of tokens.entries()) {
    const before = names.find((name) => name.end === tokens[index - 1]?.end);
    if (taken.has(index) || !token.bare.startsWith('و') || before?.kind !== 'place' || !adjacent(index - 1)) continue;
    const joined = token.bare.slice(1);
    // Not a noun behind a preposition's letter: "بانسحاب إسرائيل وبقرار سياسي".
    if (joined.length < 3 || /^[بلك]/u.test(joined) || STOP_WORDS.has(joined) || !nameWord({ ...token, bare: joined })) continue;
    // A noun with an adjective without the article is a common noun: "وأراضي زراعية" (and farmland).
    if (adjacent(index) && indefiniteAdjective(tokens[index + 1]!.bare)) continue;
    push('place', index, index, 1);
  }

  // A surname alone names the person the article gives in full: "أردوغان" after "رجب طيب أردوغان".
  const surnames = new Map<string, string>();
  for (const name of names) {
    const words = name.name.split(' ');
    if (name.kind === 'person' && words.length >= 2) surnames.set(words[words.length - 1]!, name.name);
  }
  for (const [index, token] of tokens.entries()) {
    if (taken.has(index)) continue;
    const surname = readings(token.bare).find((reading) => surnames.has(reading.form));
    if (!surname) continue;
    const start = token.start + surname.cut;
    names.push({ kind: 'person', text: text.slice(start, token.end), name: surnames.get(surname.form)!, start, end: token.end });
  }
  return names.sort((a, b) => a.start - b.start);
}
