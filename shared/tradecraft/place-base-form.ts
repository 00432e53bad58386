/**
 * The base form of a Slavic place's name written in another case, where its
 * ending fits more than one: "в Сортавале" is Сортавала or Сортавал, "w
 * Komracie" Komrat or Komrata, "у Тернополі" Тернопіль. Each reading of the
 * ending gives a candidate; the one the article or a gazetteer knows wins.
 */

export type SlavicLanguage = 'ru' | 'uk' | 'pl';

/**
 * An ending of a case and what the nominative may end in instead: "-е" of "Сортавале" after a lost "-а", or after
 * nothing ("Валааме"); `sure` when a place's nominative seldom ends so ("Карелии", "Кохыром", "Komracie"), and the
 * first reading stands unconfirmed; not for endings of feminine or plural nominatives ("-а", "-и", "Chłopice").
 */
type CaseEnding = readonly [ending: RegExp, nominatives: readonly string[], sure?: 'sure'];

const RUSSIAN_CASE_ENDINGS: readonly CaseEnding[] = [
  // A neuter land keeps its soft sign in every case: "в Затарвелье", "из Затарвелья" are Затарвелье.
  [/(?<=ь)(?:е|я|ю|ем)$/u, ['е'], 'sure'],
  // "Карелии", "Якутии": a land in "-ия".
  [/ии$/u, ['ия'], 'sure'],
  // The genitive, dative or instrumental of an adjective-like name: "Ферганской".
  [/(?:ой|ую)$/u, ['ая'], 'sure'],
  // The locative of a masculine, feminine or neuter town: "Валааме", "Сортавале", "Мукачеве".
  [/е$/u, ['', 'а', 'ь', 'о', 'я'], 'sure'],
  // The genitive of a feminine or plural town: "Чукотки", "Костомукши"; "Олешек".
  [/и$/u, ['а', 'ь', 'и']],
  [/ы$/u, ['а', 'ы']],
  [/у$/u, ['а', '']],
  [/ю$/u, ['я', 'ь'], 'sure'],
  [/я$/u, ['ь', 'й']],
  [/а$/u, ['', 'о']],
  [/ом$/u, ['', 'о'], 'sure'],
  [/(?:ах|ам)$/u, ['ы', 'и'], 'sure'],
];

const UKRAINIAN_CASE_ENDINGS: readonly CaseEnding[] = [
  // A neuter land keeps its doubled consonant in every case: "у Затарвеллі", "із Затарвелля" are Затарвелля.
  [/(?<=(?:бб|вв|дд|жж|зз|лл|мм|нн|рр|сс|тт|цц|чч|шш))(?:і|ю|ям|я)$/u, ['я'], 'sure'],
  // "Сторожинці" is Сторожинець: the "е" the other cases drop.
  [/ці$/u, ['ець'], 'sure'],
  [/ії$/u, ['ія'], 'sure'],
  // The genitive, dative or locative of an adjective-like name: "Лозової" is Лозова.
  [/ої$/u, ['а'], 'sure'],
  // A town named for a "polis" is soft: "Нікополі" is Нікополь, "Тернополі" Тернопіль (the gazetteer tells which).
  [/(?<=п)олі$/u, ['оль', 'іль'], 'sure'],
  // A land in "-ина" more often than a town in "-ин": "на Буковині" is Буковина (the gazetteer tells a town: Ніжин).
  [/(?<=ин)і$/u, ['а', ''], 'sure'],
  // The locative or genitive of a masculine, feminine, soft or neuter town: "Вараші", "Путилі", "Волині", "Нікополі", "Мукачеві".
  [/і$/u, ['', 'а', 'ь', 'о', 'я'], 'sure'],
  [/и$/u, ['а', 'и']],
  [/у$/u, ['а', '']],
  [/ю$/u, ['я', 'ь'], 'sure'],
  [/я$/u, ['ь', 'й']],
  [/а$/u, ['', 'о', 'е']],
  // The genitive plural of a town named in the plural: "Олешок" is Олешки.
  [/ок$/u, ['ки'], 'sure'],
  [/(?:ах|ам)$/u, ['и'], 'sure'],
];

const POLISH_CASE_ENDINGS: readonly CaseEnding[] = [
  // A locative softens the consonant before it: "Komracie" (Komrat), "Łebie" (Łeba), "Spitsbergenie", "Brzeście" (Brześć).
  [/ście$/u, ['ść', 'sta'], 'sure'],
  [/cie$/u, ['t', 'ta'], 'sure'],
  [/dzie$/u, ['d', 'da'], 'sure'],
  [/rze$/u, ['r', 'ra']],
  [/(?<=[bfmnpswz])ie$/u, ['', 'a', 'o'], 'sure'],
  [/le$/u, ['ł', 'ła']],
  [/ce$/u, ['ka']],
  [/dze$/u, ['ga'], 'sure'],
  // A land in "-ja": "Gagauzji" is Gagauzja.
  [/ji$/u, ['ja'], 'sure'],
  [/u$/u, [''], 'sure'],
  [/a$/u, ['', 'o']],
  [/y$/u, ['a']],
  [/i$/u, ['a']],
];

