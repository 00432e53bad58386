/**
 * People found by the names reader, corrected by how a name is built and
 * where it stands, after every run has been read: a word for someone's role
 * that opened the sentence or ended a portfolio is not part of the name
 * ("Statenlid Jeroen Zwemer", "Minister van Buitenlandse Zaken Sanne
 * Vermeulen"), a town after "di" or "von" is where the person is from
 * ("Martina Kofler di Merano"), a name with its middle name left out is the
 * one given in full ("Odete Tavares" for Odete Varela Tavares), and a word
 * between a title and the holder set off after it is where the title is held,
 * not a person ("Burmistrz Władysławowa, Roman Kwidziński"). None of these
 * rests on a list of names: they hold for names no list knows.
 */
import { entityKey } from './entity-key.ts';
import type { EntityMention } from './entities.ts';
import { GIVEN_NAMES, TITLE_ENDINGS, TITLES } from './name-lists.ts';

const GIVEN = new Set(GIVEN_NAMES.map(entityKey));

/** What the names reader knows of a written word or name. */
export interface NameKnowledge {
  /** A place the lists know by this written form. */
  isKnownPlace(written: string): boolean;
  /** A word of the language that is no name: a function word, a word of the dictionary, a body's head. */
  isCommonWord(written: string): boolean;
}

/** Titles shorter than this are abbreviations ("dr", "sen", "gov"), which no compound ends with. */
const MIN_TITLE_IN_COMPOUND = 4;

/** A trade named by its ending in Russian and Ukrainian: "Активист", "Эколог", "Журналістка". */
const SLAVIC_AGENT_NOUN = /^\p{Lu}\p{Ll}{2,}(?:ист|истка|іст|істка|лог|логиня)$/u;

const titlesByLanguage = new Map<string, ReadonlySet<string>>();

/** The language's titles and the ends of its compound titles, with English's: built once per language. */
function titlesOf(language: string): ReadonlySet<string> {
  let titles = titlesByLanguage.get(language);
  if (titles === undefined) {
    const all = [...(TITLES[language] ?? []), ...(TITLE_ENDINGS[language] ?? []), ...(TITLES.en ?? [])];
    titles = new Set(all.filter((title) => title.length >= MIN_TITLE_IN_COMPOUND));
    titlesByLanguage.set(language, titles);
  }
  return titles;
}

/** Letters a compound puts before the title it ends with, at least: "Konzern|chef", not "Rob|ert". */
const MIN_COMPOUND_PREFIX = 3;

/** True when `word` is a title or a compound ending in one, hyphenated or not: "Statenlid", "Staatsolie-directeur", "Ombudswoman". */
export function isRoleWord(word: string, language: string): boolean {
  if (SLAVIC_AGENT_NOUN.test(word)) return true;
  const folded = word.toLocaleLowerCase();
  const titles = titlesOf(language);
  // A Dutch member of a body: "Kamerlid", "Statenlid", "raadslid".
  const member = language === 'nl' && folded.endsWith('lid');
  // A Turkish title with the possessive a body or a field gives it: "jeoloji profesörü", "Kongresi'nin raportörü".
  const possessed = language === 'tr' && /s?[ıiuü]$/u.test(folded) && titles.has(folded.replace(/s?[ıiuü]$/u, ''));
  let titled = member || possessed || folded.endsWith('woman') || titles.has(folded);
  for (let from = MIN_COMPOUND_PREFIX; !titled && from <= folded.length - MIN_TITLE_IN_COMPOUND; from++) titled = titles.has(folded.slice(from));
  // A given name is no role, though it ends like one.
  return titled && !GIVEN.has(entityKey(word));
}

/** A sentence, a line or a quotation opens right before `at`. */
function opensSentence(text: string, at: number): boolean {
  return /(?:^|[.!?:;\n]["“”«»'’)]?[ \u00a0]*|^["“«][ \u00a0]*|[ \u00a0][-–—][ \u00a0]+)$/u.test(text.slice(Math.max(0, at - 4), at));
}

