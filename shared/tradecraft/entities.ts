/**
 * People, organizations and places named in an article, found offline with
 * compromise's English lexicon and our word lists (shared/tradecraft/name-lists.ts),
 * no model download.
 *
 * Running compromise's full tagger over a whole article costs about 50 ms per
 * 1,000 words, over the import budget (30 ms). Names are capitalized, so we
 * find the organizations and places news names most by their common forms in
 * five languages ("the Kremlin", "Reuters", "Union européenne", "Şam"), then
 * scan for runs of capitalized words ("Recep Tayyip Erdoğan", "Ministry of
 * Foreign Affairs") and classify each run by what stands before it (a title:
 * "Russian President", "Cumhurbaşkanı", "Bundeskanzler"; a place word: "in",
 * "à", "nach"; a Turkish case ending: "Ankara'da"), its first and last words
 * (first names, "Ministry", "Strait", compounds such as "Wetterdienst") and
 * compromise's lexicon, and by cues around it in the sentence: "near",
 * "près de", "el estado de", "the mayor of" before a place and "crossing" or
 * "ilçesinde" after one; the role after a name ("Mossad chief"); an apposition
 * ("Rosatom, the Russian nuclear company"); a party in parentheses after a
 * person. A name no list knows is read by how it behaves in the article:
 * the subject of a verb of saying ("Kroll said" is a body, "said Chris
 * Maynard" a person), an age or a role set off after it ("Mutai, 26,", ", an
 * analyst at"), its last word written alone elsewhere (a surname), a cue of a
 * company ("shares in", "analysts at", "companies such as", an ampersand, a
 * brand-like spelling, a legal form: "S.A.", "GmbH", "ПАО «…»"), an
 * abbreviation in parentheses after it or its initials written elsewhere as
 * one ("… (KGHM)"), a head written in lower case before it ("ministère des
 * Finances"), the shape of a German town's name after a preposition ("bei
 * Güstrow"), a given name first (compromise's, or our lists' for Turkish,
 * Russian, Ukrainian, Polish, Italian and Portuguese). A run none of these can
 * classify is left out rather than guessed: every German noun is capitalized,
 * and a sentence in French opens with "Que" or "Ont".
 *
 * A title is kept apart from the name as its role ("Russian President
 * Vladimir Putin" is Vladimir Putin, role Russian President). A surname, a
 * shorter form or an abbreviation of a name given in full elsewhere in the
 * article ("Putin", "HTS" after "Hayat Tahrir al-Sham (HTS)", "AIEA" for the
 * initials of "Agence internationale de l'énergie atomique") names that
 * entity. Arabic, which has no capitals, is read by the words around names
 * (arabic.ts), and so is Hebrew (hebrew.ts).
 *
 * The known places are countries in twelve languages (i18n-iso-countries'
 * tables, countries.ts), capitals and large cities, regions and rivers
 * (places.ts) and the places news names most (name-lists.ts). Russian,
 * Ukrainian and Polish change names with their case: a known name is found by
 * its stem ("Ташкенте", "Litwy", "Києві", "Polsce"), a name in another case is
 * given in the nominative where its endings say how ("Владимиром Путиным",
 * "Оренбургской области", "Харківської області", "Straży Granicznej", "w
 * Płocku", "Jana Kowalskiego"), and a person's name in another case is the one
 * the article gives in full ("Obajtka"). German bodies are named in the
 * nominative too ("des Deutschen Wetterdienstes" is Deutscher Wetterdienst).
 *
 * Offsets are UTF-16 indices into the article's plain text, the same text
 * highlights anchor into.
 */
import { arabicEntities } from './arabic.ts';
import { calendarWordAfterPreposition } from './calendar-words.ts';
import { namedByBodyRole } from './organization-roles.ts';
import { unknownSeatClosesBody } from './organization-seat.ts';
import { hebrewEntities } from './hebrew.ts';
import { COUNTRY_NAMES, GERMAN_DECLINED_COUNTRIES, POLISH_DECLINED_COUNTRIES } from './countries.ts';
import { entityKey, type EntityKind } from './entity-key.ts';
import { CITIES, REGIONS, RIVERS } from './places.ts';
import { confirmedPlaceBase, latinSpellings, type SlavicLanguage } from './place-base-form.ts';
import {
  agreeingPlaceName,
  articledPlace,
  coordinatedWithArticle,
  datelineRegion,
  englishPlaceByStructure,
  germanLandformCompound,
  germanPlaceAfterPreposition,
  landformNounBefore,
  listedWithComma,
  malayPlaceAfterPreposition,
  malayPlaceName,
  openedPlaceName,
  placeKindOpening,
  ukrainianAccusativePlace,
} from './place-structure.ts';
import { WORLD_REGION_KEYS } from './world-regions.ts';
import { POLISH_TOWNS, WORLD_TOWN_KEYS } from './world-towns.ts';
import { isRoleWord as isTitleOrCompound, refinePeople } from './person-refinement.ts';
import { peopleByCues, type WordKnowledge } from './person-cues.ts';
import { isA, loadLexicon, tagsOf, type Lexicon } from './lexicon.ts';
import { TURKISH_MONTHS, TURKISH_WEEKDAYS } from './word-dates.ts';
import {
  BODY_CLAUSE_AFTER,
  CLUB_MARKERS,
  CORPORATE_VERBS_AFTER,
  FUNCTION_WORDS,
  GIVEN_NAMES,
  KNOWN_ORGANIZATIONS,
  KNOWN_PLACES,
  NOT_ACRONYMS,
  NOT_A_NAME_KINDS,
  ORGANIZATION_CUES_AFTER,
  ORGANIZATION_CUES_BEFORE,
  ORGANIZATION_HEAD_ENDINGS,
  ORGANIZATION_HEADS,
  ORGANIZATION_KINDS,
  PLACE_CUES_AFTER,
  PLACE_CUES_BEFORE,
  PLACE_HEADS,
  LANDFORM_HEADS,
  PLACE_PREPOSITIONS,
  PLACE_TITLES,
  PLATFORMS,
  PORTFOLIO_NOUNS,
  MEMBERS_OF_BEFORE,
  PORTFOLIOS,
  REPORT_MAKER_AFTER,
  REPORT_MAKER_BEFORE,
  SOURCE_CUES_BEFORE,
  SUBJECT_VERBS_AFTER,
  SUBJECT_VERBS_BEFORE,
  TITLE_ENDINGS,
  TITLES,
  TURKISH_PLACE_SUFFIXES,
} from './name-lists.ts';

export interface EntityMention {
  kind: EntityKind;
  /** The name as written, without a title before it ("Erdoğan" from "Mr Erdoğan"). */
  text: string;
  /** The entity's name: the full name a short form stands for ("Vladimir Putin" for "Putin"), else `text`. */
  name: string;
  /** Folded `name`: case, diacritics and punctuation do not count. */
  key: string;
  /** A title or role written before the name ("Russian President"), kept apart from it. */
  role?: string;
  start: number;
  end: number;
}

const LANGUAGES = ['en', 'fr', 'de', 'es', 'tr', 'it', 'pt', 'nl', 'pl', 'ru', 'uk', 'ar'] as const;
type Language = (typeof LANGUAGES)[number] | 'other';

function languageOf(lang: string | null): Language {
  const code = (lang ?? 'en').slice(0, 2).toLowerCase();
  return LANGUAGES.find((language) => language === code) ?? 'other';
}

/** Lower case the way the language does ("İstanbul" → "istanbul", "Işık" → "ışık" in Turkish). */
function lower(word: string, language: Language): string {
  return language === 'tr' ? word.toLocaleLowerCase('tr') : word.toLowerCase();
}

interface Known {
  kind: EntityKind;
  /** Every form of the entry, as written. */
  forms: readonly string[];
}

interface Gazetteer {
  pattern: RegExp;
  byForm: Map<string, Known>;
  /** One-word forms by their stem, for the inflected forms of Russian and Polish: "Кремля" is the Kremlin, "Litwie" Litwa. */
  byStem: Map<string, { form: string; known: Known }>;
  /** Forms of countries and regions, which Italian writes with an article ("la Francia"), unlike a city. */
  countriesAndRegions: ReadonlySet<string>;
}

/** Case endings of Russian and Polish nouns that end in a consonant, longest first; a stem loses its final vowels after them. */
const CASE_ENDINGS = /(?:ами|ями|ого|его|ому|ему|ові|еві|єві|ом|ем|ём|ам|ям|ах|ях|ой|ей|ью|ою|ею|єю|ым|им|ів|їв|ach|ami|iem|em|om|ej|owi)$/u;
/** Final vowels (and soft signs) of a stem: "Москва" and "Москве" share "москв". */
const FINAL_VOWELS = /[aeiouyąęóаеёиоуыэюяйьіїє]+$/u;
/** One final vowel, which keeps a short stem long enough: "Китай" and "Китая" share "кита". */
const FINAL_VOWEL = /[aeiouyąęóаеёиоуыэюяйьіїє]$/u;
/** Shorter stems say too little: "Рим" and "Рима" would be, but so would "Ира" and "Ири". */
const MIN_STEM = 4;

/**
 * A word's stems, folded as Polish drops a soft consonant's mark before a
 * vowel ("Białoruś", "Białorusi"; "Mińsk", "Mińsku"): without its final
 * vowels, and without a case ending too ("Газпрома" and "Газпром" meet on the
 * first, "Ташкентом" and "Ташкент" on the second).
 */
function stemsOf(word: string): string[] {
  const lowered = word.toLowerCase();
  const stems = [
    entityKey(lowered.replace(FINAL_VOWEL, '')),
    entityKey(lowered.replace(FINAL_VOWELS, '')),
    entityKey(lowered.replace(CASE_ENDINGS, '').replace(FINAL_VOWELS, '')),
  ];
  // A vowel a base form loses in the other cases: Polish "Obajtek", "Obajtka", "Sosnowiec", "Sosnowca"; Ukrainian "Харків", "Харкова"; "Київ", "Києва".
  const fleeting = lowered
    .replace(/(?<=\p{L}{2})i?e([kc])$/u, '$1')
    .replace(/і(?=[бвгґджзклмнпрстфхцчшщ]$)/u, 'о')
    .replace(/ї(?=в$)/u, 'є')
    // A Ukrainian feminine noun's instrumental doubles its consonant: "Білоруссю" is Білорусь.
    .replace(/([бвгджзклмнпрстфхцчшщ])\1ю$/u, '$1');
  if (fleeting !== lowered) stems.push(entityKey(fleeting));
  return stems;
}

/** Consonants Polish softens before the locative's "-e" ("Giełdzie", "Polsce", "Warcie"): its stem's other spellings. */
const POLISH_SOFTENED: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/dz$/u, ['d', 'g']],
  [/rz$/u, ['r']],
  [/c$/u, ['k', 't']],
  [/(?<=[^aeiouy])l$/u, ['ł']],
];

/** Stems to look an inflected word up by: its own, and in Polish those of the consonant its locative softened. */
function lookupStemsOf(word: string, language: Language): string[] {
  const stems = stemsOf(word);
  if (language !== 'pl' || !/(?:ie|e)$/u.test(word)) return stems;
  const stem = word.toLowerCase().replace(/i?e$/u, '');
  for (const [softened, plain] of POLISH_SOFTENED) if (softened.test(stem)) stems.push(...plain.map((consonant) => entityKey(stem.replace(softened, consonant))));
  return stems;
}

let placeHeadsByStem: ReadonlyMap<string, string> | null = null;

/** A place's head in another case, in the languages that inflect it: "Puszczy" is Puszcza, "Zagłębia" Zagłębie. */
function inflectedPlaceHead(word: string, language: Language): string | undefined {
  if (!INFLECTING.has(language)) return undefined;
  placeHeadsByStem ??= new Map([...PLACE_HEAD_WORDS].flatMap((head) => stemsOf(head).filter((stem) => stem.length >= MIN_STEM).map((stem) => [stem, head] as const)));
  return lookupStemsOf(word, language).map((stem) => placeHeadsByStem!.get(stem)).find((head) => head !== undefined);
}

let gazetteer: Gazetteer | null = null;

/** A lone capitalized word and the text just after it. */
const NEXT_WORD = /^[ \u00a0](\p{Lu}[\p{L}'’-]+)/u;
const PREVIOUS_WORD = /(?:^|[^\p{L}\p{N}'’.-])(\p{Lu}[\p{L}'’-]+)[ \u00a0]$/u;

/**
 * A known place's name that is part of someone's: a surname after a given
 * name ("Luís Montenegro", "Jordan Bardella"), or a given name before a
 * surname no dictionary holds ("Maurice Kamto", "Florence Adebayo") or after a
 * title; the run then reads the whole name.
 */
/** A body's abbreviation or short name: "МИД", "Минобороны", "МЗС". */
const SHORT_BODY_NAME = /^(?:\p{Lu}{2,5}|Мин\p{Ll}{2,}|Мін\p{Ll}{2,})$/u;

/**
 * A Russian, Ukrainian or Polish body's short name, or a name with a head,
 * and the country after it, in the genitive, are one body: "МИД России",
 * "МЗС України", "Centralna Komisja Wyborcza Mołdawii".
 */
function bodiesOfTheirCountry(mentions: EntityMention[], text: string, known: Gazetteer, language: Language): void {
  if (language !== 'ru' && language !== 'uk' && language !== 'pl') return;
  const headed = (name: string) => name.includes(' ') && name.split(' ').some((word) => isOrganizationHead(lower(word, language), language));
  for (const body of mentions) {
    if (body.kind !== 'organization' || !(SHORT_BODY_NAME.test(body.text) || headed(body.text)) || text[body.end] !== ' ') continue;
    const country = mentions.find((mention) => mention.kind === 'place' && mention.start === body.end + 1 && known.countriesAndRegions.has(mention.name));
    if (country === undefined) continue;
    body.text = text.slice(body.start, country.end);
    body.name = body.text;
    body.key = entityKey(body.name);
    body.end = country.end;
    mentions.splice(mentions.indexOf(country), 1);
  }
}

/** Endings of a Russian or Ukrainian adjective or genitive, which no given name has: "Южный", "Норвалии", "Дальних". */
const NOT_A_GIVEN_NAME_ENDING = /(?:ий|ый|ой|ая|яя|ое|ее|ого|его|ии|ії|ых|их)$/u;

function placeInPersonalName(written: string, at: number, known: Gazetteer, context: Context): boolean {
  const { text, lex, lists } = context;
  const asWord = (form: string, start: number): Word => ({ text: form, lower: lower(form, lists.language), folded: entityKey(form), start, end: start + form.length, suffix: null });
  const previous = PREVIOUS_WORD.exec(text.slice(Math.max(0, at - 24), at))?.[1];
  if (previous !== undefined && known.byForm.get(previous) === undefined && isGivenName(asWord(previous, at - previous.length - 1), lex)) return true;
  // A Russian or Ukrainian town with a surname's shape after a word no list knows, inside a sentence: "Глава Норвалии Гордей Николаев".
  const slavic = lists.language === 'ru' || lists.language === 'uk';
  const unknownBefore = previous !== undefined && known.byForm.get(previous) === undefined && !atSentenceStart(text, at - previous.length - 1);
  if (slavic && unknownBefore && SLAVIC_SURNAME.test(written) && !SLAVIC_SURNAME.test(previous) && !NOT_A_GIVEN_NAME_ENDING.test(previous)) return true;
  const next = NEXT_WORD.exec(text.slice(at + written.length, at + written.length + 40))?.[1];
  if (next === undefined || written.includes(' ')) return false;
  const nextWord = asWord(next, at + written.length + 1);
  const surname = (tagsOf(nextWord.lower, lex).length === 0 || isA(nextWord.lower, 'LastName', lex)) && known.byForm.get(next) === undefined && !isOrganizationHead(nextWord.lower, lists.language) && !PLACE_HEAD_WORDS.has(nextWord.lower);
  // A town's name no list holds as a given name, when the clause then speaks of a person: "Florence Adebayo, whose hip", "Sydney Okafor, 34,".
  const personAfter = (after: string) => WHO_AFTER.test(after) || AGE_AFTER.test(after);
  // So is one after a title that governs no place, or after a trade: "Verteidiger Malte Behrendsen" (not "Bürgermeister
  // Berlin"), "Economist Milan Kovač".
  const role = wordBefore(text, at, lists.language);
  const titled = role !== null && ((isTitleWord(role, lists, lex) && !governsPlace([role])) || isOccupation(role, context));
  const given = isGivenName(asWord(written, at), lex) || titled || (!known.countriesAndRegions.has(written) && personAfter(text.slice(nextWord.end, nextWord.end + 12)));
  return surname && given;
}

function endsAPlaceName(written: string, at: number, context: Context): boolean {
  const head = lower(written, context.lists.language);
  if (!PLACE_HEAD_WORDS.has(head) && context.lex.placeWords[head] === undefined) return false;
  return PREVIOUS_WORD.test(context.text.slice(Math.max(0, at - 24), at)) && !atSentenceStart(context.text, at);
}

/** One pattern over every form of the known organizations and places, longest first, read once. */
function loadGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer;
  const byForm = new Map<string, Known>();
  const add = (kind: EntityKind, entries: readonly (readonly string[])[]) => {
    for (const forms of entries) for (const form of forms) byForm.set(form, { kind, forms });
  };
  add('place', COUNTRY_NAMES);
  add('place', [...CITIES, ...REGIONS, ...RIVERS]);
  add('place', KNOWN_PLACES);
  add('organization', KNOWN_ORGANIZATIONS);
  const byStem = new Map<string, { form: string; known: Known }>();
  for (const [form, known] of byForm) {
    if (!/^\p{Lu}\p{Ll}+$/u.test(form)) continue;
    for (const stem of stemsOf(form)) {
      // The inflecting languages' own form of a stem over the English one: "Ukrainę" is Ukraina, not Ukraine.
      const englishFirst = /e$/u.test(byStem.get(stem)?.form ?? '') && /[^e]$/u.test(form);
      if (stem.length >= MIN_STEM && (!byStem.has(stem) || englishFirst)) byStem.set(stem, { form, known });
    }
  }
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const countriesAndRegions = new Set([...COUNTRY_NAMES, ...REGIONS].flat());
  gazetteer = { pattern: new RegExp(String.raw`(?<![\p{L}\p{N}]|[\p{L}\p{N}]-)(?:${forms.join('|')})(?![\p{L}\p{N}])`, 'gu'), byForm, byStem, countriesAndRegions };
  return gazetteer;
}

const CAPITALIZED = String.raw`\p{Lu}[\p{L}\p{M}\p{N}'’\-]*`;
/** Arabic and French particles inside a name: "Bashar al-Assad", "Quai d'Orsay". */
const PARTICLE_NAME = String.raw`(?:al|el|es|ad|as|ash|ibn|bin|d|l)[-'’]\p{Lu}[\p{L}\p{M}\p{N}'’\-]*`;
const SPACE = String.raw`[ \u00a0]+`;
/** A day or a month after English "on", which dates what a body did and names no cause of it: "the Council on Monday". */
const ENGLISH_DAY_OR_MONTH = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(?!\p{L})`;
const CONNECTOR = String.raw`(?:&|of(?: the)?|for|on(?!${SPACE}${ENGLISH_DAY_OR_MONTH})|na rzecz|tegen de|tegen het|tegen|and the|de|del|de la|de los|de las|des|da|do|dos|das|du|di|dei|della|delle|per|für|para el|para la|para o|para a|por la|por el|pour la|pour le|pour les|van der|van den|van de|von der|van|voor de|voor het|voor|op|von|der|bin|al|ibn|i|w|и|nad|e|y|para|without|sans|senza|sin|sem|ohne|zonder|bez|без)`;
/** An Arabic article opening a name written alone: "al-Shabaab", "al-Sudani" (not "d'Italie": French and Italian elide their own articles). */
const ARABIC_ARTICLE_NAME = String.raw`(?<![\p{L}\p{N}'’-])(?:al|el|ad|ash|as|at|az|an|ar)-\p{Lu}[\p{L}\p{M}\p{N}'’\-]*`;
/** A name opened by digits glued to a capitalized word, as brands write them: "50Hertz", "7Brava". */
const DIGITS_OPENED_NAME = String.raw`(?<![\p{L}\p{N}])\p{N}{1,4}\p{Lu}\p{Ll}[\p{L}\p{M}\p{N}'’\-]*`;
/** A run of capitalized words on one line, joined by spaces and a few lower-case particles. */
const RUN = new RegExp(String.raw`(?:${CAPITALIZED}|${ARABIC_ARTICLE_NAME}|${DIGITS_OPENED_NAME})(?:${SPACE}(?:${CONNECTOR}${SPACE})?(?:${CAPITALIZED}|${PARTICLE_NAME}))*`, 'gu');

/** Lower-case words that join two names into one only after a head like "Ministry" or "Strait". */
const JOINERS: Record<Language, ReadonlySet<string>> = {
  en: new Set(['of', 'for', 'and', 'the', 'on']),
  fr: new Set(['de', 'du', 'des', 'la', 'pour', 'le', 'les', 'of', 'for', 'and', 'the']),
  es: new Set(['de', 'del', 'la', 'los', 'las', 'para', 'por', 'el', 'y', 'of', 'for', 'and', 'the']),
  de: new Set(['der', 'des', 'von', 'für', 'of', 'for', 'and', 'the']),
  tr: new Set(['of', 'for', 'and', 'the']),
  it: new Set(['di', 'del', 'della', 'dei', 'delle', "dell'", 'per', 'e', 'of', 'for', 'and', 'the']),
  pt: new Set(['de', 'do', 'da', 'dos', 'das', 'para', 'o', 'a', 'e', 'of', 'for', 'and', 'the']),
  nl: new Set(['van', 'voor', 'op', 'tegen', 'of', 'for', 'and', 'the']),
  pl: new Set(['i', 'w', 'na', 'rzecz', 'of', 'for', 'and', 'the']),
  ru: new Set(['и', 'of', 'for', 'and', 'the']),
  uk: new Set(['і', 'та', 'of', 'for', 'and', 'the']),
  ar: new Set(['of', 'for', 'and', 'the']),
  other: new Set(['of', 'for', 'and', 'the']),
};

/** Heads of institution names in any of our languages: a French article names the "European Union" too. */
const ORGANIZATION_HEAD_WORDS = new Set(Object.values(ORGANIZATION_HEADS).flat());

/** A word that heads an institution's name: "Ministry", "Bündnis", or a compound ending in one ("Wetterdienst", "Başkanlığı"). */
function isOrganizationHead(word: string, language: Language): boolean {
  if (ORGANIZATION_HEAD_WORDS.has(word)) return true;
  // A Russian or Polish head in any case: "Института", "Urzędu".
  if (INFLECTING.has(language) && stemsOf(word).some((stem) => headStemsOf(language).has(stem))) return true;
  // A Polish head with a sound its case changes: "Gazecie" (Gazeta), "Radzie" (Rada), "Urzędu" (Urząd).
  if (language === 'pl' && /(?:cie|dzie)$|ę/u.test(word) && stemsOf(polishBaseVowels(word)).some((stem) => headStemsOf(language).has(stem))) return true;
  const endings = ORGANIZATION_HEAD_ENDINGS[language] ?? [];
  // A German head in the genitive: "des Technischen Hilfswerks", "des Auswärtigen Amtes"; a Turkish one with a case ending: "Belediyesine".
  const turkishStem = language === 'tr' ? TURKISH_HEAD_CASE.exec(word)?.[1] : undefined;
  const forms = language === 'de' ? [word, word.replace(/e?s$/u, '')] : turkishStem ? [word, turkishStem] : [word];
  // A Turkish head in the plural is read by its singular: "Birlikleri" is "birliği", "Kooperatifleri" "kooperatifi".
  if (language === 'tr') forms.push(...forms.flatMap(turkishSingularsOf));
  return forms.some((form) => endings.some((ending) => form.length > ending.length + 2 && form.endsWith(ending)) || (form !== word && ORGANIZATION_HEAD_WORDS.has(form)));
}

/** Turkish softens a stem's last consonant before a vowel: "birlik" → "birliği", "kitap" → "kitabı". */
const TURKISH_SOFTENED: Record<string, string> = { k: 'ğ', p: 'b', t: 'd', ç: 'c' };

/** The singular possessives a Turkish plural possessive may stand for: "birlikleri" → "birliği", "odaları" → "odası". */
function turkishSingularsOf(word: string): string[] {
  const stem = /^(\p{L}{3,}?)(?:ları|leri)$/u.exec(word)?.[1];
  if (stem === undefined) return [];
  const last = stem[stem.length - 1]!;
  const softened = stem.slice(0, -1) + (TURKISH_SOFTENED[last] ?? last);
  // The possessive's vowel follows the stem's last vowel.
  const vowel = { a: 'ı', ı: 'ı', e: 'i', i: 'i', o: 'u', u: 'u', ö: 'ü', ü: 'ü' }[/[aıeioöuü](?=[^aıeioöuü]*$)/u.exec(stem)?.[0] ?? 'e'] ?? 'i';
  return /[aıeioöuü]$/u.test(stem) ? [`${stem}s${vowel}`] : [`${softened}${vowel}`];
}
const headStems = new Map<Language, ReadonlySet<string>>();

function headStemsOf(language: Language): ReadonlySet<string> {
  const known = headStems.get(language);
  if (known) return known;
  const stems = new Set((ORGANIZATION_HEADS[language] ?? []).flatMap((head) => stemsOf(head).filter((stem) => stem.length >= 3)));
  headStems.set(language, stems);
  return stems;
}

const LANDFORM_HEAD_WORDS = new Set(LANDFORM_HEADS);
const PLACE_HEADS_BEFORE_LANDFORMS = new Set(PLACE_HEADS);
const PLACE_HEAD_WORDS = new Set([...PLACE_HEADS, ...LANDFORM_HEADS]);
/** Heads of a town's name only when they open it, "of" after them: "Port of Spain", not "Hamburg Port Authority". */
const LEADING_PLACE_HEADS = new Set(['port']);
/** Joiners that say where or add a name, not whose: "in", "and". */
const LANDFORM_ONLY_OF = new Set(['w', 'we', 'в', 'у', 'in', 'i', 'и', 'і', 'e', 'y', 'et', 'and', 'und', 'en', 'na']);
/** Common nouns before an organization's name: "the shipping company Maersk", "la agencia EFE". */
const ORGANIZATION_NOUNS = new Set(ORGANIZATION_KINDS);
const PLATFORM_WORDS = new Set(PLATFORMS);
const PORTFOLIO_WORDS = new Set(PORTFOLIOS);
const PORTFOLIO_NOUN_WORDS = new Set([...PORTFOLIOS, ...PORTFOLIO_NOUNS]);
const NOT_A_NAME_WORDS = new Set(NOT_A_NAME_KINDS);
/** Words a military operation's name opens with. */
const OPERATION_WORDS = new Set(['operation', 'opération', 'operación', 'operazione', 'operação', 'operatie', 'operacja', 'операция', 'операція']);
/** Letters glued to a number of two digits or more name a session or a model, not a body: "COP31", "MH17"; "G20" keeps its one letter. */
const NUMBERED_EVENT = /^\p{Lu}{2,}\p{N}{2,}$/u;
const NOT_ACRONYM_WORDS = new Set(NOT_ACRONYMS);
const TURKISH_SUFFIXES = new Set(TURKISH_PLACE_SUFFIXES);
/** A month or a weekday takes the same endings as a place: "Kasım'da", "Pazartesi'nden". */
const TURKISH_CALENDAR_WORDS = new Set([...TURKISH_MONTHS, ...TURKISH_WEEKDAYS]);
/** Tags of words that open sentences and are not names, beyond each language's own list. */
const FUNCTION_TAGS = ['Determiner', 'Conjunction', 'Preposition', 'Pronoun', 'Adverb', 'QuestionWord', 'Modal', 'Copula', 'Verb', 'Value'];
/** Calendar words are the timeline's business, not the entity index's. */
const DATE_TAGS = ['Date', 'Month', 'WeekDay'];
/** The one English month compromise's lexicon lacks (it knows "march" as a verb). */
const MONTHS_THE_LEXICON_LACKS = new Set(['march']);

/** "March" alone ("published in March") is the month, not a town or a person; in a name ("Juan March") it is the name. */
function isLoneMonth(words: readonly Word[]): boolean {
  return words.length === 1 && MONTHS_THE_LEXICON_LACKS.has(words[0]!.lower);
}

interface Word {
  text: string;
  lower: string;
  /** Folded, for word lists and the lexicon ("María" → "maria"). */
  folded: string;
  start: number;
  end: number;
  /** A Turkish case ending cut off after an apostrophe ("da" from "Ankara'da"). */
  suffix: string | null;
  /** Written with a possessive "'s": "Kenya's". */
  possessive?: boolean;
}

interface WordLists {
  language: Language;
  titles: ReadonlySet<string>;
  titleEndings: readonly string[];
  functionWords: ReadonlySet<string>;
  placePrepositions: ReadonlySet<string>;
  joiners: ReadonlySet<string>;
}

const listsByLanguage = new Map<Language, WordLists>();

function wordListsOf(language: Language): WordLists {
  const known = listsByLanguage.get(language);
  if (known) return known;
  const own = language === 'other' ? [] : [language];
  const lists: WordLists = {
    language,
    titles: new Set([...(TITLES.en ?? []), ...own.flatMap((l) => TITLES[l] ?? [])]),
    titleEndings: own.flatMap((l) => TITLE_ENDINGS[l] ?? []),
    functionWords: new Set(own.flatMap((l) => FUNCTION_WORDS[l] ?? [])),
    placePrepositions: new Set([...(PLACE_PREPOSITIONS.en ?? []), ...own.flatMap((l) => PLACE_PREPOSITIONS[l] ?? [])]),
    joiners: JOINERS[language],
  };
  listsByLanguage.set(language, lists);
  return lists;
}

/** A Turkish case ending after a possessive's "n": "-ndan", "-nin", "-ne", "-yle". */
const TURKISH_HEAD_CASE = /^(\p{L}+[ıiuü])(n(?:ın|in|un|ün|a|e|da|de|ta|te|dan|den|tan|ten|ı|i|u|ü)|yla|yle)$/u;

function wordsOf(run: string, offset: number, language: Language): Word[] {
  const words: Word[] = [];
  for (const match of run.matchAll(/[^ \u00a0]+/gu)) {
    const possessive = /[’']s$/u.test(match[0]);
    let text = match[0].replace(/[’']s$/u, '');
    let suffix: string | null = null;
    const ending = /[’'](\p{Ll}+)$/u.exec(text);
    // Not in Ukrainian, which writes an apostrophe inside a word: "Куп’янськ", "прем’єр".
    if (ending && language !== 'en' && language !== 'fr' && language !== 'uk') {
      suffix = ending[1]!;
      text = text.slice(0, ending.index);
    }
    text = text.replace(/[-’']+$/u, '');
    if (text === '') continue;
    // Turkish writes a case ending on an institution's head with no apostrophe: "Dışişleri Bakanlığından", "Belediyesine".
    const headCase = language === 'tr' && suffix === null ? TURKISH_HEAD_CASE.exec(lower(text, language)) : null;
    if (headCase && isOrganizationHead(headCase[1]!, language) && !ORGANIZATION_HEAD_WORDS.has(lower(text, language))) {
      suffix = headCase[2]!;
      text = text.slice(0, headCase[1]!.length);
    }
    const lowered = lower(text, language);
    words.push({ text, lower: lowered, folded: entityKey(text), start: offset + match.index, end: offset + match.index + text.length, suffix, possessive });
  }
  return words;
}

function isTitle(word: Word, lists: WordLists, lex: Lexicon): boolean {
  return isTitleWord(word.lower.replace(/\.$/u, ''), lists, lex);
}

/** A lower-case word that is a title or honorific in the article's language (or English). */
function isTitleWord(word: string, lists: WordLists, lex: Lexicon): boolean {
  // A former holder keeps the title: "excapitán", "exmandatario", "ex-ministre", "ex-presidente".
  const held = word.replace(FORMER_PREFIX, '');
  return [word, held].some((form) => lists.titles.has(form) || lists.titleEndings.some((ending) => form.endsWith(ending))) || isA(word, 'Honorific', lex);
}

/** "ex" or "ex-" before a title, in the Romance languages' spelling. */
const FORMER_PREFIX = /^ex-?(?=\p{L}{4})/u;

function isFunctionWord(word: Word, lists: WordLists, lex: Lexicon): boolean {
  return (
    lists.functionWords.has(word.lower) ||
    FUNCTION_TAGS.some((tag) => isA(word.lower, tag, lex)) ||
    DATE_TAGS.some((tag) => isA(word.lower, tag, lex))
  );
}

/** English adjectives of nationality the lexicon may lack: "Turkish", "Qatari", "Philippine". */
const DEMONYM_ENDING = /^\p{Lu}\p{Ll}+(?:ish|ian|ean|ese|can|ine|ic|ch|i)$/u;

/** Words a role is made of besides titles: "Russian", "Foreign", "Devlet". */
function isRoleWord(word: Word, lists: WordLists, lex: Lexicon): boolean {
  const demonym = isA(word.lower, 'Demonym', lex) || ((lists.language === 'en' || lists.language === 'other') && DEMONYM_ENDING.test(word.text));
  return isTitle(word, lists, lex) || demonym || lists.functionWords.has(word.lower) || PORTFOLIO_WORDS.has(word.lower);
}

/** The word just before `at` (lower case, without a final full stop), skipping spaces only. */
function wordBefore(text: string, at: number, language: Language): string | null {
  // The word's first letter is anchored to a non-letter, so the pattern does not retry from every letter.
  const before = /(?:^|[^\p{L}.-])([\p{L}.-]+)[ \u00a0]+$/u.exec(text.slice(Math.max(0, at - 32), at));
  return before?.[1] ? lower(before[1].replace(/\.$/u, ''), language) : null;
}

/** A Polish town's or land's name in the genitive: "Rzeszowa", "Lublina", "Gdyni", "Kielc", "Suwałk", "Tychów", "Łeby", "Danii", "Gagauzji". */
const POLISH_GENITIVE_TOWN = /^\p{Lu}\p{Ll}{2,}(?:[bcdfghjklłmnprstwz]a|[bcdfghjklłmnprstwz]u|[bdfłmnprstwz]y|[ny]i|[ij]i|ic|ów)$/u;

/** "In" in our languages, before a place a sentence opens with. */
const LOCATIVE_PREPOSITIONS = new Set(['in', 'em', 'en', 'à', 'w', 'we', 'в', 'во', 'у']);

/** A word, then an opening quotation mark just before a name. */
const QUOTED_AFTER_WORD = /(?<!\p{L})(\p{L}[\p{L}-]*)[ \u00a0]+[«"“„][ \u00a0]?$/u;

/** Words in the lists of titles that make one only with the word after them: "Belediye Başkanı", "Genel Sekreteri", "Prime Minister". */
const TITLE_OPENERS = new Set(['belediye', 'genel', 'grup', 'eş', 'prime', 'foreign', 'defence', 'defense', 'vice', 'interior', 'finance']);

/** A word before a comma just before `at`: "rival, Alexandr Stoianoglo" names the rival. */
function appositionBefore(text: string, at: number, language: Language): string | null {
  const before = /(?:^|[^\p{L}-])([\p{L}-]+),[ \u00a0]+$/u.exec(text.slice(Math.max(0, at - 32), at));
  return before?.[1] ? lower(before[1], language) : null;
}

/** The kind of a lone word the lexicon knows, when it is a name ("Moscow", "Twitter") and not an abbreviation ("Que" for Quebec). */
function lexiconKind(word: Word, lex: Lexicon): EntityKind | null {
  const abbreviation = isA(word.lower, 'Abbreviation', lex) && word.text !== word.text.toUpperCase();
  if (abbreviation) return null;
  if (isA(word.lower, 'Organization', lex)) return 'organization';
  if (isA(word.lower, 'Place', lex)) return 'place';
  return null;
}

/**
 * An all-capital word the lexicon does not know as an ordinary word: "HTS",
 * "AFAD", not "GREEN" or "BREAKING"; one small letter may stand after the
 * first ("AfD", "PiS").
 */
function isAcronym(word: Word, lex: Lexicon): boolean {
  return /^\p{Lu}\p{Ll}?\p{Lu}{1,5}$/u.test(word.text) && !NOT_ACRONYM_WORDS.has(word.lower) && tagsOf(word.lower, lex).length === 0;
}

/**
 * An abbreviation in an article in another language than English, though the
 * English lexicon knows the word ("PAN", the Mexican party; "CAN"), in a line
 * not written in capitals.
 */
function foreignAcronym(word: Word, context: Context): boolean {
  const { language } = context.lists;
  if (language === 'en' || language === 'other' || !/^\p{Lu}{2,5}$/u.test(word.text) || NOT_ACRONYM_WORDS.has(word.lower)) return false;
  return /\p{Ll}/u.test(lineOf(context.text, word.start)) && !context.lists.functionWords.has(word.lower);
}

/** Whether `at` opens a sentence or a line: a capital there says nothing of a name. */
function atSentenceStart(text: string, at: number): boolean {
  // A dash after a dateline opens the story: "Hannover (dpa) - Die Deutsche Bahn".
  return /(?:^|[.!?:;\n]["“”«»'’)]?[ \u00a0]*|\n[ \u00a0]*|^["“«][ \u00a0]*|[ \u00a0][-–—][ \u00a0]+)$/u.test(text.slice(Math.max(0, at - 4), at));
}

/**
 * A word for someone's trade, which stands before a name like a title:
 * "businessman Ilan Shor", "Economist Mara Lindqvist". The lexicon's only in
 * English ("Son Dakika" is Turkish for "breaking news"); a scientist's in any
 * language.
 */
function isOccupation(word: string, context: Context): boolean {
  const { language } = context.lists;
  return ((language === 'en' || language === 'other') && isA(word, 'Actor', context.lex)) || SCIENTIST_ENDING.test(word);
}

/** A scientist by the ending of the word for the science, in any of our languages: "epidemiologist", "hydrologue", "геолог". */
const SCIENTIST_ENDING = /\p{Ll}{2}(?:olog(?:ist|ue|e|in|o|a)?|ólog[oa]|oloog|олог(?:иня)?)$/u;

interface Candidate {
  kind: EntityKind | null;
  words: Word[];
  role: string | undefined;
  /** A town of the world, named a place when nothing in the article says what else it is. */
  town?: boolean;
  /** Its name when the words are an inflected form of it: "Атомфлота" is Атомфлот. */
  name?: string;
}

/** What classifying a run of words looks at besides the words themselves. */
interface Context {
  text: string;
  lists: WordLists;
  lex: Lexicon;
  /** The article's abbreviations, folded: read when first asked for. */
  abbreviations?: ReadonlySet<string>;
  /** The words the article writes in lower case, lower cased the language's way: read when first asked for. */
  lowerCaseWords?: ReadonlySet<string>;
  /** The words the article writes right before a word for members ("Vorlak" in "Vorlak fighters"): read when first asked for. */
  wordsBeforeMembers?: ReadonlySet<string>;
  /** The article's language tag as given, for a language the lists do not read ("id"). */
  lang?: string | null;
}

/** A plural whose singular is a demonym: "Norwegians", "Kenyans"; not "Evans". */
function pluralDemonym(word: Word, lex: Lexicon): boolean {
  const singular = word.text.replace(/s$/u, '');
  return singular !== word.text && (isA(singular.toLowerCase(), 'Demonym', lex) || /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish)$/u.test(singular));
}

/** Members of an armed or political movement after its bare name: "Vorlak fighters", "Kelani militants". */
const MEMBERS = 'fighters|militants|rebels|insurgents|gunmen|spokesman|spokeswoman|spokesperson|commanders?|militia';

/** A word for members right after a word: " fighters", " spokesman". */
const MEMBERS_AFTER = new RegExp(String.raw`^[ \u00a0]+(?:${MEMBERS})(?!\p{L})`, 'u');
/** Each word for members right after a word, over the whole article: found first, since they are few and words are many. */
const MEMBERS_AFTER_WORD = new RegExp(String.raw`(?<=\p{L})[ \u00a0]+(?:${MEMBERS})(?!\p{L})`, 'gu');

/** The words the article writes right before a word for members, read once per article. */
function wordsBeforeMembers(context: Context): ReadonlySet<string> {
  if (context.wordsBeforeMembers !== undefined) return context.wordsBeforeMembers;
  const { text } = context;
  const words = new Set<string>();
  for (const members of text.matchAll(MEMBERS_AFTER_WORD)) {
    let start = members.index;
    while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
    if (start === 0 || !/[\p{L}\p{N}]/u.test(text[start - 1]!)) words.add(text.slice(start, members.index));
  }
  context.wordsBeforeMembers = words;
  return words;
}

/** True when the article calls members by the name: "the Vorlaks" with "a Vorlak spokesman"; that adjective itself names no body. */
function membersNamed(word: Word, context: Context): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word.text) || MEMBERS_AFTER.test(context.text.slice(word.end, word.end + 30))) return false;
  const bare = word.text.replace(/s$/u, '');
  return wordsBeforeMembers(context).has(bare) || wordsBeforeMembers(context).has(`${bare}s`);
}

/** A name opened by an Arabic article, which no demonym is: "al-Nusrat", "Al-Fajr". */
const ARABIC_ARTICLE_WORD = /^(?:al|el|ad|ash|as|at|az|an|ar)-\p{Lu}/iu;
/** Members right after a group's name: "al-Nusrat fighters", "an al-Fajr spokesman". */
const GROUP_MEMBERS_AFTER = new RegExp(String.raw`^[ \u00a0]+(?:${MEMBERS}|members|cells?|affiliates?|leaders?|leadership)(?!\p{L})`, 'u');
/** A group's members or kin before its name, in our languages: "fighters of", "linked to", "los milicianos de", "i miliziani di". */
const GROUP_MEMBERS_BEFORE =
  /(?<!\p{L})(?:(?:fighters|militants|members|leader|leaders|commanders?|rebels) of|(?:linked|affiliated|allied) (?:to|with)|offshoot of|faction of|claimed by|(?:combattants|militants|membres|chef|chefs) de|(?:combatientes|milicianos|militantes|miembros|líder|jefe) de|(?:Kämpfer|Mitglieder|Anführer) von|(?:miliziani|combattenti|membri|leader|capo) di|(?:combatentes|militantes|membros|líder|chefe) d[eoa]|(?:strijders|leden) van|(?:bojownicy|członkowie) |(?:боевики|члены|лидер|бойовики|члени|лідер) )[ \u00a0]*$/iu;

/** A group named by a word with an Arabic article, by the members or the links the article gives it: "al-Nusrat fighters", "linked to al-Fajr". */
function armedGroup(word: Word, text: string): boolean {
  if (!ARABIC_ARTICLE_WORD.test(word.text)) return false;
  return GROUP_MEMBERS_AFTER.test(text.slice(word.end, word.end + 30)) || GROUP_MEMBERS_BEFORE.test(text.slice(Math.max(0, word.start - 30), word.start));
}

/** A pronoun in the clause right after a name and its verb, before any other name: "Kessling said in a statement that its". */
const PRONOUN_AFTER = /^[^.!?;,\p{Lu}]*?(?<!\p{L})(its|he|his|him|she|her)(?!\p{L})/u;

/** A noun phrase of its own between a name and a pronoun, which may be what the pronoun stands for: "said the ministry had cut its". */
const OTHER_ANTECEDENT = /(?<!(?:^|[^\p{L}])(?:in|on|at|to|for|with|from|by|of|during|after|before)[ \u00a0]+)(?<!\p{L})(?:the|a|an|this|that|these|those)[ \u00a0]+(\p{L}+)(?:[ \u00a0]+(\p{L}+))?/gu;
/** A person's relative pronoun after a name: "Varnholt, who", "Adebayo, whose", "Quispe, quien". */
const WHO_AFTER = /^,?[ \u00a0]+(?:who|whose|quien|quienes)(?!\p{L})/u;

/**
 * The pronoun in the clause after a name that stands for it, unless another
 * noun phrase stands between that it may stand for: any for "its" ("Brandt
 * said the ministry cut its"), a person's for "his" or "her" ("Kroll said the
 * minister lost his").
 */
function pronounAfter(after: string, context: Context): string | undefined {
  const found = PRONOUN_AFTER.exec(after);
  if (!found) return undefined;
  const pronoun = found[1]!;
  const between = found[0].slice(0, found[0].length - pronoun.length);
  // The noun is the phrase's first or second word: "the minister", "the new minister".
  const nouns = [...between.matchAll(OTHER_ANTECEDENT)].flatMap((phrase) => phrase.slice(1).filter((word) => word !== undefined));
  const standsFor = (noun: string) => pronoun === 'its' || isTitleWord(noun, context.lists, context.lex) || isOccupation(noun, context);
  return nouns.some(standsFor) ? undefined : pronoun;
}

/** A form of address or a title just before a name: "Mr Brandvik", "Dr. Brandvik", "Mme Castel", "Minister Brandvik". */
const WORD_BEFORE_NAME = /(?<![\p{L}])(\p{L}+)\.?[ \u00a0]+$/u;

/**
 * Whether the article says that a lone name is someone's, at any of its
 * mentions: an address or a title before it, "who", an age or a role after
 * it, or "he" or "she" for it after a verb of saying.
 */
function personByCues(word: Word, context: Context): boolean {
  const { text, lists, lex } = context;
  const cues = lists.language === 'other' ? 'en' : lists.language;
  const mention = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])${word.text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\p{L}\p{N}])`, 'gu');
  for (const found of text.matchAll(mention)) {
    const after = text.slice(found.index + found[0].length, found.index + found[0].length + 60);
    const before = WORD_BEFORE_NAME.exec(text.slice(Math.max(0, found.index - 30), found.index))?.[1];
    const addressed = before !== undefined && (ADDRESS_ONLY.has(lower(before, lists.language)) || isTitleWord(lower(before, lists.language), lists, lex));
    const located = before !== undefined && LOCATIVE_PREPOSITIONS.has(lower(before, lists.language));
    if (addressed || WHO_AFTER.test(after) || AGE_AFTER.test(after) || (roleApposed(after, context) && !located)) return true;
    const pronoun = SUBJECT_VERBS_AFTER[cues]?.test(after) ? pronounAfter(after, context) : undefined;
    if (pronoun !== undefined && pronoun !== 'its') return true;
  }
  return false;
}

/** A verb that addresses someone or something before "to", which then names no place. */
const ADDRESSED_TO = /(?<!\p{L})(complained|appealed|applied|submitted|sold|donated|licensed|wrote|spoke|talked|belongs|belonged|handed|sent)[ \u00a0]+to[ \u00a0]+$/iu;
/** Of those, the verbs whose object is a body: a regulator takes complaints, a buyer buys. */
const BODY_ADDRESSED = new Set(['complained', 'appealed', 'applied', 'submitted', 'sold', 'licensed']);
/** A word for a party or a movement after its name: "the Varosh party". */
const PARTY_AFTER = /^[ \u00a0]+(?:party|movement|militia|bloc)(?!\p{L})/u;

/** A lower-case word, a comma and a definite article before a name: "group, the", "parti, le", "partido, el". */
const KIND_APPOSED_BEFORE = /(?<!\p{L})(\p{Ll}+),[ \u00a0]+(?:the|le|la|les|el|los|las|il|lo|o|a|os|as|het|de)[ \u00a0]+$/u;
/** The same word for a body right before the comma. */
const KIND_COMMA_BEFORE = /(?<!\p{L})(\p{Ll}+),[ \u00a0]+$/u;
/** A possessive, a lower-case word and a comma before a name: "her party, ", "sa société, ", "su partido, ", "seine Partei, ". */
const POSSESSED_KIND_BEFORE = /(?<!\p{L})(?:his|her|their|its|son|sa|leur|su|seu|sua|il suo|la sua|sein|seine|ihr|ihre|zijn|haar|jego|jej|ich)[ \u00a0]+(\p{L}+),[ \u00a0]+$/iu;
/** Two lower-case words before a name: a kind of body and its adjective ("groupe français"). */
const KIND_AND_ADJECTIVE_BEFORE = /(?<!\p{L})(\p{Ll}+)[ \u00a0]+(\p{Ll}+)[ \u00a0]+$/u;
/** "a" or "an" right before a name, in English. */
const INDEFINITE_BEFORE = /(?<!\p{L})(?:a|an)[ \u00a0]+$/iu;
/** Lower-case words after a name that make it an event's: "the Sea Breeze exercise", "the Vardens Festival week". */
const EVENT_NOUN_AFTER = /^[ \u00a0]+(?:exercises?|drills|manoeuvres|maneuvers|wargames|festival|tournament|championships?|rally|regatta|marathon|expo)(?!\p{L})/u;

/** A name set off by an apposition that says what it is: "Rosatom, the Russian nuclear company,"; not what someone is of: "Rodrigo Vaz, del partido". */
const APPOSED_ORGANIZATION = new RegExp(
  String.raw`^,[ \u00a0]+(?!(?:of|de|del|du|des|di|della|do|da|dos|das|von|vom)[ \u00a0])(?:the|a|an|la|le|l'|el|die|der|das)?[ \u00a0]*(?:[\p{L}-]+[ \u00a0]+){0,3}?(?:${[...ORGANIZATION_KINDS].join('|')})(?![\p{L}])`,
  'iu',
);

const GIVEN_NAME_WORDS = new Set(GIVEN_NAMES.map(entityKey));

/** A given name compromise knows, or one of our languages' common ones ("Kerem", "Дмитрий"); a double one by its first part ("Касым-Жомарт"). */
function isGivenName(word: Word, lex: Lexicon): boolean {
  // Folding keeps the Polish "ł", which the list spells "l": "Paweł", "Michał".
  const folded = word.folded.replace(/ł/gu, 'l');
  const first = folded.split(' ')[0]!;
  return isA(word.folded, 'FirstName', lex) || GIVEN_NAME_WORDS.has(folded) || GIVEN_NAME_WORDS.has(first) || russianGivenName(word.lower) || polishGivenName(folded);
}

/** A Polish man's given name in the instrumental or dative: "Sławomirem", "Piotrowi", "Jakubem". */
const POLISH_GIVEN_CASE = /(?<=[bcdfghjklmnprstwz])(?:em|owi)$/u;
/** A Polish woman's given name in the genitive or dative, folded: "Barbary", "Marii", "Annie" (the other cases fold to the nominative). */
const POLISH_FEMININE_GIVEN_CASE = /(?<=[bcdfghjklmnprstwz])(?:y|ie)$|(?<=i)i$/u;

function polishGivenName(folded: string): boolean {
  if (POLISH_GIVEN_CASE.test(folded) && GIVEN_NAME_WORDS.has(folded.replace(POLISH_GIVEN_CASE, ''))) return true;
  return POLISH_FEMININE_GIVEN_CASE.test(folded) && GIVEN_NAME_WORDS.has(folded.replace(POLISH_FEMININE_GIVEN_CASE, 'a'));
}

/** A Russian given name in another case: "Владимиром", "Алексея". */
function russianGivenName(word: string): boolean {
  if (!/^[а-яё-]+$/u.test(word)) return false;
  return Object.values(RUSSIAN_GIVEN_CASES).some((rules) =>
    rules.some(([ending, base]) => ending.test(word) && GIVEN_NAME_WORDS.has(entityKey(word.replace(ending, base)))),
  );
}

const LINE_START_BEFORE = /(?:^|\n)[ \u00a0\t]*$/u;

const COUNT_ENDS_LINE = /^[ \u00a0]+\(\d+\)[ \u00a0\t]*(?:\r?\n|$)/u;

/**
 * Words a person's name can be made of: words the lexicon does not know, or
 * knows as given names and surnames ("Tigist Haile", not "Athletics Integrity
 * Unit" or "Nidd Valley Action").
 */
function looksLikePersonalName(words: readonly Word[], lex: Lexicon): boolean {
  const personal = (form: string) => ['FirstName', 'LastName', 'Person'].some((tag) => isA(form, tag, lex));
  return words.every((word, index) => {
    if (personal(word.lower) || isGivenName(word, lex)) return true;
    // A surname the press shortens to its initial: "Dmitri K.", "Stefan M.".
    if (index > 0 && index === words.length - 1 && /^\p{Lu}$/u.test(word.text) && isGivenName(words[0]!, lex)) return true;
    // The lexicon lists nouns in the singular: "Affairs" is "affair".
    const singular = word.lower.endsWith('s') ? word.lower.slice(0, -1) : '';
    return tagsOf(word.lower, lex).length === 0 && (singular === '' || tagsOf(singular, lex).length === 0 || personal(singular));
  });
}

/** A place in capitals opening a story: "OBERSTDORF – Der Norweger …", "SANTIAGO, 4 de junio (EFE)". */
function isDateline(words: readonly Word[], context: Context): boolean {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const lineStart = first.start === 0 || context.text[first.start - 1] === '\n';
  // Words of three letters or more, an article before them and particles between them: "LA PAZ -", "CIUDAD DE GUATEMALA -".
  const particle = (word: Word, index: number) => (index === 0 ? NAME_ARTICLES.has(word.lower) : index < words.length - 1 && context.lists.joiners.has(word.lower));
  const lettered = (word: Word, index: number) => word.text.length > 2 || (words.length > 1 && particle(word, index));
  return lineStart && words.every((word, index) => word.text === word.text.toUpperCase() && lettered(word, index)) && /^(?:,[ \u00a0]+[\p{L}\d]|[ \u00a0]+[-–—][ \u00a0]|[ \u00a0]+\(\p{Lu})/u.test(context.text.slice(last.end, last.end + 4));
}

/** An age set off after a name: "Mutai, 26,", "Belov (58)". */
const AGE_AFTER = /^(?:,[ \u00a0]+|[ \u00a0]+\()\d{1,2}(?:,|\))/u;

/**
 * A role set off by a comma after a name, in lower-case words ending at a
 * preposition or a stop: "an aerospace analyst at", "ex-presidente do Ibama",
 * "head of research" (not "aid workers said").
 */
const APPOSED_ROLE = /^,[ \u00a0]+(?:[\p{Ll}'’-]+[ \u00a0]+){0,3}?([\p{Ll}'’-]+)(?=[ \u00a0]+(?:of|at|for|in|with|de|du|des|del|do|da|di|della|von|der|bei|в|из)(?!\p{L})|[ \u00a0]*[,.;:)])/u;
/** A title as the first or second word of an apposition: ", ancien ministre", ", former minister". */
const APPOSED_TITLE = /^,[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?(\p{Ll}[\p{L}'’-]+)/u;
/** A closing quotation mark, a comma and a verb of saying (one or two lower-case words) before a name. */
/** A quotation and the Turkish verb of saying after a speaker: ', "…" dedi', ', "…" diye konuştu'. */
const TURKISH_QUOTE_AFTER = /^,?[ \u00a0]*["“][^"”]{3,300}["”][ \u00a0]*(?:dedi|diye|ifadesini|ifadelerini|yorumunu|sözlerini)(?!\p{L})/u;
const QUOTE_SPEAKER_BEFORE = /[»"”“][ \u00a0]*,[ \u00a0]*(?:[—–][ \u00a0]*)?\p{Ll}[\p{L}'’-]*(?:[ \u00a0]+\p{Ll}[\p{L}'’-]*)?[ \u00a0]+$/u;

/** Roles of the form "head of …", which no title list holds. */
const HEAD_OF = /^(?:head|founder|owner|dueña|dueño|dona|titolare|fondatore|fondateur|fondatrice)$/u;

function roleApposed(after: string, context: Context): boolean {
  const apposed = APPOSED_ROLE.exec(after);
  if (!apposed) return false;
  // Any word of the role may be the title: "the chief executive of", "a senior analyst at".
  const roleWords = apposed[0].slice(1).trim().split(/[ \u00a0]+/u);
  return roleWords.some((written) => {
    const role = lower(written.replace(/^ex-?(?=\p{L}{3})/u, ''), context.lists.language);
    return isTitleWord(role, context.lists, context.lex) || isOccupation(role, context) || HEAD_OF.test(role);
  });
}

/** A company's legal form written as the name's last word or right after it: "Orlen S.A.", "Siemens AG", "KGHM Polska Miedź Sp. z o.o.", "Koç Holding A.Ş.". */
const LEGAL_FORM = String.raw`(?:Pte\.?(?:[ \u00a0]Ltd\.?)?|Pty\.?(?:[ \u00a0]Ltd\.?)?|Sdn\.?[ \u00a0]Bhd\.?|Bhd\.?|Tbk\.?|S\.A\.C\.|S\.A\.A\.|S\.A\.[ \u00a0]de[ \u00a0]C\.V\.|Ltda\.?|d\.d\.|d\.o\.o\.|s\.r\.o\.|a\.s\.|A\/S|ApS|e\.V\.|gGmbH|JSC|PJSC|LLP|S\.A\.|S\.p\.A\.|SpA|S\.r\.l\.|Srl|S\.L\.|S\.A\.S\.|SAS|SARL|GmbH|AG|KGaA|KG|SE|Ltd\.?|Limited|PLC|plc|Inc\.?|LLC|Corp\.?|N\.V\.|NV|B\.V\.|BV|A\.Ş\.|AŞ|Sp\.[ \u00a0]z[ \u00a0]o\.o\.|S\.A\.B\.|AB|ASA|Oyj|ПАО|ОАО|АО|ООО|ЗАО|ТОВ|ПрАТ|АТ)(?![\p{L}\p{N}])`;
const LEGAL_FORM_LAST = new RegExp(String.raw`^${LEGAL_FORM}`, 'u');
const LEGAL_FORM_WORD = new RegExp(String.raw`^${LEGAL_FORM}$`, 'u');
const LEGAL_FORM_AFTER = new RegExp(String.raw`^,?[ \u00a0]+${LEGAL_FORM}`, 'u');
/** The Russian and Ukrainian forms stand before the quoted name: "ПАО «Газпром»", "АТ «Укрзалізниця»". */
const LEGAL_FORM_BEFORE = /(?<![\p{L}\p{N}])(?:ПАО|ОАО|ЗАО|АО|ООО|ТОВ|ПрАТ|ПАТ|АТ|НАК|ДП|ГК)[ \u00a0]*[«"„“]$/u;

function legalFormAround(words: readonly Word[], context: Context): boolean {
  const { text } = context;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return LEGAL_FORM_AFTER.test(text.slice(last.end, last.end + 16)) || LEGAL_FORM_BEFORE.test(text.slice(Math.max(0, first.start - 6), first.start));
}

/**
 * A company's name with the legal form that ends it, read whole: the run stops
 * at a dotted form's first letter ("Kernowa Energia S" of "S.A."). Null when
 * the words end in no legal form, or are one ("Siemens AG" where the known
 * name was read before).
 */
function withLegalForm(words: readonly Word[], context: Context): Word[] | null {
  const last = words[words.length - 1]!;
  // A form of two words opens a word earlier: "Pte Ltd", "Sdn Bhd".
  for (const at of [words.length - 2, words.length - 1]) {
    if (at < 1) continue;
    const word = words[at]!;
    const form = LEGAL_FORM_LAST.exec(context.text.slice(word.start, word.start + 16))?.[0];
    if (form !== undefined && word.start + form.length >= last.end) return [...words.slice(0, at), { ...word, text: form, end: word.start + form.length }];
  }
  return null;
}

/** A word in capitals that an abbreviation may be: "IA", "PET", "KGHM". */
const ABBREVIATION_WORD = /^\p{Lu}[\p{Lu}\p{N}&-]{1,9}$/u;
/** An abbreviation in parentheses right after a name. */
const ABBREVIATION_AFTER = /^[ \u00a0]*\((\p{Lu}[\p{Lu}\p{N}&-]{1,9})\)/u;

/** The letters an abbreviation can take from a name: each word's and each hyphenated part's first, and its other capitals ("PetroChina"). */
function abbreviationLetters(words: readonly Word[]): string[] {
  return words
    .filter((word) => !NOT_IN_INITIALS.has(word.lower))
    .map((word) => entityKey(word.text.split('-').map((part) => part.slice(0, 1) + part.slice(1).replace(/\P{Lu}/gu, '')).join('')));
}

/** Whether an abbreviation's letters are read in order from the words' letters, the first word's initial first: "KGHM" from "Kombinat Górniczo-Hutniczy Miedzi". */
function abbreviates(abbreviation: string, words: readonly Word[]): boolean {
  const wanted = entityKey(abbreviation).replace(/[^\p{L}]/gu, '');
  const letters = abbreviationLetters(words);
  if (wanted === '' || letters.length === 0 || letters[0]![0] !== wanted[0]) return false;
  let at = 0;
  for (const word of letters) for (const letter of word) if (letter === wanted[at]) at++;
  return at === wanted.length;
}

/**
 * A name of two words or more with an abbreviation in parentheses after it
 * names a body: "Kombinat Górniczo-Hutniczy Miedzi (KGHM)", "Internationale
 * Atomenergie-Organisation (IAEA)". After a person the parentheses give a
 * party ("Mario Voigt (CDU)"): a given name first needs the letters to match.
 */
function abbreviatedAfter(words: readonly Word[], context: Context): boolean {
  if (words.length < 2) return false;
  const abbreviation = ABBREVIATION_AFTER.exec(context.text.slice(words[words.length - 1]!.end, words[words.length - 1]!.end + 16));
  if (!abbreviation || /^\d/u.test(abbreviation[1]!)) return false;
  return abbreviates(abbreviation[1]!, words) || (!isGivenName(words[0]!, context.lex) && !looksLikePersonalName(words, context.lex));
}

/**
 * A name whose initials, of three words or more or of the parts of its
 * hyphenated words, the article writes as an abbreviation elsewhere: "Polski
 * Fundusz Rozwoju … PFR", "Kombinat Górniczo-Hutniczy Miedzi … KGHM".
 */
function abbreviatedElsewhere(words: readonly Word[], context: Context): boolean {
  const abbreviations = abbreviationsOf(context);
  if (abbreviations.size === 0) return false;
  const named = words.filter((word) => !NOT_IN_INITIALS.has(word.lower));
  const initials = entityKey(named.map((word) => word.text[0]).join(''));
  const partInitials = entityKey(named.map((word) => word.text.split('-').map((part) => part.slice(0, 1)).join('')).join(''));
  if (isGivenName(words[0]!, context.lex)) return false;
  return (initials.length >= 3 && abbreviations.has(initials)) || (partInitials.length >= 3 && partInitials !== initials && abbreviations.has(partInitials));
}

/** The article's abbreviations, folded, read once per article. */
function abbreviationsOf(context: Context): ReadonlySet<string> {
  context.abbreviations ??= new Set([...context.text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}{3,7}(?![\p{L}\p{N}])/gu)].map((match) => entityKey(match[0])));
  return context.abbreviations;
}

/**
 * An abbreviation in parentheses, in capitals or written as a word ("(CHP)", "(Cédéao)", "(Wifo)"), with a number
 * after it or a second word it is written with ("(SDS 81)", "(ИПИ РАН)", "(Polres Kalumpang)").
 */
const PARENTHESIZED_ABBREVIATION = /\((\p{Lu}[\p{L}\p{N}&-]{1,9})(?:[ \u00a0](?:(\p{N}{1,3})|(\p{Lu}[\p{L}\p{N}&-]{1,14})))?\)/gu;
/** Where a name that an abbreviation stands for cannot reach back past: a sentence's or a clause's end, quotes, brackets. */
const NAME_BOUNDARY = /[.!?;:\n«»"“”„()[\]|]/u;
/** Content words a long name may hold that its abbreviation leaves out: "relatifs" in "… des différends relatifs aux investissements (Cirdi)". */
const MAX_WORDS_LEFT_OUT = 3;
/** Words back from the parenthesis that a long name can start. */
const MAX_LONG_NAME_WORDS = 14;

/** An article or a preposition elided onto a name: "l'Aïr", "d'Haïti", "dell'Istituto", "all'Agenzia". */
const ELIDED_BEFORE_NAME = /^(?:[dl]|dell|dall|nell|sull|all)['’](?=\p{Lu})/iu;

/** A word's letters as an abbreviation reads them, without an elided article ("l'Aïr" → "air"). */
function lettersOf(word: Word): string {
  return entityKey(word.text.replace(ELIDED_BEFORE_NAME, '')).replace(/[^\p{L}\p{N}]/gu, '');
}

/** A company's legal form that closes its abbreviation but is not written in its name: "AHMSA" for "Altos Hornos de México" (S.A.). */
const LEGAL_FORM_LETTERS = ['sab', 'spa', 'srl', 'plc', 'llc', 'ltd', 'inc', 'asa', 'sa', 'sl', 'ag', 'se', 'nv', 'bv', 'ab'];

/**
 * The counts of the abbreviation's last `remaining` letters one word can give,
 * read as an abbreviation takes them: the first it gives is the word's
 * initial, the others follow inside it ("Wirtschaftsforschung" gives all of
 * "wifo", "Cameroon" the "cam" of "elecam"); none when its initial is not
 * one wanted.
 */
function lettersGiven(letters: string, wanted: string, remaining: number): number[] {
  const counts: number[] = [];
  for (let count = 1; count <= remaining; count++) {
    const part = wanted.slice(remaining - count, remaining);
    if (part[0] !== letters[0]) continue;
    let at = 1;
    for (const letter of letters.slice(1)) if (letter === part[at]) at++;
    if (at >= part.length) counts.push(count);
  }
  return counts;
}

/**
 * Where the name an abbreviation stands for starts among `words` (which end
 * at its parenthesis): every reading of the letters is tried, and the one
 * leaving out fewest words wins, then the one reaching furthest back. Small
 * words may stand anywhere between; -1 when the letters cannot be read.
 */
function abbreviationStart(words: readonly Word[], wanted: string, context: Context): number {
  const { lists } = context;
  let best = { start: -1, leftOut: MAX_WORDS_LEFT_OUT + 1 };
  const seen = new Set<string>();
  const read = (index: number, remaining: number, leftOut: number): void => {
    if (index < 0 || leftOut > MAX_WORDS_LEFT_OUT || seen.has(`${index}:${remaining}:${leftOut}`)) return;
    seen.add(`${index}:${remaining}:${leftOut}`);
    const word = words[index]!;
    for (const count of lettersGiven(lettersOf(word), wanted, remaining)) {
      if (count < remaining) read(index - 1, remaining - count, leftOut);
      else if ((/^\p{Lu}/u.test(word.text) || ELIDED_BEFORE_NAME.test(word.text)) && (leftOut < best.leftOut || (leftOut === best.leftOut && index < best.start))) best = { start: index, leftOut };
    }
    const small = word.text.length <= 3 || lists.functionWords.has(word.lower) || lists.joiners.has(word.lower) || NOT_IN_INITIALS.has(word.lower) || NAME_JOINS.has(word.lower);
    read(index - 1, remaining, small ? leftOut : leftOut + 1);
  };
  read(words.length - 1, wanted.length, 0);
  return best.start;
}

/** Auxiliary verbs in our languages, which a clause has and a name has not: "Le Conseil a saisi la Cour (CJUE)". */
const AUXILIARY_VERBS: ReadonlySet<string> = new Set(['a', 'ont', 'est', 'sont', 'ha', 'han', 'hanno', 'è', 'es', 'fue', 'foi', 'é', 'has', 'have', 'is', 'was', 'were', 'ist', 'hat', 'sind', 'wurde', 'heeft', 'zijn']);

/**
 * Where a body's name that its head opens starts among `words` (which end at
 * an abbreviation's parenthesis), read back from the parenthesis over
 * capitalized words, joining words and lower-case words of the name; a
 * function word or a verb ends the reading unless a capitalized word follows
 * it ("in Somalia"), and so does a comma. The leftmost head reached opens the
 * name: "Missione di sostegno e stabilizzazione dell'Unione africana in
 * Somalia"; -1 when no head is reached.
 */
function headOpenedStart(words: readonly Word[], context: Context): number {
  const { lists, lex, text } = context;
  let start = -1;
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index]!;
    const next = words[index + 1];
    if (next !== undefined && text.slice(word.end, next.start).includes(',')) break;
    if (AUXILIARY_VERBS.has(word.lower)) break;
    const joining = NAME_JOINS.has(word.lower) || lists.joiners.has(word.lower);
    const beforeCapital = next !== undefined && /^\p{Lu}/u.test(next.text);
    if (!joining && /^\p{Ll}/u.test(word.text) && isFunctionWord(word, lists, lex) && !beforeCapital) break;
    const head = lower(word.text.replace(ELIDED_BEFORE_NAME, ''), lists.language);
    if (/^\p{Lu}/u.test(word.text.replace(ELIDED_BEFORE_NAME, '')) && isOrganizationHead(head, lists.language)) start = index;
  }
  // Capitalized words right before the head open the name too: "L'Alto Commissariato", not a sentence's first word ("Intanto Missione").
  while (start > 0) {
    const opener = words[start - 1]!;
    const elided = ELIDED_BEFORE_NAME.test(opener.text);
    const capitalized = /^\p{Lu}/u.test(opener.text.replace(ELIDED_BEFORE_NAME, ''));
    if (!capitalized || text.slice(opener.end, words[start]!.start) !== ' ' || isFunctionWord(opener, lists, lex) || (!elided && atSentenceStart(text, opener.start))) break;
    start--;
  }
  return start >= 0 && words.length - start >= 2 ? start : -1;
}

/**
 * Long names an abbreviation in parentheses stands for, wherever the runs of
 * capitals would cut them: lower-case words and commas inside ("Centre
 * international pour le règlement des différends … (Cirdi)", "Agência Nacional
 * de Petróleo, Gás e Biocombustíveis (ANPG)"), a Turkish case ending after them
 * ("İzmir Su ve Kanalizasyon İdaresinin (İZSU)"). A German head the letters
 * leave out joins the name ("Institut für Wirtschaftsforschung (Wifo)").
 */
function namesOfAbbreviations(context: Context): Array<{ start: number; end: number; abbreviation: string }> {
  const { text, lists, lex } = context;
  const { language } = lists;
  const found: Array<{ start: number; end: number; abbreviation: string }> = [];
  for (const match of text.matchAll(PARENTHESIZED_ABBREVIATION)) {
    // A number after the abbreviation (a département's, a unit's) is left out of it: the text writes "SDS" alone too.
    const abbreviation = match[3] === undefined ? match[1]! : `${match[1]!} ${match[3]}`;
    const wanted = entityKey(abbreviation).replace(/[^\p{L}\p{N}]/gu, '');
    const windowStart = Math.max(0, match.index - 240);
    const window = text.slice(windowStart, match.index);
    let from = window.length;
    while (from > 0 && !NAME_BOUNDARY.test(window[from - 1]!)) from--;
    // Commas may stand inside the name: "Wirtschaft, Bildung und Forschung".
    const words = wordsOf(window.slice(from).replace(/,/gu, ' '), windowStart + from, language).slice(-MAX_LONG_NAME_WORDS);
    const last = words[words.length - 1];
    if (last === undefined || words.length < 2 || wanted.length < 2) continue;
    // "Partisi'nin (CHP)" lost its ending already; "İdaresinin (İZSU)" is written without an apostrophe.
    const turkishCase = language === 'tr' && last.suffix === null ? TURKISH_HEAD_CASE.exec(last.lower) : null;
    if (turkishCase) words[words.length - 1] = { ...last, text: last.text.slice(0, turkishCase[1]!.length), end: last.start + turkishCase[1]!.length };
    let start = abbreviationStart(words, wanted, context);
    const legalForm = start < 0 ? LEGAL_FORM_LETTERS.find((letters) => wanted.endsWith(letters) && wanted.length - letters.length >= 2) : undefined;
    if (legalForm !== undefined) start = abbreviationStart(words, wanted.slice(0, -legalForm.length), context);
    // An abbreviation of the name in another language, whose letters this one does not give: "… dell'Unione africana in Somalia (AUSSOM)".
    if (start < 0) start = headOpenedStart(words, context);
    if (start < 0) continue;
    // "l'Organizzazione internazionale per le migrazioni (Oim)": the elided article stays outside.
    const elided = ELIDED_BEFORE_NAME.exec(words[start]!.text);
    if (elided) words[start] = { ...words[start]!, text: words[start]!.text.slice(elided[0].length), start: words[start]!.start + elided[0].length };
    const joiner = words[start - 1];
    const head = words[start - 2];
    if (language === 'de' && joiner && head && (joiner.lower === 'für' || joiner.lower === 'der') && isOrganizationHead(head.lower, language)) {
      start -= 2;
      const adjective = words[start - 1];
      if (adjective && /^\p{Lu}\p{Ll}/u.test(adjective.text) && !isFunctionWord(adjective, lists, lex) && !atSentenceStart(text, adjective.start)) start--;
    }
    // A capitalized word right before the name the letters leave out, inside the same run of capitals: "Ghana Cocoa Board (Cocobod)".
    const before = words[start - 1];
    // Not a German noun for the kind of body, which describes the name after it: "die Linkspartei Inuit Ataqatigiit (IA)".
    const kindNoun = before !== undefined && language === 'de' && isOrganizationHead(before.lower, language);
    if (before && /^\p{Lu}\p{Ll}/u.test(before.text) && text.slice(before.end, words[start]!.start) === ' ' && !isFunctionWord(before, lists, lex) && !isTitle(before, lists, lex) && !atSentenceStart(text, before.start) && !kindNoun) start--;
    const name = words.slice(start);
    // Someone and their party: "Mario Voigt (CDU)".
    if (name.length < 2 || (name.length <= 3 && isGivenName(name[0]!, lex))) continue;
    // "The U.S. Africa Command (AFRICOM)": the full stops ended the reading, not the name.
    const dotted = language === 'en' || language === 'other' ? DOTTED_ABBREVIATION_BEFORE.exec(text.slice(Math.max(0, name[0]!.start - 12), name[0]!.start))?.[1] : undefined;
    // An elided article keeps the word it is written onto: "dell'energia (ERE)"; a Turkish case ending stays outside.
    const closing = name[name.length - 1]!;
    const end = closing.suffix !== null && language !== 'tr' ? closing.end + 1 + closing.suffix.length : closing.end;
    found.push({ start: name[0]!.start - (dotted === undefined ? 0 : dotted.length + 1), end, abbreviation });
  }
  return found;
}

/** A long name in its base form; a German one by the part before its complement: "Instituts für Wirtschaftsforschung" is the Institut. */
function longNameBase(written: string, language: Language): string {
  const complement = language === 'de' ? / (?:für|der) /u.exec(written) : null;
  if (complement === null) return baseForm(written, 'organization', language);
  const head = written.slice(0, complement.index);
  const nominative = head.includes(' ') ? germanNominative(head) : germanNominative(`Der ${head}`).slice(4);
  return nominative + written.slice(complement.index);
}

/** "of" and a name after a name: "Yuki Tanabe of Japan", "Geert Wilders van de PVV", "Anna Bauer von der SPD". */
const OF_A_NAME: Partial<Record<Language, RegExp>> = {
  en: /^[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}/u,
  nl: /^[ \u00a0]+van[ \u00a0]+(?:de|het)[ \u00a0]+\p{Lu}/u,
  de: /^[ \u00a0]+(?:von[ \u00a0]+(?:der|den)|vom)[ \u00a0]+\p{Lu}/u,
};

/**
 * The kind of a run of words with no title in it, or null when nothing says.
 * `titled`: a title stands before it.
 */
/** A verb in the neuter past right after a name: "попередило", "сообщило", "podało" (a person's is masculine or feminine). */
const NEUTER_VERB_AFTER: Partial<Record<Language, RegExp>> = {
  ru: /^[ \u00a0]+(?:(?:не|также|уже|ранее|вновь)[ \u00a0]+)?\p{Ll}{3,}(?:ло|лось)(?!\p{L})/u,
  uk: /^[ \u00a0]+(?:(?:не|також|вже|раніше|знову)[ \u00a0]+)?\p{Ll}{3,}(?:ло|лося)(?!\p{L})/u,
  pl: /^[ \u00a0]+(?:(?:nie|też|także|już|wcześniej)[ \u00a0]+)?\p{Ll}{3,}ło(?:[ \u00a0]+się)?(?!\p{L})/u,
};

/** A preposition (and a word for a settlement) before a name, which then is where something happened. */
const SLAVIC_PREPOSITION_BEFORE = /(?<!\p{L})(?:у|в|во|на|под|около|возле|біля|поблизу|під|w|we|na|pod|koło|przy)[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?$|(?<!\p{L})(?:посёлка|поселка|села|деревни|города|селища|міста|wsi|miasta)[ \u00a0]+$/iu;

/** Neuter nouns a sentence may open with, which are no names: "Совещание", "Рішення", "Spotkanie". */
const SLAVIC_NEUTER_NOUN = /(?:ние|тие|ство|ье|ие|ння|ття|цтво|two|nie|cie|ie)$/u;

/**
 * A name whose verb is in the neuter past is no person's, and none of the
 * towns, which are mostly masculine or feminine: a body ("Укренерго
 * попередило", "Минцифры сообщило", "Orlen podało" is masculine, but
 * "Ministerstwo podało" is a body too).
 */
function neuterSubject(words: readonly Word[], context: Context): boolean {
  const pattern = NEUTER_VERB_AFTER[context.lists.language];
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (pattern === undefined || words.length > 3 || !pattern.test(context.text.slice(last.end, last.end + 40)) || isGivenName(first, context.lex)) return false;
  // Nor a place an impersonal verb speaks of ("у посёлка Шамилькала размыло дамбу"), nor a neuter town ("Świnoujście stało się").
  const written = context.text.slice(first.start, last.end);
  if (SLAVIC_PREPOSITION_BEFORE.test(context.text.slice(Math.max(0, first.start - 24), first.start)) || isWorldTown(written) || knownKind(written, context.lists.language) === 'place') return false;
  return !(words.length === 1 && atSentenceStart(context.text, first.start) && SLAVIC_NEUTER_NOUN.test(first.lower));
}

/** Articles that no person's name or town's opens and a paper's or a firm's may: "Il Gabbiano", "Het Zeeuwse Dagblad", "O Vigilante", "De Groene Post". */
const TITLE_ARTICLES: Partial<Record<Language, ReadonlySet<string>>> = { it: new Set(['Il']), pt: new Set(['O', 'Os']), nl: new Set(['Het', 'De']) };

/**
 * A capitalized article inside a sentence opening a name of unknown words: a
 * newspaper's or a company's title ("secondo Il Gabbiano", "zei tegen De Groene
 * Post"). Known places were read before; Dutch "De" takes two words after it,
 * since "De Vries" alone is a surname.
 */
function articledTitle(words: readonly Word[], context: Context): boolean {
  const articles = TITLE_ARTICLES[context.lists.language];
  const first = words[0]!;
  // Nor one opening a quotation, which is a sentence's start: «Il Sud non è una colonia».
  const opensQuote = /[«"“„][ \u00a0]*$/u.test(context.text.slice(Math.max(0, first.start - 3), first.start));
  if (articles === undefined || !articles.has(first.text) || words.length < 2 || words.length > 4 || atSentenceStart(context.text, first.start) || opensQuote) return false;
  if (first.text === 'De' && words.length < 3) return false;
  return !words.slice(1).some((word) => isGivenName(word, context.lex) || knownKind(word.text, context.lists.language) === 'place');
}

function classify(words: Word[], titled: boolean, context: Context): EntityKind | null {
  const { lex, lists, text } = context;
  const { language } = lists;
  const whole = words.map((w) => w.lower).join(' ');
  const first = words[0]!;
  const last = words[words.length - 1]!;
  // A weekday or a month after a preposition is a date, whatever verb follows: "Am Mittwoch sagte", "pada Senin".
  if (words.length === 1 && calendarWordAfterPreposition(text.slice(Math.max(0, first.start - 16), first.start), first.text)) return null;
  // No person or place is named with digits glued to its first word; a brand is: "50Hertz Transmission".
  if (words.length <= 3 && /^\p{N}/u.test(first.text)) return 'organization';
  // A pronoun or a determiner opening a sentence names nothing: "Its chief executive, …".
  if (words.length === 1 && ['Pronoun', 'Possessive', 'Determiner'].some((tag) => isA(first.lower, tag, lex))) return null;
  if (words.length > 1 && isA(whole, 'Organization', lex)) return 'organization';
  if (words.length > 1 && isA(whole, 'Place', lex)) return 'place';
  // A company's own name outweighs a trade or title before it: "engine makers CFM International", "Rival Boeing".
  if (words.length > 1 && (isOrganizationHead(last.lower, language) || lex.orgWords[last.lower] !== undefined)) return 'organization';
  if (carrierLineName(words)) return 'organization';
  // After a title an abbreviation is still a body: "başkanı Sadettin Saran, TFF'yi".
  if (titled && words.length === 1 && (isA(first.lower, 'Organization', lex) || isAcronym(first, lex))) return 'organization';
  // After a title, a Russian or Polish body's head in the genitive is where the title is held: "аналитик Центра изучения", "ekspert Instytutu".
  if (titled && words.length === 1 && INFLECTING.has(language) && isOrganizationHead(first.lower, language)) return 'organization';
  // Nor a person, an adjective capitalized as the first word of a body's name: "эксперт Высшей школы экономики".
  if (titled && words.length === 1 && slavicAdjectiveOpeningName(first, text)) return null;
  // After a title the institution it is held in: "szef Ministerstwa Spraw Wewnętrznych".
  if (titled && words.length > 1 && isOrganizationHead(first.lower, language)) return 'organization';
  if (titled) return 'person';
  if (words.length <= 3 && bodyByRole(words, context)) return 'organization';
  if (malayPlaceName(words.map((word) => word.text), context.lang ?? null)) return 'place';
  // The country after a dateline's town: "PORT SOBAIL, Gibro - Armed men …".
  if (words.length <= 3 && datelineRegion(text.slice(Math.max(0, first.start - 48), first.start), text.slice(last.end, last.end + 36))) return 'place';
  if (words.length === 1 && armedGroup(first, text)) return 'organization';
  if ((language === 'en' || language === 'other') && words.length === 1) {
    // "The Norwegians won" names no body; "the Vorlaks", whose "Vorlak fighters" the article mentions, is one.
    if (pluralDemonym(first, lex)) return null;
    if (membersNamed(first, context)) return 'organization';
  }
  // A run before a word for an exercise or a festival names the event: "the Sea Breeze exercise".
  if (words.length > 1 && EVENT_NOUN_AFTER.test(text.slice(last.end, last.end + 30))) return null;
  if (neuterSubject(words, context)) return 'organization';
  const corporateAfter = CORPORATE_VERBS_AFTER[language === 'other' ? 'en' : language]?.test(text.slice(last.end, last.end + 80)) ?? false;
  // Results and job cuts are a company's, even opening a sentence: "Pellmoor reported a net loss"; not someone named with a given name.
  if (corporateAfter && words.length <= 4 && !(words.length > 1 && isGivenName(first, lex))) return 'organization';
  // So is running a network or a plant: "Snevo, which operates the pipeline", "Ostrica, che gestisce la rete".
  const bodyClause = BODY_CLAUSE_AFTER[language === 'other' ? 'en' : language]?.test(text.slice(last.end, last.end + 60)) ?? false;
  if (bodyClause && words.length <= 4 && !isGivenName(first, lex) && lexiconKind(first, lex) !== 'place' && knownKind(first.text, language) !== 'place') return 'organization';
  if (words.length > 1 && words.some((w) => isOrganizationHead(w.lower, language))) return 'organization';
  // A town in capitals opening a story is no abbreviation: "SAN JOSÉ - …".
  if (isDateline(words, context)) return 'place';
  if (words.length > 1 && words.every((w) => isAcronym(w, lex))) return 'organization';
  // An abbreviation opening a name of a few words is a company's: "CK Hutchison", "DP World", "SM Entertainment" (a known place was read before; not in a line in capitals).
  const shouted = words.every((word) => word.text === word.text.toUpperCase());
  if (words.length > 1 && words.length <= 3 && !shouted && isAcronym(first, lex) && !isGivenName(words[1]!, lex)) return 'organization';
  // A sports club: "AS Roma", "Real Sociedad", "Dynamo Kyiv", "Leeds United AFC", "Trabzonspor".
  if (words.length > 1 && (CLUB_MARKER_WORDS.has(first.text) || CLUB_MARKER_WORDS.has(last.text))) return 'organization';
  if (words.length === 1 && /^\p{Lu}\p{Ll}{3,}spor$/u.test(first.text)) return 'organization';
  // "Pratt & Whitney", "Procter & Gamble": firms join their founders' names with an ampersand.
  if (words.some((w) => w.text === '&')) return 'organization';
  if (legalFormAround(words, context)) return 'organization';
  if (abbreviatedAfter(words, context) || abbreviatedElsewhere(words, context)) return 'organization';
  const cues = language === 'other' ? 'en' : language;
  const textBefore = text.slice(Math.max(0, first.start - 40), first.start);
  const textAfter = text.slice(last.end, last.end + 60);
  const subject = SUBJECT_VERBS_AFTER[cues]!.test(textAfter) || SUBJECT_VERBS_BEFORE[cues]!.test(textBefore);
  const namelike = words.length >= 2 && words.length <= 3 && looksLikePersonalName(words, lex) && !words.some((w) => isAcronym(w, lex));
  // Someone who speaks, named with a given name, is a person though the surname is a place word: "said Kingsley Marsh".
  if (namelike && subject && isGivenName(first, lex)) return 'person';
  // A possessive before a name of unknown words names someone of a place or a team: "Jamaica's Nickisha Pryce".
  // Not before a word for a kind of place: "Indonesia's Riau Islands province".
  if (namelike && (language === 'en' || language === 'other') && /\p{L}['’]s[ \u00a0]+$/u.test(textBefore) && !PLACE_CUES_AFTER.en!.test(textAfter)) return 'person';
  // Heads come first in some languages and last in others: "Golfe de Gascogne", "Basra Körfezi", "Barents Sea".
  const placeHead = (word: Word) => PLACE_HEAD_WORDS.has(word.lower) || lex.placeWords[word.lower] !== undefined || inflectedPlaceHead(word.lower, language) !== undefined;
  // A given name, though also a city's, before a surname no dictionary knows: "Florence Adebayo", "Santiago Buitrago".
  // Not a landform's head, which no city shares: "Val di Susa", "Sierra Maestra".
  if (namelike && placeHead(first) && !LANDFORM_HEAD_WORDS.has(first.lower) && isGivenName(first, lex) && tagsOf(last.lower, lex).length === 0 && !placeHead(last)) return 'person';
  // An Arabic or Spanish article opens a town's name in English: "El Fasher", "El Obeid".
  if ((language === 'en' || language === 'other') && words.length === 2 && first.text === 'El' && tagsOf(last.lower, lex).length === 0) return 'place';
  // Words before it that name a company outweigh a place's head in it, not a landform's: "analysts at Chatham House", "shares in Harbour Square".
  if (words.length > 1 && words.length <= 3 && ORGANIZATION_CUES_BEFORE[cues]!.test(textBefore) && !LANDFORM_HEAD_WORDS.has(last.lower)) return 'organization';
  if (words.length > 1 && (placeHead(first) || placeHead(last) || (LEADING_PLACE_HEADS.has(first.lower) && lists.joiners.has(words[1]!.text)))) return 'place';
  // A federal state by its name and the word: "Borno State", "Kachin State"; not a state named by an adjective ("Islamic State").
  if (words.length === 2 && STATE_AFTER.test(last.text) && !/(?:ic|al|an|ese|ish|ed)$/u.test(first.lower) && !isTitle(first, lists, lex)) return 'place';
  // A name written like a brand, "NovaAndino Litio", "TrendForce": no given name is.
  if (words.length > 1 && /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}/u.test(first.text) && !isGivenName(first, lex)) return 'organization';
  if (articledTitle(words, context)) return 'organization';
  const ruler = /(?:^|[^\p{L}])(\p{L}+)[ \u00a0]+(?:of|von|de|du|del)[ \u00a0]+$/u.exec(text.slice(Math.max(0, first.start - 32), first.start));
  // "mayor of York", "Bürgermeisterin von Eisenhüttenstadt"; a minister's "of" names a portfolio ("ministra de Hacienda").
  const rulerTitle = ruler ? lower(ruler[1]!, language) : '';
  // Every country is listed: a president's "of" before a name no list holds names a company or a body ("the president of Sonatrach").
  if (words.length <= 3 && governsPlace([rulerTitle]) && !rulerTitle.includes('minist')) return PRESIDENT_WORDS.has(rulerTitle) && unlistedName(words, context) ? 'organization' : 'place';
  // A word for a place before the name outweighs a body set off after it: "la province du Kivu, où opère une société".
  if (words.length <= 3 && PLACE_CUES_BEFORE[cues]!.test(text.slice(Math.max(0, first.start - 40), first.start))) return 'place';
  // A lower-case word for a river, a bay or a lake before it: "в бухте Корвик", "na rzece Tarwie", "de rivier Tarvel";
  // not before a piece of a longer name cut at a known place ("порти Великої Одеси").
  const cutFromName = /^[ \u00a0]\p{Lu}/u.test(text.slice(last.end, last.end + 2));
  if (words.length <= 2 && !cutFromName && landformNounBefore(language, text.slice(Math.max(0, first.start - 24), first.start)) !== null) return 'place';
  // The body a title is held in: "il segretario generale della Fiom", "le président de Vantor" (a minister's "of" names a portfolio).
  const heldIn = TITLE_OF_BEFORE.exec(text.slice(Math.max(0, first.start - 40), first.start))?.[1];
  const holderTitle = heldIn === undefined ? '' : lower(heldIn, language);
  // A minister's or a secretary's "of" names a portfolio ("secretario del Tesoro"), a judge's a town ("la jueza de Catarroja").
  const portfolio = PORTFOLIO_OR_SEAT_TITLE.test(holderTitle) || words.some((word) => PORTFOLIO_NOUN_WORDS.has(word.lower));
  if (words.length <= 3 && holderTitle !== '' && isTitleWord(holderTitle, lists, lex) && !governsPlace([holderTitle]) && !portfolio && !isGivenName(first, lex)) return 'organization';
  // Romance and Slavic languages write common nouns in lower case: a head capitalized inside a sentence names a body ("por el Congreso",
  // "la Guardia costiera", "w Sejmie"), as does a Russian or Ukrainian ministry's or the European Commission's short name ("ведёт Минобороны").
  const capitalizedHead = ROMANCE.has(language) ? ORGANIZATION_HEAD_WORDS.has(first.lower) : INFLECTING.has(language) && words.length === 1 && (isOrganizationHead(first.lower, language) || SHORT_BODY.test(first.text));
  // Not a capital inside a word: "mBanku".
  const wordStart = !/\p{L}/u.test(text[first.start - 1] ?? '');
  if (capitalizedHead && wordStart && !atSentenceStart(text, first.start) && words.every((word, index) => index === 0 || /^\p{Ll}/u.test(word.text))) return 'organization';
  // A relative pronoun only a person takes, after a name whose last word is a surname or no word: "Florence Adebayo, whose hip", "Rosa Quispe, quien".
  const surnameLast = (tagsOf(last.lower, lex).length === 0 || isA(last.lower, 'LastName', lex)) && !words.some((word) => isOrganizationHead(word.lower, language));
  if (words.length >= 2 && words.length <= 3 && surnameLast && WHO_AFTER.test(text.slice(last.end, last.end + 12))) return 'person';
  // Not a function word or a comparative opening the sentence: "Later, Kroll said the company".
  const opener = words.length === 1 && atSentenceStart(text, first.start) && (isFunctionWord(first, lists, lex) || isA(first.lower, 'Comparative', lex));
  // Not someone named with a given name, whose clause may speak of a body: "Ricardo Lins, que investiga a facção".
  const givenNamed = words.length > 1 && isGivenName(first, lex);
  if (APPOSED_ORGANIZATION.test(text.slice(last.end, last.end + 60)) && words.length <= 3 && !opener && !givenNamed) return 'organization';
  if (apposedBodyHead(text.slice(last.end, last.end + 80), language) && words.length <= 3 && !opener && !givenNamed) return 'organization';
  const heldTitle = /^[ \u00a0]+(?:as|comme|como|als)[ \u00a0]+(?:the[ \u00a0]+|new[ \u00a0]+)?(\p{L}+)/u.exec(text.slice(last.end, last.end + 40));
  if (words.length > 1 && heldTitle && isTitleWord(lower(heldTitle[1]!, language), lists, lex)) return 'person';
  if (words.length <= 3 && PLACE_CUES_AFTER[cues]!.test(text.slice(last.end, last.end + 40))) return 'place';
  const before = wordBefore(text, first.start, language);
  // Not across a sentence's end: "contestée par son rival. Issa Bakary, ancien ministre".
  // Not someone named with a given name, who leads or founded it: "the movement Maria Lopez founded".
  if (before !== null && ORGANIZATION_NOUNS.has(before) && !atSentenceStart(text, first.start) && !(words.length > 1 && isGivenName(first, lex))) return 'organization';
  // Romance languages put the adjective between the kind of body and its name: "le groupe français Orano", "il gruppo energetico Vantelia".
  const kindAndAdjective = ROMANCE.has(language) ? KIND_AND_ADJECTIVE_BEFORE.exec(textBefore) : null;
  const adjective = kindAndAdjective?.[2] ?? '';
  const describedBody = kindAndAdjective !== null && ORGANIZATION_NOUNS.has(kindAndAdjective[1]!) && !lists.functionWords.has(adjective) && !lists.joiners.has(adjective);
  if (describedBody && words.length <= 3 && !isGivenName(first, lex)) return 'organization';
  // A kind of body set off before its name with an article, which no person takes: "a militant group, the Delta Avengers,", "un parti, le Renouveau".
  // Or after a possessive, which no person's name takes either: "Her party, Linyon Demokratik", "sa société, Vantelor,".
  // Or with no article when commas close it on both sides: "Indonesia's maritime agency, Bakanos, said", "l'agence régionale, Ventea, a dit".
  const closedApposition = /^[ \u00a0]*,/u.test(textAfter) ? KIND_COMMA_BEFORE.exec(textBefore)?.[1] : undefined;
  const kindApposed = KIND_APPOSED_BEFORE.exec(textBefore)?.[1] ?? POSSESSED_KIND_BEFORE.exec(textBefore)?.[1] ?? closedApposition;
  if (kindApposed !== undefined && ORGANIZATION_NOUNS.has(kindApposed) && words.length <= 4 && !isGivenName(first, lex)) return 'organization';
  // A unit by its number: "the army's 6 Division", "la 10ª Brigada Mecanizada".
  if (words.length <= 3 && UNIT_WORDS.has(first.lower) && UNIT_NUMBER_BEFORE.test(textBefore)) return 'organization';
  if (words.length <= 3 && (ORGANIZATION_CUES_BEFORE[cues]!.test(textBefore) || ORGANIZATION_CUES_AFTER[cues]?.test(textAfter))) return 'organization';
  // Whoever made a report or a poll: "a Corvane report", "un sondage Ifrel"; a person's would be "a report by".
  const reportMaker = (INDEFINITE_BEFORE.test(textBefore) && REPORT_MAKER_AFTER[cues]?.test(textAfter)) || REPORT_MAKER_BEFORE[cues]?.test(textBefore);
  if (words.length <= 3 && reportMaker === true && !isGivenName(first, lex)) return 'organization';
  // Members of what no head word names: "los diputados de Avanza Patria", "lawmakers of Renova".
  if (words.length <= 3 && MEMBERS_OF_BEFORE[cues]?.test(textBefore) && !isGivenName(first, lex) && lexiconKind(first, lex) === null) return 'organization';
  // English writes no article before a person's name: "the Bab el-Mandeb", "the Athletics Integrity Unit".
  const articled = (language === 'en' || language === 'other') && before === 'the';
  const personal = looksLikePersonalName(words, lex) && !articled;
  const ofAName = OF_A_NAME[cues]?.test(textAfter) ?? false;
  // Someone's age, role or honours after the name: "Mutai, 26,", "Chris Maynard, an aerospace analyst", "Jonathan Pardoe KC".
  const postNominal = POST_NOMINALS.has(/^[ \u00a0]+(\p{Lu}[\p{L}]*)/u.exec(textAfter)?.[1] ?? '');
  // A line of one word and a number in brackets counts something ("Comments (12)", "Yorumlar (0)"); it gives no one's age.
  const countedLabel = words.length === 1 && LINE_START_BEFORE.test(textBefore) && COUNT_ENDS_LINE.test(textAfter);
  // A role after a place told by "in" is the next name's: "Em Funchal, o presidente do governo regional, Miguel …".
  const roleOfNext = words.length === 1 && before !== null && LOCATIVE_PREPOSITIONS.has(before);
  if (words.length <= 3 && personal && ((AGE_AFTER.test(textAfter) && !countedLabel) || (roleApposed(textAfter, context) && !roleOfNext) || postNominal)) return 'person';
  // A title opening an apposition after a full name: "Issa Bakary, ancien ministre passé dans l'opposition".
  const titleApposed = APPOSED_TITLE.exec(textAfter)?.[1];
  if (words.length >= 2 && words.length <= 3 && personal && titleApposed !== undefined && isTitleWord(lower(titleApposed, language), lists, lex)) return 'person';
  // Who speaks after a quotation, in any language: "», analyse Rahmane Idrissa", "”, said Ana Ruiz", "«…», ha detto Marco Lodi", "», — каже Олена Гнатюк".
  if (words.length >= 2 && words.length <= 3 && personal && QUOTE_SPEAKER_BEFORE.test(textBefore)) return 'person';
  // Or before it, in Turkish: 'Ayla Dönmez, "…" dedi.'
  if (language === 'tr' && words.length >= 2 && words.length <= 3 && personal && TURKISH_QUOTE_AFTER.test(text.slice(last.end, last.end + 400))) return 'person';
  // "Yuki Tanabe of Japan", "Lena Novak of the Nordic Shipping Group": someone from somewhere.
  if ((subject || ofAName) && personal && words.length > 1 && words.length <= 3) return 'person';
  // English writes no article before a person's name: "the Tarvel Institute said", "told the Velmar Board", "Observers from the Norvane Mission".
  const articledBody = articled && (subject || ARTICLED_BODY_BEFORE.test(textBefore)) && words.length <= 4 && !isGivenName(first, lex);
  if (articledBody && !words.some((word) => isTitle(word, lists, lex) || isA(word.lower, 'Demonym', lex) || pluralDemonym(word, lex))) return 'organization';
  if (words.length === 1) {
    const known = lexiconKind(first, lex);
    if (known !== null) return known;
    if (isAcronym(first, lex) || foreignAcronym(first, context)) return 'organization';
    // A source named by one unknown word: "told Brightwell", "según Castelmar"; a person quoted so was named in full before,
    // or is told apart by what the article says around the name ("told Brandvik, who", "Dr Brandvik", "Brandvik said she").
    if (SOURCE_CUES_BEFORE[cues]?.test(textBefore) && tagsOf(first.lower, lex).length === 0 && !isGivenName(first, lex)) return personByCues(first, context) ? 'person' : 'organization';
    // A German ministry or federal office is one by its name alone: "Verteidigungsministerium", "Bundeskartellamt".
    if (language === 'de' && GERMAN_MINISTRY.test(first.lower)) return 'organization';
    // A compound ending in an institution's head ("Ondernemingskamer"), in Dutch, which writes common nouns in lower case (German: "Mutterkonzern").
    if (language === 'nl' && !atSentenceStart(text, first.start) && isOrganizationHead(first.lower, language) && !ORGANIZATION_HEAD_WORDS.has(first.lower)) return 'organization';
  }
  if (language === 'tr' && last.suffix !== null && TURKISH_SUFFIXES.has(last.suffix) && !TURKISH_CALENDAR_WORDS.has(last.lower)) return 'place';
  // Nor a Romance one: "la Marina Militare" is a body, not a woman named Marina.
  const romanceArticled = ROMANCE_ARTICLE_BEFORE[language]?.test(textBefore) ?? false;
  if (words.length <= 5 && words.length > 1 && isGivenName(first, lex) && !articled && !romanceArticled) return 'person';
  if (words.length === 2 && slavicFullName(first, last, context)) return 'person';
  if (language === 'en' || language === 'other') {
    if (words.length > 1 && isA(last.lower, 'LastName', lex)) return 'person';
    if (words.length === 1 && isA(first.lower, 'LastName', lex)) return 'person';
  }
  if (words.length === 2 && personal && /^(?:al|el|es|ad|as|ash|ibn|bin)[-'’]/u.test(last.text)) return 'person';
  if (words.length === 1 && /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(first.text)) return 'organization';
  // One word only: "in Balti", "to Sochi"; two capitalized words after "in" are as often a product or a title.
  const demonym = isA(first.lower, 'Demonym', lex) || /^\p{Lu}\p{Ll}+(?:ish|ese|ian|ean)$/u.test(first.text);
  if (words.length === 1 && (language === 'en' || language === 'other')) {
    // "complained to Ofcom", "sold to Varnholt": a body takes complaints and buys; "wrote to Brandt" names no place either.
    const addressed = ADDRESSED_TO.exec(textBefore)?.[1];
    // Unless the clause goes on about a person: "sold to Varnholt, who", "sold to Varnholt for his collection".
    const personal = WHO_AFTER.test(textAfter) || ['he', 'his', 'him', 'she', 'her'].includes(pronounAfter(textAfter, context) ?? '');
    if (addressed !== undefined && personal) return 'person';
    if (addressed !== undefined) return BODY_ADDRESSED.has(addressed.toLowerCase()) ? 'organization' : null;
    // "the Varosh party": a word no dictionary holds before a word for a party or a movement.
    if (PARTY_AFTER.test(textAfter) && tagsOf(first.lower, lex).length === 0 && !isGivenName(first, lex)) return 'organization';
  }
  // Not a platform or a body one is "on": "na Facebooku", "na Giełdzie".
  const onAPlatform = words.length === 1 && (isOrganizationHead(first.lower, language) || lookupStemsOf(first.text, language).some((stem) => PLATFORM_WORDS.has(stem)));
  // Not an adjective naming a landform whose lower-case word follows: "через Сулинський канал".
  const landformAdjective = /^(?:[\p{Ll}]*[иіоы]й)$/u.test(first.lower) && /^[ \u00a0]+\p{Ll}/u.test(textAfter) && INFLECTING.has(language);
  if (words.length === 1 && before !== null && lists.placePrepositions.has(before) && !demonym && !onAPlatform && !landformAdjective) return 'place';
  if (malayPlaceAfterPreposition(words.map((word) => word.text), before, context.lang ?? null) && !onAPlatform) return 'place';
  if (openedPlaceName(words.map((word) => word.text), before, language)) return 'place';
  if (language === 'de' && germanPlace(words, before)) return 'place';
  if (language === 'de' && words.length === 1 && germanLandformCompound(first.text)) return 'place';
  // Polish "z" is "from" before the genitive and "with" before the instrumental: "z Rzeszowa", not "z Janem".
  if (language === 'pl' && words.length === 1 && (before === 'z' || before === 'ze') && POLISH_GENITIVE_TOWN.test(first.text) && !isGivenName(first, lex) && !onAPlatform) return 'place';
  // Dutch writes common nouns in lower case: one capitalized word inside a sentence that ends like a place is one ("de Noordzee", "Julianadorp").
  if (language === 'nl' && words.length === 1 && DUTCH_PLACE_ENDING.test(first.text) && !atSentenceStart(text, first.start)) return 'place';
  // A lone name that acts and has no given name before it: "Kroll said"; a surname the article gives in full is read as its person later.
  // The pronoun after says which: "Brandt said his", "Kessling said its".
  const pronoun = subject && words.length === 1 && (language === 'en' || language === 'other') ? pronounAfter(text.slice(last.end, last.end + 50), context) : undefined;
  if (pronoun !== undefined) return pronoun === 'its' ? 'organization' : 'person';
  if (subject && words.length === 1 && !atSentenceStart(text, first.start)) return 'organization';
  // A land's name by its shape, which no dictionary holds: "Jubaland", "Waziristan" (German and Dutch write common nouns so: "Ausland").
  const landName = words.length === 1 && LAND_NAME.test(first.text) && language !== 'de' && language !== 'nl' && tagsOf(first.lower, lex).length === 0 && !isGivenName(first, lex);
  if (landName && !atSentenceStart(text, first.start)) return 'place';
  // What nothing above classified, read by the structure around it: "nach Däno gereist", "the Hugru river", "Vegute's navy".
  if (language === 'de' && words.length === 1 && germanPlaceAfterPreposition(first.text, before, textAfter, text)) return 'place';
  // Not a portfolio: "le ministre de la Défense".
  const portfolioNamed = PORTFOLIO_NOUN_WORDS.has(first.lower) || PORTFOLIO_TITLE_BEFORE.test(textBefore);
  if (words.length === 1 && !isAcronym(first, lex) && !isOrganizationHead(first.lower, language) && !portfolioNamed && articledPlace(language, textBefore)) return 'place';
  if ((language === 'en' || language === 'other') && !words.some((word) => isFunctionWord(word, lists, lex) || isA(word.lower, 'Possessive', lex)) && englishPlaceByStructure(words.map((word) => word.text), before, textAfter, last.possessive === true, demonym)) return 'place';
  // A Ukrainian or Russian land named after its town, in any case: "на Полтавщині", "Київщину", "Смоленщины".
  return words.length === 1 && (language === 'uk' || language === 'ru') && SLAVIC_LAND_NAME.test(first.text) ? 'place' : null;
}

/**
 * A name a body's role is held in ("the chief executive of Tarnvik"), unless it is someone's or a known place's,
 * or a lone word opening a sentence, which may be a common noun ("Competition chief Teresa Ribera").
 */
function bodyByRole(words: readonly Word[], context: Context): boolean {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (isGivenName(first, context.lex) || knownKind(first.text, context.lists.language) === 'place') return false;
  if (words.length === 1 && atSentenceStart(context.text, first.start)) return false;
  return namedByBodyRole(context.text.slice(Math.max(0, first.start - 40), first.start), context.text.slice(last.end, last.end + 60), context.lists.language);
}

/** A company's boards and parts, which German writes apart after its name as often as joined: "der Siemens Vorstand". */
const BODY_PARTS = new Set(['vorstand', 'aufsichtsrat', 'aktie', 'aktien', 'zentrale', 'tochter', 'gruppe', 'konzernchef', 'board', 'shares']);

/**
 * The space and the word after a listed body's name that make a longer name of
 * a branch or a subsidiary: one capitalized word that ends the run and is no
 * title, given name, date, function word, legal form, word for a kind of body
 * or name of its own ("Gazprom Export", not "Gazprom Chef", "NATO Mark Rutte"
 * or "Airbus Monday"); an English verb is a headline's ("Airbus Cuts"). ''
 * when none.
 */
function branchWordAfter(after: string, known: Gazetteer, context: Context): string {
  const { lists, lex } = context;
  const next = /^[ \u00a0](\p{Lu}[\p{L}\p{N}-]*)(?![\p{L}\p{N}'’.-]|[ \u00a0]+\p{Lu})/u.exec(after);
  if (!next) return '';
  const word = next[1]!;
  const folded = lower(word, lists.language);
  if (known.byForm.has(word) || isTitleWord(folded, lists, lex) || GIVEN_NAME_WORDS.has(entityKey(word)) || lists.functionWords.has(folded) || ORGANIZATION_NOUNS.has(folded)) return '';
  if (DATE_TAGS.some((tag) => isA(folded, tag, lex)) || FRENCH_WEEKDAYS.has(folded) || BODY_PARTS.has(folded) || LEGAL_FORM_WORD.test(word) || (lists.language === 'en' && isA(folded, 'Verb', lex))) return '';
  if (germanPeriodPart({ text: word, end: next[0].length }, { ...context, text: after })) return '';
  return next[0];
}

/** The titles of a state's head that a company's or a body's head shares. */
const PRESIDENT_WORDS = new Set(['president', 'président', 'présidente', 'presidente', 'presidenta', 'präsident', 'präsidentin', 'prezydent', 'президент']);

/** True when no word of `words` is a given name or a place any list or the lexicon knows or shapes ("Puntland"), and they name no town of the world. */
function unlistedName(words: readonly Word[], context: Context): boolean {
  const { lex, lists, text } = context;
  if (isWorldTown(text.slice(words[0]!.start, words[words.length - 1]!.end))) return false;
  return words.every((word) => !isGivenName(word, lex) && lexiconKind(word, lex) !== 'place' && knownKind(word.text, lists.language) === undefined && !isWorldTown(word.text) && !LAND_NAME.test(word.text));
}

const apposedHeadPatterns = new Map<Language, RegExp | null>();

/**
 * True when `after` opens an apposition closed by a comma that ends in a
 * body's head word, in lower case, with only adjectives or a possessive
 * before it: "Itamaraty, Brazil's foreign ministry, said", "Korvex, la
 * agencia estatal,". Not one that says what someone is of ("Anna Berg, a
 * member of the council,"). Romance languages and English, which write the
 * head in lower case there.
 */
function apposedBodyHead(after: string, language: Language): boolean {
  if (!apposedHeadPatterns.has(language)) {
    const heads = ROMANCE.has(language) || language === 'en' || language === 'other' ? ORGANIZATION_HEADS[language === 'other' ? 'en' : language] : undefined;
    const article = String.raw`(?:the|a|an|le|la|l['’]|un|une|el|una|il|lo|uno|o|um|uma)?[ \u00a0]*`;
    const possessor = String.raw`(?:\p{Lu}[\p{L}-]*['’]s[ \u00a0]+)?`;
    const adjectives = String.raw`(?:(?!(?:of|de|du|des|del|di|della|do|da|for|at|in|pour|para|per|à|a|en|em|no|na|and|et|y|e)[ \u00a0])\p{Ll}[\p{Ll}-]*[ \u00a0]+){0,3}`;
    apposedHeadPatterns.set(language, heads ? new RegExp(String.raw`^,[ \u00a0]+${article}${possessor}${adjectives}(?:${heads.join('|')})[ \u00a0]*,`, 'u') : null);
  }
  return apposedHeadPatterns.get(language)?.test(after) ?? false;
}

/** The endings of lands' names: "-land", "-stan". */
const LAND_NAME = /^\p{Lu}\p{Ll}{2,}(?:land|stan)$/u;
/** The ending of a Ukrainian or Russian land named after its town, in each case: "Полтавщина", "Полтавщині". */
const SLAVIC_LAND_NAME = /^\p{Lu}\p{Ll}{2,}щин(?:а|и|і|у|ою|е|ой|ы)$/u;

/** Heads of bodies often named after someone: "Fondation Jean Monnet", "Istituto Mario Negri". */
const NAMED_AFTER_PEOPLE = /^(?:fond|found|stift|fundac|fundaç|institu|istitu|univers|école|school|college|collège|centr|hospital|hôpital|ospedal|muse|prize|prix|premio|airport|aéroport|aeroport)/u;

const ROMANCE: ReadonlySet<Language> = new Set(['fr', 'es', 'it', 'pt']);
/** "Еврокомиссии", "Єврокомісією": the commission in another case. */
const COMMISSION_CASE = /(?<=^(?:Евро|Євро))(?:комиссии|комиссию|комиссией|комісії|комісію|комісією)$/u;
/** Short names of Russian and Ukrainian ministries and of European bodies: "Минобороны", "Мінекономіки", "Еврокомиссии", "Єврокомісія". */
const SHORT_BODY = /^(?:Мин|Мін)(?:обороны|оборони|фин|фін|энерго|енерго|экономразвития|економіки|юст|здрав|транс|цифр|промторг|сельхоз|агро|обр|просвещ|освіти|культур|природ|строй|регіон|реінтеграції|вет|соц)|^(?:Евро|Євро)(?:комисси|коміс|парламент|союз|суд)/u;
/** Titles whose "of" names no body: a portfolio or a seat. */
const PORTFOLIO_OR_SEAT_TITLE = /minist|secr[eé]t|segret|^ju[eé]z|^juge|^judge|^giudic|^juiz|^richter/u;

/** A minister's or a secretary's title and "of" just before a portfolio: "ministre de l'", "ministra de ", "secretario del ". */
const PORTFOLIO_TITLE_BEFORE = /(?<!\p{L})\p{L}*?(?:minist|secr[eé]tari|segretari)\p{L}*[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?(?:of|for|de|du|des|del|della|dello|dei|degli|delle|do|da|dos|das|de la|de los|de las|van|voor|für)(?:[ \u00a0]+|[ \u00a0]+l['’]|['’])$|(?<!\p{L})(?:minist|secr[eé]tari|segretari)\p{L}*[ \u00a0]+(?:dell|d)['’]$/iu;

/** A title and "of" just before a name: "presidente del ", "président du ", "chairman of the ". */
const TITLE_OF_BEFORE = /(?:^|[^\p{L}])(\p{L}+)[ \u00a0]+(?:of the|of|del|della|dello|dei|du|de la|des|de|do|da|der|des)[ \u00a0]+$/u;

/**
 * A German compound naming a ministry, a federal office or a federal body: "Verteidigungsministerium", "Bundeskartellamt",
 * "Bundesnetzagentur", "Nationalrat" (not the federal government, nor a title: "Bundeskanzler").
 */
const GERMAN_MINISTRY =
  /^\p{L}{3,}(?:ministerium|ministeriums|bundesamt|bundesamts|bundesamtes)$|^bundes\p{L}{3,}amt(?:e?s)?$|^(?:bundes|landes|oberlandes|ober|verfassungs|verwaltungs|amts|arbeits|sozial|finanz|straf)\p{L}*(?:gericht|gerichtshof|rechnungshof|anwaltschaft)(?:e?s)?$|^(?:bundes|national|stände)\p{L}*(?:polizei|agentur|rat|rates|rats|wehr|bank|kammer|marine|behörde|versammlung)$/u;

/** An abbreviation written with full stops just before a name: "U.S. ", "U.K. ". */
const DOTTED_ABBREVIATION_BEFORE = /(?<![\p{L}\p{N}.])((?:\p{Lu}\.){2,3})[ \u00a0]$/u;

/** Particles of family names, which join a name where "of" would split it. */
const NAME_PARTICLES = new Set(['da', 'de', 'do', 'dos', 'das', 'di', 'del', 'van', 'von', 'der', 'bin', 'ibn']);

/** The Turkish genitive after an apostrophe, which ends its owner's name: "Iğdır'ın Aralık ilçesi". */
const TURKISH_GENITIVE = /^n?[ıiuü]n$/u;

/**
 * Splits a run after a possessive: "Kenya's Daniel Mutai" is a place and a
 * person; "St Mary's Hospital", whose last word heads the name, stays whole.
 */
function splitAtPossessives(words: Word[], context: Context): Word[][] {
  const last = words[words.length - 1];
  // A possessive on a body's head ends that body before the one it holds: "the Interior Ministry's Border Guard Service".
  const heldAt = words.findIndex((word, index) => word.possessive && index > 0 && index < words.length - 1 && isOrganizationHead(word.lower, context.lists.language));
  if (heldAt > 0) return [words.slice(0, heldAt + 1), words.slice(heldAt + 1)];
  if (last === undefined || isOrganizationHead(last.lower, context.lists.language) || context.lex.orgWords[last.lower] !== undefined) return [words];
  // A town whose name holds a possessive: "Cox's Bazar".
  if (words.length > 1 && isWorldTown(context.text.slice(words[0]!.start, last.end))) return [words];
  const parts: Word[][] = [[]];
  words.forEach((word, index) => {
    parts[parts.length - 1]!.push(word);
    const next = words[index + 1];
    // "Chad's President Mahamat Déby" stays whole: the title's owner is read with it.
    // A Turkish case ending of place ends its name too: "Kalu Körfezi'nden Rüçögü'ye" is two places.
    const turkishEnding = context.lists.language === 'tr' && (TURKISH_GENITIVE.test(word.suffix ?? '') || TURKISH_SUFFIXES.has(word.suffix ?? ''));
    const possessive = word.possessive || turkishEnding;
    if (possessive && next !== undefined && !isTitle(next, context.lists, context.lex)) parts.push([]);
  });
  return parts;
}

/**
 * Splits a run at "of", "for", "and the" (and "de", "der" in other languages)
 * unless the part before is the head of one name ("Ministry of Foreign
 * Affairs", "Organización de Estados Americanos"): "Lena Novak of the Nordic
 * Shipping Group" is a person and an organization.
 */
/** Words that list names, where a run goes on over them: "Pozzuoli, Bacoli e Agnano", "Ходжейли и Муйнаке". */
const LISTING_WORDS = new Set(['and', 'et', 'y', 'e', 'und', 'i', 'и', 'і', 'та']);

/**
 * A run of a few words joined by particles after a word for a kind of place names one place, read whole: "Vecinos de
 * Zahara de los Atunes", "as estações de Cais do Sodré"; not one with a body's head or a title in it.
 */
function cuedPlace(piece: readonly Word[], context: Context): boolean {
  const { text, lists, lex } = context;
  const cues = PLACE_CUES_BEFORE[lists.language === 'other' ? 'en' : lists.language];
  if (cues === undefined || piece.length > 5 || !/^\p{Lu}/u.test(piece[piece.length - 1]!.text)) return false;
  if (piece.some((word) => isOrganizationHead(word.lower, lists.language) || isTitle(word, lists, lex) || isGivenName(word, lex))) return false;
  return cues.test(text.slice(Math.max(0, piece[0]!.start - 40), piece[0]!.start));
}

/** A run of several parts that names one town of the world, with its article or without. */
function townIn(piece: Word[], context: Context): Word[] | null {
  return worldTownIn(piece, piece.slice(isFunctionWord(piece[0]!, context.lists, context.lex) ? 1 : 0), context);
}

/**
 * A run split at a listing word no name took in ("Ciudad del Este y
 * Hernandarias"): the names on either side, each read whole; the run itself
 * when no part stands apart so.
 */
function listedNames(piece: Word[], parts: readonly Word[][]): Word[][] {
  const inPart = new Set(parts.flat());
  const names: Word[][] = [[]];
  for (const word of piece) {
    if (!inPart.has(word) && LISTING_WORDS.has(word.text)) names.push([]);
    else names[names.length - 1]!.push(word);
  }
  const read = names.filter((name) => name.length > 0);
  return read.length > 1 && read.every((name) => name.some((word) => /^\p{Lu}/u.test(word.text))) ? read : [piece];
}

/** Particles that go on with a name after a word for its kind: "le collectif Vozes do Cerrado"; not "and", which lists two. */
const PARTICLES_AFTER_KIND = new Set(['of', 'de', 'du', 'des', 'del', 'di', 'della', 'do', 'da', 'van', 'von', 'voor', 'op', 'la', 'las', 'los', 'le', 'les']);

/** Prepositions that join a body's head to its cause: "Authority on Development", "Fundacja na rzecz …", "Vereniging tegen …". */
const CAUSE_JOINERS = new Set(['on', 'rzecz', 'tegen']);

/** Indonesian and Malay, which the word lists do not read, by the article's language tag. */
const MALAY_LANGUAGE = /^(?:id|ms|in)(?![a-z])/u;

function splitAtJoiners(words: Word[], context: Context): Word[][] {
  const parts: Word[][] = [[]];
  let kindBefore: boolean | undefined;
  const afterKind = () => (kindBefore ??= ORGANIZATION_NOUNS.has(wordBefore(context.text, words[0]!.start, context.lists.language) ?? ''));
  const malay = MALAY_LANGUAGE.test(context.lang ?? '');
  for (const [index, word] of words.entries()) {
    const current = parts[parts.length - 1]!;
    // Indonesian "di" is "in", never inside a name: "Pengadilan Perikanan di Pontianak" is a court in a town.
    if (malay && word.text === 'di') {
      parts.push([]);
      continue;
    }
    if (!context.lists.joiners.has(word.text)) {
      current.push(word);
      continue;
    }
    const named = current.filter((w) => !context.lists.joiners.has(w.text));
    // A landform's name goes on only after "of": "Sierra Gorda w Chile" is a mine in a country.
    const landformJoins = !LANDFORM_ONLY_OF.has(word.text);
    const isHead = (w: Word) =>
      // Behind an elided article too: "L'Agenzia delle Entrate", "l'Office des forêts".
      isOrganizationHead(lower(w.text.replace(ELIDED_BEFORE_NAME, ''), context.lists.language), context.lists.language) ||
      context.lex.orgWords[w.lower] !== undefined ||
      context.lex.placeWords[w.lower] !== undefined ||
      PLACE_HEADS_BEFORE_LANDFORMS.has(w.lower) ||
      LEADING_PLACE_HEADS.has(w.lower) ||
      (landformJoins && LANDFORM_HEAD_WORDS.has(w.lower));
    // A particle inside a person's name: "Luiz Inácio Lula da Silva", "Ursula von der Leyen".
    // Not before an abbreviation: "Geert Wilders van de PVV" is a man of a party.
    const next = words.slice(index + 1).find((w) => !context.lists.joiners.has(w.text) && !NAME_PARTICLES.has(w.text));
    // The given name may follow a word the run read before it: "Infrastructuur Maarten van Wijngaarden".
    const givenBefore = named.length >= 1 && (isGivenName(named[0]!, context.lex) || isGivenName(named[named.length - 1]!, context.lex));
    // Nor before a body's head: "Pieter Scholtens van de Rijksuniversiteit", "Sabine Kreutzfeldt von der Stiftung".
    const inPersonalName = NAME_PARTICLES.has(word.text) && givenBefore && !(next && (isAcronym(next, context.lex) || isOrganizationHead(next.lower, context.lists.language)));
    // A head anywhere before joins ("Agencia Estatal de Meteorología", "Suprema Corte de Justicia de la Nación");
    // "and" right after a head ends one name and starts another ("Finnish Border Guard and the National Bureau").
    // So does "and" before a second body's head: "Uniwersytetu Gdańskiego i Uniwersytetu Śląskiego" are two universities.
    const secondHead = next !== undefined && LISTING_WORDS.has(word.text) && named.some(isHead) && isOrganizationHead(next.lower, context.lists.language);
    // So does "and" after a name that a place's head opens: "Mount Everest and the Annapurna range", "Lake Turkana and Mount Kenya".
    const placeHeadOpened =
      LISTING_WORDS.has(word.text) && named.length > 1 && (PLACE_HEAD_WORDS.has(named[0]!.lower) || context.lex.placeWords[named[0]!.lower] !== undefined);
    const closesName = (word.text === 'and' && named.length > 0 && isHead(named[named.length - 1]!)) || secondHead || (placeHeadOpened && !named.slice(1).some(isHead));
    // A title's portfolio: "Minister van Economische Zaken", read with the name after it.
    const portfolio = named.length === 1 && isTitle(named[0]!, context.lists, context.lex);
    // A compass point ends a place's name: "Goiás do Norte", "Santander del Sur".
    const compassPoint = index === words.length - 2 && COMPASS_AFTER.test(` ${word.text} ${words[index + 1]!.text}`);
    // A body's cause is no known place nor a platform it speaks on: "the Security Council on Syria", "the Ministry on X".
    const notACause = CAUSE_JOINERS.has(word.text) && (next === undefined || PLATFORM_WORDS.has(next.lower) || knownKind(next.text, context.lists.language) === 'place');
    const joinsName = !notACause && ((!closesName && named.some(isHead)) || inPersonalName || portfolio || compassPoint || (PARTICLES_AFTER_KIND.has(word.text) && afterKind()));
    if (joinsName) current.push(word);
    else if (current.length > 0) parts.push([]);
  }
  return parts.filter((part) => part.length > 0);
}

/** "Without" in our languages, which joins the words of a body's name: "Reporters Without Borders", "Ärzte ohne Grenzen". */
const WITHOUT_WORDS = new Set(['without', 'sans', 'senza', 'sin', 'sem', 'ohne', 'zonder', 'bez', 'без']);

/**
 * Reads one part of a run: a title in it ("Turkish Foreign Minister Hakan
 * Fidan", "Rusya Devlet Başkanı Vladimir Putin") makes what follows a person
 * with that role, and what stands before the role is read on its own
 * ("Rusya", "NATO").
 */
/** Words for a body in Polish, in any case, as Russian and Ukrainian ones are below: "portalu", "dziennikowi", "agencji". */
const POLISH_KIND_STEMS = 'spół|grup|firm|koncern|parti|fundacj|agencj|gazet|dziennik|tygodnik|portal|serwis|telewizj|stacj|wydawnictw|związk|stowarzyszeni';

/** Surnames made like adjectives, and Ukrainian ones in "-енко", in a case other than the nominative: "Kowalskiemu", "Достоевскому", "Шевченку". */
const SLAVIC_SURNAME_IN_CASE = /(?:[sc]k|dzk)(?:iego|iemu|im|ich|iej|ą)$|(?:ск|цк|ськ|цьк|зьк)(?:ого|ому|им|ім|их|ой|ую|ою|ій)$|енк(?:а|у|ові|ом)$/u;

const slavicKindWords = new Map<Language, RegExp | null>();

/** Built on first use: the Russian and Ukrainian stems are declared with the readers of quoted names below. */
function slavicKindWordPattern(language: Language): RegExp | null {
  if (!slavicKindWords.has(language)) {
    const stems = language === 'ru' ? `${RUSSIAN_KIND_STEMS}|портал|сайт` : language === 'uk' ? `${UKRAINIAN_KIND_STEMS}|портал|сайт` : language === 'pl' ? POLISH_KIND_STEMS : null;
    slavicKindWords.set(language, stems === null ? null : new RegExp(String.raw`^(?:${stems})\p{Ll}*$`, 'u'));
  }
  return slavicKindWords.get(language)!;
}

/**
 * A word for a body in any case before one name that is no person's: "сказал
 * агентству Меридиан", "розповіла виданню Ратуша", "podał portalowi Wieści24".
 * The case ending hides the word from the list of kinds; a surname in any
 * case names the owner ("банка Иванову").
 */
function slavicKindWord(before: string, name: Word, context: Context): boolean {
  const kind = slavicKindWordPattern(context.lists.language);
  return kind !== null && kind.test(before) && !isGivenName(name, context.lex) && ![SLAVIC_SURNAME, RUSSIAN_SURNAME_CASE, SLAVIC_SURNAME_IN_CASE].some((surname) => surname.test(name.text)) && knownKind(name.text, context.lists.language) !== 'place';
}

function readPart(part: Word[], context: Context, candidates: Candidate[], wholeRun = false): void {
  const { lists, lex, text } = context;
  // A name with its head first reads the point as its own word: "Penitenciaría del Norte".
  const headFirst = PLACE_HEAD_WORDS.has(part[0]!.lower) || isOrganizationHead(part[0]!.lower, lists.language);
  const compassAt = part.length >= 3 && !headFirst && COMPASS_AFTER.test(` ${part[part.length - 2]!.text} ${part[part.length - 1]!.text}`) ? part.length - 2 : -1;
  if (compassAt > 0) {
    // "Goiás do Norte": a place, then the compass point that names its part; else each is read alone.
    const basePart = part.slice(0, compassAt);
    const town = worldTownIn(basePart, basePart, context);
    if (town !== null && town[town.length - 1] === basePart[basePart.length - 1]) {
      candidates.push({ kind: 'place', words: [...town, ...part.slice(compassAt)], role: undefined });
      return;
    }
    const from = candidates.length;
    readPart(part.slice(0, compassAt), context, candidates, wholeRun);
    const base = candidates.length === from + 1 ? candidates[from]! : undefined;
    // One of no kind yet stays so with the point, for what is said around it to tell: "Paraná e Mato Grosso do Sul".
    if (base !== undefined && (base.kind === 'place' || base.kind === null) && base.words[base.words.length - 1] === part[compassAt - 1]) {
      candidates[from] = { ...base, words: [...base.words, ...part.slice(compassAt)] };
    } else readPart(part.slice(compassAt + 1), context, candidates);
    return;
  }
  // "A without B" names a body, whatever its words: "Teachers Without Borders", "Medici senza Frontiere"; what stands around it is read apart.
  const without = part.findIndex((word) => WITHOUT_WORDS.has(word.lower));
  // Not a team or a person without another: "Argentina sin Messi", "Real Madrid sin Mbappé".
  const namesWithout = (word: Word) => knownKind(word.text, lists.language) !== undefined || isGivenName(word, lex) || lexiconKind(word, lex) !== null;
  // A capitalized "Ohne" after a word for a body opens the name: "die Friedensinitiative Ohne Rüstung Leben".
  const kindBeforeWithout = without > 0 && /^\p{Lu}/u.test(part[without]!.text) && (ORGANIZATION_NOUNS.has(part[without - 1]!.lower) || (lists.language === 'de' && isOrganizationHead(part[without - 1]!.lower, 'de')));
  if (kindBeforeWithout && part.length - without >= 2 && part.length - without <= 4) {
    candidates.push({ kind: 'organization', words: part.slice(without), role: undefined });
    return;
  }
  if (without > 0 && without < part.length - 1 && !part.slice(without - 1, without + 2).some(namesWithout)) {
    if (without > 1) readPart(part.slice(0, without - 1), context, candidates);
    candidates.push({ kind: 'organization', words: part.slice(without - 1, without + 2), role: undefined });
    if (without + 2 < part.length) readPart(part.slice(without + 2), context, candidates);
    return;
  }
  // One word right after a word for a body is its name, though the lexicon reads it as a verb: "the union Unite".
  const bodyBefore = wordBefore(text, part[0]!.start, lists.language);
  // Dutch writes the kind as a compound in lower case: "het kennisinstituut Zeelab", "het baggerbedrijf Van Oord".
  const dutchCompoundKind = (kind: string) => lists.language === 'nl' && /^\p{Ll}+$/u.test(kind) && isOrganizationHead(kind, 'nl');
  const kindBefore = bodyBefore !== null && (ORGANIZATION_NOUNS.has(bodyBefore) || slavicKindWord(bodyBefore, part[0]!, context) || dutchCompoundKind(bodyBefore));
  if (part.length === 1 && kindBefore && !atSentenceStart(text, part[0]!.start) && !lists.functionWords.has(part[0]!.lower) && !NAME_ARTICLES.has(part[0]!.lower)) {
    candidates.push({ kind: 'organization', words: part, role: undefined });
    return;
  }
  // A kind of body written as an abbreviation opens the run, and is not part of the name: "l'ONG Terres Vives", "the NGO Clean Rivers".
  const abbreviatedKind = (word: Word) => {
    const bare = word.text.replace(ELIDED_BEFORE_NAME, '');
    return /^\p{Lu}{2,}$/u.test(bare) && ORGANIZATION_NOUNS.has(bare.toLowerCase());
  };
  const kindAt = part.findIndex((word, index) => index <= 1 && abbreviatedKind(word) && (index === 0 || NAME_ARTICLES.has(part[0]!.lower) || lists.functionWords.has(part[0]!.lower)));
  if (kindAt >= 0 && part.length > kindAt + 1 && /^\p{Lu}\p{Ll}/u.test(part[kindAt + 1]!.text)) {
    candidates.push({ kind: 'organization', words: part.slice(kindAt + 1), role: undefined });
    return;
  }
  const headed = part.findIndex((word) => isOrganizationHead(word.lower, lists.language));
  const given = headed === 0 && !NAMED_AFTER_PEOPLE.test(part[0]!.lower) ? part.findIndex((word, index) => index > 0 && isGivenName(word, lex)) : -1;
  const titleOf = given > 0 && part.length - given >= 2 ? TITLE_OF_BEFORE.exec(text.slice(Math.max(0, part[0]!.start - 40), part[0]!.start)) : null;
  if (titleOf && isTitleWord(lower(titleOf[1]!, lists.language), lists, lex)) {
    // The body in a title stays unmarked with it, its holder follows: "la presidente del Consiglio Giorgia Meloni", "le président du Conseil Jean Dupré".
    const roleStart = part[0]!.start - titleOf[0].length + titleOf[0].indexOf(titleOf[1]!);
    candidates.push({ kind: 'person', words: part.slice(given), role: text.slice(roleStart, part[given - 1]!.end) });
    return;
  }
  const person = headed >= 0 && !lists.joiners.has(part[headed + 1]?.text ?? '') ? part.findIndex((word, index) => index > headed + 1 && isGivenName(word, lex)) : -1;
  // A title between them is read by the title's rule: "İstanbul Büyükşehir Belediye Başkanı Ekrem İmamoğlu".
  if (person > 0 && part.length - person >= 2 && !part.slice(headed + 1, person).some((word) => isTitle(word, lists, lex))) {
    // An institution and then a person of it: "Straży Granicznej Anna Michalska".
    readPart(part.slice(0, person), context, candidates);
    readPart(part.slice(person), context, candidates);
    return;
  }
  let lastTitle = -1;
  // "Ministry of Foreign Affairs", "Foreign Ministry": a title word inside an institution's name is not a role.
  // Not a title opening the part before its joiner: "Direktorin des Branchenverbands Swissmem" is where the title is held.
  const titleOfBody =
    part.length > 2 &&
    isTitle(part[0]!, lists, lex) &&
    !isOrganizationHead(part[0]!.lower, lists.language) &&
    lists.joiners.has(part[1]!.text) &&
    part.slice(2).some((word) => isOrganizationHead(word.lower, lists.language)) &&
    !part.some((word) => isGivenName(word, lex));
  const institution = !titleOfBody && part.some((word, index) => isOrganizationHead(word.lower, lists.language) && (index === part.length - 1 || part.some((w) => lists.joiners.has(w.text))));
  part.forEach((word, index) => {
    const titleWord = (isTitle(word, lists, lex) && !capitalizedPlaceHead(word, part, context)) || (index === 0 && part.length > 2 && isOccupation(word.lower, context));
    // A title's word inside a name a title already opened: "President Hassan Sheikh Mohamud".
    const insideName = lastTitle >= 0 && lastTitle === index - 2 && isGivenName(part[index - 1]!, lex);
    if (!institution && index < part.length - 1 && titleWord && !insideName) lastTitle = index;
  });
  // A title, a joiner and a company with its legal form: the company is where the title is held, no holder ("Geschäftsführer der Oderwerk GmbH").
  if (lastTitle >= 0 && lists.joiners.has(part[lastTitle + 1]!.text) && (withLegalForm(part, context) !== null || titleOfBody)) {
    readPart(part.slice(lastTitle + 2), context, candidates);
    return;
  }
  if (lastTitle >= 0) {
    let roleStart = lastTitle;
    while (roleStart > 0 && isRoleWord(part[roleStart - 1]!, lists, lex)) roleStart--;
    // A Turkish portfolio of two joined by "ve" is no owner: "Tarım ve Orman Bakanı", "Hazine ve Maliye Bakanı".
    const joinedPortfolio = lists.language === 'tr' && /(?:^|[^\p{L}])ve[ \u00a0]+$/u.test(text.slice(Math.max(0, part[0]!.start - 4), part[0]!.start));
    if (roleStart > 0 && !joinedPortfolio) readOwner(part.slice(0, roleStart), part.slice(roleStart, lastTitle + 1).map((w) => w.lower), context, candidates);
    let nameFrom = lastTitle + 1;
    // A portfolio between the title and the name: "Minister for Foreign Affairs Elina Valtonen", "Minister van Economische Zaken Vincent Karremans".
    const givenAt = part.findIndex((word, index) => index > nameFrom && isGivenName(word, lex));
    const joined = givenAt > nameFrom && part.slice(nameFrom, givenAt).some((word) => lists.joiners.has(word.text));
    if (joined && part.length - givenAt >= 2) nameFrom = givenAt;
    // Words of a portfolio are no name though the lexicon does not know them: "Minister of Digital Affairs Orsk Vallin".
    // The word right after the title's "of" is the portfolio's, whatever it is: "Minister van Defensie Kevrin Dalmosk".
    const afterJoiner = (at: number) => at > lastTitle + 1 && lists.joiners.has(part[at - 1]!.text) && !isGivenName(part[at]!, lex);
    while (part.length - nameFrom > 2 && ((!looksLikePersonalName([part[nameFrom]!], lex) && !nameGoesOn(part.slice(nameFrom), context)) || PORTFOLIO_NOUN_WORDS.has(part[nameFrom]!.lower) || afterJoiner(nameFrom))) nameFrom++;
    const name = trimFunctionWords(part.slice(nameFrom), context);
    if (name.length === 0) return;
    const longOwnerEnd = INFLECTING.has(lists.language) ? holderAfterLongOwner(name, lex) : -1;
    // A land or body named after its head in the genitive, then the holder: "Глава Республики Тувалан Аржемир Кудаков".
    const headedOwnerEnd = longOwnerEnd < 0 && name.length >= 4 ? holderAfterOwner(name, context) : -1;
    if (headedOwnerEnd > 0) {
      const roleWords = part.slice(0, nameFrom);
      readPart(name.slice(0, headedOwnerEnd), context, candidates);
      candidates.push({ kind: 'person', words: name.slice(headedOwnerEnd), role: roleOf(text.slice(roleWords[0]!.start, roleWords[roleWords.length - 1]!.end)) });
      return;
    }
    if (longOwnerEnd > 0) {
      const roleWords = part.slice(0, nameFrom);
      candidates.push({ kind: 'organization', words: name.slice(0, longOwnerEnd), role: undefined });
      candidates.push({ kind: 'person', words: name.slice(longOwnerEnd), role: roleOf(text.slice(roleWords[0]!.start, roleWords[roleWords.length - 1]!.end)) });
      return;
    }
    // The body the title is held in, then the holder: "представитель МИД Мария Захарова", "речник Генштабу Дмитро Лиховій" (the body in the genitive).
    const body = isAcronym(name[0]!, lex) || (INFLECTING.has(lists.language) && !isGivenName(name[0]!, lex));
    // Its holder then is a person, though a word of the name reads as a body's head ("Раду", "Рада" in another case).
    const holder = name.length >= 3 && ownerBeforeHolder(name, context);
    if (name.length >= 3 && body && (isGivenName(name[1]!, lex) || holder)) {
      candidates.push(ownerCandidate(name.shift()!, part.slice(0, nameFrom).map((word) => word.lower), context));
    }
    const roleWords = part.slice(0, nameFrom);
    const role = text.slice(roleWords[0]!.start, roleWords[roleWords.length - 1]!.end);
    if (titleWordAlone(name, context)) return;
    candidates.push({ kind: holder ? 'person' : classifyTitled(name, context), words: name, role: roleOf(role) });
    return;
  }
  // A military operation or a numbered meeting is an event, not a body or a place: "Operation Northern Gate", "COP31".
  if (OPERATION_WORDS.has(part[0]!.lower) && part.length > 1) return;
  if (part.length === 1 && NUMBERED_EVENT.test(part[0]!.text)) return;
  // Indonesian writes a limited company's form before its name ("PT Sinar Jaya Tbk"); the words before it are a title or a common noun.
  const indonesianForm = /^id(?![a-z])/iu.test(context.lang ?? '') ? part.findIndex((word) => word.text === 'PT') : -1;
  if (indonesianForm >= 0 && indonesianForm < part.length - 1) {
    const named = part.slice(indonesianForm + 1);
    const listed = withLegalForm(named, context);
    listed?.pop();
    candidates.push({ kind: 'organization', words: listed ?? named, role: undefined });
    return;
  }
  // Before function words are trimmed: the "A" of "A.Ş." reads as an article.
  const company = withLegalForm(part, context);
  if (company !== null) {
    // The legal form is left out of the name, so that the company named later without it is the same one: "Vale S.A." is Vale.
    company.pop();
    const name = trimFunctionWords(company, context);
    // A word for a company before a form that a quoted name follows names nothing: "Компания ООО «Зарянефть»".
    if (name.length === 1 && ORGANIZATION_NOUNS.has(name[0]!.lower)) return;
    // German capitalizes the kind of company before its name: "die Reederei Rhenus Schifffahrt GmbH", "die Fondsgesellschaft Elbmarsch Schiffsfonds KG"
    // (a compound kind before two words or more, not a town's: "die Stadtwerke Gotha GmbH", "die Hafengesellschaft Rostock GmbH").
    const compoundKind = (first: Word) => isOrganizationHead(first.lower, 'de') && !ORGANIZATION_HEAD_WORDS.has(first.lower) && !/werke$/u.test(first.lower);
    const kindFirst =
      lists.language === 'de' &&
      name.length > 1 &&
      (ORGANIZATION_NOUNS.has(name[0]!.lower) || germanCompanyKindCompound(name[0]!.lower) || (name.length > 2 && compoundKind(name[0]!) && knownKind(name[1]!.text, 'de') !== 'place'));
    if (name.length > 0) candidates.push({ kind: 'organization', words: kindFirst ? name.slice(1) : name, role: undefined });
    return;
  }
  if (part.length === 1 && LEGAL_FORM_WORD.test(part[0]!.text)) return;
  // Before function words are trimmed: "Finances" reads as an English verb, "Defensa" as a Spanish common noun.
  const lowerHead = LOWER_CASE_HEAD_BEFORE.exec(text.slice(Math.max(0, part[0]!.start - 40), part[0]!.start));
  if (lowerHead && part.length <= 4 && !isGivenName(part[0]!, lex)) {
    // "le ministère des Finances", "el ministerio de Defensa", "il ministero dell'Interno": the head in lower case is part of the name.
    const start = part[0]!.start - lowerHead[0].length;
    const head = lowerHead[0].split(/[ \u00a0'’]/u)[0]!;
    candidates.push({ kind: 'organization', words: [{ text: head, lower: head, folded: entityKey(head), start, end: start + head.length, suffix: null }, ...withRomanceTail(part, context)], role: undefined });
    return;
  }
  // A dateline keeps its article, which the line in capitals does not tell from a function word: "LA PAZ -", "EL ALTO -".
  if (part.length > 1 && NAME_ARTICLES.has(part[0]!.lower) && isDateline(part, context)) {
    candidates.push({ kind: 'place', words: part, role: undefined });
    return;
  }
  let words = withRomanceTail(trimFunctionWords(part, context), context);
  if (words.length === 0) return;
  // A capitalized word that opens the sentence before a given name is not part of the name: "Toplantıya Zeynep Korkmaz da katıldı".
  if (words.length >= 3 && atSentenceStart(text, words[0]!.start) && !isGivenName(words[0]!, lex) && isGivenName(words[1]!, lex)) words = words.slice(1);
  // Nor a word the lexicon knows before a name with an Arabic article: "Later al-Sudani said".
  const openerBeforeArticle = words.length === 2 && /^(?:al|el|ad|ash|as|at|az|an|ar)-/u.test(words[1]!.text) && tagsOf(words[0]!.lower, lex).length > 0;
  if (openerBeforeArticle && atSentenceStart(text, words[0]!.start) && !isGivenName(words[0]!, lex)) words = words.slice(1);
  // Russian names an institution head first; a noun opening the sentence before it is not part of it: "Аналитики Института энергетики".
  const headSecond = words.length >= 3 && isOrganizationHead(words[1]!.lower, lists.language) && !isOrganizationHead(words[0]!.lower, lists.language);
  if ((lists.language === 'ru' || lists.language === 'uk') && headSecond && atSentenceStart(text, words[0]!.start) && !RUSSIAN_ADJECTIVE_ENDING.test(words[0]!.lower)) words = words.slice(1);
  // Or before a Polish body whose adjective comes first: "Dane Głównego Urzędu Statystycznego".
  const adjectiveHeadThird = lists.language === 'pl' && words.length >= 3 && POLISH_ADJECTIVE_CASE.test(words[1]!.text) && !POLISH_ADJECTIVE_CASE.test(words[0]!.text) && isOrganizationHead(words[2]!.lower, 'pl');
  if (adjectiveHeadThird && atSentenceStart(text, words[0]!.start) && !isOrganizationHead(words[0]!.lower, 'pl')) words = words.slice(1);
  // So is a noun before a place named head first: "Władze Zagłębia Miedziowego", "Mieszkańcy Puszczy Piskiej".
  const placeHeadSecond = words.length >= 3 && inflectedPlaceHead(words[1]!.lower, lists.language) !== undefined && inflectedPlaceHead(words[0]!.lower, lists.language) === undefined;
  if (placeHeadSecond && atSentenceStart(text, words[0]!.start) && !isGivenName(words[0]!, lex)) words = words.slice(1);
  // A word for a kind of place or its people opening the sentence is a common noun, and the name after it a place's: "Жители Тарвеля", "Wulkan Tarwel".
  // One word only: a name of two in another case has no base form read yet ("Mieszkańcy Nowego Świata").
  if (words.length === 2 && atSentenceStart(text, words[0]!.start) && placeKindOpening(words[0]!.text, words[1]!.text, lists.language) && !isGivenName(words[1]!, lex)) {
    candidates.push({ kind: 'place', words: words.slice(1), role: undefined });
    return;
  }
  const holderAt = holderAfterOwner(words, context);
  if (holderAt > 0) {
    // "Государственного комитета Таджикистана Саймумин Раджабов": the body, then its man.
    // One word before the holder would read as the person a title before names.
    if (holderAt === 1) candidates.push(ownerCandidate(words[0]!, [wordBefore(text, words[0]!.start, lists.language) ?? ''], context));
    else readPart(words.slice(0, holderAt), context, candidates);
    candidates.push({ kind: 'person', words: words.slice(holderAt), role: undefined });
    return;
  }
  // A minister's portfolio is no body, though its word heads one: "le ministre de l'Administration territoriale".
  const portfolioHead = isOrganizationHead(words[0]!.lower, lists.language) && words.slice(1).every((word) => /^\p{Ll}/u.test(word.text));
  if (portfolioHead && PORTFOLIO_TITLE_BEFORE.test(text.slice(Math.max(0, words[0]!.start - 40), words[0]!.start))) return;
  const portfolioTitle = words.length >= 3 ? elidedTitleBefore(text, words[0]!.start, context) : null;
  if (portfolioTitle !== null) {
    // "il ministro dell'Interno Matteo Piantedosi", "le ministre de l'Intérieur Laurent Nuñez".
    const name = words.slice(1);
    candidates.push({ kind: classifyTitled(name, context), words: name, role: text.slice(portfolioTitle, words[0]!.end) });
    return;
  }
  // "Minister van Infrastructuur Maarten van Wijngaarden", "minister of Mines Tendai Moyo": the portfolio, then its holder.
  const portfolioThenHolder = words.length >= 3 && isGivenName(words[1]!, lex) && !isGivenName(words[0]!, lex) && looksLikePersonalName(words.slice(1).filter((word) => !NAME_PARTICLES.has(word.text)), lex);
  const portfolioFrom = Math.max(0, words[0]!.start - 40);
  const portfolioTitleBefore = portfolioThenHolder ? PORTFOLIO_TITLE_BEFORE.exec(text.slice(portfolioFrom, words[0]!.start)) : null;
  if (portfolioTitleBefore) {
    candidates.push({ kind: 'person', words: words.slice(1), role: text.slice(portfolioFrom + portfolioTitleBefore.index, words[0]!.end) });
    return;
  }
  // A German noun, then a known place in the genitive: "die Schulden Hannovers", "im Osten Afrikas".
  // Not a surname after a given name or a title: "Jan Lukas", "Richter Andreas".
  const afterName = words.length > 1 && (isGivenName(words[words.length - 2]!, lex) || isTitle(words[words.length - 2]!, lists, lex));
  const genitivePlace = lists.language === 'de' && words.length > 1 && !afterName && words[words.length - 1]!.text.endsWith('s') ? germanPlaceByKnown(words.slice(-1), loadGazetteer(), 'de') : undefined;
  if (genitivePlace !== undefined) {
    readPart(words.slice(0, -1), context, candidates);
    candidates.push({ kind: 'place', words: words.slice(-1), role: undefined, name: genitivePlace });
    return;
  }
  if (lists.language === 'de' && words.length > 1 && germanPlaceNoun(words[0]!.lower)) {
    // "das Land Niedersachsen", "die Stadt Emden": the noun says what the name is.
    candidates.push({ kind: 'place', words: words.slice(1), role: undefined });
    return;
  }
  const commonNoun = lists.language === 'de' && !ORGANIZATION_NOUNS.has(words[0]!.lower) && !isOrganizationHead(words[0]!.lower, 'de');
  if (commonNoun && words.length >= 3 && GERMAN_ARTICLE_BEFORE.test(text.slice(Math.max(0, words[0]!.start - 30), words[0]!.start))) {
    // German capitalizes the noun before a name: "der Norweger Sindre Aasheim", "dem Slowenen Žiga Kranjc".
    const name = words.slice(1);
    if (looksLikePersonalName(name, lex) && !name.some((word) => isOrganizationHead(word.lower, 'de'))) {
      candidates.push({ kind: 'person', words: name, role: words[0]!.text });
      return;
    }
  }
  const nounBeforeAcronym = words.length === 2 && isAcronym(words[1]!, lex) && !isAcronym(words[0]!, lex);
  // "der indische Stahlkonzern Jindal Steel International": a compound common noun after an article, then the name.
  const compoundNoun =
    words.length > 1 &&
    isOrganizationHead(words[0]!.lower, 'de') &&
    !ORGANIZATION_HEAD_WORDS.has(words[0]!.lower) &&
    !words.slice(1).some((word) => isOrganizationHead(word.lower, 'de')) &&
    // "der Landesverband für Natur": the compound heads the name its complement follows.
    !lists.joiners.has(words[1]!.lower) &&
    GERMAN_ARTICLE_BEFORE.test(text.slice(Math.max(0, words[0]!.start - 30), words[0]!.start)) &&
    // Not a court or an office named by its seat: "das Oberlandesgericht München", "das Landratsamt Celle"; nor a town's works ("die Stadtwerke Gotha").
    !/werke$/u.test(words[0]!.lower) &&
    !(words.length === 2 && (loadGazetteer().byForm.get(words[1]!.text)?.kind === 'place' || isWorldTown(words[1]!.text)));
  // A common noun opening the sentence before a name: "Rivals SM Entertainment and JYP Entertainment also slipped".
  // Or a word that says a company follows: "Analitycy PKO BP", "Аналитики Сбербанка".
  const cueOpening = ORGANIZATION_CUES_BEFORE[lists.language === 'other' ? 'en' : lists.language]?.test(`${words[0]!.text} `) ?? false;
  // Dutch writes a compound kind of body in lower case but where it opens a sentence: "Milieuorganisatie Greenpeace" (not "Vereniging Eigen Huis").
  const dutchKind = lists.language === 'nl' && isOrganizationHead(words[0]!.lower, 'nl') && !ORGANIZATION_HEAD_WORDS.has(words[0]!.lower);
  // Not before a joiner, which makes the word the name's head: "Fundacja na rzecz …".
  const nounOpening = words.length > 1 && (ORGANIZATION_NOUNS.has(words[0]!.lower) || cueOpening || dutchKind) && atSentenceStart(text, words[0]!.start) && !lists.joiners.has(words[1]!.text);
  // An adjective in the genitive plural after the kind names its members, a part of the name: "der Verband Deutscher Reeder".
  const membersAfterKind = lists.language === 'de' && words.length > 2 && /er$/u.test(words[1]!.text) && GERMAN_ADJECTIVE.test(words[1]!.text);
  const companyKind = ORGANIZATION_NOUNS.has(words[0]!.lower) || germanCompanyKindCompound(words[0]!.lower);
  if ((lists.language === 'de' && words.length > 1 && !membersAfterKind && (companyKind || nounBeforeAcronym || compoundNoun)) || nounOpening) {
    // German capitalizes the noun before a name: "Gewerkschaft GDL" is the union GDL, "Schutztruppe KFOR" the force KFOR.
    candidates.push({ kind: 'organization', words: words.slice(1), role: words[0]!.text });
    return;
  }
  const adjacent = wordBefore(text, words[0]!.start, lists.language);
  // A ship or a work named in quotes after what it is: "a corveta «…»", "the frigate “…”".
  const quotedAfter = QUOTED_AFTER_WORD.exec(text.slice(Math.max(0, words[0]!.start - 32), words[0]!.start))?.[1];
  if (quotedAfter !== undefined && NOT_A_NAME_WORDS.has(lower(quotedAfter, lists.language))) return;
  // A ship, a work or a product named after what it is: "the tanker Sea Marvel", "the novel The Quiet Harbour".
  // Not when a word for a place follows: "tanker Rumelihisarı açıklarında" (off Rumelihisarı).
  const placeCueAfter = () => PLACE_CUES_AFTER[lists.language === 'other' ? 'en' : lists.language]!.test(text.slice(words[words.length - 1]!.end, words[words.length - 1]!.end + 40));
  if (adjacent !== null && NOT_A_NAME_WORDS.has(adjacent) && !placeCueAfter()) return;
  // Before a comma a whole title, not the first word of one: "Belediye, Sarıyer ve Beykoz kıyılarında" (the municipality).
  const apposed = adjacent === null ? appositionBefore(text, words[0]!.start, lists.language) : null;
  const before = adjacent ?? (apposed !== null && TITLE_OPENERS.has(apposed) ? null : apposed);
  // A trade counts only right before the name, and a word for a company is no trade: "the bus operator, Valley Coaches".
  const tradeBefore = adjacent !== null && isOccupation(adjacent, context) && !ORGANIZATION_NOUNS.has(adjacent);
  // A long word ending a sentence is no title before the next one ("met tribal leaders. Fighters"); "Dr." and "Gen." are.
  const sentenceBefore = /\p{L}{5,}\.[ \u00a0]+$/u.test(text.slice(Math.max(0, words[0]!.start - 12), words[0]!.start));
  const titleBefore =
    !sentenceBefore &&
    ((before !== null && isTitleWord(before, lists, lex)) ||
      tradeBefore ||
      titleBeforeAdjective(text, words[0]!.start, context) ||
      titledApposition(text, words[0]!.start, context) ||
      titleNearBefore(words, context));
  const role = titleBefore ? roleOf(writtenWordBefore(text, words[0]!.start)) : undefined;
  // The body the title is held in, then the holder: "директор ДТЕК Максим Тимченко", "dyrektor PGNiG Jan Nowak".
  // Or a title and its "of" before the body's abbreviation: "la magistrada del TSE Blanca Alfaro".
  const titleOfAbbreviation = () => isAcronym(words[0]!, lex) && isTitleWord(lower(TITLE_OF_BEFORE.exec(text.slice(Math.max(0, words[0]!.start - 40), words[0]!.start))?.[1] ?? '', lists.language), lists, lex);
  const holder = words.length >= 3 && (titleBefore || titleOfAbbreviation()) && ownerBeforeHolder(words, context);
  if ((titleBefore || holder) && words.length >= 3 && ((isAcronym(words[0]!, lex) && isGivenName(words[1]!, lex)) || holder)) {
    candidates.push(ownerCandidate(words.shift()!, [before ?? ''], context));
  }
  // A body of two words or more, then the holder: "Przewodnicząca Porozumienia Rezydentów Julia Sobczak".
  const longOwnerEnd = titleBefore && INFLECTING.has(lists.language) ? holderAfterLongOwner(words, lex) : -1;
  if (longOwnerEnd > 0) {
    candidates.push({ kind: 'organization', words: words.slice(0, longOwnerEnd), role: undefined });
    candidates.push({ kind: 'person', words: words.slice(longOwnerEnd), role });
    return;
  }
  // A peer after "its" is a body's, though "counterpart" and "rival" are titles: "Its Estonian counterpart Voltara".
  const peerOfABody = titleBefore && ITS_PEER_BEFORE.test(text.slice(Math.max(0, words[0]!.start - 50), words[0]!.start)) && !isGivenName(words[0]!, lex);
  const classified = peerOfABody ? 'organization' : holder ? 'person' : classify(words, titleBefore, context);
  const roleAfter = classified === null ? titleAfter(text, words[words.length - 1]!.end, context) : null;
  const candidate: Candidate = { kind: classified, words, role };
  if (roleAfter !== null) ownerOfRole(candidate, [roleAfter], context);
  // A town of several words after a preposition of place, though it reads like a given name and a surname: "a Monte di Procida", "Em Campo Grande".
  const placedName = candidate.kind === 'person' && !titleBefore && words.length > 1 && lists.placePrepositions.has(wordBefore(text, words[0]!.start, lists.language) ?? '');
  const town = (candidate.kind === null || placedName) && wholeRun ? worldTownIn(part, words, context) : null;
  if (town !== null) {
    candidates.push({ ...candidate, kind: null, words: town, town: true });
    return;
  }
  const dotted = candidate.kind === 'organization' && (lists.language === 'en' || lists.language === 'other') ? DOTTED_ABBREVIATION_BEFORE.exec(text.slice(Math.max(0, words[0]!.start - 12), words[0]!.start))?.[1] : undefined;
  if (dotted !== undefined) {
    // "the U.S. Census Bureau": a country's dotted abbreviation opens the body's name.
    const start = words[0]!.start - dotted.length - 1;
    candidate.words = [{ text: dotted, lower: lower(dotted, lists.language), folded: entityKey(dotted), start, end: start + dotted.length, suffix: null }, ...words];
  }
  const { kind } = candidate;
  if (kind === null && words.length > 1) {
    // A run the lists cannot read whole ("Berlin Vertreter") may still hold a known place or organization.
    for (const word of words) {
      const known = lexiconKind(word, lex) ?? (isAcronym(word, lex) ? 'organization' : null);
      if (known !== null) candidates.push({ kind: known, words: [word], role: undefined });
    }
    candidates.push({ kind: null, words, role: undefined });
    return;
  }
  candidates.push(candidate);
}

/** An article, alone or joined to a preposition, just before a word, in the languages that write none before a town. */
const ROMANCE_ARTICLE_BEFORE: Partial<Record<Language, RegExp>> = {
  es: /(?<!\p{L})(?:el|la|los|las|del|al)[ \u00a0]+$/iu,
  fr: /(?<!\p{L})(?:le|la|les|du|au|aux)[ \u00a0]+$/iu,
  it: /(?<!\p{L})(?:il|lo|la|del|dello|della|nel|nello|nella|al|allo|alla|dal|dallo|dalla)[ \u00a0]+$/iu,
};

/** "Before" and "after" in the languages we read, with an article joined or after: "antes do ", "après la ", "until ". */
const TIME_WORD_BEFORE = /(?<!\p{L})(?:before|after|until|antes|depois|até|avant|après|jusqu['’]à|después|hasta|prima|dopo|fino|bis|przed)(?:[ \u00a0]+(?:do|da|dos|das|de|del|de la|al|a|ao|à|au|aux|the|la|le|el|lo|il|della|dello|a la|zum|zur))?[ \u00a0]+$/iu;

let worldTowns: ReadonlySet<string> | null = null;
let polishTownsByStem: ReadonlyMap<string, string> | null = null;

/** A town GeoNames knows or a first-level region, by its folded name: "Garoua", "Porto Empedocle", "Rzeszow", "Aargau". */
function isWorldTown(name: string): boolean {
  worldTowns ??= new Set([...WORLD_TOWN_KEYS.split('|'), ...WORLD_REGION_KEYS.split('|')]);
  return worldTowns.has(entityKey(name));
}

/** Polish towns by their stems, for their inflected forms ("Rzeszowie", "Polkowicach"): built when first asked for. */
function polishTownStems(): ReadonlyMap<string, string> {
  if (polishTownsByStem) return polishTownsByStem;
  const byStem = new Map<string, string>();
  for (const town of POLISH_TOWNS.split('|')) {
    for (const stem of stemsOf(town)) if (stem.length >= MIN_STEM && !byStem.has(stem)) byStem.set(stem, town);
  }
  polishTownsByStem = byStem;
  return byStem;
}

/**
 * A run nothing else could read that names a town of the world, with its
 * article ("El Alto", "La Paz") or without; one word of it not where any
 * word may be capitalized.
 */
function worldTownIn(part: Word[], words: Word[], context: Context): Word[] | null {
  const { text, lists } = context;
  const spanOf = (run: readonly Word[]) => text.slice(run[0]!.start, run[run.length - 1]!.end);
  const town = [part, words].find((run) => run.length > 0 && isWorldTown(spanOf(run)));
  if (town === undefined) return null;
  if (town.length > 1) return town;
  const [word] = town as [Word];
  if (atSentenceStart(text, word.start)) return null;
  const before = text.slice(Math.max(0, word.start - 32), word.start);
  // Spanish, French and Italian write no article before a town ("del Consell" is a body, "il Napoli" a club); one writes to someone, not to a town.
  if (ROMANCE_ARTICLE_BEFORE[lists.language]?.test(before) || ADDRESSED_TO.test(before)) return null;
  // A feast, not a town, after a word of time: "antes do Natal", "after Easter".
  if (TIME_WORD_BEFORE.test(before)) return null;
  // A portfolio after a minister's title: "la ministra de Hacienda" (a judge's or a mayor's "de" names a town).
  const title = /(\p{L}+)[ \u00a0]+(?:of|for|de|del|du|des|di|della|do|da|für)[ \u00a0]+$/u.exec(before)?.[1];
  if (title !== undefined && /minist/iu.test(title)) return null;
  // A word the article also writes in lower case is a common one in its language: "Natal" and "natal", "Regen" and "regen".
  if (lowerCaseWordsOf(context).has(word.lower)) return null;
  // German capitalizes its nouns, and some are towns too ("der Regen", "im Hof"): one word only after a preposition of place.
  return lists.language !== 'de' || GERMAN_PLACE_PREPOSITIONS.has(wordBefore(text, word.start, lists.language) ?? '') ? town : null;
}

/** German prepositions before a place. German capitalizes every noun ("nach Angaben"), so the name must also end like a town's. */
const GERMAN_PLACE_PREPOSITIONS = new Set(['in', 'nach', 'bei', 'aus', 'nahe', 'von', 'vor', 'um', 'am', 'zwischen', 'über']);
/** The common endings of German town names: "Wolfsburg", "Rüdesheim", "Güstrow" (many have none: "Pirna", "Meißen"). */
const GERMAN_TOWN_ENDING = /^\p{Lu}\p{Ll}{2,}(?:burg|berg|dorf|stadt|hausen|heim|feld|furt|ingen|hagen|rode|brück|brücken|münde|kirchen|bach|itz|witz|leben|stedt|büttel|werder|born|hafen|ow)$/u;
/** "Bad Schandau", "Sankt Augustin": a word of a town's name before another. */
/** Endings of Dutch places' names: "Noordzee", "Eemshaven", "Julianadorp", "Zaandam", "Dordrecht". */
const DUTCH_PLACE_ENDING = /^\p{Lu}\p{Ll}{2,}(?:zee|haven|meer|dorp|dam|drecht|veen|hoven|huizen|wijk|horst|broek|kerk|zijl|sluis|burg|berg|woude|hout|loo|zand)$/u;

const GERMAN_TOWN_PREFIXES = new Set(['Bad', 'Sankt', 'St.']);

/** A German town by its name's shape: "in Güstrow", "bei Rüdesheim", "Bad Oldesloe". */
function germanPlace(words: readonly Word[], before: string | null): boolean {
  if (words.length === 2 && GERMAN_TOWN_PREFIXES.has(words[0]!.text) && /^\p{Lu}\p{Ll}+$/u.test(words[1]!.text)) return true;
  return words.length === 1 && before !== null && GERMAN_PLACE_PREPOSITIONS.has(before) && GERMAN_TOWN_ENDING.test(words[0]!.text);
}

/**
 * Heads French, Spanish, Italian, Portuguese and Dutch write in lower case
 * before a body's name, with the joining word and any lower-case adjective:
 * "ministère des ", "tribunal correctionnel de ", "ministero dell'", "ministerie van ".
 */
const LOWER_CASE_HEAD_BEFORE =
  /(?<![\p{L}])(?:ministère|ministerio|ministero|ministério|ministerie|tribunal|tribunale|cour|corte|parquet|procura|procuradoria|préfecture|prefectura|prefettura|conseil|consejo|consiglio|conselho|université|universidad|università|universidade)(?:[ \u00a0]\p{Ll}+|[ \u00a0]d['’]\p{Ll}+)?[ \u00a0](?:de|des|du|de la|del|della|dei|delle|do|da|dos|das|van|voor)[ \u00a0]$|(?<![\p{L}])(?:ministère|ministero|tribunal|tribunale|cour|corte|université|università)(?:[ \u00a0]\p{Ll}+|[ \u00a0]d['’]\p{Ll}+)?[ \u00a0]?(?:de l|d|dell|della)['’]$/u;

/** Words a club's name opens or closes with, as written. */
const CLUB_MARKER_WORDS = new Set(CLUB_MARKERS);
const CLUB_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${CLUB_MARKERS.join('|')})[ \u00a0]$`, 'u');

/** German nouns written before a place's name. */
const GERMAN_PLACE_NOUNS = new Set([
  ...['land', 'bundesland', 'stadt', 'hauptstadt', 'gemeinde', 'kanton', 'region', 'provinz', 'bezirk', 'landkreis', 'kreis', 'insel', 'dorf', 'stadtteil', 'ortsteil', 'stadtbezirk', 'standort', 'hafen'],
  // Landforms and fields, in the plural before names listed with "und" too: "am Pass Tarvel", "zu den Vulkanen Tarvel und Dromik".
  ...['pass', 'fluss', 'flüsse', 'flüssen', 'vulkan', 'vulkane', 'vulkanen', 'gletscher', 'gletschern', 'inseln', 'ölfeld', 'ölfelder', 'ölfeldern', 'gasfeld', 'gasfelder', 'gasfeldern'],
]);
/** German compounds naming a kind of place before its name: "Militärflugplatz Payerne", "Marinestützpunkt Kiel". */
const GERMAN_PLACE_NOUN_ENDING = /\p{L}{3,}(?:flugplatz|übungsplatz|flughafen|hafen|stützpunkt|stadt|gemeinde|dorf|insel)$/u;

function germanPlaceNoun(word: string): boolean {
  return GERMAN_PLACE_NOUNS.has(word) || GERMAN_PLACE_NOUN_ENDING.test(word);
}

/** An article just before a German noun, or an adjective between: "der Norweger", "der tschechische Milliardär". */
const GERMAN_ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:[Dd](?:er|ie|as|em|en|es)|[Ee]in(?:e|em|en|er)?)[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?$/u;

/** Where a title starts that stands before an elided preposition the name's first word is fused to: "ministro dell'Interno", "ministre de l'Intérieur". */
function elidedTitleBefore(text: string, at: number, context: Context): number | null {
  const before = /([\p{L}-]+)[ \u00a0]+(?:(?:de|di|da)[ \u00a0]+)?(?:\p{L}{1,4})['’]$/u.exec(text.slice(Math.max(0, at - 40), at));
  if (!before || !isTitleWord(lower(before[1]!, context.lists.language), context.lists, context.lex)) return null;
  return at - before[0].length;
}

/** Romance languages put the adjective after the title: "le président lituanien Gitanas Nausėda", "la líder opositora María", "il premier albanese Edi Rama". */
function titleBeforeAdjective(text: string, at: number, context: Context): boolean {
  const { lists, lex } = context;
  if (!['fr', 'es', 'it', 'pt'].includes(lists.language)) return false;
  const before = /(?:^|[^\p{L}-])([\p{L}-]+)[ \u00a0]+(\p{Ll}[\p{L}-]*)[ \u00a0]+$/u.exec(text.slice(Math.max(0, at - 48), at));
  if (!before) return false;
  const [, title, adjective] = before;
  return isTitleWord(lower(title!, lists.language), lists, lex) && !lists.functionWords.has(adjective!);
}

/**
 * A title a word or two before a name, with what the title is held in between:
 * a body ("Rzecznik Kremla Dmitrij Pieskow", "секретарем НАТО Марком Рютте")
 * or a lower-case complement ("el capitán de policía Edmand Lara").
 */
const TITLE_NEAR_BEFORE = /(?:^|[^\p{L}\p{N}'’-])([\p{L}'’-]+)[ \u00a0]+(?:\p{Lu}[\p{L}'’-]*|(?:\p{Ll}+[ \u00a0]+)?\p{Ll}[\p{L}-]*)[ \u00a0]+$/u;

/** A lower-case noun in the genitive, the complement of a Polish, Russian or Ukrainian title: "правления", "директоров", "zarządu"; not a verb in the past ("сказала", "mówiła"). */
const SLAVIC_GENITIVE_NOUN = /^\p{Ll}{3,}(?:[аяыиіїую]|ов|ев|ей|ого|его|ої|ів|[auyi]|ów|ego|ej|ych|ich)$/u;
const PAST_TENSE_ENDING = /(?:л[аиоі]|ł[aoy]|li)$/u;

function titleNearBefore(words: readonly Word[], context: Context): boolean {
  const { text, lists, lex } = context;
  if (words.length < 2 || words.length > 3 || !looksLikePersonalName(words, lex) || words.some((word) => isOrganizationHead(word.lower, lists.language))) return false;
  const near = TITLE_NEAR_BEFORE.exec(text.slice(Math.max(0, words[0]!.start - 48), words[0]!.start));
  if (!near) return false;
  const between = near[0].slice(near[0].indexOf(near[1]!) + near[1]!.length).trim().split(/[ \u00a0]+/u);
  // Lower-case words between are a joiner and its noun ("de policía"), not a verb ("said on"); Polish, Russian and Ukrainian put
  // the noun in the genitive with no joiner ("Председатель правления", "prezes zarządu").
  const genitive = INFLECTING.has(lists.language) && between.every((word) => SLAVIC_GENITIVE_NOUN.test(word) && !PAST_TENSE_ENDING.test(word));
  const complement = genitive || (between.length === 1 ? /^\p{Lu}/u.test(between[0]!) : lists.joiners.has(between[0]!) || NAME_JOINS.has(between[0]!));
  return complement && isTitleWord(lower(near[1]!, lists.language), lists, lex);
}

/** Words back from an apposition's comma a title may stand: "le ministre iranien des Affaires étrangères, Abbas Araghchi". */
const APPOSITION_REACH = 8;

/** A word for a peer after "its", which only a body has: "its rival Dunhaven"; "his rival" is a person's. */
const ITS_PEER_BEFORE = /(?<!\p{L})its[ \u00a0]+(?:\p{L}+[ \u00a0]+)?(?:counterpart|rival|competitor|parent|partner|peer|sister)s?[ \u00a0]+$/iu;

/** The last of a list of portfolios, joined by "and": "Petróleo e Gás", "Minas e Hidrocarburos", "Mines and Water". */
const LAST_LISTED = /^\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*)*[ \u00a0]+(?:e|y|i|et|and|und|и)[ \u00a0]+\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*)*$/u;
/** Capitalized words only: an item in the middle of such a list. */
const CAPITALIZED_ONLY = /^\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*)*$/u;

/** Where the clause that ends at `from` starts: after the last stop, comma or parenthesis. */
function chunkStart(before: string, from: number): number {
  let start = from;
  while (start > 0 && !'.;:!?\n,()'.includes(before[start - 1]!)) start--;
  return start;
}

/** What a trade is of or at, right after it: "the head of the mission", "a lawyer at Brandt & Co". */
const TRADE_OF = /^(?:of|at|for|with|de|du|des|del|della|di|da|do|von|der|van|bij|z|из|з)$/u;

/** A name set off by a comma after a phrase with a title in it names the holder of that title. */
function titledApposition(text: string, at: number, context: Context): boolean {
  const { lists, lex } = context;
  const comma = /,[ \u00a0]+$/u.exec(text.slice(Math.max(0, at - 4), at));
  if (!comma) return false;
  const end = at - comma[0].length;
  const before = text.slice(Math.max(0, end - 120), end);
  // A portfolio listed after another ends in a capitalized word: "de Energía, Minas e Hidrocarburos," names no holder.
  const listedAfterPortfolio = /\p{Lu}[\p{L}'’-]*$/u.test(before) && LAST_LISTED.test(/^[^,.;:!?\n()]*/u.exec(text.slice(at, at + 80))![0].trim());
  if (listedAfterPortfolio) return false;
  let clauseStart = chunkStart(before, before.length);
  // Back over a list of portfolios to the title it follows: "dos Recursos Minerais, Petróleo e Gás, Diamantino Azevedo".
  if (LAST_LISTED.test(before.slice(clauseStart).trim())) {
    do clauseStart = chunkStart(before, clauseStart - 1);
    while (clauseStart > 0 && before[clauseStart - 1] === ',' && CAPITALIZED_ONLY.test(before.slice(clauseStart).trim()));
  }
  const clause = before.slice(clauseStart).trim().split(/[ \u00a0]+/u);
  // A title written capitalized after an article is an office, not a name: "The Minister for Housing, Teodor Brask,"; German capitalizes every title: "Der Wehrbeauftragte des Bundestages, Henning Otte,".
  const articled = clause[0] === 'The' || clause[0] === 'the' || (lists.language === 'de' && GERMAN_ARTICLE_BEFORE.test(`${clause[0] ?? ''} `));
  const words = clause.slice(-APPOSITION_REACH);
  // A title opening the sentence is capitalized: "Przewodniczący związku w KGHM, Bogusław Szarek,"; one before a name
  // ("Dr Sofie Halvorsen, Senior Fellow") makes the clause a titled name, and what follows a role.
  const opensSentence = /^\p{Ll}/u.test(clause[1] ?? '') && (atSentenceStart(before, clauseStart) || (clauseStart === 0 && atSentenceStart(text, end - before.length)));
  // German writes its article right before a capitalized title inside the clause: "sagte der Bürgermeister von Tetovo, Arben Xhaferi".
  const germanArticled = (index: number) => lists.language === 'de' && /^(?:der|die|des|dem|den)$/u.test(words[index - 1] ?? '');
  // A trade or a head stands for a title there, last or before what it is of: "Lajangah's lawyer, Ramesh Subramaniam,", "The head of
  // the mission, Liisa Kangaspuro,"; not "soldiers would be deployed in Chittagong, Sylhet".
  const tradeOf = (word: string, index: number) => (isOccupation(word, context) || HEAD_OF.test(word)) && (index === words.length - 1 || TRADE_OF.test(words[index + 1]!));
  return words.some((word, index) => {
    const lowered = lower(word.replace(/[.']$/u, ''), lists.language);
    const placed = articled || germanArticled(index) || /^\p{Ll}/u.test(word) || (index === 0 && clause.length <= APPOSITION_REACH && opensSentence);
    return placed && (isTitleWord(lowered, lists, lex) || tradeOf(lowered, index));
  });
}

/**
 * The name before a role whose holder follows ("Mossad chief David Barnea",
 * "Chad's President Mahamat Déby", "Brandenburgs Innenminister René Wilke"):
 * a place where the title governs one (president, mayor, minister), else an
 * organization. Only when nothing else reads it, and not a capitalized word
 * that opens a sentence ("Opposition leader Succès Masra").
 */
function readOwner(owner: Word[], role: readonly string[], context: Context, candidates: Candidate[]): void {
  const from = candidates.length;
  readPart(owner, context, candidates);
  if (candidates.length === from + 1) ownerOfRole(candidates[from]!, role, context);
}

/** A Turkish common noun in the genitive, capitalized as a sentence opens: "Birliğin", "Şirketin", "Bakanlığın". */
const TURKISH_GENITIVE_NOUN = /^\p{Lu}\p{Ll}{2,}(?:ğın|ğin|ğun|ğün|nin|nın|nun|nün|tin|tın|in|ın|un|ün)$/u;

/** Turkish titles held only in a town or a province. */
const TURKISH_LOCAL_TITLES: ReadonlySet<string> = new Set(['belediye', 'valisi', 'kaymakamı']);

function ownerOfRole(read: Candidate, role: readonly string[], context: Context): void {
  const { lists, text } = context;
  if (read.kind !== null || read.words.length > 3) return;
  // A body in the genitive, then the place its office is in: "Birliğin Siverek temsilcisi", "Şirketin Ceyhan müdürü".
  const [body, place] = read.words;
  if (lists.language === 'tr' && read.words.length === 2 && TURKISH_GENITIVE_NOUN.test(body!.text) && !isGivenName(body!, context.lex) && !isGivenName(place!, context.lex)) {
    read.words = [place!];
    read.kind = 'place';
    return;
  }
  const first = read.words[0]!;
  // "Philippine counterpart Gilberto Teodoro": a nationality is part of the role, not its owner.
  if (read.words.length === 1 && isRoleWord(first, lists, context.lex)) return;
  const last = read.words[read.words.length - 1]!;
  const possessive = /^[’']s?$/u.test(text.slice(last.end, last.end + 2).trim()) || /[’']s[ \u00a0]/u.test(text.slice(last.end, last.end + 3));
  const genitive = lists.language === 'de' && read.words.length === 1 && /\p{Ll}s$/u.test(last.text);
  // A Turkish town's mayor or a province's governor, whose place may open the sentence: "Çaycuma Belediye Başkanı", "Van Valisi".
  const localTitle = lists.language === 'tr' && role.some((word) => TURKISH_LOCAL_TITLES.has(word));
  if (!possessive && !genitive && !localTitle && atSentenceStart(text, first.start)) return;
  if (genitive) read.words = [{ ...last, text: last.text.slice(0, -1), lower: last.lower.slice(0, -1), folded: last.folded.slice(0, -1), end: last.end - 1 }];
  read.kind = governsPlace(role) ? 'place' : 'organization';
}

/** A Russian or Ukrainian adjective's soft or plural ending, which no surname takes: "Высшей", "Национальних". */
const SLAVIC_ADJECTIVE_ONLY_ENDING = /\p{L}{3,}(?:[шщжчн]ей|ые|ых|ыми|ими|іх|ої)$/u;

function slavicAdjectiveOpeningName(word: Word, text: string): boolean {
  return SLAVIC_ADJECTIVE_ONLY_ENDING.test(word.lower) && /^[ \u00a0]+\p{Ll}/u.test(text.slice(word.end, word.end + 3));
}

/** A Russian or Ukrainian surname in the nominative, by its ending: "Раджабов", "Абдылдаева", "Ковальчук", "Шевченко". */
const SLAVIC_SURNAME = /^\p{Lu}\p{Ll}{2,}(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая|ськ(?:ий|а)|цьк(?:ий|а)|енко|чук|юк|ук|ич)$/u;

/** A Russian or Ukrainian noun's genitive ending: "Киргизии", "Генштабу", "Республики". */
const GENITIVE_ENDING = /(?:а|я|ы|и|і|ї|у)$/u;

/**
 * Where a Russian or Ukrainian run names a body or a land in the genitive
 * and then someone of it, given name and surname: "ГКНБ Киргизии Таалайбек
 * Осмонов" (the holder at 2); -1 when it does not.
 */
function holderAfterOwner(words: readonly Word[], context: Context): number {
  const { language } = context.lists;
  if ((language !== 'ru' && language !== 'uk') || words.length < 3) return -1;
  const surname = words[words.length - 1]!;
  const given = words[words.length - 2]!;
  const owner = words[words.length - 3]!;
  const personal = SLAVIC_SURNAME.test(surname.text) && !SLAVIC_SURNAME.test(given.text) && !PATRONYMIC.test(given.lower) && !isAcronym(given, context.lex);
  // The word before the given name closes the owner's name: an abbreviation or a word in the genitive, never a given name.
  const ownerCloses = isAcronym(owner, context.lex) || (GENITIVE_ENDING.test(owner.lower) && !isGivenName(owner, context.lex));
  // Or the owner opens with a head in the genitive and names it in the nominative: "Республики Тувалан Аржемир Кудаков".
  const headedOwner = words.length >= 4 && GENITIVE_ENDING.test(words[0]!.lower) && !isGivenName(words[0]!, context.lex);
  return personal && (ownerCloses || headedOwner) && !isGivenName(owner, context.lex) ? words.length - 2 : -1;
}

/**
 * Where a holder's name starts after a body of two words or more that a
 * title is held in, in a language that puts the body in the genitive: at the
 * first given name, when no word before it is one and two or three name-like
 * words follow from it.
 */
function holderAfterLongOwner(words: readonly Word[], lex: Lexicon): number {
  const at = words.findIndex((word) => isGivenName(word, lex));
  const holder = words.slice(at);
  return at >= 2 && holder.length >= 2 && holder.length <= 3 && looksLikePersonalName(holder, lex) && !holder.some((word) => isAcronym(word, lex)) ? at : -1;
}

/** A Russian or Ukrainian adjective, which opens a place's name before a noun ending like a surname: "Старый Оскол", "Великий Ростов". */
const SLAVIC_ADJECTIVE_ENDING = /(?:ий|ый|ой|ая|яя|ое|ее|а|е|і|ї)$/u;

/** A given name no list holds and a surname by its ending, in Russian or Ukrainian: "Саймумин Раджабов"; not a place that ends so ("Ростов"). */
function slavicFullName(given: Word, surname: Word, context: Context): boolean {
  const { language } = context.lists;
  if (language !== 'ru' && language !== 'uk') return false;
  // Given names end in "-ин" too: "Вениамин", "Нурдин".
  const surnameFirst = SLAVIC_SURNAME.test(given.text) && !/(?:ин|ын)$/u.test(given.lower);
  if (!SLAVIC_SURNAME.test(surname.text) || surnameFirst || (SLAVIC_ADJECTIVE_ENDING.test(given.lower) && !isGivenName(given, context.lex))) return false;
  return !isAcronym(given, context.lex) && knownKind(surname.text, language) === undefined && knownKind(given.text, language) === undefined;
}

/** A patronymic, the middle word of a Russian or Ukrainian full name: "Владимирович", "Олександрівна". */
const PATRONYMIC = /(?:ович|евич|йович|ьович|ич|овна|евна|ївна|івна|ична)$/u;

/**
 * Three words after a title whose last two are a given name and a surname
 * the lists may not know: the first is the body or the land the title is
 * held in, in the genitive or abbreviated ("генеральный секретарь ОДКБ Ерлан
 * Жумабаев", "Президент Румунії Раду Ганчу"); a patronymic makes it one name.
 */
function ownerBeforeHolder(name: readonly Word[], context: Context): boolean {
  if (name.length !== 3 || PATRONYMIC.test(name[1]!.lower)) return false;
  const [owner, given, surname] = name as [Word, Word, Word];
  const abbreviated = isAcronym(owner, context.lex);
  // "szefem Biura Bezpieczeństwa Narodowego": a body's head opens one name of three words.
  if ((!abbreviated && !INFLECTING.has(context.lists.language)) || isOrganizationHead(owner.lower, context.lists.language)) return false;
  return !isAcronym(given, context.lex) && !isAcronym(surname, context.lex) && looksLikePersonalName([given, surname], context.lex);
}

/** A Russian or Ukrainian masculine noun in the genitive: "Атомфлота", "Пентагону". */
const SLAVIC_MASCULINE_GENITIVE = /(?<=[бвгджзклмнпрстфхцчшщ])[ау]$/u;

/** The body or land a title is held in, named by what the gazetteer knows of it or by its genitive's base: "Румунії" is Румунія. */
function ownerCandidate(owner: Word, role: readonly string[], context: Context): Candidate {
  const { language } = context.lists;
  const known = INFLECTING.has(language) ? stemsOf(owner.text).map((stem) => loadGazetteer().byStem.get(stem)).find((entry) => entry !== undefined) : undefined;
  if (known !== undefined) return { kind: known.known.kind, words: [owner], role: undefined, name: known.form };
  const kind = loadGazetteer().byForm.get(owner.text)?.kind ?? (governsPlace(role) && !isAcronym(owner, context.lex) ? 'place' : 'organization');
  // A place's base form is found later, by the rules for places.
  if (kind === 'place') return { kind, words: [owner], role: undefined };
  const name = (language === 'ru' || language === 'uk') && !isAcronym(owner, context.lex) ? owner.text.replace(SLAVIC_MASCULINE_GENITIVE, '') : owner.text;
  return { kind, words: [owner], role: undefined, name };
}

function governsPlace(role: readonly string[]): boolean {
  return role.some((word) => PLACE_TITLES.some((title) => word === title || (title.length >= 6 && word.endsWith(title))));
}

/** A lower-case title right after a name, before another name: "Mossad chief David Barnea", "RSF commander Mohamed". */
function titleAfter(text: string, at: number, context: Context): string | null {
  const after = /^[ \u00a0]+(\p{Ll}[\p{L}-]*)[ \u00a0]+\p{Lu}/u.exec(text.slice(at, at + 40));
  if (!after) return null;
  const word = lower(after[1]!, context.lists.language);
  return isTitleWord(word, context.lists, context.lex) ? word : null;
}

/** Adjectives by their endings, per Romance language: "nationale", "europea", "democratico", "federal" (not a Spanish subjunctive: "pudiera", "fuera", "dijera"). */
const ROMANCE_ADJECTIVES: Partial<Record<Language, string>> = {
  fr: String.raw`\p{Ll}[\p{L}-]*(?:ale|ales|al|aux|ique|iques|aire|aires|enne|ennes|ien|iens|aise|aises|ais|elle|elles|el|ive|ives|if|ée|ées|é|és|euse|eux|ise|ine|ines|ies|ie|is|i|anne|annes|iste|istes|itime|itimes|ile|iles|ole|oles)`,
  it: String.raw`\p{Ll}[\p{L}-]*(?:ico|ica|ici|iche|ale|ali|ano|ana|ani|ane|ese|esi|ea|eo|ei|ee|ario|aria|ari|arie|ivo|iva|ivi|ive|iero|iera|ieri|iere|ittimo|ittima|ittimi|ittime|ile|ili|olo|ola|oli|ole)`,
  es: String.raw`\p{Ll}[\p{L}-]*(?:al|ales|ano|ana|anos|anas|ico|ica|icos|icas|és|esa|ivo|iva|ario|aria|vil|viles|ícola|ícolas|ero|eros|(?<![iju])eras?)`,
  pt: String.raw`\p{Ll}[\p{L}-]*(?:al|ais|ano|ana|anos|anas|ico|ica|icos|icas|ês|esa|eiro|eira|ivo|iva|ário|ária|vil|vis|ícola|ícolas)`,
  // Russian puts a complement in the genitive after the head: "Институт энергетики и финансов", "Министерство обороны".
  // A field in the genitive plural too: "исследований", "искусств".
  // A verb in the plural past ends it: "заявили".
  ru: String.raw`(?:(?!\p{Ll}+ли(?!\p{L}))\p{Ll}+(?:ы|и|а|я|ов|ев|ей|ого|его|ой|ых|их|ний|тий|ств)|дел)`,
  // Ukrainian the same, without "-а" and "-я", which end as many verbs ("затримала"): "Міністерство оборони", "Служба безпеки".
  // Both with the affairs of a ministry, whose genitive has no ending: "иностранных дел", "закордонних справ"; so "досліджень", "мистецтв".
  uk: String.raw`(?:(?!\p{Ll}+ли(?!\p{L}))\p{Ll}+(?:и|і|ів|їв|ей|ого|ої|их|іх|ій|ень|цтв)|справ)`,
};
/** Words that join a lower-case complement to an institution's name: "Cour des comptes", "Consiglio dei ministri", "pour les migrations". */
const ROMANCE_JOINS: Partial<Record<Language, readonly string[]>> = {
  fr: ['de la', 'du', 'des', 'de', 'pour la', 'pour le', 'pour les', 'à la', 'aux', 'et aux', 'et des', 'et de la'],
  it: ['di', 'del', 'della', 'dei', 'degli', 'delle', 'per i', 'per il', 'per la', 'per le', 'per gli'],
  es: ['de la', 'de los', 'de las', 'del', 'de', 'para el', 'para la'],
  pt: ['de', 'do', 'da', 'dos', 'das', 'para o', 'para a'],
  // "по" opens the field of an agency: "Агентство по атомной энергии", "Комитет по делам молодёжи".
  ru: ['и', 'по'],
  uk: ['і', 'та'],
};
/** The same elided before a vowel, where a capital may follow: "Police nationale d'Haïti", "dell'Unione europea". */
const ROMANCE_ELIDED: Partial<Record<Language, string>> = { fr: String.raw`de l['’]|d['’]|pour l['’]|à l['’]`, it: String.raw`dell['’]|dall['’]|d['’]` };
/** The small words of those joins, which may stand in a tail; any other function word ends it. */
const JOIN_WORDS = new Set(Object.values(ROMANCE_JOINS).flatMap((joins) => joins.flatMap((join) => join.split(' '))));

const tailsByLanguage = new Map<Language, RegExp | null>();

/**
 * After an institution's head, Romance languages write the rest in lower case,
 * adjectives and complements: "Assemblée nationale", "Agence internationale de
 * l'énergie atomique", "Consiglio dei ministri", "Corte di giustizia
 * dell'Unione europea", "Police nationale d'Haïti".
 */
function romanceTail(language: Language): RegExp | null {
  if (tailsByLanguage.has(language)) return tailsByLanguage.get(language)!;
  const adjective = ROMANCE_ADJECTIVES[language];
  const joins = ROMANCE_JOINS[language];
  const elided = ROMANCE_ELIDED[language] ?? '(?!)';
  // A complement after a whole word is lower case ("pour les migrations", not "di Elly Schlein"); after an elision it may be a name.
  const joined = joins && [...joins].sort((a, b) => b.length - a.length).join('|');
  const complement = joined && String.raw`(?:[ \u00a0]+(?:${joined})[ \u00a0]+\p{Ll}[\p{L}-]*(?![\p{L}'’])|[ \u00a0]+(?:${elided})\p{L}[\p{L}-]*)`;
  // "dei" ends like an adjective and is a join.
  const word = adjective && joined && String.raw`[ \u00a0]+(?!(?:${joined})(?![\p{L}]))${adjective}(?![\p{L}])`;
  // A known place may close the name: "Conseil interprofessionnel du vin de Bordeaux".
  // Russian writes it in the genitive without a join: "Министерство энергетики Казахстана".
  const placeJoin = language === 'ru' || language === 'uk' ? String.raw`[ \u00a0]+` : String.raw`[ \u00a0]+(?:${joined})[ \u00a0]+`;
  const place = joined && String.raw`(?:(${placeJoin})(\p{Lu}[\p{L}-]*)(?![\p{L}'’]))?`;
  const tail = word && complement ? new RegExp(String.raw`^(?:${word})*(?:${complement}(?:${word})*){0,3}${place}`, 'u') : null;
  tailsByLanguage.set(language, tail);
  return tail;
}

/** The kind of a word the gazetteer knows, in an inflected form too where the language inflects names ("Казахстана"). */
function knownKind(word: string, language: Language): EntityKind | undefined {
  const known = loadGazetteer();
  const exact = known.byForm.get(word)?.kind;
  if (exact !== undefined || !INFLECTING.has(language)) return exact;
  return stemsOf(word)
    .map((stem) => known.byStem.get(stem)?.known.kind)
    .find((kind) => kind !== undefined);
}

/** Infinitives, which a body's lower-case complement never is. */
const ROMANCE_INFINITIVE: Partial<Record<Language, RegExp>> = {
  es: /^\p{Ll}{3,}(?:ar|er|ir)$/u,
  pt: /^\p{Ll}{3,}(?:ar|er|ir)$/u,
  it: /^\p{Ll}{2,}(?:are|ere|ire)$/u,
  fr: /^\p{Ll}{3,}(?:er|ir)$/u,
};

/** French days end like adjectives ("mardi"): "rejetée par le Sénat mardi" ends at the name. */
const FRENCH_WEEKDAYS = new Set(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);

/** A research body's head in Russian or Ukrainian, in any case: "Института", "інституту", "лаборатории". */
const RESEARCH_HEAD = /^(?:институт|інститут|лаборатор|обсерватор)/u;
/** An abbreviation in capitals, as an academy or a university is written: "РАН", "НАН", "МГУ". */
const CAPITALS_ONLY = /^\p{Lu}{2,5}$/u;

/** Whether the capitals closing a Russian or Ukrainian research body's name are the academy it belongs to: "Институт философии РАН". */
function academyOfResearchBody(words: readonly Word[], closing: string | undefined, language: Language): boolean {
  return (language === 'ru' || language === 'uk') && closing !== undefined && CAPITALS_ONLY.test(closing) && words.some((word) => RESEARCH_HEAD.test(word.lower));
}

/** An institution's name with its lower-case words: the head alone ("Gendarmerie", "Partito") says too little. */
function withRomanceTail(words: Word[], context: Context): Word[] {
  const { lists, text } = context;
  const last = words[words.length - 1];
  const pattern = romanceTail(lists.language);
  if (pattern === null || last === undefined || !words.some((word) => isOrganizationHead(word.lower, lists.language))) return words;
  // A word for a company before the name names no institution of lower-case words: "Компания Зарянефть объявила" ends at the name.
  const descriptorOnly = words.length > 1 && ORGANIZATION_NOUNS.has(words[0]!.lower) && !words.slice(1).some((word) => isOrganizationHead(word.lower, lists.language));
  if (descriptorOnly && (lists.language === 'ru' || lists.language === 'uk')) return words;
  const tail = pattern.exec(text.slice(last.end, last.end + 100));
  // A function word other than a join ends the name, unless it is an adjective the lists hold for its capitalized use ("Forces armées"), longer than a pronoun ("elles").
  const adjective = new RegExp(`^${ROMANCE_ADJECTIVES[lists.language]}$`, 'u');
  const ends = (word: string) => (lists.functionWords.has(word) && !JOIN_WORDS.has(word) && !(word.length > 5 && adjective.test(word))) || FRENCH_WEEKDAYS.has(word);
  if (!tail || tail[0].trim() === '' || tail[0].split(/[ \u00a0]+/u).some(ends)) return words;
  const tailWords = tail[0].trim().split(/[ \u00a0]+/u);
  // A name written in capitals throughout ends there; a lower-case adjective after it describes it: "la Policía Judiciária portuguesa".
  const titleCased = ROMANCE.has(lists.language) && words.length >= 2 && words.every((word) => /^\p{Lu}/u.test(word.text));
  if (titleCased && !JOIN_WORDS.has(tailWords[0]!)) return words;
  // A verb after "de" is what the body is said to do, not its complement: "acusó a la Corte de invadir funciones".
  if (tailWords.length >= 2 && JOIN_WORDS.has(tailWords[0]!) && ROMANCE_INFINITIVE[lists.language]?.test(tailWords[1]!)) return words;
  // After "по" an agency's field is an adjective or a plural: "по атомной энергии", "по делам"; not "по традиции".
  // Nor is a noun in the nominative after "и": "Правительство Казахстана и госкорпорация Росатом" names two.
  if ((lists.language === 'ru' || lists.language === 'uk') && tailWords.some((word) => /ці?я$|ция$/u.test(word))) return words;
  const fieldAt = tailWords.indexOf('по');
  if (fieldAt >= 0 && !/(?:ой|ей|ому|ему|ым|им|ам|ям)$/u.test(tailWords[fieldAt + 1] ?? '')) return words;
  const [, closingJoin, closingPlace] = tail;
  const closingKind = closingPlace === undefined ? undefined : knownKind(closingPlace, lists.language);
  const tailEnd = last.end + tail[0].length;
  const closing = closingPlace === undefined ? undefined : { text: closingPlace, lower: lower(closingPlace, lists.language), folded: entityKey(closingPlace), start: tailEnd - closingPlace.length, end: tailEnd, suffix: null };
  // A town no list knows is the body's seat too, unless it reads as a person: "Syndicat des dockers de Varnelle".
  const nextWord = /^[ \u00a0]+(\p{L}+)/u.exec(text.slice(tailEnd, tailEnd + 40))?.[1];
  const opensKnownName = nextWord !== undefined && closingPlace !== undefined && knownKind(`${closingPlace} ${nextWord}`, lists.language) !== undefined;
  const unknownSeat =
    closing !== undefined && closingKind === undefined && !opensKnownName && !isGivenName(closing, context.lex) && unknownSeatClosesBody(words.map((word) => word.lower), closing.text, text.slice(tailEnd));
  const seat = closingKind === 'place' || unknownSeat || academyOfResearchBody(words, closingPlace, lists.language);
  // Otherwise the name ends before the capitalized word: "Parti socialiste de François Hollande".
  const kept = closingPlace === undefined || seat ? tail[0] : tail[0].slice(0, tail[0].length - closingPlace.length - closingJoin!.length);
  if (kept.trim() === '') return words;
  const written = kept.trimStart();
  const start = last.end + kept.length - written.length;
  return [...words, { text: written, lower: lower(written, lists.language), folded: entityKey(written), start, end: start + written.length, suffix: null }];
}

/** Forms of address say nothing of who someone is: "Mr", "Mme", "Herr", "Sayın" are not kept as roles. */
const ADDRESS_ONLY = new Set(['mr', 'mrs', 'ms', 'miss', 'm', 'mme', 'mlle', 'monsieur', 'madame', 'herr', 'frau', 'señor', 'señora', 'sr', 'sra', 'don', 'doña', 'bay', 'bayan', 'sayın']);

/** The word before `at` as written, past a comma: "spokesman" in "spokesman Dmitry Peskov", "rival" in "rival, Alexandr". */
function writtenWordBefore(text: string, at: number): string {
  return /([\p{L}.-]+),?[ \u00a0]+$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? '';
}

function roleOf(written: string): string | undefined {
  const bare = written.toLowerCase().replace(/\.$/u, '');
  return bare === '' || ADDRESS_ONLY.has(bare) ? undefined : written;
}

/** After a title, a name is a person unless it is a known organization or place ("Kremlin Sözcüsü" is not before a name). */
function classifyTitled(words: Word[], context: Context): EntityKind {
  return classify(words, true, context) ?? 'person';
}

/** A portfolio's word after "of" or "for": "Minister for Environment", "Director of Network Resilience". */
const PORTFOLIO_JOINER_BEFORE = /(?<!\p{L})(?:of|for)[ \u00a0]+(?:\p{Lu}[\p{L}'’-]*[ \u00a0]+)?$/u;

/**
 * One word read after a title is still part of it, not a name: a portfolio after "of" or "for" ("Minister of Foreign Affairs"),
 * or a dictionary word another title word follows ("Chief Commercial Officer Ana Ruiz").
 */
function titleWordAlone(words: readonly Word[], context: Context): boolean {
  const { lex, lists, text } = context;
  const word = words[0]!;
  if (words.length !== 1 || isGivenName(word, lex)) return false;
  if (PORTFOLIO_NOUN_WORDS.has(word.lower) && PORTFOLIO_JOINER_BEFORE.test(text.slice(Math.max(0, word.start - 40), word.start))) return true;
  const next = /^[ \u00a0]+(\p{L}+)/u.exec(text.slice(word.end, word.end + 40))?.[1];
  return next !== undefined && isTitleWord(lower(next, lists.language), lists, lex) && !looksLikePersonalName(words, lex);
}

/** Articles that open names when capitalized inside a sentence: "El Fasher", "La Moncloa", "Der Spiegel", "Al Jazeera". */
const NAME_ARTICLES = new Set(['the', 'le', 'la', 'les', 'el', 'los', 'las', 'der', 'die', 'das', 'al', 'il', 'lo', 'het', 'de', 'o', 'os']);

/** Tags of words that open a sentence before an institution's name: "The", "A" ("A State Department official"), not "State". */
const ARTICLE_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun'];

/**
 * Drops leading sentence openers and trailing function words ("Ont-ils",
 * "Selon"). An institution's name keeps its words: "State Department",
 * "Ministerio de Defensa", "Observatory for Human Rights".
 */
/** German words for a part of a period, written before its year or month: "Mitte 2031", "Anfang Juni", "Ende März". */
const GERMAN_PERIOD_PARTS: ReadonlySet<string> = new Set(['Mitte', 'Anfang', 'Ende']);
/** A year or a German month right after a word. */
const YEAR_OR_MONTH_AFTER = /^[ \u00a0]+(?:\d{4}(?!\d)|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?!\p{L})/u;

/** Whether a German word is the part of a period its year or month follows. */
function germanPeriodPart(word: Pick<Word, 'text' | 'end'>, context: Context): boolean {
  return context.lists.language === 'de' && GERMAN_PERIOD_PARTS.has(word.text) && YEAR_OR_MONTH_AFTER.test(context.text.slice(word.end, word.end + 16));
}

function trimFunctionWords(words: Word[], context: Context): Word[] {
  const { lists, lex } = context;
  const joined = words.some((word) => lists.joiners.has(word.text));
  // "Reserve Bank of Malawi": a head before a joiner makes an institution too, whose first word the lexicon may read as a verb.
  const institution = words.length > 1 && (isOrganizationHead(words[words.length - 1]!.lower, lists.language) || (joined && words.some((word) => isOrganizationHead(word.lower, lists.language))));
  // In a line that is not all capitals, a word in capitals is an abbreviation, not a pronoun: "US Central Command".
  const shouted = words.every((word) => word.text === word.text.toUpperCase());
  const abbreviation = (word: Word) => !shouted && word.text.length > 1 && word.text === word.text.toUpperCase();
  // The English lexicon reads German nouns as verbs ("Land"); one that says a place follows stays.
  // So does English "Mount" opening a name ("Mount Drovak"), which the lexicon reads as a verb.
  const placeNoun = (word: Word) =>
    (lists.language === 'de' && GERMAN_PLACE_NOUNS.has(word.lower)) || capitalizedPlaceHead(word, words, context) || (word === words[0] && words.length > 1 && word.text === 'Mount');
  const opener = (word: Word) =>
    !abbreviation(word) &&
    !placeNoun(word) &&
    (institution ? lists.functionWords.has(word.lower) || ARTICLE_TAGS.some((tag) => isA(word.lower, tag, lex)) : isFunctionWord(word, lists, lex) || isTitle(word, lists, lex));
  let from = 0;
  // A capitalized article inside a sentence belongs to the name: "near El Fasher", "Al Jazeera".
  const article = words.length > 1 && NAME_ARTICLES.has(words[0]!.lower) && !atSentenceStart(context.text, words[0]!.start);
  // A Turkish portfolio before its head stays: "Dışişleri Bakanlığı", "Enerji Bakanlığı" ("Dışişleri Bakanı" is a title).
  const portfolioOfHead = (at: number) => institution && lists.language === 'tr' && at === words.length - 2;
  const inName = nameGoesOn(words, context);
  // Nor a capitalized article after an opener: "Secondo Il Gabbiano", "En La Ceiba" (French names its papers without it: "Selon Le Courrier Brenois").
  const articleAfterOpener = (at: number) => at > 0 && at < words.length - 1 && lists.language !== 'fr' && NAME_ARTICLES.has(words[at]!.lower) && /^\p{Lu}/u.test(words[at]!.text);
  while (!article && !inName && from < words.length && opener(words[from]!) && !portfolioOfHead(from) && !articleAfterOpener(from)) from++;
  if (from === 0 && wordOpeningSentenceBeforeBody(words, institution, context)) from = 1;
  if (from < words.length - 1 && DESCRIBING_COMPOUND.test(words[from]!.text)) from++;
  // German capitalizes the part of a period before its year or month, which ends the name: "die Nordische Union Mitte 2031", "Anfang Juni".
  const periodPart = words.findIndex((word, at) => at > from && germanPeriodPart(word, context));
  let to = periodPart > 0 ? periodPart : words.length;
  // A head is kept though the lexicon reads it as a verb: "Border Guard", "NewNew Shipping".
  while (!joined && !inName && to > from && isFunctionWord(words[to - 1]!, lists, lex) && !isOrganizationHead(words[to - 1]!.lower, lists.language) && !STATE_AFTER.test(words[to - 1]!.text)) to--;
  const kept = words.slice(from, to);
  // An elided article is not part of the name: "Selon l'Autorité" names the Autorité.
  const elided = kept.length > 0 && (lists.language === 'fr' || lists.language === 'it') ? /^(?:[ld]|dell|all|nell|sull)['’](?=\p{L})/iu.exec(kept[0]!.text) : null;
  if (elided) {
    const first = kept[0]!;
    const text = first.text.slice(elided[0].length);
    kept[0] = { ...first, text, lower: lower(text, lists.language), folded: entityKey(text), start: first.start + elided[0].length };
  }
  // "L'agence Moody's": the article opened the sentence, the noun after it is a common one.
  if (kept.length > 1 && /^\p{Ll}/u.test(kept[0]!.text)) kept.shift();
  // Letters after a name are not part of it: "Jonathan Pardoe KC".
  while (kept.length > 2 && POST_NOMINALS.has(kept[kept.length - 1]!.text)) kept.pop();
  return kept;
}

/** An English compound with a participle that says where a company is or who holds it: "Tarvel-based", "Chinese-controlled". */
const DESCRIBING_COMPOUND = /^\p{L}[\p{L}.]*-(?:based|controlled|owned|backed|run|led|listed|registered|funded|operated|headquartered)$/u;

/** A German compound ending in a word for a company, which says what the company is: "Baufirma", "Ölkonzern", "Softwarefirma". */
function germanCompanyKindCompound(word: string): boolean {
  return [...ORGANIZATION_NOUNS].some((noun) => noun.length >= 5 && word.length > noun.length + 1 && word.endsWith(noun));
}

/** A Polish verb in the past or the present's third person, by its ending: "Zaprotestowała", "Protestuje", "wezwali". */
const POLISH_VERB = /\p{Ll}(?:ał|ała|ało|ali|ały|ił|iła|iło|ili|iły|ył|yła|yło|yli|yły|uje|ują)$/u;
/** A Russian or Ukrainian verb in the past or the present's third person, by its ending: "оприлюднила", "протестует", "заявили". */
const EAST_SLAVIC_VERB = /\p{Ll}(?:ала|ало|али|ила|ило|или|ыла|ыли|ела|ели|ует|уют|ают|яют|ує|ують|ають|яють)$/u;
/** A Turkish noun in the accusative after a vowel, joined without the apostrophe a name's case ending takes: "Açıklamayı", "Toplantıyı". */
const TURKISH_ACCUSATIVE = /\p{Ll}{3,}[aeıioöuü]y[ıiuü]$/u;

/**
 * Whether the first of `words` opens the sentence before a body's name and is
 * no part of it, capitalized only because it comes first: an Indonesian word
 * before a head, which opens the name ("Namun Kementerian …"); a Slavic verb
 * put before its subject ("Zaprotestowała Fundacja …"); a Turkish object in
 * the accusative before a name its head ends ("Açıklamayı … Odası yaptı").
 */
function wordOpeningSentenceBeforeBody(words: readonly Word[], institution: boolean, context: Context): boolean {
  const [first, second] = words;
  if (first === undefined || second === undefined || !atSentenceStart(context.text, first.start) || first.text === first.text.toUpperCase()) return false;
  const { language } = context.lists;
  if (MALAY_LANGUAGE.test(context.lang ?? '')) return (ORGANIZATION_HEADS.id ?? []).includes(second.lower) && !(ORGANIZATION_HEADS.id ?? []).includes(first.lower);
  if (language === 'pl' || language === 'ru' || language === 'uk') {
    return (language === 'pl' ? POLISH_VERB : EAST_SLAVIC_VERB).test(first.lower) && isOrganizationHead(second.lower, language);
  }
  return language === 'tr' && institution && words.length > 2 && TURKISH_ACCUSATIVE.test(first.lower);
}

/** "State" after a name in English, which the lexicon reads as a verb: "Borno State". */
const STATE_AFTER = /^State$/u;

/** Words that address or name a body just before "the" and its name: "told the", "urged the", "observers from the". */
const ARTICLED_BODY_BEFORE = /(?<!\p{L})(?:told|urged|asked|observers from|monitors from|delegation of|spokesman for|spokeswoman for|spokesperson for)[ \u00a0]+the[ \u00a0]+$/iu;

/** Honours and ranks written after a name. */
const POST_NOMINALS = new Set(['KC', 'QC', 'MP', 'MEP', 'MSP', 'Jr', 'Sr', 'PhD', 'OBE', 'MBE', 'CBE', 'KBE']);

/** Lines of fewer words than this, without a full stop, are page furniture when they name a platform ("Share on Twitter"). */
const FURNITURE_WORDS = 6;

function lineOf(text: string, at: number): string {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const lineEnd = text.indexOf('\n', at);
  return text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).trim();
}

/** A platform named in a line that ends like a sentence is one ("posted on Telegram."); a row of share links is not. */
function lineEndsSentence(text: string, at: number): boolean {
  return /[.!?»"”]$/u.test(lineOf(text, at));
}

function isFurniture(text: string, at: number): boolean {
  const line = lineOf(text, at);
  return line.split(/\s+/u).length < FURNITURE_WORDS && !/[.!?]$/u.test(line);
}

/** Words a carrier's name of three words or more closes with, which two words name a railway's or a border's line by ("Circle Line"). */
const CARRIER_LINE_WORDS: ReadonlySet<string> = new Set(['line']);

/** Whether a name is a carrier's by its last word and its length: "Nordic Fjord Line", "Royal Orkney Line". */
function carrierLineName(words: readonly Word[]): boolean {
  return words.length >= 3 && CARRIER_LINE_WORDS.has(words[words.length - 1]!.lower);
}

/** True when capitalized words after a name end in an organization's head: "United States Navy", "Suriye Demokratik Güçleri", "Samsung Securities". */
function headsAnOrganization(after: string, language: Language, lex: Lexicon): boolean {
  const next = /^[ \u00a0]+((?:\p{Lu}[\p{L}-]*[ \u00a0]*){1,4})/u.exec(after);
  if (!next) return false;
  // A place inside a carrier's name is part of it: "Royal Orkney Line".
  if (CARRIER_LINE_WORDS.has(lower(next[1]!.trim().split(/[ \u00a0]+/u)[0]!, language))) return true;
  // A German compound's parts count apart: "Hamburg Port Authority-Chef".
  return next[1]!
    .trim()
    .split(/[ \u00a0-]+/u)
    .some((word) => isOrganizationHead(lower(word, language), language) || lex.orgWords[lower(word, language)] !== undefined);
}

/** True when the word after a place is a place's head: "Basra Körfezi" is the Gulf, not Basra. */
function headsAPlace(after: string, language: Language, lex: Lexicon): boolean {
  const next = /^[ \u00a0]+(\p{Lu}[\p{L}-]*)/u.exec(after);
  if (!next) return false;
  const word = lower(next[1]!, language);
  return PLACE_HEAD_WORDS.has(word) || lex.placeWords[word] !== undefined;
}

/**
 * A name's head before, across joining words: "Gulf of ", "Ministry for
 * Foreign Affairs of ", "Banco Central de la República " (before "Argentina"),
 * "Giełda Papierów Wartościowych w " (before "Warszawie"); in Dutch and German
 * right before: "Gerechtshof ", "Landgericht " (before "Amsterdam", "Berlin").
 */
function headedBefore(before: string, context: Context): boolean {
  const { language } = context.lists;
  const tokens = before.trimEnd().split(/[ \u00a0]+/u);
  const isHead = (token: string) => {
    const word = lower(token, language);
    return isOrganizationHead(word, language) || context.lex.placeWords[word] !== undefined || PLACE_HEAD_WORDS.has(word) || LEADING_PLACE_HEADS.has(word);
  };
  const last = tokens[tokens.length - 1] ?? '';
  // A Romance head in lower case and its join: "le tribunal correctionnel de Lyon", "l'université d'Antananarivo".
  if (LOWER_CASE_HEAD_BEFORE.test(before)) return true;
  // A head right before the place: "Landesregierung Niedersachsen", "Grupo México", "Regione Puglia" (English writes the place first).
  if (/[ \u00a0]$/u.test(before) && language !== 'en' && language !== 'other' && /^\p{Lu}\p{L}+$/u.test(last) && isOrganizationHead(lower(last, language), language)) return true;
  // A place's head, capitalized, right before: "Avenida Tolosa", "Mar Tirreno", "Lake Victoria".
  if (/[ \u00a0]$/u.test(before) && /^\p{Lu}\p{Ll}+$/u.test(last) && PLACE_HEAD_WORDS.has(lower(last, language))) return true;
  // Back over the capitalized words and joining words of the name: a head among them names the whole, once a joining word was passed.
  let joined = false;
  for (let at = tokens.length - 1; at >= 0; at--) {
    // Without an elided article: "l'Alliance des États du" (before "Sahel") is headed.
    const token = tokens[at]!.replace(/^(?:[ldLD]|dell|all|nell|sull)['’](?=\p{Lu})/u, '');
    if (NAME_JOINS.has(token)) {
      joined = true;
      continue;
    }
    if (!/^\p{Lu}/u.test(token) || /[.,;:!?]$/u.test(token)) return false;
    if (joined && isHead(token)) return true;
  }
  return false;
}

/**
 * A place's head opening a name inside a sentence, though it reads as a title
 * or a month: "Capo Teulada" (a cape, not a chief), "Mar Tirreno" (not March).
 * Romance languages write a title in lower case there.
 */
function capitalizedPlaceHead(word: Word, words: readonly Word[], context: Context): boolean {
  const { language } = context.lists;
  if (!ROMANCE.has(language) || words.length < 2 || word !== words[0] || !/^\p{Lu}\p{Ll}/u.test(word.text)) return false;
  return PLACE_HEAD_WORDS.has(word.lower) && !atSentenceStart(context.text, word.start);
}

/**
 * Three or more capitalized words inside an English sentence, set off by a
 * comma or going on in lower case, are one name though the lexicon reads
 * some of them as function words or verbs: "Major General Than Zaw Lwin,",
 * "Khaing Thu Rein said". A headline in title case ("Minister Says Talks
 * Will Go On") goes on in capitals or ends its line.
 */
function nameGoesOn(words: readonly Word[], context: Context): boolean {
  const { language } = context.lists;
  if ((language !== 'en' && language !== 'other') || words.length < 3 || atSentenceStart(context.text, words[0]!.start)) return false;
  const after = context.text.slice(words[words.length - 1]!.end, words[words.length - 1]!.end + 3);
  if (!/^(?:[,)]|[ \u00a0]\p{Ll})/u.test(after)) return false;
  return words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word.text) && !isTitle(word, context.lists, context.lex) && !PORTFOLIO_NOUN_WORDS.has(word.lower) && !ARTICLE_TAGS.some((tag) => tag !== 'Preposition' && tag !== 'Conjunction' && isA(word.lower, tag, context.lex)));
}

/** Words that join a name's parts: "Ministry for Foreign Affairs of Finland", "Giełda Papierów Wartościowych w Warszawie". */
const NAME_JOINS = new Set(['of', 'for', 'the', 'de', 'la', 'los', 'las', 'les', 'du', 'des', 'del', 'di', 'della', 'do', 'da', 'von', 'der', 'w', 'i', 'и', 'van', 'voor', 'für', 'dei', 'delle', 'dos', 'das', 'z', 'з']);
/** Characters back from a known place that a body's head may stand, across the capitalized and joining words of its name. */
const HEAD_REACH = 80;

/** The longest form of a known entry that the article writes: "Wagner" is "Wagner Group" where the article spells it out. */
function fullestForm(known: Known, text: string, written: string): string {
  let best = written;
  for (const form of known.forms) {
    if (form.length <= best.length) continue;
    const at = text.indexOf(form);
    if (at === -1) continue;
    const after = text[at + form.length];
    if (after === undefined || !/[\p{L}\p{N}]/u.test(after)) best = form;
  }
  return best;
}

/** Small words an abbreviation leaves out: "Agence internationale de l'énergie atomique" is AIEA. */
const NOT_IN_INITIALS = new Set(['de', 'la', 'le', 'l', 'du', 'des', 'of', 'the', 'and', 'for', 'et', 'y', 'del', 'los', 'las', 'der', 'die', 'das', 'für', 'und']);

/** The folded initials of a name of three words or more, "" for a shorter one. */
function initialsOf(name: string): string {
  const words = entityKey(name).split(' ').filter((word) => !NOT_IN_INITIALS.has(word));
  return words.length >= 3 ? words.map((word) => word[0]).join('') : '';
}

/** A party in parentheses right after a person: "Katharina Dröge (Bündnis 90/Die Grünen)", "Mario Voigt (CDU)". */
function affiliationAfter(text: string, at: number, context: Context): EntityMention[] {
  const party = /^[ \u00a0]*\((\p{Lu}[^()\n,;]{0,40})\)/u.exec(text.slice(at, at + 48));
  // "Lord Ferrant (President)" gives a role, "(2019)" a year.
  if (!party || /\d{4}/u.test(party[1]!) || isTitleWord(lower(party[1]!.trim(), context.lists.language), context.lists, context.lex)) return [];
  const name = party[1]!.trim();
  const start = at + party[0].indexOf(name);
  return [{ kind: 'organization', text: name, name, key: entityKey(name), start, end: start + name.length }];
}

/** "and", "or" and their kin between two names in a list, with the preposition repeated or not ("de Kenscoff et de Mirebalais") (a comma alone may end a clause: "Selon Le Monde, Macron …"). */
const COORDINATION = /^[ \u00a0]*,?[ \u00a0]*(?:and|or|et|ou|y|o|e|und|oder|ve|veya|ile|i|oraz|lub|albo|и|или|і|та|й)(?:[ \u00a0]+(?:de|à|in|to|en|a|di|da|do|von|nach|w|we|z|ze|в|во|у|з|із))?[ \u00a0]*$/u;

/** Dutch "en", which is "in" in French and Spanish. */
const DUTCH_AND = /^[ \u00a0]*,?[ \u00a0]*en[ \u00a0]*$/u;

/** An unknown name listed after a place or organization, or before a place, is one too: "in Balti and Chisinau", "Battalgazi ve Yeşilyurt ilçelerinde". */
function coordinate(candidates: Candidate[], found: readonly EntityMention[], text: string, lex: Lexicon, language: Language): void {
  interface Span {
    kind: EntityKind | null;
    start: number;
    end: number;
    candidate: Candidate | null;
    /** A known mention's text and name, for the case a place listed with it is in. */
    mention?: EntityMention;
  }
  const spans: Span[] = [
    ...found.map((m) => ({ kind: m.kind, start: m.start, end: m.end, candidate: null, mention: m })),
    // A town of the world is a place to list others with: "the hill districts of Rangamati and Bandarban".
    ...candidates.map((c) => ({ kind: c.kind ?? (c.town ? 'place' : null), start: c.words[0]!.start, end: c.words[c.words.length - 1]!.end, candidate: c })),
  ].sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    const previous = spans[i - 1]!;
    const current = spans[i]!;
    // A town read by its name alone takes the kind of a name listed with it: "Meridiam and Suez" are companies.
    const townAlone = (span: Span) => span.candidate?.kind === null && span.candidate.town === true;
    const currentUnknown = current.kind === null || (townAlone(current) && previous.kind !== null && !townAlone(previous));
    const [known, unknown] = currentUnknown ? [previous, current] : [current, previous];
    // A place lends its kind backwards; an organization only to a word the lexicon does not know: "and" is often inside
    // an organization's name ("Energy and Climate Program"), not between "Hapag-Lloyd and CMA CGM".
    const single = unknown.candidate?.words.length === 1 ? unknown.candidate.words[0]! : null;
    // Only in English does the lexicon say a word is unknown; a platform's name in a row of links stays one.
    const unknownWord = single !== null && (language === 'en' || language === 'other') && tagsOf(single.lower, lex).length === 0 && !PLATFORM_WORDS.has(single.lower);
    // German capitalizes every noun: "des Hilfswerks und Soldaten" lends nothing but a place.
    const lendsForward = language === 'de' ? known.kind === 'place' : known.kind !== 'person';
    // A person lends only to a full name no list knows: "founded by Keverver Muntata and Lodalmos Vermosri".
    const unknownWords = unknown.candidate?.words ?? [];
    const headOrAcronym = (word: Word) => isAcronym(word, lex) || PLACE_HEAD_WORDS.has(word.lower) || LEADING_PLACE_HEADS.has(word.lower) || lex.placeWords[word.lower] !== undefined || isOrganizationHead(word.lower, language);
    const personLends = known.kind === 'person' && unknownWords.length >= 2 && unknownWords.length <= 3 && looksLikePersonalName(unknownWords, lex) && !unknownWords.some(headOrAcronym);
    const lends = personLends || (known === previous ? lendsForward : known.kind === 'place' || (known.kind === 'organization' && unknownWord));
    if ((unknown.kind !== null && !townAlone(unknown)) || known.kind === null || !lends || unknown.candidate === null) continue;
    const between = text.slice(previous.end, current.start);
    // A place lends its kind along a list with commas too, when the list ends with "and": "in Drostu, Fati and Daidra";
    // only forwards, from a place before: a sentence's subject is set off by a comma too ("Bakanlık, Gaziantep ve Adıyaman'da").
    // Not in Russian, Ukrainian or Polish, whose inflected names are put in the nominative by a known one beside them.
    const listed = known === previous && known.kind === 'place' && !INFLECTING.has(language) && listedWithComma(between, text.slice(current.end, current.end + 120));
    // Or with an article after "and", which a body's name takes as often: "do Faial e do Pico".
    const articled = known.kind === 'place' && ROMANCE.has(language) && coordinatedWithArticle(between);
    if (unknown.candidate.words.length > 3 || !(COORDINATION.test(between) || (language === 'nl' && DUTCH_AND.test(between)) || listed || articled)) continue;
    unknown.candidate.kind = known.kind;
    unknown.kind = known.kind;
    // Polish towns are read by the list of towns first: "Tarnowa" is Tarnów, where "Lublina" drops an "a".
    const townKnown = language === 'pl' && unknown.candidate.words.length === 1 && polishPlace(unknown.candidate.words[0]!.text) !== unknown.candidate.words[0]!.text;
    if (known.kind === 'place' && known.mention !== undefined && INFLECTING.has(language) && unknown.candidate.words.length === 1 && !townKnown) {
      unknown.candidate.name = inTheCaseOf(unknown.candidate.words[0]!.text, known.mention.text, known.mention.name);
    }
  }
}

/**
 * A place listed with a known one is in its case: it takes the known one's
 * ending off the same way ("z Krakowa, Rzeszowa" is Rzeszów as Krakowa is
 * Kraków; "у Вашингтоні і Берліні" is Берлін). Undefined when the endings differ.
 */
function inTheCaseOf(written: string, knownText: string, knownName: string): string | undefined {
  if (knownText === knownName || knownText.includes(' ')) return undefined;
  let common = 0;
  while (common < knownText.length && common < knownName.length && knownText[common] === knownName[common]) common++;
  const ending = knownText.slice(common);
  const baseEnding = knownName.slice(common);
  if (ending === '' || common < 3 || !written.endsWith(ending) || written.length - ending.length < 3) return undefined;
  return written.slice(0, written.length - ending.length) + baseEnding;
}

/**
 * A company's or a body's name may end in a country: "Hutchison Ports UK",
 * "Thyssenkrupp Steel Europe", "WWF Italia". A run read as an organization, or
 * of two words or more nothing classified, takes the country written right
 * after it, which is then no place of its own.
 */
function nationalBranches(candidates: Candidate[], mentions: EntityMention[], text: string, known: Gazetteer, language: Language): void {
  for (const candidate of candidates) {
    const last = candidate.words[candidate.words.length - 1]!;
    const open = candidate.kind === null && candidate.words.length >= 2 && !isGivenName(candidate.words[0]!, loadLexicon());
    if (candidate.kind !== 'organization' && !open) continue;
    const at = mentions.findIndex((m) => m.kind === 'place' && m.start === last.end + 1 && text[last.end] === ' ' && known.countriesAndRegions.has(m.text));
    if (at === -1 || /^[\p{L}'’]/u.test(text.slice(mentions[at]!.end, mentions[at]!.end + 1))) continue;
    const place = mentions.splice(at, 1)[0]!;
    candidate.words.push({ text: place.text, lower: lower(place.text, language), folded: entityKey(place.text), start: place.start, end: place.end, suffix: null });
    candidate.kind = 'organization';
  }
}

/**
 * A run of two or three words nothing else classified is a person's name when
 * the article also writes its last word alone, the way news refers back to
 * people: "Tigist Haile led … Haile's time", "Arda Yüksel'in golü … Yüksel".
 */
/** An article, or an inflected adjective (not a verb in the past: "sagte"), right before a German word. */
const GERMAN_NOUN_BEFORE = /(?<!\p{L})(?:der|die|das|den|dem|des|ein|eine|einer|einen|einem|eines|zum|zur|im|vom|beim|\p{Ll}+(?<!t)(?:e|en|er|es|em))[ \u00a0]+$/u;

function nameBySurname(candidates: Candidate[], context: Context): void {
  const { lex, text } = context;
  const { language } = context.lists;
  const lone = candidates.filter((candidate) => candidate.words.length === 1).map((candidate) => candidate.words[0]!);
  // An abbreviation is no surname: "Eksperci NASK" after "NASK".
  const alone = new Set(lone.filter((word) => !isAcronym(word, lex)).map((word) => word.folded));
  // German capitalizes nouns: one that takes an article or an adjective is a thing's, not a surname ("aus dem Heft", "alter Munition").
  const nouns = new Set(language === 'de' ? lone.filter((word) => GERMAN_NOUN_BEFORE.test(text.slice(Math.max(0, word.start - 30), word.start))).map((word) => word.folded) : []);
  for (const candidate of candidates) {
    const { words } = candidate;
    const surname = words[words.length - 1]!.folded;
    const surnameAlone = words.length >= 2 && words.length <= 3 && alone.has(surname) && !nouns.has(surname);
    if (candidate.kind !== null || !surnameAlone || !looksLikePersonalName(words, lex)) continue;
    // A given name is not a word the article also writes in lower case: "Weitere Termine … weitere", "Diğer Haberler … diğer".
    if (!lowerCaseWordsOf(context).has(words[0]!.lower)) candidate.kind = 'person';
  }
}

/**
 * The endings of nouns for someone who does something, in languages whose
 * trades no list of ours holds: "le policier", "el promotor", "l'ispettore",
 * "o fiscalizador"; in Turkish the agent suffix ("üretici", not an ordinal:
 * "ikinci").
 */
const AGENT_NOUN_ENDING: Partial<Record<Language, RegExp>> = {
  fr: /\p{Ll}{3}(?:iste|eur|euse|trice|ier|ière|aire)$/u,
  es: /\p{Ll}{3}(?:ista|dor|dora|tor|tora|ero|era|ario|aria)$/u,
  it: /\p{Ll}{3}(?:ista|tore|trice|iere|iera|ario|aria)$/u,
  pt: /\p{Ll}{3}(?:ista|dor|dora|tor|tora|eiro|eira|ário|ária)$/u,
  tr: /\p{Ll}{2}(?<![ıiuü]n)[cç][ıiuü]$/u,
};
/**
 * A Turkish participle that says someone works as or is what the word before
 * it names: a trade's "-lık" before "yapan" ("balıkçılık yapan"), a title
 * before "olan" ("ekonomist olan"). A participle alone may qualify anything:
 * "hasar gören" a port.
 */
const TURKISH_WORK_BEFORE = /(?<!\p{L})(\p{Ll}{3,})[ \u00a0]+(yapan|olan)[ \u00a0]+$/u;

function turkishWorkBefore(textBefore: string): boolean {
  const [, noun, participle] = TURKISH_WORK_BEFORE.exec(textBefore) ?? [];
  if (noun === undefined) return false;
  return participle === 'yapan' ? /(?:lık|lik|luk|lük)$/u.test(noun) : isTitleOrCompound(noun, 'tr');
}
/**
 * A noun made from a present participle, after an article, right before a
 * name: "le commerçant", "el dirigente", "l'abitante", "o comerciante". The
 * article tells the noun from a preposition of the same ending ("pendant",
 * "durante", "mediante"), and an adverb in "-mente" is none.
 */
const PARTICIPLE_NOUN_BEFORE: Partial<Record<Language, RegExp>> = {
  fr: /(?<!\p{L})(?:[Ll]e|[Ll]a|[Uu]n|[Uu]ne|[Dd]u|[Aa]u|[Ll]['’])[ \u00a0]*\p{Ll}{3,}(?:ant|ante|(?<!m)ent|(?<!m)ente)[ \u00a0]+$/u,
  es: /(?<!\p{L})(?:[Ee]l|[Ll]a|[Uu]n|[Uu]na|[Aa]l|[Dd]el)[ \u00a0]+\p{Ll}{3,}(?:ante|(?<!m)ente)[ \u00a0]+$/u,
  it: /(?<!\p{L})(?:[Ii]l|[Ll]o|[Ll]a|[Uu]n|[Uu]no|[Uu]na|[Aa]l|[Dd]el|[Dd]ello|[Dd]ella|[Dd]al|[Dd]alla|(?:[Ll]|[Uu]n|[Dd]ell|[Dd]all|[Aa]ll)['’])[ \u00a0]*\p{Ll}{3,}(?:ante|(?<!m)ente)[ \u00a0]+$/u,
  pt: /(?<!\p{L})(?:[Oo]|[Aa]|[Uu]m|[Uu]ma|[Aa]o|[Dd]o|[Dd]a|[Pp]elo|[Pp]ela)[ \u00a0]+\p{Ll}{3,}(?:ante|(?<!m)ente)[ \u00a0]+$/u,
};
/** A demonym after an article stands for someone of that land: "el colombiano", "il ghanese", "o angolano". */
const DEMONYM_NOUN = /(?<!\p{L})(?:[Ee]l|[Ll]a|[Ii]l|[Ll]o|[Ll]e|[Oo]|[Aa]|[Ll]['’])[ \u00a0]*\p{Ll}{3,}(?:ano|ana|ico|ica|ense|és|esa|ese|ino|ina|ais|aise|ien|ienne|ois|oise|ain|aine|ês)[ \u00a0]+$/u;

/**
 * A full name no list knows, right after a noun for someone, is a person's:
 * a trade told by its ending ("le policier Trevol Oszkuni", "el promotor
 * Kevrin Dalmosk"), a demonym used as a noun ("el colombiano Kevrin
 * Dalmosk"), or a member of a body by its abbreviation ("CDU-Politiker Kevrin
 * Dalmosk"); so is one who leads a body ("liderado por Kevrin Dalmosk"). One
 * word after such a noun may be a firm's ("l'opérateur Orvane").
 */
function nameAfterNounForSomeone(candidates: Candidate[], lex: Lexicon, text: string, language: Language): void {
  const agent = AGENT_NOUN_ENDING[language];
  for (const candidate of candidates) {
    const { words } = candidate;
    if (candidate.kind !== null || candidate.town || words.length < 2 || words.length > 3 || !looksLikePersonalName(words, lex)) continue;
    const textBefore = text.slice(Math.max(0, words[0]!.start - 30), words[0]!.start);
    // After an elided article too: "dall’ispettore", "l'inspecteur".
    const before = /(?<!\p{L})(\p{Ll}+)[ \u00a0]+$/u.exec(textBefore)?.[1];
    const participle = PARTICIPLE_NOUN_BEFORE[language]?.test(textBefore) === true || (language === 'tr' && turkishWorkBefore(textBefore));
    const trade = before !== undefined && (agent?.test(before) === true || participle) && !ORGANIZATION_NOUNS.has(before);
    if (trade || (PARTICIPLE_NOUN_BEFORE[language] !== undefined && DEMONYM_NOUN.test(textBefore)) || MEMBER_OF_A_BODY_BEFORE.test(textBefore) || LED_BY_BEFORE.test(textBefore)) candidate.kind = 'person';
  }
}

/** Who leads or founded a body, told before the name in any of our languages: "led by", "dirigée par", "liderado por", "guidato da", "onder leiding van", "unter Führung von". */
const LED_BY_BEFORE = /(?<!\p{L})(?:(?:led|headed|chaired|founded)[ \u00a0]+by|(?:dirigée?s?|présidée?s?|menée?s?|fondée?s?)[ \u00a0]+par|(?:liderad[oa]s?|dirigid[oa]s?|encabezad[oa]s?|presidid[oa]s?|fundad[oa]s?|chefiad[oa]s?)[ \u00a0]+por|(?:guidat[oaie]|dirett[oaie]|presiedut[oaie]|fondat[oaie])[ \u00a0]+da|onder[ \u00a0]+leiding[ \u00a0]+van|geleid[ \u00a0]+door|opgericht[ \u00a0]+door|unter[ \u00a0]+(?:der[ \u00a0]+)?(?:Leitung|Führung)[ \u00a0]+von|angeführt[ \u00a0]+von|gegründet[ \u00a0]+von)[ \u00a0]+$/u;

/** A body's abbreviation joined to a word for someone in it, in any language: "CDU-Politiker", "D66-leider", "CDA-Kamerlid", "PiS-poseł". */
const MEMBER_OF_A_BODY_BEFORE = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]+(?:\/\p{Lu}+)?-\p{L}{3,}[ \u00a0]+$/u;

/** A word of the adjective kind in another case than the nominative: "Europejską", "Polskiemu", "Зеленського". */
const ADJECTIVE_IN_CASE = /(?:sk|ck|dzk|ск|цк|ськ|цьк|зьк)(?!i$|a$|ий$|ая$|а$)\p{Ll}+$/u;

/**
 * A Polish, Russian or Ukrainian name of two words no list knows, read as a
 * person's when both words show the same case of a given name and a surname:
 * "z Zbyronem Pawlaczykiem", "с Тарвелом Кузьминым"; a surname that keeps its
 * form does not tell a case ("в Новом Уренгое").
 */
function nameByCaseEndings(candidates: Candidate[], language: Language): void {
  const cases = language === 'pl' ? POLISH_NAME_CASES : language === 'ru' || language === 'uk' ? EAST_SLAVIC_NAME_CASES : null;
  if (cases === null) return;
  for (const candidate of candidates) {
    if (candidate.kind !== null || candidate.town || candidate.words.length !== 2) continue;
    const written = candidate.words.map((word) => word.text);
    // A surname like an adjective may be one after a body's head: "Komisją Europejską", "Bankowi Polskiemu".
    if (ADJECTIVE_IN_CASE.test(written[1]!)) continue;
    const surname = nominativeByEndings(written, cases)?.split(' ')[1];
    if (surname !== undefined && surname !== written[1]) candidate.kind = 'person';
  }
}

/** The words the article writes in lower case, lower cased the language's way, read once per article. */
function lowerCaseWordsOf(context: Context): ReadonlySet<string> {
  context.lowerCaseWords ??= new Set(Array.from(context.text.matchAll(/(?<![\p{L}\p{M}\p{N}'’-])\p{Ll}[\p{L}\p{M}]*/gu), (match) => lower(match[0], context.lists.language)));
  return context.lowerCaseWords;
}

/**
 * The bodies the article names in full, by their head word: a head written
 * alone later ("la Corte", "a Marinha", "le Conseil") is the one body it heads.
 */
function bodiesByTheirHead(candidates: readonly Candidate[], language: Language, spanOf: (words: Word[]) => string): ReadonlyMap<string, ReadonlySet<string>> {
  const bodies = new Map<string, Set<string>>();
  for (const candidate of candidates) {
    const head = candidate.words[0]!;
    if (candidate.kind !== 'organization' || candidate.words.length < 2 || !isOrganizationHead(head.lower, language)) continue;
    const named = bodies.get(head.folded) ?? new Set<string>();
    named.add(baseForm(spanOf(candidate.words), 'organization', language));
    bodies.set(head.folded, named);
  }
  return bodies;
}

function shortOrganizations(candidates: Candidate[]): void {
  const prefixes = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.kind !== 'organization' || candidate.words.length < 3) continue;
    for (let length = 2; length < candidate.words.length; length++) prefixes.add(entityKey(candidate.words.slice(0, length).map((w) => w.text).join(' ')));
  }
  for (const candidate of candidates) {
    if (candidate.kind === null && candidate.words.length >= 2 && prefixes.has(entityKey(candidate.words.map((w) => w.text).join(' ')))) candidate.kind = 'organization';
  }
}

interface PersonStems {
  name: string;
  /** Each word's stems. */
  words: ReadonlyArray<ReadonlySet<string>>;
}

/** The people the article names in full, with their words' stems, for a name written in another case. */
function peopleByStems(candidates: readonly Candidate[], language: Language): PersonStems[] {
  return candidates
    .filter((candidate) => candidate.kind === 'person' && candidate.words.length >= 2)
    .map((candidate) => ({
      name: baseForm(candidate.words.map((word) => word.text).join(' '), 'person', language),
      words: candidate.words.map((word) => new Set(stemsOf(word.text).filter((stem) => stem.length >= MIN_STEM - 1))),
    }));
}

/**
 * The person a name in another case stands for, in a language that inflects
 * names: "Obajtka" and "Daniela Obajtka" are Daniel Obajtek, "Путина" is
 * Владимир Путин, when the article writes those names in full. Each word
 * meets its counterpart on a stem; one word is the surname.
 */
function inflectedPerson(words: readonly Word[], people: readonly PersonStems[], language: Language): { kind: EntityKind; name: string } | undefined {
  if (people.length === 0 || words.length > 3) return undefined;
  const meets = (word: Word, stems: ReadonlySet<string>) => lookupStemsOf(word.text, language).some((stem) => stems.has(stem));
  const person = people.find((candidate) =>
    words.length === 1 ? meets(words[0]!, candidate.words[candidate.words.length - 1]!) : words.length === candidate.words.length && words.every((word, index) => meets(word, candidate.words[index]!)),
  );
  return person && { kind: 'person', name: person.name };
}

/**
 * A common noun opening a sentence before someone the article names in full
 * is no part of the name: "Коллеги Гребнева" (Гребнев's colleagues),
 * "Koledzy Nowaka", "Kollegen Brandts".
 */
function dropOpenerBeforePerson(candidate: Candidate, text: string, lex: Lexicon, personOf: (words: Word[]) => { kind: EntityKind; name: string } | undefined): void {
  const [first, ...rest] = candidate.words;
  if (first === undefined || rest.length === 0 || rest.length > 3 || candidate.kind === 'organization' || candidate.kind === 'place') return;
  if (!atSentenceStart(text, first.start) || isGivenName(first, lex)) return;
  // The run read whole is a name of its own only when the article gives it elsewhere.
  const own = entityKey(text.slice(first.start, rest[rest.length - 1]!.end));
  const whole = personOf(candidate.words);
  const person = personOf(rest);
  if ((whole !== undefined && entityKey(whole.name) !== own) || person?.kind !== 'person' || entityKey(person.name) === own) return;
  candidate.words = rest;
  candidate.kind = 'person';
}

/**
 * The mentions in reading order, without those inside a longer one that
 * starts before them: "Unione europea" in "Corte di giustizia dell'Unione
 * europea" is part of that name.
 */
function outermost(mentions: EntityMention[]): EntityMention[] {
  const ordered = mentions.sort((a, b) => a.start - b.start);
  const kept: EntityMention[] = [];
  let reach = -1; // the furthest end of the mentions that start before the current one
  let groupStart = -1;
  let groupReach = -1;
  for (const mention of ordered) {
    if (mention.start !== groupStart) {
      reach = Math.max(reach, groupReach);
      groupStart = mention.start;
      groupReach = -1;
    }
    groupReach = Math.max(groupReach, mention.end);
    if (mention.end > reach) kept.push(mention);
  }
  return kept;
}

/**
 * A name compounded with a word of what it is or holds: an abbreviation before
 * a lower-case word ("D66-leider", "BBB-leider"), or any name before one of
 * the German nouns a company or party is written with ("Thyssenkrupp-Aktie",
 * "CDU-Chef"; not "Vize-Chef").
 */
const LOWER_COMPOUND = /(?<![^ \u00a0])(\p{Lu}[\p{Lu}\p{N}]+|(?!Vize-|Ex-|Co-)\p{Lu}[\p{L}\p{N}]+(?=-(?:Aktie|Aktien|Chef|Chefin|Konzern|Sprecher|Sprecherin|Vorstand|Vorsitzende|Vorsitzender|Fraktion|Tochter|Zentrale|Generalsekretär|Generalsekretärin|Präsident|Präsidentin|Kommissar|Kommissarin|Botschafter|Botschafterin)(?![\p{L}])))-(\p{Ll}{3,}|\p{Lu}\p{Ll}+)(?![^ \u00a0])/gu;

interface RunPiece {
  run: string;
  at: number;
  /** A name before a title or a word of a company ("D66-leider", "Thyssenkrupp-Aktie"): the body it names. */
  titleHolder: boolean;
}

/** A run cut after such a compound, which keeps only its abbreviation: "BBB-leider Caroline van der Plas" is BBB, then Caroline van der Plas. */
function splitAtLowerCompounds(run: string, offset: number, context: Context): RunPiece[] {
  const pieces: RunPiece[] = [];
  let from = 0;
  for (const match of run.matchAll(LOWER_COMPOUND)) {
    // A body's head ends a name of several words: "Hamburg Port Authority-Chef" is the Authority's, not Hamburg's.
    const { language } = context.lists;
    const before = isOrganizationHead(lower(match[1]!, language), language) ? /(?:\p{Lu}[\p{L}\p{N}'’-]*[ \u00a0]){1,3}$/u.exec(run.slice(from, match.index))?.[0] : undefined;
    // Not an article or another function word: "Die Brandtwerk-Aktie".
    const nameBefore = before?.split(/(?<=[ \u00a0])/u).reduce((kept, word) => (context.lists.functionWords.has(lower(word.trim(), language)) ? '' : kept + word), '') ?? '';
    const start = match.index - nameBefore.length;
    if (start > from) pieces.push({ run: run.slice(from, start).trimEnd(), at: offset + from, titleHolder: false });
    const suffix = lower(match[2]!, language);
    pieces.push({ run: run.slice(start, match.index) + match[1]!, at: offset + start, titleHolder: /^\p{Lu}/u.test(match[2]!) || isTitleWord(suffix, context.lists, context.lex) });
    from = match.index + match[0].length;
  }
  const rest = run.slice(from).trimStart();
  pieces.push({ run: rest, at: offset + run.length - rest.length, titleHolder: false });
  return pieces.filter((piece) => piece.run !== '');
}

/** A Russian masculine surname in another case than the nominative: "Путиным", "Мирзиёева", "Миллеру". */
const RUSSIAN_SURNAME_CASE = /^(\p{Lu}\p{Ll}*(?:ов|ев|ёв|ин|ын))(ым|а|у|е)$/u;
/** The same case of a given name: "Владимиром", "Алексеем", "Дмитрия", "Игорю". */
const RUSSIAN_GIVEN_CASES: Record<string, Array<[RegExp, string]>> = {
  ым: [[/ием$/u, 'ий'], [/еем$/u, 'ей'], [/ом$/u, '']],
  а: [[/ия$/u, 'ий'], [/ея$/u, 'ей'], [/(?<=[^аеиоуыэюя])а$/u, '']],
  у: [[/ию$/u, 'ий'], [/ею$/u, 'ей'], [/(?<=[^аеиоуыэюя])у$/u, '']],
  е: [[/ии$/u, 'ий'], [/ее$/u, 'ей'], [/(?<=[^аеиоуыэюя])е$/u, '']],
};
/** A Russian city's name in the locative, genitive or dative: "в Оренбурге", "из Ростова"; a known name in another case was read by its stem. */
const RUSSIAN_PLACE_CASE = /(?<=(?:ск|цк|рг|рд|нд|нт|ов|ев|ин|ан))(?:е|а|у|ом)$/u;
/** A Ukrainian town's name in the genitive, dative, instrumental or locative: "біля Куп’янська", "у Покровську". */
const UKRAINIAN_PLACE_CASE = /(?<=(?:ськ|цьк|зьк))(?:а|у|ом|ові)$/u;
/** A town ending in a soft "-ль" in the genitive or, after "-о-", the locative: "Ставрополя", "в Мелитополе". */
const RUSSIAN_SOFT_PLACE_CASE = /(?<=\p{Ll}{3}о)л[яе]$/u;
/** A Ukrainian town in "-ий" in the genitive, a form no Ukrainian name has in the nominative: "мешканця Стрия". */
const UKRAINIAN_GENITIVE_IY = /(?<=\p{Ll}{2})ия$/u;
/** A Polish town's name in the locative: "w Płocku", "w Hamburgu". */
const POLISH_PLACE_CASE = /(?<=(?:k|g|ch))u$/u;

/**
 * Endings of a Polish town's name in the locative or genitive and of its
 * nominative: a plural's ("w Katowicach" is Katowice, "w Suwałkach" Suwałki)
 * and an adjective's ("w Rudnej" is Rudna).
 */
const POLISH_PLACE_ENDINGS: ReadonlyArray<[RegExp, string]> = [
  [/(?<=[ci])ach$/u, 'e'],
  [/(?<=[kg])ach$/u, 'i'],
  [/ach$/u, 'y'],
  [/(?<=\p{L}{3})ej$/u, 'a'],
  // A land's name in "-ia" in the genitive, dative or locative: "na Warmii" is Warmia.
  [/(?<=\p{L}{3})ii$/u, 'ia'],
  // A neuter land's name in "-ie" in the locative: "na Kociewiu" is Kociewie.
  [/(?<=\p{L}{3})iu$/u, 'ie'],
  // A town in "-iec" without its "ie" after a labial in the other cases: "z Tarnowca", "w Tarnowcu" are Tarnowiec.
  [/(?<=\p{L}{3}[bfmpw])c(?:a|u|em)$/u, 'iec'],
];

/**
 * A Polish town's name in the nominative: the Polish town it is a case of ("w
 * Rzeszowie" is Rzeszów, "okolice Włodawy" Włodawa), else by its ending
 * ("w Płocku", "w Wyrykach", "w Rudnej").
 */
function polishPlace(written: string): string {
  if (isWorldTown(written)) return written;
  const town = lookupStemsOf(written, 'pl')
    .map((stem) => polishTownStems().get(stem))
    .find((found) => found !== undefined);
  if (town !== undefined) return town;
  const ending = POLISH_PLACE_ENDINGS.find(([pattern]) => pattern.test(written));
  return ending ? written.replace(ending[0], ending[1]) : written.replace(POLISH_PLACE_CASE, '');
}

/** A Polish word with the sounds its other cases change put back: "Gazecie" (Gazeta), "Radzie" (Rada), "Urzędu" (Urząd). */
function polishBaseVowels(word: string): string {
  return word.replace(/cie$/u, 'ta').replace(/dzie$/u, 'da').replace(/ę(?=\p{L}{1,3}$)/u, 'ą');
}

/** A Polish head's nominative, by the longest stem it shares with one ("Radiu" is Radio, not Rada); a softened locative too ("Gazecie" is Gazeta). */
function polishHead(word: string): string | undefined {
  polishHeadStems ??= new Map(ORGANIZATION_HEADS.pl!.map((head) => [head, stemsOf(head).filter((stem) => stem.length >= 3)]));
  const stems = [...stemsOf(word), ...stemsOf(polishBaseVowels(word))];
  let best: { head: string; length: number } | undefined;
  for (const [head, headStems] of polishHeadStems) {
    const length = Math.max(0, ...headStems.filter((stem) => stems.includes(stem)).map((stem) => stem.length));
    if (length > (best?.length ?? 0)) best = { head, length };
  }
  return best?.head;
}
let polishHeadStems: ReadonlyMap<string, readonly string[]> | undefined;

/** Endings of a Polish adjective in the other cases, by the gender of its head: "Okręgowym" is Okręgowy, "Prasowej" Prasowa, "Uniwersyteckim" Uniwersytecki. */
const POLISH_ADJECTIVE_CASES: Record<'feminine' | 'masculine' | 'neuter', ReadonlyArray<[RegExp, string]>> = {
  feminine: [[/(?<=[kg])iej$/u, 'a'], [/(?:ej|ą)$/u, 'a']],
  masculine: [[/(?<=[kg])(?:iego|iemu|im)$/u, 'i'], [/(?:ego|emu|ym)$/u, 'y']],
  neuter: [[/(?<=[kg])(?:iego|iemu|im)$/u, 'ie'], [/(?:ego|emu|ym)$/u, 'e']],
};
const POLISH_ADJECTIVE_CASE = /^\p{Lu}\p{Ll}+(?:ej|ego|emu|ym|im|ą)$/u;

/**
 * A Polish body's name in the nominative: its head (first or after the
 * adjectives before it) and the adjectives around it, which agree with it;
 * what follows stays as written. "Sądem Okręgowym w Lublinie" is Sąd Okręgowy
 * w Lublinie, "Polskiej Agencji Prasowej" Polska Agencja Prasowa.
 */
function polishBodyNominative(written: string): string {
  const words = written.split(' ');
  const headAt = words.findIndex((word, index) => index <= 1 && /^\p{Lu}/u.test(word) && polishHead(word) !== undefined && (index === 0 || POLISH_ADJECTIVE_CASE.test(words[0]!)));
  if (headAt < 0) return written;
  const head = words[headAt]!;
  const nominative = polishHead(head)!;
  const gender = /(?:a|ż|ś|ść)$/u.test(nominative) ? 'feminine' : /(?:o|e|um)$/u.test(nominative) ? 'neuter' : 'masculine';
  const agree = (word: string) => {
    const rule = POLISH_ADJECTIVE_CASES[gender].find(([ending]) => ending.test(word));
    return rule ? word.replace(rule[0], rule[1]) : word;
  };
  let adjectives = true;
  const after = words.slice(headAt + 1).map((word) => {
    adjectives &&= POLISH_ADJECTIVE_CASE.test(word);
    return adjectives ? agree(word) : word;
  });
  // A head written as its nominative keeps its own form: "Sąd", "Agencja".
  const headWord = entityKey(head) === entityKey(nominative) ? head : head[0] + nominative.slice(1);
  return [...words.slice(0, headAt).map(agree), headWord, ...after].join(' ');
}

/**
 * Polish adjectives after a head put back in the nominative with it: "Straży Granicznej" is Straż Graniczna, "Sądu
 * Najwyższego" Sąd Najwyższy, "Morzu Grenlandzkim" Morze Grenlandzkie.
 */
function polishAdjectivesAfter(head: string, words: readonly string[]): string[] {
  const feminine = /(?:a|ż|ś|ść)$/u.test(head);
  const neuter = /[oe]$/u.test(head);
  let adjectives = true;
  return words.map((word) => {
    adjectives &&= feminine ? /^\p{Lu}\p{Ll}+(?:ej|ego)$/u.test(word) : /^\p{Lu}\p{Ll}+(?:ej|ego|emu|ym|im)$/u.test(word);
    if (!adjectives) return word;
    // After "k" and "g" the ending is "-iej", "-iego", "-im": "Europejskiej" is Europejska, "Polskiego" Polski.
    if (feminine) return word.replace(/(?<=[kg])iej$|ej$/u, 'a');
    return /[kg]i(?:ego|emu|m)$/u.test(word) ? word.replace(/i(?:ego|emu|m)$/u, neuter ? 'ie' : 'i') : word.replace(/(?:ego|emu|ym)$/u, neuter ? 'e' : 'y');
  });
}

/**
 * The nominative of a name written in another case, where its endings say
 * so: "Владимиром Путиным" is Владимир Путин, "в Оренбурге" Оренбург,
 * "w Płocku" Płock. A woman's name and a name of other shapes stay as written.
 */
function baseForm(written: string, kind: EntityKind, language: Language): string {
  if (language === 'de' && kind === 'organization') return germanNominative(written);
  if (!INFLECTING.has(language)) return written;
  if (language === 'uk' && kind === 'person') return ukrainianNominative(written);
  if (language === 'pl' && kind === 'person') return polishNominative(written);
  if (language === 'ru' && kind === 'person') {
    const words = written.split(' ');
    const surname = words.length >= 2 && words.length <= 3 ? RUSSIAN_SURNAME_CASE.exec(words[words.length - 1]!) : null;
    if (!surname) return nominativeByEndings(words, EAST_SLAVIC_NAME_CASES) ?? written;
    const given = words.slice(0, -1).map((word) => {
      const rule = RUSSIAN_GIVEN_CASES[surname[2]!]!.find(([ending]) => ending.test(word));
      return rule ? word.replace(rule[0], rule[1]) : word;
    });
    // A woman's name ends like a man's in the genitive ("Мария Захарова" is no Марий Захаров), and in the accusative like
    // his dative: those two cases only when the given name, put back, is one we know ("Владимира" is Владимир).
    const confirmed = entityKey(given[0]!) !== entityKey(words[0]!) && GIVEN_NAME_WORDS.has(entityKey(given[0]!)) && !GIVEN_NAME_WORDS.has(entityKey(words[0]!));
    if ((surname[2] === 'а' || surname[2] === 'у') && !confirmed) return written;
    return [...given, surname[1]!].join(' ');
  }
  if (language === 'pl' && kind === 'organization') return polishBodyNominative(written);
  if (kind === 'organization' && COMMISSION_CASE.test(written)) return written.replace(COMMISSION_CASE, (ending) => (ending.startsWith('комісі') ? 'комісія' : 'комиссия'));
  if (kind === 'organization') {
    // "Института энергетики и финансов" is the Институт, "Ministerstwa Spraw Wewnętrznych" the Ministerstwo: the head comes first, its complement stays in the genitive.
    const [head, ...rest] = written.split(' ');
    const stems = stemsOf(head!);
    const nominative = ORGANIZATION_HEADS[language]!.find((form) => stemsOf(form).some((stem) => stem.length >= 3 && stems.includes(stem)));
    if (!nominative || !/^\p{Lu}/u.test(head!)) return written;
    // The head alone: "w Sejmie" is the Sejm.
    if (rest.length === 0) return head![0] + nominative.slice(1);
    return [head![0] + nominative.slice(1), ...(language === 'pl' ? polishAdjectivesAfter(nominative, rest) : rest)].join(' ');
  }
  if (kind === 'place' && written.includes(' ')) {
    // A place's head first, its adjectives after in Polish: "Puszczy Białowieskiej" is Puszcza Białowieska.
    const [head, ...rest] = written.split(' ');
    const nominative = inflectedPlaceHead(head!, language);
    if (nominative === undefined) return written;
    return [head![0] + nominative.slice(1), ...(language === 'pl' ? polishAdjectivesAfter(nominative, rest) : rest)].join(' ');
  }
  if (kind !== 'place') return written;
  if (SLAVIC_LAND_NAME.test(written)) return written.replace(/щин\p{Ll}+$/u, 'щина');
  if (language === 'ru') return written.replace(RUSSIAN_PLACE_CASE, '').replace(RUSSIAN_SOFT_PLACE_CASE, 'ль');
  if (language === 'pl') return polishPlace(written);
  if (language === 'uk') return written.replace(UKRAINIAN_PLACE_CASE, '').replace(UKRAINIAN_GENITIVE_IY, 'ий');
  return written;
}

/** Genders of German heads by their ending, for the adjective before them: "Deutscher Wetterdienst", "Technisches Hilfswerk", "Deutsche Bahn". */
const GERMAN_HEAD_GENDERS: ReadonlyArray<[RegExp, 'er' | 'es' | 'e']> = [
  [/(?:dienst|rat|bund|verband|konzern|verein|ausschuss|hof|fonds|senat|tag|rundfunk|sender|zoll|stab|gerichtshof)$/u, 'er'],
  [/(?:werk|amt|institut|departement|sekretariat|ium|gericht|zentrum|büro|kommando|komitee|parlament|bündnis|forum|kreuz|kabinett|unternehmen|haus)$/u, 'es'],
  [/(?:bahn|bank|partei|behörde|agentur|kommission|union|anstalt|polizei|akademie|kammer|börse|allianz|armee|marine|mission|gruppe|bundeswehr|liga|front|hilfe|wacht|ung|heit|keit|schaft|ion|ität|ei|schau|post|presse)$/u, 'e'],
];
/** A compound head alone in the genitive, before its complement or its seat: "des Bundesamts für", "des Fraunhofer-Instituts für", "des Landgerichts Hamburg". */
const GERMAN_GENITIVE_HEAD = /^\p{Lu}(?:\p{Ll}+-)?\p{Ll}*(?:[Aa]mt|[Ww]erk|[Ii]nstitut|[Gg]ericht|[Mm]inisterium|[Zz]entrum)e?s$/u;
/** Adjectives before a German head, by their stem: "Deutschen", "Technischen", "Auswärtigen", "Roten", "Kleinen", "Deutsch-Kasachischen". */
const GERMAN_ADJECTIVE = /^(?=\p{Lu})([\p{L}-]*(?:isch|sch|lich|ig|al|ell|är|iv|[Rr]ot|[Nn]eu|[Ff]rei|[Gg]rün|[Vv]ereinigt|[Kk]lein|[Gg]roß|[Aa]llgemein|[Hh]och|[Oo]ber|[Nn]ieder|[Aa]lt|[Jj]ung))(?:en|em|es|er|e)$/u;
/** An adjective made from a town takes no ending of case or gender: "Leipziger Volkszeitung", "der Leipziger Volkszeitung". */
const germanTownAdjective = (word: string) => word.endsWith('er') && knownKind(word.slice(0, -2), 'de') === 'place';

/**
 * A German body's name in the nominative, as it is named alone: "des Deutschen
 * Wetterdienstes" is Deutscher Wetterdienst, "des Technischen Hilfswerks"
 * Technisches Hilfswerk, "der Deutschen Bahn" Deutsche Bahn. Only a name that
 * ends in a head whose gender its ending tells; others stay as written.
 */
function germanNominative(written: string): string {
  // The head ends the words before the first lower-case one; its complement keeps its case: "Bundesamts für Ausrüstung", "Verwaltung des Bundes".
  const complementAt = written.split(' ').findIndex((word, index) => index > 0 && /^\p{Ll}/u.test(word));
  if (complementAt > 0) {
    const words = written.split(' ');
    return [germanNominative(words.slice(0, complementAt).join(' ')), ...words.slice(complementAt)].join(' ');
  }
  const words = written.split(' ');
  // A head before its seat, which keeps its own form: "Landgerichts Hamburg" is the Landgericht Hamburg.
  if (words.length === 2 && GERMAN_GENITIVE_HEAD.test(words[0]!)) return `${germanNominative(words[0]!)} ${words[1]!}`;
  // A head before its members, who keep the genitive plural: "des Bundes Deutscher Architekten" is the Bund Deutscher Architekten.
  if (words.length > 2 && /er$/u.test(words[1]!) && GERMAN_ADJECTIVE.test(words[1]!)) return [germanNominative(`Der ${words[0]!}`).slice(4), ...words.slice(1)].join(' ');
  const head = words[words.length - 1]!;
  if (words.length < 2 && !GERMAN_GENITIVE_HEAD.test(head)) return written;
  const lowered = head.toLowerCase();
  const genitive = /e?s$/u.exec(lowered);
  const bare = genitive ? lowered.slice(0, genitive.index) : lowered;
  const gendered = (form: string) => GERMAN_HEAD_GENDERS.find(([ending]) => ending.test(form));
  // "Hilfswerks" is Hilfswerk; "Kommission" and "Fonds" keep their "s".
  const strip = genitive !== null && !gendered(lowered) && gendered(bare)?.[1] !== 'e';
  const gender = gendered(strip ? bare : lowered)?.[1];
  if (gender === undefined) return written;
  const adjectives = words.slice(0, -1).map((word) => {
    const adjective = germanTownAdjective(word) ? null : GERMAN_ADJECTIVE.exec(word);
    return adjective ? adjective[1]! + gender : word;
  });
  return [...adjectives, strip ? head.slice(0, head.length - genitive[0].length) : head].join(' ');
}

/** A Polish man's surname in the genitive or accusative: "Kowalskiego", "Nowaka", "Obajtka" (a vowel dropped before "k"). */
const POLISH_INSTRUMENTAL = /^(\p{Lu}\p{Ll}*[bcdfghjklłmnprstwzż])em$/u;
/** The same surnames in the instrumental: "Kowalskim", "Nowakiem", "Cenckiewiczem". */
const POLISH_SURNAME_INSTRUMENTAL: ReadonlyArray<[RegExp, string]> = [
  [/(?<=[sc]k|dzk)im$/u, 'i'],
  [/(?<=[kg])iem$/u, ''],
  [/(?<=[bcdfghjklłmnprstwzż])em$/u, ''],
];
const POLISH_SURNAME_CASE: ReadonlyArray<[RegExp, string]> = [
  [/(?<=[sc]k|dzk)iego$/u, 'i'],
  [/(?<=[^aeiouyąęósśz])ka$/u, 'ek'],
  [/(?<=[bcdfghjklłmnprstwzż])a$/u, ''],
];

/** A Polish woman's given name in another case: "Marii" (Maria), "Anny", "Annie", "Anną", "Annę" (Anna). */
const POLISH_FEMININE_CASES: ReadonlyArray<[RegExp, string]> = [
  [/ii$/u, 'ia'],
  [/(?:y|i|ie|ą|ę)$/u, 'a'],
];
/** Her surname of the adjective kind in another case: "Kowalskiej", "Kowalską" (Kowalska). */
const POLISH_FEMININE_SURNAME_CASE: ReadonlyArray<[RegExp, string]> = [[/(?<=[sc]k|dzk)(?:iej|ą)$/u, 'a']];

/**
 * A Polish man's name in the genitive or accusative, in the nominative, when
 * the given name put back is one we know and the surname has such an ending:
 * "Daniela Obajtka" is Daniel Obajtek, "Jana Kowalskiego" Jan Kowalski.
 * "Daniela Nowak", a woman, stays: her surname has no ending to take off.
 */
function polishNominative(written: string): string {
  const words = written.split(' ');
  const instrumental = words.length === 2 ? POLISH_INSTRUMENTAL.exec(words[0]!) : null;
  if (instrumental && GIVEN_NAME_WORDS.has(entityKey(instrumental[1]!).replace(/ł/gu, 'l'))) {
    // "Sławomirem Cenckiewiczem" is Sławomir Cenckiewicz, "Tomaszem Kowalskim" Tomasz Kowalski.
    const surname = POLISH_SURNAME_INSTRUMENTAL.find(([ending]) => ending.test(words[1]!));
    return `${instrumental[1]} ${surname ? words[1]!.replace(surname[0], surname[1]) : words[1]}`;
  }
  const feminine = words.length === 2 ? POLISH_FEMININE_CASES.find(([ending, base]) => ending.test(words[0]!) && GIVEN_NAME_WORDS.has(entityKey(words[0]!.replace(ending, base)))) : undefined;
  if (feminine) {
    // "Anny Kowalskiej" is Anna Kowalska, "Ewą Nowak" Ewa Nowak: a surname like a noun does not change for a woman; each part
    // of a double one changes by its own kind ("Barbary Wiśniewskiej-Kornak" is Barbara Wiśniewska-Kornak).
    const surname = words[1]!
      .split('-')
      .map((part) => {
        const rule = POLISH_FEMININE_SURNAME_CASE.find(([ending]) => ending.test(part));
        return rule ? part.replace(rule[0], rule[1]) : part;
      })
      .join('-');
    return `${words[0]!.replace(feminine[0], feminine[1])} ${surname}`;
  }
  if (words.length !== 2) return written;
  const given = words[0]!.slice(0, -1);
  const surname = POLISH_SURNAME_CASE.find(([ending]) => ending.test(words[1]!));
  if (/a$/u.test(words[0]!) && surname && GIVEN_NAME_WORDS.has(entityKey(given))) return `${given} ${words[1]!.replace(surname[0], surname[1])}`;
  return nominativeByEndings(words, POLISH_NAME_CASES) ?? written;
}

/** A case of a two-word name: the given name's ending and what puts it back, and the endings the surname takes in that case. */
interface NameCase {
  given: readonly [RegExp, string];
  surname: ReadonlyArray<readonly [RegExp, string]>;
  /** A surname that keeps its form in that case: one that does not decline ("Рютте"), and a woman's that ends in a consonant ("Kowalczuk"). */
  surnameStays: RegExp | null;
}

const POLISH_CONSONANT = '[bcdfghjklłmnprstwzżź]';
/** A surname that does not decline: a foreign one ending in a vowel no case ending has ("Рютте", "Шевченко" for a woman, "Bruno"). */
const SURNAME_THAT_DOES_NOT_DECLINE = /[еёэоeo]$/u;
/** A woman's surname that keeps its form in every case: one ending in a consonant ("Kowalczuk", "Мельник"), or one that does not decline. */
const WOMANS_SURNAME_THAT_STAYS = /[^аяыуюйьaąęyеёэоіиeoi]$|[еёэоeo]$/u;
/**
 * Polish cases told by endings no nominative has, or by the same case on both
 * words: a man's genitive "Aleksandra Łukaszenki", "Radomira Kowalczyka" (a
 * surname's "-nki" or "-czyka" is no nominative's), his instrumental "Radomirem Wiąckiem", dative "Radomirowi
 * Wiąckowi"; a woman's instrumental or accusative "Aliną", "Alinę", and her
 * genitive "Aliny" (no woman's nominative ends in "-ny").
 */
const POLISH_NAME_CASES: readonly NameCase[] = [
  {
    given: [new RegExp(`(?<=${POLISH_CONSONANT})a$`, 'u'), ''],
    // Only Polish surnames' own endings: a foreign woman's "Marta Costa" or "Yuka Tanaka", and a Polish "Lipka", are in the nominative.
    surname: [[/(?<=[sc]k|dzk)iego$/u, 'i'], [/(?<=[^sc][kg])i$/u, 'a'], [/(?<=[iyu]k|[icy]cz|[iy]sz|rz|ń|ł)a$/u, '']],
    surnameStays: null,
  },
  { given: [new RegExp(`(?<=${POLISH_CONSONANT})em$`, 'u'), ''], surname: POLISH_SURNAME_INSTRUMENTAL, surnameStays: null },
  { given: [new RegExp(`(?<=${POLISH_CONSONANT})owi$`, 'u'), ''], surname: [[/(?<=[sc]k|dzk)iemu$/u, 'i'], [/owi$/u, '']], surnameStays: null },
  { given: [/[ąę]$/u, 'a'], surname: POLISH_FEMININE_SURNAME_CASE, surnameStays: WOMANS_SURNAME_THAT_STAYS },
  { given: [/(?<=[bdfgklłmnptwz]|[^rcs]z)y$/u, 'a'], surname: [[/(?<=[sc]k|dzk)iej$/u, 'a']], surnameStays: WOMANS_SURNAME_THAT_STAYS },
];

const EAST_SLAVIC_CONSONANT = '[бвгджзклмнпрстфхцчшщ]';
/**
 * Russian and Ukrainian cases told by endings no nominative has: a man's
 * instrumental "Марком Рютте", "Алексеем Беловым", his Ukrainian dative
 * "Маркові Рютте", a woman's instrumental "Анной Беловой", "Ганною Рютте".
 */
const EAST_SLAVIC_NAME_CASES: readonly NameCase[] = [
  {
    given: [new RegExp(`(?<=${EAST_SLAVIC_CONSONANT})ом$`, 'u'), ''],
    surname: [[/(?<=ов|ев|ёв|ин|ын)ым$/u, ''], [/(?<=ск|цк|ськ|цьк|зьк)им$/u, 'ий'], [/енком$/u, 'енко'], [new RegExp(`(?<=${EAST_SLAVIC_CONSONANT})ом$`, 'u'), '']],
    surnameStays: SURNAME_THAT_DOES_NOT_DECLINE,
  },
  {
    given: [/(?<=[еиіє])ем$/u, 'й'],
    surname: [[/(?<=ов|ев|ёв|ин|ын)ым$/u, ''], [/(?<=ск|цк|ськ|цьк|зьк)им$/u, 'ий'], [/енком$/u, 'енко'], [new RegExp(`(?<=${EAST_SLAVIC_CONSONANT})ом$`, 'u'), '']],
    surnameStays: SURNAME_THAT_DOES_NOT_DECLINE,
  },
  { given: [new RegExp(`(?<=${EAST_SLAVIC_CONSONANT})ові$`, 'u'), ''], surname: [[/(?<=ськ|цьк|зьк)ому$/u, 'ий'], [/енкові$/u, 'енко'], [/ові$/u, '']], surnameStays: SURNAME_THAT_DOES_NOT_DECLINE },
  {
    given: [new RegExp(`(?<=${EAST_SLAVIC_CONSONANT})(?:ой|ою)$`, 'u'), 'а'],
    surname: [[/(?<=ов|ев|ёв|ин|ын)(?:ой|ою)$/u, 'а'], [/(?<=ск|цк)ой$/u, 'ая'], [/(?<=ськ|цьк|зьк)ою$/u, 'а']],
    surnameStays: WOMANS_SURNAME_THAT_STAYS,
  },
];

/**
 * A two-word name put in the nominative by its case endings alone, for the
 * given names no list holds: the given name's ending must be one of a case,
 * and the surname's the same case's (or one that does not decline, where
 * that case allows). Undefined when the endings tell no case.
 */
function nominativeByEndings(words: readonly string[], cases: readonly NameCase[]): string | undefined {
  const [given, surname] = words;
  if (given === undefined || surname === undefined || words.length !== 2 || GIVEN_NAME_WORDS.has(entityKey(given))) return undefined;
  for (const nameCase of cases) {
    const [givenEnding, givenBase] = nameCase.given;
    if (!givenEnding.test(given)) continue;
    const rule = nameCase.surname.find(([ending]) => ending.test(surname));
    if (rule === undefined && !nameCase.surnameStays?.test(surname)) continue;
    return `${given.replace(givenEnding, givenBase)} ${rule ? surname.replace(rule[0], rule[1]) : surname}`;
  }
  return undefined;
}

/** A Ukrainian surname of the adjective kind in another case: "Зеленського", "Кличком" is not one. */
/** A man's surname in "-енко" in another case: "Шевченка", "Шевченкові". */
const UKRAINIAN_ENKO_CASE = /енк(?:а|у|ові|ом)$/u;
/** A man's surname ending in a consonant, in another case: "Стасюка", "Огурцову", "Мельником". */
const UKRAINIAN_MASCULINE_CASE = /(?<=\p{Ll}{2}[бвгджзклмнпрстфхцчшщ])(?:а|у|ові|ом)$/u;
const UKRAINIAN_SURNAME_CASE = /^(\p{Lu}\p{Ll}*(?:ськ|цьк|зьк))(?:ого|ому|им|ім)$/u;
/** Endings of a Ukrainian man's given name in the genitive, dative and instrumental: "Володимира", "Володимиру", "Володимиром", "Андрієм". */
const UKRAINIAN_GIVEN_CASES: ReadonlyArray<[RegExp, string]> = [[/ієві$|ієм$|ія$|ію$/u, 'ій'], [/(?<=[^аеєиіїоуюяь])(?:ові|ом|а|у)$/u, '']];

/** A Ukrainian man's name in another case, in the nominative: "Володимира Зеленського" is Володимир Зеленський; other names stay as written. */
function ukrainianNominative(written: string): string {
  const words = written.split(' ');
  if (words.length < 2 || words.length > 3) return written;
  const surname = UKRAINIAN_SURNAME_CASE.exec(words[words.length - 1]!);
  const given = words.slice(0, -1).map((word) => {
    const rule = GIVEN_NAME_WORDS.has(entityKey(word)) ? undefined : UKRAINIAN_GIVEN_CASES.find(([ending, base]) => ending.test(word) && GIVEN_NAME_WORDS.has(entityKey(word.replace(ending, base))));
    return rule ? word.replace(rule[0], rule[1]) : word;
  });
  const last = words[words.length - 1]!;
  // A man's given name in another case puts his surname in it too: "Олега Стасюка" is Олег Стасюк, "Івана Шевченка" Іван Шевченко.
  const declined = given.some((word, index) => word !== words[index]);
  const manSurname = declined && !surname ? last.replace(UKRAINIAN_ENKO_CASE, 'енко').replace(UKRAINIAN_MASCULINE_CASE, '') : last;
  // A surname that does not decline, as a foreign one, stays as written: "Тарасом Рютте" is Тарас Рютте.
  const nominative = [...given, surname ? `${surname[1]}ий` : manSurname].join(' ');
  return nominative === written ? (nominativeByEndings(words, EAST_SLAVIC_NAME_CASES) ?? written) : nominative;
}

/**
 * Russian names made of an adjective and a lower-case head: "Оренбургской области", "Краснодарского края", "Следственный
 * комитет"; landforms and waters too: "Ферганской долины", "Токтогульского водохранилища".
 */
const RUSSIAN_HEADED =
  /(?<![\p{L}|])(\p{Lu}\p{Ll}+)[ \u00a0]+(област(?:ь|и|ью)|кра(?:й|я|е|ем)|район(?:а|е|ом)?|комитет(?:а|е|ом|у)?|палат(?:а|ы|е|у|ой)|долин(?:а|ы|е|у|ой)|водохранилищ(?:е|а|у|ем)|озер(?:о|а|е|у|ом)|низменност(?:ь|и|ью)|нагорь(?:е|я|ю|ем))(?!\p{L})/gu;
const RUSSIAN_HEAD_BASE: Record<string, { base: string; kind: EntityKind; gender: Exclude<Gender, 'plural'> }> = {
  област: { base: 'область', kind: 'place', gender: 'feminine' },
  кра: { base: 'край', kind: 'place', gender: 'masculine' },
  район: { base: 'район', kind: 'place', gender: 'masculine' },
  комитет: { base: 'комитет', kind: 'organization', gender: 'masculine' },
  комітет: { base: 'комітет', kind: 'organization', gender: 'masculine' },
  палат: { base: 'палата', kind: 'organization', gender: 'feminine' },
  долин: { base: 'долина', kind: 'place', gender: 'feminine' },
  водохранилищ: { base: 'водохранилище', kind: 'place', gender: 'neuter' },
  водосховищ: { base: 'водосховище', kind: 'place', gender: 'neuter' },
  озер: { base: 'озеро', kind: 'place', gender: 'neuter' },
  низменност: { base: 'низменность', kind: 'place', gender: 'feminine' },
  нагорь: { base: 'нагорье', kind: 'place', gender: 'neuter' },
};
/** An adjective's nominative ending by the gender of its head, in Ukrainian and in Russian (after "к", "г", "х" and hushing consonants, "-ий"). */
const HEADED_ADJECTIVE_ENDINGS: Record<'uk' | 'ru', Record<Exclude<Gender, 'plural'>, string>> = {
  uk: { feminine: 'а', masculine: 'ий', neuter: 'е' },
  ru: { feminine: 'ая', masculine: 'ый', neuter: 'ое' },
};
/** An adjective's ending in any case, to put it in the nominative. */
const RUSSIAN_ADJECTIVE_ENDING = /(?:ая|ой|ую|ей|ий|ый|ое|ее|ого|его|ому|ему|ом|ем|ым|им)$/u;

/**
 * A field in the genitive after a body's head, which its name keeps as written: "комитета национальной безопасности",
 * "школы экономики", "управління розвідки"; abstract nouns only ("банк страны" is any bank, "суд республики" any court).
 */
const SLAVIC_FIELD = /^(?:[ \u00a0](?:\p{Ll}+(?:ой|ей|ої|ых|их)[ \u00a0])?\p{Ll}{3,}(?:ости|ості|мики|міки|тики|зики|стики|ии|ії|ения|ення|ания|ання|ации|ації|дки|вки|пеки|ений|аний|ень|ань|ств|цтв)(?!\p{L})){1,2}/u;
/**
 * The members a body is named for, in the genitive plural after its head: "ассоциация морских портов", "союз
 * промышленников", "асоціація морських агентів"; not a time or a quantifier ("многих лет", "останніх років").
 */
const MEMBERS_NOT = String.raw`(?!(?:многих|всех|этих|тех|других|нескольких|последних|прошлых|ближайших|своих|наших|багатьох|всіх|цих|тих|інших|кількох|останніх|минулих|наступних|своїх)[ \u00a0])`;
const MEMBERS_NOT_A_TIME = String.raw`(?!(?:годов|месяцев|дней|часов|веков|недель|років|місяців|днів|тижнів|годин|століть)(?!\p{L}))`;
// A Ukrainian word in "-ов" is a verb in the past ("надійшов"): its plural genitive ends in "-ів".
const SLAVIC_MEMBERS: Partial<Record<Language, RegExp>> = {
  ru: new RegExp(String.raw`^[ \u00a0]${MEMBERS_NOT}(?:\p{Ll}+(?:ых|их)[ \u00a0])?${MEMBERS_NOT_A_TIME}\p{Ll}{3,}(?:ов|ев|ёв|ей)(?!\p{L})`, 'u'),
  uk: new RegExp(String.raw`^[ \u00a0]${MEMBERS_NOT}(?:\p{Ll}+(?:их|іх)[ \u00a0])?${MEMBERS_NOT_A_TIME}\p{Ll}{3,}(?:ів|їв|ей)(?!\p{L})`, 'u'),
};
/** A place in the genitive after that field, one or two capitalized words: "Таджикистана", "Центральной Азии". */
const SLAVIC_PLACE_AFTER = /^[ \u00a0](?:\p{Lu}\p{Ll}+(?:ой|ей|ої)[ \u00a0])?\p{Lu}\p{Ll}+/u;

/** A capitalized word ending as a genitive, as a country or a region after a body's head does: "Тарвении", "Велсы". */
const SLAVIC_GENITIVE_NAME = /(?:и|і|ї|ы|а|я|у)$/u;

/** The field and the place a body's name goes on with after `end` of `masked`, as written; "" when none. */
function slavicComplementAfter(masked: string, end: number, context: Context): string {
  const field = (SLAVIC_FIELD.exec(masked.slice(end, end + 120)) ?? SLAVIC_MEMBERS[context.lists.language]?.exec(masked.slice(end, end + 120)))?.[0];
  if (field === undefined) return '';
  const place = SLAVIC_PLACE_AFTER.exec(masked.slice(end + field.length, end + field.length + 60))?.[0];
  const lastWord = place?.trim().split(/[ \u00a0]/u).pop() ?? '';
  return place !== undefined && knownKind(lastWord, context.lists.language) === 'place' ? field + place : field;
}

/** The same in Ukrainian: "Харківської області" is Харківська область, "Бахмутського району" Бахмутський район. */
const UKRAINIAN_HEADED =
  /(?<![\p{L}|])(\p{Lu}\p{Ll}+)[ \u00a0]+(област(?:ь|і|ю)|район(?:у|і|ом)?|кра(?:й|ю|ї|єм)|комітет(?:у|і|ом)?|долин(?:а|и|і|у|ою)|водосховищ(?:е|а|у|і|ем)|озер(?:о|а|і|у|ом))(?!\p{L})/gu;
const UKRAINIAN_ADJECTIVE_ENDING = /(?:ого|ому|ої|ою|ій|ий|им|ім|а|у|е)$/u;

/** A sea named by an adjective in any case: "Чорному морі", "Азовського моря", "Балтийском море". */
const SEA_NAMED = /(?<![\p{L}|])(\p{Lu}(?:\p{Ll}+-\p{Lu})?\p{Ll}+?)(?:ому|ого|ым|им|ім|ом|ое|е|(?<=[ое]в|ин)[оау])[ \u00a0]+мор(?:е|я|і|ю|ем)(?!\p{L})/gu;
/** A Russian possessive adjective's stem, whose neuter ends in "о": "Баренцево море", "Берингово море" (not "Карское"). */
const RUSSIAN_POSSESSIVE_STEM = /(?:[ое]в|ин)$/u;
/** A Russian bay named by an adjective, in any case: "Кольском заливе", "Финского залива". */
const BAY_NAMED = /(?<![\p{L}|])(\p{Lu}(?:\p{Ll}+-\p{Lu})?\p{Ll}+?)(?:ому|ого|ым|им|ом|ий|ый)[ \u00a0]+залив(?:а|е|у|ом)?(?!\p{L})/gu;
/** A sea, a strait or a bay named head first, by a name in the genitive: "море Лаптевых", "пролив Вилькицкого". */
const HEAD_FIRST_NAMED = /(?<![\p{L}|])(мор|пролив|залив)(?:е|я|ю|ем|а|у|ом|і)?[ \u00a0]+(\p{Lu}\p{Ll}+)(?![\p{L}|])/gu;
const HEAD_FIRST_NOMINATIVE: Record<string, string> = { мор: 'море', пролив: 'пролив', залив: 'залив' };

/** Those seas, blanked out and named in the nominative: "Чорне море", "Балтийское море". */
function maskSeas(masked: string, mentions: EntityMention[], language: Language): string {
  const named = (name: string, written: string, at: number) => {
    mentions.push({ kind: 'place', text: written, name, key: entityKey(name), start: at, end: at + written.length });
    return '|'.repeat(written.length);
  };
  const neuterEnding = (stem: string) => (language === 'uk' ? 'е' : RUSSIAN_POSSESSIVE_STEM.test(stem) ? 'о' : 'ое');
  const seas = masked.replace(SEA_NAMED, (written: string, stem: string, at: number) => named(`${stem}${neuterEnding(stem)} море`, written, at));
  const bays = language === 'ru' ? seas.replace(BAY_NAMED, (written: string, stem: string, at: number) => named(`${stem}${/[кгхжшчщ]$/u.test(stem) ? 'ий' : 'ый'} залив`, written, at)) : seas;
  return bays.replace(HEAD_FIRST_NAMED, (written: string, head: string, genitive: string, at: number) => named(`${HEAD_FIRST_NOMINATIVE[head]!} ${genitive}`, written, at));
}

/** Those names, blanked out and named in the nominative: "Оренбургской области" is Оренбургская область. */
function maskRussianHeaded(masked: string, mentions: EntityMention[], context: Context): string {
  const { language } = context.lists;
  masked = maskSeas(masked, mentions, language);
  const ukrainian = language === 'uk';
  const marks: Array<{ start: number; end: number }> = [];
  for (const match of masked.matchAll(ukrainian ? UKRAINIAN_HEADED : RUSSIAN_HEADED)) {
    const [written, adjective, head] = match as unknown as [string, string, string];
    const stem = adjective.replace(ukrainian ? UKRAINIAN_ADJECTIVE_ENDING : RUSSIAN_ADJECTIVE_ENDING, '');
    const known = RUSSIAN_HEAD_BASE[head.replace(ukrainian ? /(?:ь|і|ю|й|ї|єм|у|ом|ою|ем|а|и|е|о)$/u : /(?:ь|и|ью|й|я|е|ем|а|ом|у|ы|ой|о)$/u, '')];
    // A head in a form the table does not hold is left to the other readers, never a crash.
    if (stem === adjective || !known) continue;
    const { base, kind, gender } = known;
    const ending = !ukrainian && gender === 'masculine' && /[кгхжшчщ]$/u.test(stem) ? 'ий' : HEADED_ADJECTIVE_ENDINGS[ukrainian ? 'uk' : 'ru'][gender];
    const complement = kind === 'organization' ? slavicComplementAfter(masked, match.index + written.length, context) : '';
    const name = `${stem}${ending} ${base}${complement}`;
    const end = match.index + written.length + complement.length;
    mentions.push({ kind, text: masked.slice(match.index, end), name, key: entityKey(name), start: match.index, end });
    marks.push({ start: match.index, end });
  }
  return maskSpans(masked, marks);
}

/** `masked` with each span blanked out. */
function maskSpans(masked: string, spans: ReadonlyArray<{ start: number; end: number }>): string {
  let result = masked;
  for (const { start, end } of spans) result = result.slice(0, start) + '|'.repeat(end - start) + result.slice(end);
  return result;
}

type Gender = 'masculine' | 'feminine' | 'neuter' | 'plural';
/** Heads of bodies written in lower case after their adjectives, each with its case endings, nominative and gender. */
const SLAVIC_BODY_HEADS: Partial<Record<Language, ReadonlyArray<[string, string, string, Gender]>>> = {
  ru: [
    ['служб', '(?:а|ы|е|у|ой)', 'служба', 'feminine'],
    ['ассоциаци', '(?:я|и|ю|ей)', 'ассоциация', 'feminine'],
    ['организаци', '(?:я|и|ю|ей)', 'организация', 'feminine'],
    ['комисси', '(?:я|и|ю|ей)', 'комиссия', 'feminine'],
    ['парти', '(?:я|и|ю|ей)', 'партия', 'feminine'],
    ['корпораци', '(?:я|и|ю|ей)', 'корпорация', 'feminine'],
    ['гварди', '(?:я|и|ю|ей)', 'гвардия', 'feminine'],
    ['совет', '(?:а|е|у|ом)?', 'совет', 'masculine'],
    ['союз', '(?:а|е|у|ом)?', 'союз', 'masculine'],
    ['банк', '(?:а|е|у|ом)?', 'банк', 'masculine'],
    ['фонд', '(?:а|е|у|ом)?', 'фонд', 'masculine'],
    ['центр', '(?:а|е|у|ом)?', 'центр', 'masculine'],
    ['суд', '(?:а|е|у|ом)?', 'суд', 'masculine'],
    ['институт', '(?:а|е|у|ом)?', 'институт', 'masculine'],
    ['университет', '(?:а|е|у|ом)?', 'университет', 'masculine'],
    ['музе', '(?:й|я|е|ю|ем)', 'музей', 'masculine'],
    ['агентств', '(?:о|а|е|у|ом)', 'агентство', 'neuter'],
    ['министерств', '(?:о|а|е|у|ом)', 'министерство', 'neuter'],
    ['обществ', '(?:о|а|е|у|ом)', 'общество', 'neuter'],
    ['школ', '(?:а|ы|е|у|ой)', 'школа', 'feminine'],
    ['академи', '(?:я|и|ю|ей)', 'академия', 'feminine'],
    ['администраци', '(?:я|и|ю|ей)', 'администрация', 'feminine'],
    ['управлени', '(?:е|я|ю|ем|и)', 'управление', 'neuter'],
    ['штаб', '(?:а|е|у|ом)?', 'штаб', 'masculine'],
    ['прокуратур', '(?:а|ы|е|у|ой)', 'прокуратура', 'feminine'],
    ['инспекци', '(?:я|и|ю|ей)', 'инспекция', 'feminine'],
    ['полици', '(?:я|и|ю|ей)', 'полиция', 'feminine'],
    ['дум', '(?:а|ы|е|у|ой)', 'дума', 'feminine'],
    // Forces are named in the plural: "Воздушно-космические силы", "Вооружённых сил".
    ['сил', '(?:ы|ам|ами|ах)?', 'силы', 'plural'],
    // A bureau does not decline: "Национальное антикоррупционное бюро".
    ['бюро', '', 'бюро', 'neuter'],
  ],
  uk: [
    ['служб', '(?:а|и|і|у|ою)', 'служба', 'feminine'],
    ['асоціаці', '(?:я|ї|ю|єю)', 'асоціація', 'feminine'],
    ['організаці', '(?:я|ї|ю|єю)', 'організація', 'feminine'],
    ['комісі', '(?:я|ї|ю|єю)', 'комісія', 'feminine'],
    ['парті', '(?:я|ї|ю|єю)', 'партія', 'feminine'],
    ['компані', '(?:я|ї|ю|єю)', 'компанія', 'feminine'],
    ['спілк', '(?:а|и|і|у|ою)', 'спілка', 'feminine'],
    ['палат', '(?:а|и|і|у|ою)', 'палата', 'feminine'],
    ['союз', '(?:у|і|ом)?', 'союз', 'masculine'],
    ['банк', '(?:у|і|ом)?', 'банк', 'masculine'],
    ['фонд', '(?:у|і|ом)?', 'фонд', 'masculine'],
    ['центр', '(?:у|і|ом)?', 'центр', 'masculine'],
    ['суд', '(?:у|і|ом)?', 'суд', 'masculine'],
    ['інститут', '(?:у|і|ом)?', 'інститут', 'masculine'],
    ['університет', '(?:у|і|ом)?', 'університет', 'masculine'],
    ['музе', '(?:й|ю|ї|єм)', 'музей', 'masculine'],
    ['агентств', '(?:о|а|і|ом)', 'агентство', 'neuter'],
    ['міністерств', '(?:о|а|і|ом)', 'міністерство', 'neuter'],
    ['товариств', '(?:о|а|і|ом)', 'товариство', 'neuter'],
    ['школ', '(?:а|и|і|у|ою)', 'школа', 'feminine'],
    ['академі', '(?:я|ї|ю|єю)', 'академія', 'feminine'],
    ['адміністраці', '(?:я|ї|ю|єю)', 'адміністрація', 'feminine'],
    ['управлінн', '(?:я|ю|ям)', 'управління', 'neuter'],
    ['штаб', '(?:у|і|ом)?', 'штаб', 'masculine'],
    ['прокуратур', '(?:а|и|і|у|ою)', 'прокуратура', 'feminine'],
    ['інспекці', '(?:я|ї|ю|єю)', 'інспекція', 'feminine'],
    ['поліці', '(?:я|ї|ю|єю)', 'поліція', 'feminine'],
    ['рад', '(?:а|и|і|у|ою)', 'рада', 'feminine'],
    ['сил', '(?:и|ам|ами|ах)?', 'сили', 'plural'],
    ['бюро', '', 'бюро', 'neuter'],
  ],
};
/** Adjective endings in every case, longest first, and the nominative's per gender. */
const SLAVIC_ADJECTIVE: Partial<Record<Language, { endings: string; nominative: Record<Gender, string> }>> = {
  ru: { endings: 'ого|его|ому|ему|ыми|ими|ая|яя|ой|ей|ую|юю|ий|ый|ое|ее|ые|ие|ым|им|ом|ем|ых|их', nominative: { masculine: 'ый', feminine: 'ая', neuter: 'ое', plural: 'ые' } },
  uk: { endings: 'ого|ому|ими|ої|ою|ій|ий|им|ім|их|ої|а|у|е|і', nominative: { masculine: 'ий', feminine: 'а', neuter: 'е', plural: 'і' } },
};
/** A Ukrainian soft adjective's nominative ending per gender: "Всесвітня", "Всесвітній", "Всесвітнє", "Всесвітні". */
const UKRAINIAN_SOFT_ADJECTIVE_ENDINGS: Record<Gender, string> = { masculine: 'ій', feminine: 'я', neuter: 'є', plural: 'і' };
/** A Russian complement with "по" that a body's name keeps: "совет по международным делам", "комиссия по ценным бумагам". */
const RUSSIAN_COMPLEMENT = String.raw`(?:[ \u00a0]по(?:[ \u00a0]\p{Ll}+(?:ым|им))?[ \u00a0]\p{Ll}+(?:ам|ям)(?!\p{L}))?`;
const slavicBodyPatterns = new Map<Language, RegExp | null>();

function slavicBodyPattern(language: Language): RegExp | null {
  if (slavicBodyPatterns.has(language)) return slavicBodyPatterns.get(language)!;
  const heads = SLAVIC_BODY_HEADS[language];
  const adjective = SLAVIC_ADJECTIVE[language];
  const pattern =
    heads && adjective
      ? new RegExp(
          String.raw`(?<![\p{L}|])(\p{Lu}\p{Ll}+(?:-\p{Ll}+)?(?:${adjective.endings}))((?:[ \u00a0]\p{Ll}+(?:${adjective.endings})){1,2})?[ \u00a0](${heads.map(([stem, endings]) => `[${stem[0]}${stem[0]!.toUpperCase()}]${stem.slice(1)}${endings}`).join('|')})(?!\p{L})(${language === 'ru' ? RUSSIAN_COMPLEMENT : ''})`,
          'gu',
        )
      : null;
  slavicBodyPatterns.set(language, pattern);
  return pattern;
}

/**
 * Russian and Ukrainian bodies named by adjectives before a lower-case head,
 * blanked out and named in the nominative: "Счётной палаты" is Счётная палата,
 * "Української зернової асоціації" Українська зернова асоціація. An adjective
 * opening a sentence counts only when made from a place's name ("Российского").
 */
function maskSlavicBodies(masked: string, mentions: EntityMention[], context: Context): string {
  const { language } = context.lists;
  const pattern = slavicBodyPattern(language);
  const adjective = SLAVIC_ADJECTIVE[language];
  if (pattern === null || adjective === undefined) return masked;
  const ending = new RegExp(`(?:${adjective.endings})$`, 'u');
  const marks: Array<{ start: number; end: number }> = [];
  for (const match of masked.matchAll(pattern)) {
    const [written, first, others, head, russianComplement] = match as unknown as [string, string, string | undefined, string, string];
    const [, , base, gender] = SLAVIC_BODY_HEADS[language]!.find(([stem, endings]) => new RegExp(`^${stem}${endings}$`, 'iu').test(head))!;
    // Forces named by a nation's adjective are its forces, no body's name: "Російські сили"; "Військово-морські сили" are one.
    const nationsForces = gender === 'plural' && others === undefined && !first.includes('-') && /(?:ск|цк|зьк|цьк|ськ)/u.test(first);
    const fieldOrPlace = russianComplement === '' ? slavicComplementAfter(masked, match.index + written.length, context) : russianComplement;
    // A capital opening the sentence says little; two adjectives or a country after the head say it is a name: "Федеральная антимонопольная служба".
    const namedAtStart = others !== undefined || knownKind(SLAVIC_PLACE_AFTER.exec(masked.slice(match.index + written.length, match.index + written.length + 40))?.[0].trim() ?? '', language) === 'place';
    // A verb is no adjective of the head, though it ends like one: "Заяву оприлюднила Асоціація" names the Асоціація alone.
    if (others?.trim().split(/[ \u00a0]+/u).some((word) => EAST_SLAVIC_VERB.test(word))) continue;
    if (nationsForces || (gender !== 'plural' && atSentenceStart(context.text, match.index) && !/(?:ск|цк|зьк|цьк|ськ)/u.test(first) && !namedAtStart)) continue;
    // A quoted name or an abbreviation right after the head makes it a word for its kind: "Китайская корпорация CNNC",
    // "Українська компанія «Енергоатом»" (a person after it is its holder: "асоціації Оксана Литвиненко").
    const nameAfter = /^[ \u00a0]+(?:[«"„“]|\p{Lu}[\p{Lu}\p{N}-]+(?![\p{L}\p{N}]))/u.test(masked.slice(match.index + written.length, match.index + written.length + 12));
    // So does a name after a single adjective and the head in its own form: "Громадська організація Антикорупційний центр"
    // (not a country: "Служба безопасности Тарвении"; not a holder after a body in another case: "Кавказского института Ашот …").
    const following = /^[ \u00a0]+(\p{Lu}\p{Ll}+)/u.exec(masked.slice(match.index + written.length, match.index + written.length + 40))?.[1];
    const kindOfNamed =
      others === undefined && fieldOrPlace === '' && head.toLowerCase() === base && following !== undefined && knownKind(following, language) !== 'place' && !SLAVIC_GENITIVE_NAME.test(following);
    if ((nameAfter || kindOfNamed) && russianComplement === '' && gender !== 'plural') continue;
    // A head written with a capital keeps it: "Верховна Рада".
    const headBase = /^\p{Lu}/u.test(head) ? base[0]!.toUpperCase() + base.slice(1) : base;
    // A Russian masculine head in its own form keeps a stressed adjective's "-ой": "Свердловский областной суд".
    const stressed = language === 'ru' && gender === 'masculine' && head.toLowerCase() === base;
    const nominative = (word: string) => {
      if (stressed && /ой$/u.test(word)) return word;
      const stem = word.replace(ending, '');
      // A Ukrainian soft adjective keeps its softness: "Всесвітньої" is Всесвітня.
      if (language === 'uk' && stem.endsWith('ь')) return stem.slice(0, -1) + UKRAINIAN_SOFT_ADJECTIVE_ENDINGS[gender];
      const soft = language === 'ru' && (gender === 'masculine' || gender === 'plural') && /[кгхжшчщ]$/u.test(stem);
      return stem + (soft ? (gender === 'plural' ? 'ие' : 'ий') : adjective.nominative[gender]);
    };
    // Bodies are named with their country or region: "Збройні сили України", "Верховный суд Карелии", "Державна прикордонна служба України".
    const country = fieldOrPlace === '' ? (SLAVIC_PLACE_AFTER.exec(masked.slice(match.index + written.length, match.index + written.length + 40))?.[0] ?? '') : '';
    const complement = country !== '' && knownKind(country.trim(), language) === 'place' ? country : fieldOrPlace;
    const adjectives = [first, ...(others?.trim().split(/[ \u00a0]+/u) ?? [])];
    const name = [...adjectives.map(nominative), headBase].join(' ') + complement;
    const end = match.index + written.length + (russianComplement === '' ? complement.length : 0);
    mentions.push({ kind: 'organization', text: masked.slice(match.index, end), name, key: entityKey(name), start: match.index, end });
    marks.push({ start: match.index, end });
  }
  return maskSpans(masked, marks);
}

/** An Italian definite article, or a preposition joined to one, just before a word. */
const ITALIAN_ARTICLE_BEFORE = /(?<!\p{L})(?:il|lo|la|del|dello|della|al|allo|alla|dal|dallo|dalla|col|sul|sulla)[ \u00a0]+$|(?<!\p{L})(?:l|dell|all|dall|sull)['’]$/iu;

/** An ordinal number before a name. */
const ORDINAL_BEFORE = /(?<![\p{L}\p{N}])\d{1,3}(?:st|nd|rd|th)[ \u00a0]$/u;
/** A unit's number as armies write it, bare or as an ordinal in any of our languages: "6 Division", "10ª Brigada", "18. Dywizja". */
const UNIT_NUMBER_BEFORE = /(?<![\p{L}\p{N}])\d{1,3}(?:st|nd|rd|th|e|ème|ª|º|°|\.)?[ \u00a0]$/u;
/** Words for military units that a number names. */
const UNIT_WORDS = new Set(['division', 'brigade', 'battalion', 'regiment', 'corps', 'army', 'fleet', 'squadron', 'división', 'brigada', 'batallón', 'regimiento', 'divisione', 'brigata', 'battaglione', 'reggimento', 'divisão', 'batalhão', 'regimento', 'dywizja', 'brygada', 'batalion', 'pułk', 'tümen', 'tugay', 'tabur']);
/** German and Polish write an ordinal with a full stop: "18. Dywizja Zmechanizowana", "1. Panzerdivision". */
const DOTTED_ORDINAL_BEFORE = /(?<![\p{L}\p{N}])\d{1,3}\.[ \u00a0]$/u;

/** A compass word written before a place, as part of its name. */
/** A compass point after a place, joined by "of": " do Sul", " del Norte", " du Nord". */
const COMPASS_AFTER = /^[ \u00a0](?:do|da|del|du|de)[ \u00a0](?:Sul|Norte|Sur|Nord|Sud|Oeste|Ouest|Este|Est|Leste)(?![\p{L}\p{N}])/u;
const COMPASS_BEFORE = /(?<![\p{L}\p{N}])(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Kuzey|Güney|Doğu|Batı|Orta)[ \u00a0]$/u;

/** One or two capitalized words and a particle before a known place: "Nioro du ", "San Pedro de ", "Frankfurt am ", "Ústí nad ". */
const PLACE_JOIN_BEFORE = /(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+)?)[ \u00a0](?:de|du|da|del|do|dos|das|nad|am|an der|upon|sur)[ \u00a0]$/u;

/**
 * Where a place's name starts that ends in the known place at `at`: a town
 * named after the region or river it lies by ("Nioro du Sahel"). Not after a
 * word that opens the sentence ("Près de Paris"), a title, a head of a body or
 * a place ("Banco de España", "Golfe de Gascogne") or a common word.
 */
function joinedPlaceBefore(text: string, from: number, at: number, context: Context): number | null {
  const before = PLACE_JOIN_BEFORE.exec(text.slice(from, at));
  if (!before) return null;
  const start = from + before.index;
  const { lists, lex } = context;
  const words = before[1]!.split(/[ \u00a0]/u).map((word) => lower(word, lists.language));
  const common = (word: string) =>
    lists.functionWords.has(word) || isTitleWord(word, lists, lex) || isOrganizationHead(word, lists.language) || PLACE_HEAD_WORDS.has(word) || lex.placeWords[word] !== undefined || ORGANIZATION_NOUNS.has(word);
  if (atSentenceStart(text, start) || words.some(common) || headedBefore(text.slice(Math.max(0, start - 40), start), context)) return null;
  // The English lexicon knows common words in any language it shares them with ("Tour", "Copa").
  return words.every((word) => tagsOf(word, lex).length === 0 || isA(word, 'Place', lex) || isA(word, 'FirstName', lex)) ? start : null;
}

/**
 * A one-word place in an inflecting language that the article also writes in
 * another case is named by its base form, the form the dateline gives or else
 * the shortest ("КОРОЛЁВ - … в Королёве" is Королёв, "Ізмаїлі" beside
 * "Ізмаїл" is Ізмаїл); a form another place was already named by outweighs
 * the shortest: "Wyryk", a genitive plural with no ending, beside "w Wyrykach"
 * read as Wyryki.
 */
function namePlacesByTheirBase(mentions: EntityMention[]): void {
  const oneWord = mentions.filter((mention) => mention.kind === 'place' && /^\p{L}+$/u.test(mention.text));
  const places = oneWord.filter((mention) => mention.name === mention.text);
  const titled = (word: string) => (word === word.toUpperCase() ? word[0] + word.slice(1).toLowerCase() : word);
  const bases = new Map<string, { name: string; dateline: boolean; based: boolean }>();
  for (const place of oneWord) {
    const based = place.name !== place.text;
    if (based && !/^\p{L}+$/u.test(place.name)) continue;
    const name = based ? place.name : titled(place.text);
    const dateline = place.start === 0 && place.text !== name && !based;
    for (const stem of stemsOf(titled(place.text))) {
      const known = bases.get(stem);
      const firmer = based && !known?.based;
      const shorter = based === known?.based && name.length < known.name.length;
      const better = known === undefined || (dateline && !known.dateline) || (!known.dateline && (firmer || shorter));
      if (stem.length >= MIN_STEM && better) bases.set(stem, { name, dateline, based });
    }
  }
  for (const place of places) {
    const base = stemsOf(titled(place.text))
      .map((stem) => bases.get(stem))
      .find((found) => found !== undefined);
    if (base !== undefined && entityKey(base.name) !== place.key) Object.assign(place, { name: base.name, key: entityKey(base.name) });
  }
}

/**
 * A Slavic place whose base form the ending rules guessed and nothing confirms, named by the reading of its ending
 * that the article (the name written elsewhere in it) or a gazetteer knows: "в Сортавале" is Сортавала, not Сортавал.
 */
function namePlacesByKnownBase(mentions: EntityMention[], text: string, known: Gazetteer, language: SlavicLanguage): void {
  let capitalized: ReadonlySet<string> | undefined;
  const inGazetteer = (name: string) =>
    known.byForm.get(name)?.kind === 'place' ||
    latinSpellings(name).some((spelling) => isWorldTown(spelling) || known.byForm.get(spelling)?.kind === 'place') ||
    (language === 'pl' && stemsOf(name).some((stem) => polishTownStems().get(stem) === name));
  for (const mention of mentions) {
    if (mention.kind !== 'place' || !/^\p{Lu}\p{Ll}+$/u.test(mention.text)) continue;
    // The form being read is in the article by itself: only another form there tells its base.
    const inArticle = (name: string) => name !== mention.text && (capitalized ??= new Set(text.match(CAPITALIZED_WORD))).has(name);
    const name = confirmedPlaceBase(mention.text, mention.name, language, { inArticle, inGazetteer });
    if (name !== mention.name) Object.assign(mention, { name, key: entityKey(name) });
  }
}

/** A one-word place after a feminine word for a river or a bay, which agrees with it, in its nominative: "на реке Тарве" is Тарва. */
function namePlacesAfterFeminineLandforms(mentions: EntityMention[], text: string, language: SlavicLanguage): void {
  for (const mention of mentions) {
    if (mention.kind !== 'place' || !/^\p{Lu}\p{Ll}+$/u.test(mention.text)) continue;
    const before = text.slice(Math.max(0, mention.start - 12), mention.start);
    const accusative = language === 'uk' && mention.name === mention.text ? ukrainianAccusativePlace(mention.text, before) : undefined;
    if (accusative === undefined && landformNounBefore(language, before) !== 'feminine') continue;
    const name = accusative ?? agreeingPlaceName(mention.text, language);
    if (name !== mention.name) Object.assign(mention, { name, key: entityKey(name) });
  }
}

/** Languages whose names change with their case: "в Ташкенте", "w Płocku". */
const INFLECTING: ReadonlySet<Language> = new Set(['ru', 'pl', 'uk']);
// Not the second half of a double surname: "Trąbnicka-Mazur" names no Mazury.
const CAPITALIZED_WORD = /(?<![\p{L}\p{N}|-])\p{Lu}\p{Ll}+(?![\p{L}\p{N}])/gu;

/** A Polish adjective of a region's name in another case, its stem first: "Dolnym ", "Górnego ", "Wielkiej ". */
const POLISH_ADJECTIVE_BEFORE = /(?<![\p{L}|])(Doln|Górn|Wielk|Mał|Now|Star|Północn|Południow|Wschodni|Zachodni)(?:ego|emu|ym|im|ej|ą|y|a|i)[ \u00a0]$/u;

/** The adjective's nominative in the noun's gender: "Dolny Śląsk", "Wielka Brytania", "Zachodnie Pomorze", "Wielki Kack". */
/** A Polish adjective made from a town's name, in a case other than the nominative masculine: "Gdańskiej", "Wiślanego". */
const POLISH_PLACE_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:(?:sk|ck)(?:iej|iego|im|ą)|an(?:ej|ego|ym|ą))$/u;
/** A capitalized Polish adjective in the genitive or locative after a place: " Środkowej", " Zachodniego". */
const POLISH_ADJECTIVE_AFTER = /^[ \u00a0]\p{Lu}\p{Ll}+(?:ej|ego)(?![\p{L}\p{N}])/u;

function polishAdjectiveFor(stem: string, noun: string): string {
  if (/a$/u.test(noun)) return `${stem}a`;
  const soft = /[kgi]$/u.test(stem);
  if (/[oe]$/u.test(noun)) return `${stem}${soft && !stem.endsWith('i') ? 'ie' : 'e'}`;
  return stem.endsWith('i') ? stem : `${stem}${soft ? 'i' : 'y'}`;
}

/** Known one-word names in an inflected form, found by their stem, named in their base form and blanked out like the others. */
/** A compass adjective in any case just before a place, Russian or Ukrainian: its stem and ending. */
const SLAVIC_COMPASS_BEFORE = /(?<![\p{L}\p{N}])(Центральн|Северн|Южн|Восточн|Западн|Північн|Південн|Східн|Західн)(\p{Ll}{1,3})[ \u00a0]$/u;

/** The compass adjective before a place, and its nominative agreeing with the place's: feminine for a name in "-а", "-я". */
function slavicCompassBefore(before: string, base: string, language: Language): { written: string; nominative: string } | null {
  const found = language === 'ru' || language === 'uk' ? SLAVIC_COMPASS_BEFORE.exec(before) : null;
  if (found === null || /(?:е|є|о)$/u.test(base)) return null;
  const feminine = /[ая]$/u.test(base);
  const ending = language === 'ru' ? (feminine ? 'ая' : 'ый') : feminine ? 'а' : 'ий';
  return { written: found[0], nominative: found[1]! + ending };
}

/** A Polish noun's soft last consonant, whose locative ends in "-i" or "-y" rather than "-ie": "Łódź", "Białoruś", "Bydgoszcz". */
const POLISH_SOFT_ENDING = /(?:[źśćńlj]|[cdrs]z|ż|c)$/u;

function maskInflected(masked: string, known: Gazetteer, mentions: EntityMention[], context: Context): string {
  const pieces: string[] = [];
  let unmaskedFrom = 0;
  for (const match of masked.matchAll(CAPITALIZED_WORD)) {
    const entry = lookupStemsOf(match[0], context.lists.language)
      .map((stem) => known.byStem.get(stem))
      .find((found) => found !== undefined);
    // "Giełda Papierów Wartościowych w Warszawie", "Polska Agencja Żeglugi Powietrznej": the run reads the whole name.
    if (!entry || headedBefore(masked.slice(Math.max(0, match.index - 40), match.index), context)) continue;
    if (headsAnOrganization(masked.slice(match.index + match[0].length, match.index + match[0].length + 60), context.lists.language, context.lex)) continue;
    // A surname made from a town's name after a given name: "Andrzej Lipski" is no Lipsk.
    if (entry.known.kind === 'place' && placeInPersonalName(match[0], match.index, known, context)) continue;
    // A Polish adjective made from a town's name, after a capitalized head: "Zatoce Gdańskiej" is Zatoka Gdańska.
    if (context.lists.language === 'pl' && POLISH_PLACE_ADJECTIVE.test(match[0]) && PREVIOUS_WORD.test(masked.slice(Math.max(0, match.index - 24), match.index))) continue;
    // A Polish plural country's genitive drops its "-y": "do Chin" is Chiny, though its stem is the English China's too.
    const pluralCountry = context.lists.language === 'pl' && known.byForm.get(`${match[0]}y`)?.forms.includes(entry.form) === true ? `${match[0]}y` : undefined;
    const base = pluralCountry ?? (entry.known.forms.includes(entry.form) ? entry.form : match[0]);
    // No case of a Polish town with a soft last consonant ends in "-ie": "Łodzie" are boats, Łódź's cases are "Łodzi", "Łodzią".
    if (context.lists.language === 'pl' && match[0].endsWith('ie') && POLISH_SOFT_ENDING.test(base)) continue;
    // A case takes at most one letter off a name: "Груз" (cargo) is no case of Грузия, "Kielc" is of Kielce.
    if (match[0].length <= entry.form.length - 2) continue;
    // A Polish adjective of place before it: "na Dolnym Śląsku" is Dolny Śląsk, "Górnego Śląska" Górny Śląsk.
    const adjective = context.lists.language === 'pl' && entry.known.kind === 'place' ? POLISH_ADJECTIVE_BEFORE.exec(masked.slice(Math.max(unmaskedFrom, match.index - 24), match.index)) : null;
    // A Russian or Ukrainian compass adjective before it: "Центральной Азии" is Центральная Азия, "Північного Кавказу" Північний Кавказ.
    const compass = adjective === null && entry.known.kind === 'place' ? slavicCompassBefore(masked.slice(Math.max(unmaskedFrom, match.index - 24), match.index), base, context.lists.language) : null;
    const start = adjective ? match.index - adjective[0].length : compass ? match.index - compass.written.length : match.index;
    // Or after it: "Europy Środkowej" is Europa Środkowa.
    const adjectiveAfter = context.lists.language === 'pl' && entry.known.kind === 'place' ? POLISH_ADJECTIVE_AFTER.exec(masked.slice(match.index + match[0].length, match.index + match[0].length + 30))?.[0] ?? '' : '';
    const end = match.index + match[0].length + adjectiveAfter.length;
    const name = compass ? `${compass.nominative} ${base}` : adjective ? `${polishAdjectiveFor(adjective[1]!, base)} ${base}` : adjectiveAfter !== '' ? [base, ...polishAdjectivesAfter(base, [adjectiveAfter.trim()])].join(' ') : base;
    mentions.push({ kind: entry.known.kind, text: masked.slice(start, end), name, key: entityKey(name), start, end });
    pieces.push(masked.slice(unmaskedFrom, start), '|'.repeat(end - start));
    unmaskedFrom = end;
  }
  pieces.push(masked.slice(unmaskedFrom));
  return pieces.join('');
}

/** An abbreviation and a name in quotation marks after it: "РКК «Энергия»", "NSZZ „Solidarność”" (a legal form before the quotes is read apart). */
const ABBREVIATION_QUOTED = /(?<![\p{L}\p{N}])(\p{Lu}{2,6})[ \u00a0][«„"“](\p{Lu}[\p{L}\p{N} \u00a0-]{1,40}?)[»"”“]/gu;
const LEGAL_FORM_WORDS = new Set(['ПАО', 'ОАО', 'ЗАО', 'АО', 'ООО', 'ТОВ', 'ПрАТ', 'ПАТ', 'АТ', 'НАК', 'ДП', 'ГК']);

/** Bodies named by an abbreviation and a quoted name, as one name without the quotation marks. */
function quotedNamesAfterAbbreviations(text: string): Array<{ start: number; end: number; name: string }> {
  return [...text.matchAll(ABBREVIATION_QUOTED)]
    .filter((match) => !LEGAL_FORM_WORDS.has(match[1]!))
    .map((match) => ({ start: match.index, end: match.index + match[0].length, name: `${match[1]} ${match[2]}` }));
}

/**
 * A name in quotation marks after a word for a company, a party or a plant, in
 * the languages that quote them: "компании «Северсталь»", "з заводу «Азовсталь»",
 * "spółka „Ostrowia”". The quotation marks stay outside.
 */
const RUSSIAN_KIND_STEMS = 'компани|концерн|холдинг|групп|завод|комбинат|банк|парти|движени|корпораци|агентств|издани|газет|телеканал|клуб|фонд|пресс-служб|оператор|перевозчик|производител|ассоциаци';
const UKRAINIAN_KIND_STEMS = 'компані|концерн|холдинг|груп|завод|комбінат|банк|парті|рух|корпораці|агентств|видання|газет|телеканал|клуб|фонд|прес-служб|оператор|перевізник|виробник|асоціаці';
/** Kind stems that may open the sentence: "Видання Українська правда пише", "Компанія «Нафтогаз України»". */
const anyCaseStems = (stems: string) => stems.split('|').map((stem) => `[${stem[0]!.toUpperCase()}${stem[0]}]${stem.slice(1)}`).join('|');
const QUOTED_AFTER_KIND: Partial<Record<Language, RegExp>> = {
  ru: new RegExp(String.raw`(?<!\p{L})(?:${anyCaseStems(RUSSIAN_KIND_STEMS)})\p{Ll}*[ \u00a0]«(\p{Lu}[^«»\n]{0,40}?)»`, 'gu'),
  uk: new RegExp(String.raw`(?<!\p{L})(?:${anyCaseStems(UKRAINIAN_KIND_STEMS)})\p{Ll}*[ \u00a0]«(\p{Lu}[^«»\n]{0,40}?)»`, 'gu'),
  pl: /(?<!\p{L})(?:spół(?:ka|ki|ce|kę|ką)|grup\p{Ll}*|firm\p{Ll}*|koncern\p{Ll}*|parti\p{Ll}*|stowarzyszeni\p{Ll}*|fundacj\p{Ll}*|zakład\p{Ll}*|związ\p{Ll}*)[ \u00a0][„"](\p{Lu}[^„”"\n]{0,40}?)[”"]/gu,
};

function quotedNamesAfterKinds(text: string, language: Language): Array<{ start: number; end: number; name: string }> {
  const pattern = QUOTED_AFTER_KIND[language];
  if (pattern === undefined) return [];
  return [...text.matchAll(pattern)].map((match) => {
    const start = match.index + match[0].length - 1 - match[1]!.length;
    return { start, end: start + match[1]!.length, name: match[1]! };
  });
}

/**
 * The same names unquoted: Russian and Ukrainian write a paper's or a group's
 * name in sentence case, a capital and then lower-case words ("изданием Новая
 * газета Европа", "видання Українська правда"). The name ends at punctuation or
 * before a verb ("пише", "сообщила"), and takes at least one lower-case word:
 * a name of capitals alone is read as any other.
 */
const SLAVIC_OBLIQUE_ADJECTIVE = /(?:ого|его|ому|ему|ым|им|ых|их|ою|ої)$/u;
const SLAVIC_VERB_ENDING = /(?:л|ла|ло|ли|ет|ёт|ит|ут|ют|ат|ят|є|е|ть|ся|сь)$/u;
const SENTENCE_CASE_AFTER_KIND: Partial<Record<Language, RegExp>> = {
  ru: new RegExp(String.raw`(?<!\p{L})(?:${anyCaseStems(RUSSIAN_KIND_STEMS)})\p{Ll}*[ \u00a0](\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Ll}+){1,2})(?:[ \u00a0](\p{Lu}\p{Ll}+))?(?=[ \u00a0]*[,.;:()]|[ \u00a0]\p{Ll})`, 'gu'),
  uk: new RegExp(String.raw`(?<!\p{L})(?:${anyCaseStems(UKRAINIAN_KIND_STEMS)})\p{Ll}*[ \u00a0](\p{Lu}[\p{Ll}'’]+(?:[ \u00a0][\p{Ll}'’]+){1,2})(?:[ \u00a0](\p{Lu}[\p{Ll}'’]+))?(?=[ \u00a0]*[,.;:()]|[ \u00a0]\p{Ll})`, 'gu'),
};

function sentenceCaseNamesAfterKinds(text: string, language: Language, lists: WordLists): Array<{ start: number; end: number; name: string }> {
  const pattern = SENTENCE_CASE_AFTER_KIND[language];
  if (pattern === undefined) return [];
  const names: Array<{ start: number; end: number; name: string }> = [];
  for (const match of text.matchAll(pattern)) {
    const [first, ...rest] = match[1]!.split(/[ \u00a0]/u);
    // A name in another case is a body the Slavic readers put back in the nominative: "пресс-служба Центрального банка России".
    if (SLAVIC_OBLIQUE_ADJECTIVE.test(first!)) continue;
    // The lower-case words stop at the first verb or function word: "Українська правда пише".
    const nounsAfter = rest.findIndex((word) => SLAVIC_VERB_ENDING.test(word) || lists.functionWords.has(word));
    const lowerWords = nounsAfter < 0 ? rest : rest.slice(0, nounsAfter);
    if (lowerWords.length === 0) continue;
    const words = [first!, ...lowerWords, ...(nounsAfter < 0 && match[2] ? [match[2]] : [])];
    const name = words.join(' ');
    const start = match.index + match[0].indexOf(match[1]!);
    names.push({ start, end: start + name.length, name });
  }
  return names;
}

/** An Indonesian body's capitalized name with its field after "untuk" (for): "Organisasi Nasional untuk Perikanan", "Komisariat Tinggi untuk Urusan Nelayan". */
const INDONESIAN_BODY_FOR = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${(ORGANIZATION_HEADS.id ?? []).map((head) => head[0]!.toUpperCase() + head.slice(1)).join('|')})(?:[ \u00a0]\p{Lu}[\p{L}\p{N}-]*)*[ \u00a0]untuk(?:[ \u00a0]\p{Lu}[\p{L}\p{N}-]*)+`,
  'gu',
);

/** Indonesian bodies whose field "untuk" joins, which the runs of capitals would cut there; none in other languages. */
function indonesianBodiesFor(text: string, lang: string | null): Array<{ start: number; end: number }> {
  if (!/^id(?![a-z])/iu.test(lang ?? '')) return [];
  return [...text.matchAll(INDONESIAN_BODY_FOR)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** Two German parties in one parliamentary group, joined by a slash: "CDU/CSU" (elsewhere a slash joins currencies: "EUR/USD"). */
const JOINT_GROUP = /(?<![\p{L}\p{N}/])\p{Lu}{2,5}\/\p{Lu}{2,5}(?![\p{L}\p{N}/])/gu;

function jointGroups(text: string): Array<{ start: number; end: number; name: string }> {
  return [...text.matchAll(JOINT_GROUP)].map((match) => ({ start: match.index, end: match.index + match[0].length, name: match[0] }));
}

/** Capitalized words of a portfolio: "Water", "Climate Change", "Tabii Kaynaklar". */
const PORTFOLIO_NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:[ \u00a0]\p{Lu}[\p{L}'’-]*){0,2}`;
/** "of" and its kin between a ministry and its portfolio, elided or not. */
const PORTFOLIO_JOIN = String.raw`(?:(?:of|for|of the|de|de la|du|des|del|della|dello|dei|degli|delle|do|da|dos|das|van|voor|für|der)[ \u00a0]|(?:de l|d|dell)['’])`;
/**
 * A body's name with two fields joined by "and", or more listed with commas before it, its head first: "Ministry of Water and Irrigation",
 * "Ministry of Science, Innovation and Technology", "ministère de l'Agriculture et de
 * l'Alimentation", "Bundesministerium für Wirtschaft und Energie", "Agentur für Arbeit und Soziales" (the head is checked apart).
 */
const LISTED_PORTFOLIOS = new RegExp(
  String.raw`(?<![\p{L}])([Mm]inist(?:ry|ère|erio|ero|ério|erie)|[Dd]epartment|[Ss]ecretar(?:iat|ía|ia)|\p{Lu}\p{Ll}+)[ \u00a0]${PORTFOLIO_JOIN}(${PORTFOLIO_NAME}(?:,[ \u00a0]${PORTFOLIO_NAME}){0,4}),?[ \u00a0](?:and|et|e|y|und|en)[ \u00a0]${PORTFOLIO_JOIN}?(${PORTFOLIO_NAME})(?![\p{L}\p{N}'’-])`,
  'gu',
);
/** An Indonesian or Malay body's head and two fields joined by "dan" ("and"). */
const MALAY_LISTED_FIELDS = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}+)[ \u00a0](${PORTFOLIO_NAME})[ \u00a0]dan[ \u00a0](${PORTFOLIO_NAME})(?![\p{L}\p{N}'’-])`, 'gu');
/** Up to three capitalized words right before a body's head: "Constitutional " (Court of …). */
const CAPITALIZED_WORDS_BEFORE = /(?<![\p{L}\p{N}'’-])(?:\p{Lu}[\p{L}'’-]*[ \u00a0]){1,3}$/u;
/** " and " between two capitalized words, where an English body's name may go on. */
const AND_BETWEEN_NAMES = /(?<=\p{L}[ \u00a0])and[ \u00a0](?=\p{Lu})/gu;
/** The portfolio after it. */
const PORTFOLIO_AFTER_AND = new RegExp(String.raw`^${PORTFOLIO_NAME}(?![\p{L}\p{N}'’-])`, 'u');
/** Before it, an English body with its head first: "European Bank for Reconstruction" (and Development). */
const HEAD_FIRST_BEFORE_AND = new RegExp(String.raw`((?:\p{Lu}[\p{L}'’-]*[ \u00a0]){0,3})(\p{Lu}\p{Ll}+)[ \u00a0](?:of|for)[ \u00a0](?:the[ \u00a0])?(${PORTFOLIO_NAME})$`, 'u');
/** Or the first words of one whose head comes last: "Fish" (and Wildlife Service). */
const NAME_BEFORE_AND = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])${PORTFOLIO_NAME}$`, 'u');
/** The same in Turkish, the head last with its possessive ending: "Enerji ve Tabii Kaynaklar Bakanlığı", "Tarım ve Orman Bakanlığından" (its case ending stays outside), "Su Ürünleri Kooperatifi". */
const TURKISH_LISTED_PORTFOLIOS = new RegExp(String.raw`(?<![\p{L}])(${PORTFOLIO_NAME})[ \u00a0]ve[ \u00a0](${PORTFOLIO_NAME})[ \u00a0](\p{Lu}\p{Ll}*[ıiuü]\p{Ll}{0,4})(?!\p{L})`, 'gu');

/**
 * Bodies named with two portfolios joined by "and", which a run of capitals
 * cuts in two. Not when the second names something of its own: "the Ministry
 * of Defence and Ukraine's army", "Ministry of Energy and Mines Ana Pérez".
 */
function bodiesWithListedPortfolios(context: Context): Array<{ start: number; end: number }> {
  const { text, lists, lex } = context;
  const { language } = lists;
  const namesNothing = (portfolio: string) =>
    portfolio.split(/[ \u00a0]/u).every((word) => knownKind(word, language) === undefined && !isGivenName({ text: word, lower: lower(word, language), folded: entityKey(word), start: 0, end: 0, suffix: null }, lex));
  // A town or a region may open a body's name: "Lusaka Water Supply" (and Sanitation Company), "Avrupa Konseyi Yerel" (ve Bölgesel Yönetimler Kongresi).
  const namesNothingAfterPlace = (name: string) => {
    const [first, ...rest] = name.split(/[ \u00a0]/u);
    return rest.length > 0 && knownKind(first!, language) === 'place' ? namesNothing(rest.join(' ')) : namesNothing(name);
  };
  const found: Array<{ start: number; end: number }> = [];
  if (language === 'tr') {
    for (const match of text.matchAll(TURKISH_LISTED_PORTFOLIOS)) {
      const head = match[3]!;
      const base = TURKISH_HEAD_CASE.exec(head)?.[1] ?? head;
      if (!isOrganizationHead(lower(base, language), language) || !namesNothingAfterPlace(match[1]!) || !namesNothing(match[2]!)) continue;
      found.push({ start: match.index, end: match.index + match[0].length - head.length + base.length });
    }
    return found;
  }
  const wordsIn = (name: string) => name.split(/[ \u00a0]/u);
  // Without the function words that open a sentence: "The Fish and Wildlife Service".
  const withoutOpener = (name: string) => {
    const words = wordsIn(name);
    const from = words.findIndex((word) => !lists.functionWords.has(lower(word, language)) && !NAME_ARTICLES.has(lower(word, language)));
    return from < 0 ? '' : words.slice(from).join(' ');
  };
  for (const match of text.matchAll(LISTED_PORTFOLIOS)) {
    const end = match.index + match[0].length;
    if (!isOrganizationHead(lower(match[1]!, language), language)) continue;
    if (/['’]s$/u.test(match[3]!) || /^['’]s(?!\p{L})/u.test(text.slice(end)) || ![match[3]!, ...match[2]!.split(/,[ \u00a0]/u)].every(namesNothing)) continue;
    // Not a place's name joined by "and": "Court of Bosnia and Herzegovina".
    if (knownKind(`${match[2]!} ${text.slice(match.index + match[0].length - match[3]!.length - 4, match.index + match[0].length - match[3]!.length - 1).trim()} ${match[3]!}`, language) === 'place') continue;
    // With the capitalized words before the head: "Constitutional Court of …", "Namibia University of Science and Technology".
    // Not a demonym, which stays outside the name: "the Vietnamese Ministerie van Landbouw en Milieu".
    const openingWords = wordsIn(withoutOpener(CAPITALIZED_WORDS_BEFORE.exec(text.slice(Math.max(0, match.index - 60), match.index))?.[0].trim() ?? ''));
    const named = openingWords.findIndex((word) => word !== '' && !isA(lower(word, language), 'Demonym', lex) && !/^\p{Lu}\p{Ll}+(?:ish|ese|ian|ean)$/u.test(word));
    const opening = named < 0 ? '' : openingWords.slice(named).join(' ');
    found.push({ start: match.index - (opening === '' ? 0 : opening.length + 1), end });
  }
  if (language !== 'en' && language !== 'other') return found;
  const isHead = (word: string) => isOrganizationHead(lower(word, language), language);
  // Indonesian heads come first, with no "of": "Kementerian Kelautan dan Perikanan".
  if (MALAY_LANGUAGE.test(context.lang ?? '')) {
    for (const match of text.matchAll(MALAY_LISTED_FIELDS)) if (isHead(match[1]!) && namesNothing(match[2]!) && namesNothing(match[3]!)) found.push({ start: match.index, end: match.index + match[0].length });
  }
  const add = (start: number, end: number) => {
    if (!found.some((body) => body.start < end && start < body.end)) found.push({ start, end });
  };
  // Any English body with "and" in its name, its head first or last, but not two bodies listed: "the Army and Navy".
  for (const and of text.matchAll(AND_BETWEEN_NAMES)) {
    const second = PORTFOLIO_AFTER_AND.exec(text.slice(and.index + 4, and.index + 64))?.[0];
    if (second === undefined || /['’]s$/u.test(second) || !namesNothing(second)) continue;
    const end = and.index + 4 + second.length;
    const before = text.slice(Math.max(0, and.index - 90), and.index - 1);
    const beforeStart = and.index - 1 - before.length;
    const headFirst = HEAD_FIRST_BEFORE_AND.exec(before);
    if (headFirst && isHead(headFirst[2]!) && !wordsIn(second).some(isHead)) {
      const kept = withoutOpener(headFirst[1]!.trim());
      add(beforeStart + headFirst.index + headFirst[1]!.length - (kept === '' ? 0 : kept.length + 1), end);
      continue;
    }
    const first = NAME_BEFORE_AND.exec(before);
    const kept = first ? withoutOpener(first[0]) : '';
    if (kept === '' || !isHead(wordsIn(second).pop()!) || wordsIn(kept).some(isHead) || !namesNothingAfterPlace(kept)) continue;
    add(beforeStart + before.length - kept.length, end);
  }
  return found;
}

/** Russian prepositions that take the locative of a place: "в Кабуле", "на Памире". */
const RUSSIAN_LOCATIVE_PREPOSITION_BEFORE = /(?<!\p{L})(?:в|во|на)[ \u00a0]+$/iu;
/** Russian and Ukrainian prepositions and words for residents that take the genitive, just before a name: "з", "із", "до", "из", "от", "жителей", "мешканця". */
const SLAVIC_GENITIVE_PREPOSITION_BEFORE = /(?<!\p{L})(?:з|із|зі|до|від|біля|поблизу|из|от|около|возле|жителей|жители|жителів|жителі|мешканця|мешканців|мешканці|з боку)[ \u00a0]+$/iu;

/**
 * A town's name in the genitive after such a preposition, when it is a man's
 * noun ending in a consonant ("з Житомира" is Житомир, "из Парижа" Париж),
 * or in the Russian locative ("в Кабуле"); a woman's name takes "-и", "-ы"
 * in the genitive and is left to the other rules.
 */
function slavicGenitivePlace(written: string, before: string, language: Language): string | undefined {
  if ((language !== 'ru' && language !== 'uk') || written.includes(' ')) return undefined;
  // A man's town in the Russian locative: "в Кабуле", "на Памире" (a woman's known town is read by its stem before).
  const locative = language === 'ru' && RUSSIAN_LOCATIVE_PREPOSITION_BEFORE.test(before) && /^\p{Lu}\p{Ll}{2,}[бвгдзклмнпрстфх]е$/u.test(written) && !SLAVIC_LAND_NAME.test(written);
  if (locative) return written.slice(0, -1);
  if (!SLAVIC_GENITIVE_PREPOSITION_BEFORE.test(before)) return undefined;
  if (/^\p{Lu}\p{Ll}{2,}[бвгджзклмнпрстфхцчшщ]а$/u.test(written)) return written.slice(0, -1);
  // A town in "-ей" or "-ий": "жители Семея" (a feminine "-ея" would take "-еи" here).
  return /^\p{Lu}\p{Ll}{2,}[еиі]я$/u.test(written) ? `${written.slice(0, -1)}й` : undefined;
}

/** Words that make a part of a place, or its land, of the place's German name: "Mittelrhein", "Oberbayern", "Rheinland". */
const GERMAN_PART_OF_PLACE = /^(?:(?:Ober|Nieder|Mittel|Unter|Hoch|Süd|Nord|Ost|West)(\p{Ll}{3,})|(\p{Lu}\p{Ll}{2,})land)$/u;

/**
 * A place in German by a known place's name: in the genitive ("Europas" is
 * Europa, "des Rheins" the Rhein) or as the part or land of one ("am
 * Mittelrhein", "im Rheinland"), by its own name.
 */
function germanPlaceByKnown(words: readonly Word[], known: Gazetteer, language: Language): string | undefined {
  const written = words.length === 1 ? words[0]!.text : '';
  if (language !== 'de' || !/^\p{Lu}\p{Ll}{2,}$/u.test(written)) return undefined;
  const isPlace = (name: string) => known.byForm.get(name)?.kind === 'place' || isWorldTown(name);
  const genitive = written.endsWith('s') ? written.slice(0, -1) : '';
  const bare = genitive !== '' && isPlace(genitive) ? genitive : written;
  const part = GERMAN_PART_OF_PLACE.exec(bare);
  const whole = part?.[1] === undefined ? part?.[2] : part[1][0]!.toUpperCase() + part[1].slice(1);
  if (whole !== undefined && isPlace(whole)) return bare;
  return bare !== written ? bare : undefined;
}

/** A known German body in the genitive, by its own name: "des Bundestages" is the Bundestag. */
function knownGenitive(written: string, kind: EntityKind, known: Gazetteer, language: Language): string | undefined {
  if (language !== 'de' || kind !== 'organization' || written.includes(' ')) return undefined;
  const bare = written.replace(/e?s$/u, '');
  return bare !== written && known.byForm.get(bare)?.kind === 'organization' ? bare : undefined;
}

/** Long names an abbreviation stands for, named as organizations and blanked out, with any known name inside them ("Cameroun" in "Mouvement pour la renaissance du Cameroun"). */
function maskLongNames(text: string, masked: string, longNames: ReadonlyArray<{ start: number; end: number; name?: string }>, mentions: EntityMention[], language: Language): string {
  if (longNames.length === 0) return masked;
  const inside = (mention: EntityMention) => longNames.some((long) => mention.start >= long.start && mention.end <= long.end);
  // A body already read over the same words keeps the base form it was given: "Головного управління розвідки (ГУР)".
  const sameBody = (long: { start: number; end: number }) => mentions.find((mention) => mention.kind === 'organization' && mention.start === long.start && mention.end === long.end)?.name;
  const named = longNames.map((long) => ({ ...long, name: long.name ?? sameBody(long) }));
  const kept = mentions.filter((mention) => !inside(mention));
  mentions.length = 0;
  mentions.push(...kept);
  const pieces: string[] = [];
  let from = 0;
  for (const long of named) {
    if (long.start < from) continue;
    const written = text.slice(long.start, long.end);
    const name = long.name ?? longNameBase(written, language);
    mentions.push({ kind: 'organization', text: written, name, key: entityKey(name), start: long.start, end: long.end });
    pieces.push(masked.slice(from, long.start), '|'.repeat(long.end - long.start));
    from = long.end;
  }
  pieces.push(masked.slice(from));
  return pieces.join('');
}

/** A lower-case word of place inside a town's name, and the word after it: "Rionero in Vulture", "Bruck an der Mur". */
const TOWN_PARTICLE = /[ \u00a0](?:in der|an der|in|im|on|am|an|upon|sur|sul|nad|pod|ob|bei)[ \u00a0]\p{Lu}[\p{L}'’-]+(?![\p{L}\p{N}|])/gu;
/** Up to three capitalized words just before it: "Sankt Johann im Pongau". */
const WORDS_BEFORE_PARTICLE = /(?<![\p{L}\p{N}|'’-])(?:\p{Lu}[\p{L}'’-]+[ \u00a0]){0,2}\p{Lu}[\p{L}'’-]+$/u;

/** Towns of the world named so, read whole as places and masked: their pieces are no names of their own. */
function maskJoinedTowns(masked: string, mentions: EntityMention[]): string {
  let result = masked;
  for (const match of masked.matchAll(TOWN_PARTICLE)) {
    const before = WORDS_BEFORE_PARTICLE.exec(result.slice(Math.max(0, match.index - 60), match.index))?.[0];
    if (before === undefined) continue;
    // The longest name that is a town: "Sankt Johann im Pongau" before "Johann im Pongau".
    const words = before.split(/[ \u00a0]/u);
    const opening = words.map((_, from) => words.slice(from).join(' ')).find((first) => isWorldTown(`${first}${match[0]}`));
    if (opening === undefined) continue;
    const start = match.index - opening.length;
    const written = masked.slice(start, match.index + match[0].length);
    mentions.push({ kind: 'place', text: written, name: written, key: entityKey(written), start, end: start + written.length });
    result = result.slice(0, start) + '|'.repeat(written.length) + result.slice(start + written.length);
  }
  return result;
}

/**
 * A name the article reads once as a body and once as a person is one of
 * them: a body, unless it opens with a given name ("Ein Sprecher von
 * Rheinhessen Antriebstechnik" after "die Rheinhessen Antriebstechnik GmbH").
 */
function oneKindForPeopleAndBodies(mentions: EntityMention[], lex: Lexicon, language: Language): void {
  const bodies = new Set(mentions.filter((mention) => mention.kind === 'organization').map((mention) => mention.key));
  const people = new Set(mentions.filter((mention) => mention.kind === 'person').map((mention) => mention.key));
  for (const mention of mentions) {
    if (!bodies.has(mention.key) || !people.has(mention.key)) continue;
    const first = wordsOf(mention.name, 0, language)[0];
    mention.kind = first !== undefined && isGivenName(first, lex) ? 'person' : 'organization';
  }
}

/**
 * The names in `text`, in reading order. `lang` is the article's language
 * tag (null when unknown: treated as English).
 */
export function extractEntities(text: string, lang: string | null): EntityMention[] {
  const lex = loadLexicon();
  const known = loadGazetteer();
  const language = languageOf(lang);
  if (language === 'ar') return arabicEntities(text, (form) => known.byForm.get(form)?.kind ?? (isWorldTown(form) ? 'place' : undefined)).map((name) => ({ ...name, key: entityKey(name.name) }));
  // Hebrew shares none of the other languages' word lists; "iw" is its old tag.
  if (/^(?:he|iw)(?![a-z])/iu.test(lang ?? '')) return hebrewEntities(text).map((name) => ({ ...name, key: entityKey(name.name) }));
  const context: Context = { text, lists: wordListsOf(language), lex, lang };
  const mentions: EntityMention[] = [];

  // Known organizations and places first; the runs then skip them, so "Selon Le Monde" is not read as "Monde".
  // The text with each of them blanked out as '|' (built from slices: a character array of a long article costs more than the rest).
  const pieces: string[] = [];
  let unmaskedFrom = 0;
  for (const match of text.matchAll(known.pattern)) {
    // Inside a name read whole just before: "Sud-Est" in "Asie du Sud-Est" (a mask laid twice would shift every offset after it).
    if (match.index < unmaskedFrom) continue;
    const entry = known.byForm.get(match[0])!;
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 60);
    // "United States Navy", "UN Security Council", "Samsung Securities", "Basra Körfezi": the run reads the longer name.
    if (headsAnOrganization(after, language, lex) || (entry.kind === 'place' && headsAPlace(after, language, lex))) continue;
    // A place's name as a surname after a given name: "Luís Montenegro", "Michael Jordan"; the run reads the person.
    const givenBefore = entry.kind === 'place' && !match[0].includes(' ') ? /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)[ \u00a0]$/u.exec(text.slice(Math.max(0, match.index - 24), match.index))?.[1] : undefined;
    if (givenBefore !== undefined && GIVEN_NAME_WORDS.has(entityKey(givenBefore)) && known.byForm.get(givenBefore) === undefined) continue;
    // "Porto Empedocle": a town whose name opens with a known place's.
    const nextWord = entry.kind === 'place' ? /^[ \u00a0]\p{Lu}[\p{L}'’-]+/u.exec(after)?.[0] : undefined;
    if (nextWord !== undefined && isWorldTown(match[0] + nextWord)) continue;
    // A kind of body before a place's name and another word names the body: "il comitato Sardegna Pulita", "the group Kenya Forward".
    if (entry.kind === 'place' && /^[ \u00a0]\p{Lu}\p{Ll}/u.test(after) && ORGANIZATION_NOUNS.has(wordBefore(text, match.index, language) ?? '')) continue;
    // "Gulf of Finland", "University of Paris": the run reads the whole name; "SSC Napoli", "Dynamo Kyiv": a club's.
    // Far enough back for a long body's head: "Corporação Financeira de Desenvolvimento Internacional dos " (before "Estados Unidos").
    if (headedBefore(text.slice(Math.max(0, match.index - HEAD_REACH), match.index), context) || CLUB_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    // A place's name with a number is a broadcaster or a team, not the place: "France 24", "Russia 1".
    const numbered = entry.kind === 'place' ? /^[ \u00a0]\d{1,3}(?![\p{N}\p{L}.,:])/u.exec(after) : null;
    if (numbered) {
      const written = match[0] + numbered[0];
      mentions.push({ kind: 'organization', text: written, name: written, key: entityKey(written), start: match.index, end: match.index + written.length });
      pieces.push(text.slice(unmaskedFrom, match.index), '|'.repeat(written.length));
      unmaskedFrom = match.index + written.length;
      continue;
    }
    if (entry.kind === 'organization' && PLATFORM_WORDS.has(match[0].toLowerCase()) && isFurniture(text, match.index)) continue;
    // "Gazprom Export", "Maersk Tankers": a listed body's name and one more word is its branch's.
    const branch = entry.kind === 'organization' ? branchWordAfter(after, known, context) : '';
    if (branch !== '') {
      const written = match[0] + branch;
      mentions.push({ kind: 'organization', text: written, name: written, key: entityKey(written), start: match.index, end: match.index + written.length });
      pieces.push(text.slice(unmaskedFrom, match.index), '|'.repeat(written.length));
      unmaskedFrom = match.index + written.length;
      continue;
    }
    if (entry.kind === 'place' && placeInPersonalName(match[0], match.index, known, context)) continue;
    // A known name that is also a place's head ends the name before it: "Ramree Island" ("Island" is Iceland in German and Dutch).
    if (entry.kind === 'place' && endsAPlaceName(match[0], match.index, context)) continue;
    // Italian writes no article before a city: "il Napoli", "la Roma di Gasperini" are the clubs.
    const club = language === 'it' && entry.kind === 'place' && !known.countriesAndRegions.has(match[0]) && ITALIAN_ARTICLE_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index));
    if (club) {
      mentions.push({ kind: 'organization', text: match[0], name: match[0], key: entityKey(match[0]), start: match.index, end: match.index + match[0].length });
      pieces.push(text.slice(unmaskedFrom, match.index), '|'.repeat(match[0].length));
      unmaskedFrom = match.index + match[0].length;
      continue;
    }
    const joined = entry.kind === 'place' ? joinedPlaceBefore(text, Math.max(unmaskedFrom, match.index - 40), match.index, context) : null;
    if (joined !== null) {
      // "Nioro du Sahel", "San Pedro de Atacama", "Frankfurt am Main": a town named after the place it lies by.
      const written = text.slice(joined, match.index + match[0].length);
      mentions.push({ kind: 'place', text: written, name: written, key: entityKey(written), start: joined, end: joined + written.length });
      pieces.push(text.slice(unmaskedFrom, joined), '|'.repeat(written.length));
      unmaskedFrom = joined + written.length;
      continue;
    }
    // "West Kordofan", "Northern Syria": the part of a place is a place of its own.
    const compass = entry.kind === 'place' ? (COMPASS_BEFORE.exec(text.slice(Math.max(unmaskedFrom, match.index - 12), match.index))?.[0] ?? '') : '';
    const start = match.index - compass.length;
    // "Mato Grosso do Sul", "Kordofan del Sur": a region named after the land it is the south of.
    const compassAfter = entry.kind === 'place' ? (COMPASS_AFTER.exec(after)?.[0] ?? '') : '';
    const written = compass + match[0] + compassAfter;
    // "der Europäischen Union" names the Europäische Union, where the list has both forms; "den Vereinigten Staaten" the Vereinigte Staaten; "w Niemczech" Niemcy.
    const declined = language === 'pl' ? POLISH_DECLINED_COUNTRIES.get(match[0]) : undefined;
    const nominative = declined ?? (language !== 'de' ? match[0] : entry.kind === 'organization' ? germanNominative(match[0]) : (GERMAN_DECLINED_COUNTRIES.get(match[0]) ?? match[0]));
    const name = compass !== '' || compassAfter !== '' ? written : entry.forms.includes(nominative) && nominative !== match[0] ? nominative : fullestForm(entry, text, match[0]);
    mentions.push({ kind: entry.kind, text: written, name, key: entityKey(name), start, end: start + written.length });
    pieces.push(text.slice(unmaskedFrom, start), '|'.repeat(written.length));
    unmaskedFrom = start + written.length;
  }
  pieces.push(text.slice(unmaskedFrom));
  const unmasked = pieces.join('');
  const maskedKnown = INFLECTING.has(language) ? maskInflected(language === 'pl' ? unmasked : maskSlavicBodies(maskRussianHeaded(unmasked, mentions, context), mentions, context), known, mentions, context) : unmasked;
  // A place in parentheses tells a town apart, it abbreviates nothing: "Frankfurt (Oder)".
  const longNames = namesOfAbbreviations(context).filter((long) => ![text.slice(long.start, long.end), long.abbreviation].some((form) => known.byForm.get(form)?.kind === 'place'));
  // A known body keeps its own reading: "Organization for Security and Co-operation in Europe".
  const listedBodies = bodiesWithListedPortfolios(context).filter((body) => !mentions.some((known) => known.kind === 'organization' && known.start < body.end && body.start < known.end));
  const bodies = [...longNames, ...quotedNamesAfterAbbreviations(text), ...quotedNamesAfterKinds(text, language), ...sentenceCaseNamesAfterKinds(text, language, context.lists), ...(language === 'de' ? jointGroups(text) : []), ...indonesianBodiesFor(text, lang), ...listedBodies].sort((a, b) => a.start - b.start);
  const masked = maskJoinedTowns(maskLongNames(text, maskedKnown, bodies, mentions, language), mentions);

  const candidates: Candidate[] = [];
  for (const match of masked.matchAll(RUN)) {
    for (const { run, at, titleHolder } of splitAtLowerCompounds(match[0], match.index, context)) {
      if (titleHolder) {
        candidates.push({ kind: 'organization', words: wordsOf(run, at, language), role: undefined });
        continue;
      }
      for (const piece of splitAtPossessives(wordsOf(run, at, language), context)) {
        // A dateline is a place however its words read elsewhere: "SAN JOSÉ -", "CIUDAD DE PANAMÁ -".
        if (piece.length > 1 && isDateline(piece, context)) {
          candidates.push({ kind: 'place', words: piece, role: undefined });
          continue;
        }
        const parts = splitAtJoiners(piece, context);
        // A town's name with a particle is read whole, and its pieces are no towns: "Santa Cruz de la Sierra", not "Santa Cruz".
        const town = parts.length > 1 ? townIn(piece, context) : null;
        if (town !== null) {
          candidates.push({ kind: null, words: town, role: undefined, town: true });
          continue;
        }
        // Names listed with "and" are read one by one, each as a whole run: "Ciudad del Este y Hernandarias", "Bacoli e Agnano".
        const listed = parts.length > 1 ? listedNames(piece, parts) : [piece];
        if (listed.length === 1 && parts.length > 1 && cuedPlace(piece, context)) {
          candidates.push({ kind: 'place', words: piece, role: undefined });
          continue;
        }
        for (const name of listed) {
          const nameParts = listed.length === 1 ? parts : splitAtJoiners(name, context);
          const listedTown = listed.length > 1 && nameParts.length > 1 ? townIn(name, context) : null;
          if (listedTown !== null) candidates.push({ kind: null, words: listedTown, role: undefined, town: true });
          else for (const part of nameParts) readPart(part, context, candidates, nameParts.length === 1);
        }
      }
    }
  }

  nameBySurname(candidates, context);
  nameByCaseEndings(candidates, language);
  nameAfterNounForSomeone(candidates, lex, text, language);

  // Full names and abbreviations the article gives, for its short forms.
  const fullNames = new Map<string, { kind: EntityKind; name: string }>();
  for (const candidate of candidates) {
    if (candidate.kind === null) continue;
    const name = baseForm(spanOf(candidate.words), candidate.kind, language);
    if (candidate.kind === 'person' && candidate.words.length > 1) {
      for (let from = 1; from < candidate.words.length; from++) {
        const tail = entityKey(spanOf(candidate.words.slice(from)));
        if (!fullNames.has(tail)) fullNames.set(tail, { kind: 'person', name });
      }
      // The first words of a longer name stand for it too: "Hassan Sheikh" for Hassan Sheikh Mohamud.
      for (let to = 2; to < candidate.words.length; to++) {
        const head = entityKey(spanOf(candidate.words.slice(0, to)));
        if (!fullNames.has(head)) fullNames.set(head, { kind: 'person', name });
      }
      // Spanish and Portuguese give two surnames, and the first stands alone: "Paz" for Rodrigo Paz Pereira.
      const firstSurname = candidate.words[1]!;
      if ((language === 'es' || language === 'pt') && candidate.words.length === 3 && !isGivenName(firstSurname, lex) && !fullNames.has(firstSurname.folded)) {
        fullNames.set(firstSurname.folded, { kind: 'person', name });
      }
    }
    const abbreviation = /^[ \u00a0]*\((\p{Lu}[\p{Lu}\p{N}-]{1,7})\)/u.exec(text.slice(candidate.words[candidate.words.length - 1]!.end));
    // After a person the parentheses give a party ("Mario Voigt (CDU)"), not an abbreviation.
    if (abbreviation && candidate.words.length > 1 && candidate.kind !== 'person') fullNames.set(entityKey(abbreviation[1]!), { kind: candidate.kind, name });
  }
  // A family name written first ("Bang Si-hyuk", "Zhang Xuezheng") stands for the person alone too, after any surname written last.
  for (const candidate of candidates) {
    const [first, ...rest] = candidate.words;
    if (candidate.kind !== 'person' || first === undefined || rest.length === 0 || rest.length > 2 || isGivenName(first, lex) || fullNames.has(first.folded)) continue;
    fullNames.set(first.folded, { kind: 'person', name: spanOf(candidate.words) });
  }
  for (const candidate of candidates) {
    if (candidate.kind !== 'organization') continue;
    const name = spanOf(candidate.words);
    const initials = initialsOf(name);
    if (initials.length >= 3 && !fullNames.has(initials)) fullNames.set(initials, { kind: 'organization', name });
  }
  // A body the Slavic readers put in the nominative gives its abbreviation in parentheses too: "Національного антикорупційного бюро (НАБУ)".
  for (const mention of mentions) {
    const abbreviation = mention.kind === 'organization' && mention.name.includes(' ') ? ABBREVIATION_AFTER.exec(text.slice(mention.end, mention.end + 14))?.[1] : undefined;
    if (abbreviation !== undefined && !fullNames.has(entityKey(abbreviation))) fullNames.set(entityKey(abbreviation), { kind: 'organization', name: mention.name });
  }
  for (const long of longNames) {
    const body = mentions.find((mention) => mention.kind === 'organization' && mention.start === long.start && mention.end === long.end);
    fullNames.set(entityKey(long.abbreviation), { kind: 'organization', name: body?.name ?? longNameBase(text.slice(long.start, long.end), language) });
  }
  for (const mention of mentions) {
    const full = fullNames.get(entityKey(mention.text));
    // A known place's name that is the surname of someone the article names in full is that person: "Karadeniz" after "Ayşe Karadeniz".
    const surname = full?.kind === 'person' && mention.kind === 'place' && !mention.text.includes(' ');
    if (full && (full.kind === mention.kind || surname) && mention.name === mention.text) {
      mention.kind = full.kind;
      mention.name = full.name;
      mention.key = entityKey(full.name);
    }
  }

  const people = INFLECTING.has(language) ? peopleByStems(candidates, language) : [];

  nationalBranches(candidates, mentions, text, known, language);
  coordinate(candidates, mentions, text, lex, language);
  shortOrganizations(candidates);
  const bodiesByHead = bodiesByTheirHead(candidates, language, spanOf);
  const affiliations: EntityMention[] = [];
  for (const candidate of candidates) {
    dropOpenerBeforePerson(candidate, text, lex, (words) => fullNames.get(entityKey(spanOf(words))) ?? inflectedPerson(words, people, language));
    const written = spanOf(candidate.words).replace(/[.,;:]+$/u, '');
    if (written === '' || (candidate.words.length === 1 && germanPeriodPart(candidate.words[0]!, context))) continue;
    const full = fullNames.get(entityKey(written)) ?? inflectedPerson(candidate.words, people, language);
    if (!full && isLoneMonth(candidate.words)) continue;
    // The article's own full name outweighs the lexicon: "Petro" after "Gustavo Petro" is him, not a company.
    const surname = full?.kind === 'person' && candidate.words.length < full.name.split(/\s+/u).length;
    const platform = candidate.words.some((word) => PLATFORM_WORDS.has(word.lower));
    if (platform && isFurniture(text, candidate.words[0]!.start)) continue;
    const inSentence = platform && candidate.words.length === 1 && lineEndsSentence(text, candidate.words[0]!.start);
    const placeByKnown = !surname && !full && (candidate.kind === null || candidate.kind === 'place') ? germanPlaceByKnown(candidate.words, known, language) : undefined;
    // An abbreviation the article defines in brackets after a body's name is that body, whatever else it may spell: "(IA)" after "Inuit Ataqatigiit".
    const defined = full?.kind === 'organization' && candidate.words.length === 1 && ABBREVIATION_WORD.test(written);
    const kind = placeByKnown !== undefined ? 'place' : surname ? 'person' : defined ? 'organization' : (candidate.kind ?? (full ? full.kind : inSentence ? 'organization' : candidate.town ? 'place' : null));
    if (kind === null) continue;
    const headAlone = kind === 'organization' && full === undefined && candidate.words.length === 1 ? bodiesByHead.get(candidate.words[0]!.folded) : undefined;
    const name =
      placeByKnown ??
      (full && (surname || defined || candidate.kind === null || candidate.kind === full.kind)
        ? full.name
        : headAlone?.size === 1
          ? [...headAlone][0]!
          : (candidate.name ??
            knownGenitive(written, kind, known, language) ??
            (kind === 'place' ? slavicGenitivePlace(written, text.slice(Math.max(0, candidate.words[0]!.start - 12), candidate.words[0]!.start), language) : undefined) ??
            baseForm(written, kind, language)));
    const start = candidate.words[0]!.start;
    if (kind === 'person') affiliations.push(...affiliationAfter(text, start + written.length, context));
    // A unit's number is part of its name: "6th Infantry Division", "82nd Airborne Division".
    const unit = kind === 'organization' && UNIT_WORDS.has(candidate.words[0]!.lower);
    const ordinalPattern = unit ? UNIT_NUMBER_BEFORE : language === 'de' || language === 'pl' ? DOTTED_ORDINAL_BEFORE : ORDINAL_BEFORE;
    const ordinal = kind === 'organization' ? ordinalPattern.exec(text.slice(Math.max(0, start - 8), start))?.[0] : undefined;
    if (ordinal !== undefined) {
      const numbered = ordinal + written;
      const numberedName = ordinal + baseForm(written, kind, language);
      mentions.push({ kind, text: numbered, name: numberedName, key: entityKey(numberedName), start: start - ordinal.length, end: start + written.length });
      continue;
    }
    mentions.push({
      kind,
      text: written,
      name,
      key: entityKey(name),
      ...(candidate.role ? { role: candidate.role } : {}),
      start,
      end: start + written.length,
    });
  }
  const taken = new Set(mentions.map((mention) => mention.start));
  mentions.push(...affiliations.filter((affiliation) => !taken.has(affiliation.start)));
  oneKindForPeopleAndBodies(mentions, lex, language);
  bodiesOfTheirCountry(mentions, text, known, language);
  if (INFLECTING.has(language)) {
    namePlacesByTheirBase(mentions);
    namePlacesByKnownBase(mentions, text, known, language as SlavicLanguage);
    namePlacesAfterFeminineLandforms(mentions, text, language as SlavicLanguage);
  }
  const english = language === 'en' || language === 'other';
  const wordKnowledge: WordKnowledge = {
    kindOf: (written) => known.byForm.get(written)?.kind ?? lexiconKind(wordFor(written), lex) ?? undefined,
    isCommonWord: (written) => {
      const folded = lower(written, language);
      if (context.lists.functionWords.has(folded) || PLACE_HEAD_WORDS.has(folded) || isOrganizationHead(folded, language)) return true;
      if (english && tagsOf(folded, lex).length > 0 && !isGivenName(wordFor(written), lex)) return true;
      return lowerCaseWordsOf(context).has(folded);
    },
    isBodyNoun: (word) => ORGANIZATION_NOUNS.has(word),
  };
  mentions.push(...peopleByCues(text, language === 'other' ? (lang ?? 'en').slice(0, 2).toLowerCase() : language, mentions, wordKnowledge));
  refinePeople(mentions, text, language === 'other' ? 'en' : language, {
    isKnownPlace: (written) => known.byForm.get(written)?.kind === 'place' || isWorldTown(written),
    isCommonWord: (written) => wordKnowledge.isCommonWord(written),
  });
  return outermost(mentions.filter((mention) => mention.key !== ''));

  function spanOf(words: Word[]): string {
    return text.slice(words[0]!.start, words[words.length - 1]!.end);
  }

  function wordFor(written: string): Word {
    return { text: written, lower: lower(written, language), folded: entityKey(written), start: 0, end: 0, suffix: null };
  }
}