const CASE_ENDINGS: Readonly<Record<SlavicLanguage, readonly CaseEnding[]>> = { ru: RUSSIAN_CASE_ENDINGS, uk: UKRAINIAN_CASE_ENDINGS, pl: POLISH_CASE_ENDINGS };

/** A Ukrainian "о" or "е" of the other cases that is "і" in the nominative's closed last syllable: "Харкові" is Харків. */
const UKRAINIAN_CLOSED_SYLLABLE = /[ое](?=[бвгґджзклмнпрстфхцчшщ]ь?$)/u;

/** The case ending a name is read by: the first of its language's that it ends in. */
function caseEndingOf(written: string, language: SlavicLanguage): CaseEnding | undefined {
  return CASE_ENDINGS[language].find(([ending]) => ending.test(written));
}

/** The nominatives a one-word place's name in another case may have, most likely first; none for a word of no case ending. */
export function placeBaseCandidates(written: string, language: SlavicLanguage): string[] {
  const [ending, nominatives] = caseEndingOf(written, language) ?? [];
  const stem = ending === undefined ? '' : written.replace(ending, '');
  if (stem.length < 3) return [];
  const candidates: string[] = [];
  for (const nominative of nominatives!) {
    const candidate = stem + nominative;
    // Ukrainian closes the last syllable with "і" more often than not: "Харкові" is Харків before Харков.
    if (language === 'uk' && (nominative === '' || nominative === 'ь') && UKRAINIAN_CLOSED_SYLLABLE.test(candidate)) candidates.push(candidate.replace(UKRAINIAN_CLOSED_SYLLABLE, 'і'));
    candidates.push(candidate);
  }
  return candidates;
}

const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e',
  ю: 'yu', я: 'ya', '’': '', "'": '',
};
/** Where Ukrainian spells its sounds apart from Russian: "г" is "h", "и" is "y" ("Путила" is Putyla). */
const UKRAINIAN_TO_LATIN: Readonly<Record<string, string>> = { ...CYRILLIC_TO_LATIN, г: 'h', и: 'y', є: 'ie', ї: 'i' };

/**
 * A Cyrillic name in the Latin letters gazetteers write it in, by Russian's and by Ukrainian's spelling: "Сортавала"
 * is Sortavala, "Путила" Putyla or Putila; a name in other letters comes back as it is.
 */
export function latinSpellings(name: string): string[] {
  if (!/\p{Script=Cyrillic}/u.test(name)) return [name];
  const spell = (table: Readonly<Record<string, string>>) =>
    [...name].map((letter) => {
      const latin = table[letter.toLowerCase()];
      if (latin === undefined) return letter;
      return letter === letter.toLowerCase() || latin === '' ? latin : latin[0]!.toUpperCase() + latin.slice(1);
    }).join('');
  return [...new Set([spell(CYRILLIC_TO_LATIN), spell(UKRAINIAN_TO_LATIN)])];
}

/** Where a name may be known from: the article, which names the place in another form too, or a gazetteer. */
export interface PlaceEvidence {
  inArticle: (name: string) => boolean;
  inGazetteer: (name: string) => boolean;
}

/**
 * The base form of a one-word place's name written in another case. A gazetteer's word comes first, as the article's
 * other forms may be cases too ("Узбекистана" beside "Узбекистану"): the written form itself or `current`, the one the
 * ending rules chose, when a gazetteer knows it (unless it only lacks a soft sign a reading of the ending has, which
 * Latin letters do not show: "Нікопол" is Нікополь); else the first reading a gazetteer knows; else `current` or the
 * first reading the article writes; else `current`. "в Сортавале" is Сортавала when the gazetteer holds Sortavala.
 */
export function confirmedPlaceBase(written: string, current: string, language: SlavicLanguage, evidence: PlaceEvidence): string {
  if (evidence.inGazetteer(written)) return current;
  const candidates = placeBaseCandidates(written, language);
  if (evidence.inGazetteer(current) && !candidates.includes(`${current}ь`)) return current;
  const known = candidates.find(evidence.inGazetteer);
  if (known !== undefined) return known;
  if (current !== written && evidence.inArticle(current)) return current;
  const guess = current === written && surelyInflected(written, language) ? candidates[0] : undefined;
  return candidates.find(evidence.inArticle) ?? guess ?? current;
}

/** Polish neuter names of a district or a land, a preposition and a noun: "Zawodzie", "Zabłocie", "Podlasie". */
const POLISH_PREPOSITIONAL_NEUTER = /^(?:Za|Po|Pod|Nad|Przy|Mię)\p{Ll}+ie$/u;

/** Whether the case ending a name is read by is one a place's nominative seldom has: "Карелии", "Gagauzji". */
function surelyInflected(written: string, language: SlavicLanguage): boolean {
  return caseEndingOf(written, language)?.[2] === 'sure' && !(language === 'pl' && POLISH_PREPOSITIONAL_NEUTER.test(written));
}