/** A minister's "of" and the first words of a portfolio before the mention: "Minister van Buitenlandse ", "minister of Home ". */
const PORTFOLIO_OPENED_BEFORE = /(?<!\p{L})(?:minist|staatssecretaris|secretar|secretário|segretari)\p{L}*[ \u00a0]+(?:van|of|for|de|du|des|del|della|do|da|für|voor)[ \u00a0]+(?:\p{Lu}[\p{L}-]*[ \u00a0]+)+$/iu;

/** An adjective that opens a portfolio of two words in Dutch or German: "Buitenlandse", "Economische", "Natuurlijke", "Auswärtige". */
const PORTFOLIO_ADJECTIVE = /(?:se|che|ke|le|ge|re|ne|te|de)[ \u00a0]+$/u;

/** A minister's "of" and the portfolios listed before the last, which "and" joins: "Minister van Bestuur, Planning en ", "minister of Mines and ". */
const PORTFOLIOS_LISTED_BEFORE =
  /(?<!\p{L})(?:[Mm]inist|[Ss]taatssecretaris|[Ss]ecretar|[Ss]ecretário|[Ss]egretari)\p{L}*[ \u00a0]+(?:van|of|for|de|du|des|del|della|do|da|für|voor)[ \u00a0]+(?:\p{Lu}[\p{L}-]*,?[ \u00a0]+)+(?:en|and|et|y|e|und|i)[ \u00a0]+$/u;

/** The word that closes a portfolio of two words, or the last of listed ones, not a given name, before the holder's name: "(Buitenlandse) Zaken Sanne Vermeulen", "(Bestuur, Planning en) Dienstverlening Sanne Vermeulen". */
function endsAPortfolio(mention: EntityMention, text: string): boolean {
  const before = text.slice(Math.max(0, mention.start - 90), mention.start);
  return (PORTFOLIO_OPENED_BEFORE.test(before) && PORTFOLIO_ADJECTIVE.test(before)) || PORTFOLIOS_LISTED_BEFORE.test(before);
}

/** A minister's "of" right before a word, or the portfolios listed before it, which names a portfolio: "Minister van ", "Minister van Wonen, " (not "von", before a noble's name). */
const MINISTER_OF_BEFORE = /(?<!\p{L})(?:[Mm]inist|[Ss]taatssecretaris|[Ss]ecretar|[Ss]ecretário|[Ss]egretari)\p{L}*[ \u00a0]+(?:van|of|for|de|du|des|del|della|do|da|für|voor)[ \u00a0]+(?:\p{Lu}[\p{L}-]*,[ \u00a0]+)*$/u;

/** A person's mention of one word right after a minister's "of" or in the portfolios listed after it: "Minister van Bestuur, Planning en Dienstverlening". */
function isPortfolio(mention: EntityMention, text: string): boolean {
  return wordsOf(mention.text).length === 1 && MINISTER_OF_BEFORE.test(text.slice(Math.max(0, mention.start - 80), mention.start));
}

/** Words of a name split at spaces; a particle stays a word of its own. */
function wordsOf(name: string): string[] {
  return name.split(/[ \u00a0]+/u).filter((word) => word !== '');
}

/**
 * A person's mention that opens with a word for a role or the end of a
 * portfolio, with a name of two words or more after it, made that name.
 * Returns the old name and the new, or undefined when it stays.
 */
function withoutLeadingRole(mention: EntityMention, text: string, language: string): [string, string] | undefined {
  const words = wordsOf(mention.text);
  if (words.length < 3 || mention.name !== mention.text) return undefined;
  const first = words[0]!;
  const roleOpening = opensSentence(text, mention.start) && isRoleWord(first, language);
  if (!roleOpening && !endsAPortfolio(mention, text)) return undefined;
  if (GIVEN.has(entityKey(first))) return undefined;
  const cut = text.indexOf(words[1]!, mention.start + first.length);
  const rest = text.slice(cut, mention.end);
  const old = mention.name;
  mention.role = mention.role === undefined ? first : `${mention.role} ${first}`;
  mention.start = cut;
  mention.text = rest;
  mention.name = rest;
  mention.key = entityKey(rest);
  return [old, rest];
}

/** "di Merano", "von Graz", "of Hull", "de Lyon" ending a person's mention. */
const FROM_PLACE_TAIL = /[ \u00a0](?:di|da|de|von|aus|of|from)[ \u00a0](\p{Lu}[\p{L}'’-]+)$/u;

/**
 * A known place after a particle that ends a person's mention is where the
 * person is from: the name ends before it, and the place is named on its own.
 */
function withoutPlaceTail(mention: EntityMention, known: NameKnowledge, found: EntityMention[]): [string, string] | undefined {
  const tail = FROM_PLACE_TAIL.exec(mention.text);
  if (tail === null || mention.name !== mention.text || !known.isKnownPlace(tail[1]!)) return undefined;
  const rest = mention.text.slice(0, tail.index);
  if (wordsOf(rest).length < 2) return undefined;
  const placeStart = mention.start + tail.index + tail[0].length - tail[1]!.length;
  found.push({ kind: 'place', text: tail[1]!, name: tail[1]!, key: entityKey(tail[1]!), start: placeStart, end: placeStart + tail[1]!.length });
  const old = mention.name;
  mention.text = rest;
  mention.name = rest;
  mention.key = entityKey(rest);
  mention.end = mention.start + rest.length;
  return [old, rest];
}

/** A particle of a family name and the name after it, right after a person's mention: " van der Ruipat", " da Costa Ximenes", " Van Lijkoend". */
const PARTICLE_SURNAME_AFTER = /^[ \u00a0](?:van der|van den|van de|von der|van|von|de la|de|da|dos|das|do|di|del|du|bin|ibn|Van der|Van den|Van)[ \u00a0](\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[ \u00a0]\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}'’-]|[ \u00a0]\p{Lu})/u;

/** A Slavic plural for a group of people: "Mieszkańcy", "Obrońcy", "Сослуживцы", "Жители", "Мешканці", "Учасники". */
const GROUP_OF_PEOPLE = /^\p{Lu}\p{Ll}+(?:cy|owie|цы|ци|тели|ки|ці|телі)$/u;

/** True when the mention opens with a plural for a group in Polish, Russian or Ukrainian, the genitive after it saying whose: "Mieszkańcy Gagauzji". */
function opensWithGroupOfPeople(mention: EntityMention, language: string): boolean {
  const words = wordsOf(mention.text);
  return (language === 'pl' || language === 'ru' || language === 'uk') && words.length === 2 && GROUP_OF_PEOPLE.test(words[0]!);
}

/** A particle's first word ending a mention. */
const PARTICLE_ENDING = /[ \u00a0](?:van|von|de|da|di|do|del|du)$/u;

/**
 * A person's mention that a particle cut short, with the family name after
 * it: "Wuiboert" and "van der Ruipat" are Wuiboert van der Ruipat. Not before
 * a known place, which is where the person is from ("di Merano"). The
 * mentions the family name was read as are dropped. Returns the old name and
 * the new, or undefined when it stays.
 */
function withParticleSurname(mention: EntityMention, text: string, known: NameKnowledge, mentions: EntityMention[]): [string, string] | undefined {
  // A mention that took the particle's first word and stopped: "Efraín de" of "Efraín de la Tolva".
  const given = mention.text.replace(PARTICLE_ENDING, '');
  const givenEnd = mention.start + given.length;
  const after = PARTICLE_SURNAME_AFTER.exec(text.slice(givenEnd, givenEnd + 60));
  if (after === null || mention.name !== mention.text || wordsOf(given).length > 1) return undefined;
  // Not a body or a place after "von der", "de": "Katrin Osterholt von der Stiftung Wissenschaft".
  if (known.isKnownPlace(after[1]!) || wordsOf(after[1]!).some((word) => known.isCommonWord(word))) return undefined;
  const end = givenEnd + after[0].length;
  for (let index = mentions.length - 1; index >= 0; index--) {
    const other = mentions[index]!;
    if (other !== mention && other.start >= mention.end && other.end <= end) mentions.splice(index, 1);
  }
  const old = mention.name;
  const full = text.slice(mention.start, end);
  mention.text = full;
  mention.name = full;
  mention.key = entityKey(full);
  mention.end = end;
  return [old, full];
}

const EAST_SLAVIC_CONSONANT = '[бвгджзклмнпрстфхцчшщ]';
type Ending = readonly [RegExp, string];

/** A name's genitive endings, a man's and a woman's, and what the nominative ends in: "Нурлана Жумабаева" is Нурлан Жумабаев, "Ганни Ковальової" Ганна Ковальова. */
const GENITIVE_NAME_ENDINGS: ReadonlyArray<{ given: readonly Ending[]; surname: readonly Ending[] }> = [
  {
    given: [[new RegExp(`(?<=${EAST_SLAVIC_CONSONANT})а$`, 'u'), ''], [/(?<=[еиі])я$/u, 'й'], [new RegExp(`(?<=${EAST_SLAVIC_CONSONANT})я$`, 'u'), 'ь']],
    surname: [[/(?<=ов|ев|ёв|ин|ын|ів|ін)а$/u, ''], [/(?<=ск|цк|ськ|цьк|зьк)ого$/u, 'ий'], [/енка$/u, 'енко'], [new RegExp(`(?<=${EAST_SLAVIC_CONSONANT})а$`, 'u'), '']],
  },
  {
    given: [[new RegExp(`(?<=${EAST_SLAVIC_CONSONANT})[ыи]$`, 'u'), 'а'], [/(?<=[еиі])[иї]$/u, 'я']],
    surname: [[/(?<=ов|ев|ёв|ин|ын)ой$/u, 'а'], [/(?<=ск|цк)ой$/u, 'ая'], [/(?<=ов|ев|ін)ої$/u, 'а'], [/(?<=ськ|цьк|зьк)ої$/u, 'а']],
  },
];

/** The word that governs the genitive in "по словам" and "за словами". */
const ACCORDING_TO = /^(?:словам|словами)$/u;
/** A role's genitive endings, after which its nominative ends in nothing, "ь" or "а": "министра", "представителя", "главы". */
const ROLE_GENITIVE = /(?:а|я|ы|и)$/u;

/** A Russian or Ukrainian word after which a name is in the genitive: "по словам", a role in the genitive ("представителя", "министра"). */
function governsGenitive(word: string, language: string): boolean {
  const folded = word.toLocaleLowerCase();
  if (ACCORDING_TO.test(folded)) return true;
  if (!ROLE_GENITIVE.test(folded)) return false;
  const stem = folded.slice(0, -1);
  return ['', 'ь', 'а'].some((ending) => stem + ending !== folded && isRoleWord(stem + ending, language));
}

/**
 * A Russian or Ukrainian name of two words in the genitive after a word that
 * governs it, with a body's name between or not ("представителя ЕАБР
 * Нурлана Жумабаева"), in the nominative. Undefined when nothing governs it
 * or its endings tell no case.
 */
function genitiveNameInNominative(mention: EntityMention, text: string, language: string): string | undefined {
  const words = wordsOf(mention.name);
  if ((language !== 'ru' && language !== 'uk') || words.length !== 2 || mention.name !== mention.text) return undefined;
  const before = text.slice(Math.max(0, mention.start - 60), mention.start).split(/[ \u00a0]+/u).slice(0, -1);
  const last = before[before.length - 1] ?? '';
  const governed = governsGenitive(last, language) || (/^\p{Lu}/u.test(last) && governsGenitive(before[before.length - 2] ?? '', language));
  if (!governed) return undefined;
  const [given, surname] = words as [string, string];
  for (const gender of GENITIVE_NAME_ENDINGS) {
    const givenEnding = gender.given.find(([ending]) => ending.test(given));
    const surnameEnding = gender.surname.find(([ending]) => ending.test(surname));
    if (givenEnding !== undefined && surnameEnding !== undefined) return `${given.replace(...givenEnding)} ${surname.replace(...surnameEnding)}`;
  }
  return undefined;
}

/** The person of three words or more the article names whose first and last words these two are: "Odete Tavares" for Odete Varela Tavares. */
function fullNameWithMiddle(mention: EntityMention, people: readonly string[]): string | undefined {
  const words = wordsOf(mention.name);
  if (words.length !== 2) return undefined;
  const [first, last] = words.map(entityKey);
  const fuller = people.filter((name) => {
    const full = wordsOf(name);
    return full.length >= 3 && entityKey(full[0]!) === first && entityKey(full[full.length - 1]!) === last;
  });
  return new Set(fuller).size === 1 ? fuller[0] : undefined;
}

/** A title of a place's or a body's head before the word, with "of" or without: "Burmistrz ", "der Bürgermeister von ". */
function titledBefore(mention: EntityMention, text: string, language: string): boolean {
  if (mention.role !== undefined) return true;
  const title = /(?<!\p{L})(\p{L}+)[ \u00a0]+(?:von|of|de|du|del|di|da|do|van)[ \u00a0]+$/u.exec(text.slice(Math.max(0, mention.start - 40), mention.start))?.[1];
  return title !== undefined && isRoleWord(title, language);
}

/**
 * People's mentions corrected by the structure around them (see the module's
 * comment), in place. Short forms that named a corrected full name follow it.
 */
export function refinePeople(mentions: EntityMention[], text: string, language: string, known: NameKnowledge): void {
  const renamed = new Map<string, string>();
  const places: EntityMention[] = [];
  for (const mention of [...mentions]) {
    if (mention.kind !== 'person' || !mentions.includes(mention)) continue;
    if (isPortfolio(mention, text)) {
      mentions.splice(mentions.indexOf(mention), 1);
      continue;
    }
    if (opensWithGroupOfPeople(mention, language)) {
      // The short forms read as that "person" go with it: "Gagauzji" after "Mieszkańcy Gagauzji".
      for (let index = mentions.length - 1; index >= 0; index--) if (mentions[index]!.kind === 'person' && mentions[index]!.name === mention.name) mentions.splice(index, 1);
      continue;
    }
    const original = mention.name;
    withoutLeadingRole(mention, text, language);
    withoutPlaceTail(mention, known, places);
    withParticleSurname(mention, text, known, mentions);
    const nominative = genitiveNameInNominative(mention, text, language);
    if (nominative !== undefined) {
      mention.name = nominative;
      mention.key = entityKey(nominative);
    }
    if (mention.name !== original) renamed.set(original, mention.name);
  }
  for (const mention of mentions) {
    const name = mention.kind === 'person' ? renamed.get(mention.name) : undefined;
    if (name === undefined) continue;
    mention.name = name;
    mention.key = entityKey(name);
  }
  const people = mentions.filter((mention) => mention.kind === 'person').map((mention) => mention.name);
  for (const mention of mentions) {
    const full = mention.kind === 'person' ? fullNameWithMiddle(mention, people) : undefined;
    if (full === undefined) continue;
    mention.name = full;
    mention.key = entityKey(full);
  }
  // One word between a title and the holder set off after it, "Burmistrz Władysławowa, Roman Kwidziński": the title's seat.
  const seats = mentions.filter((mention, index) => {
    if (mention.kind !== 'person' || wordsOf(mention.text).length !== 1 || !titledBefore(mention, text, language)) return false;
    const next = mentions.find((other, at) => at !== index && other.kind === 'person' && other.start > mention.end && other.start <= mention.end + 3);
    return next !== undefined && /^,[ \u00a0]+$/u.test(text.slice(mention.end, next.start)) && wordsOf(next.name).length >= 2 && next.name !== mention.name;
  });
  for (const seat of seats) {
    if (known.isKnownPlace(seat.text)) seat.kind = 'place';
    else mentions.splice(mentions.indexOf(seat), 1);
  }
  mentions.push(...places.filter((place) => !mentions.some((other) => other.start === place.start)));
}
