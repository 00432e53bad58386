/**
 * People, organizations and places named in an article, found offline with
 * compromise's English lexicon and word lists (no model download).
 *
 * Running compromise's full tagger over a whole article costs about 50 ms per
 * 1,000 words, over the import budget (30 ms). Names are capitalized, so we
 * scan for runs of capitalized words ("Recep Tayyip Erdoğan", "Ministry of
 * Foreign Affairs") and classify each run with compromise's lexicon (first
 * and last names, cities, countries, organizations), its organization and
 * place words ("Authority", "Strait") and honorifics ("Mr", "President").
 * A run none of these can classify is left out rather than guessed.
 *
 * Other languages: the same scan runs, but a run counts only when the lexicon
 * knows it as a place or organization (capital cities, countries, NATO), or it
 * follows an honorific: English first names and title words say little about
 * a German or Turkish sentence, and every German noun is capitalized. Scripts
 * without capitals (Arabic, Hebrew) yield no entities.
 *
 * Offsets are UTF-16 indices into the article's plain text, the same text
 * highlights anchor into.
 */
import { entityKey, type EntityKind } from './entity-key.ts';
import { isA, loadLexicon, type Lexicon } from './lexicon.ts';


export interface EntityMention {
  kind: EntityKind;
  /** The name as written, without a leading honorific ("Erdoğan" from "Mr Erdoğan"). */
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

/** Titles that make the next capitalized run a person, beyond compromise's honorifics (Mr, Dr, Gen). */
const PERSON_TITLES = new Set([
  'president', 'minister', 'chancellor', 'senator', 'governor', 'mayor', 'ambassador', 'secretary', 'general',
  'admiral', 'colonel', 'captain', 'commander', 'judge', 'king', 'queen', 'prince', 'princess', 'pope', 'sheikh',
  'emir', 'premier', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'chief', 'chairman', 'chairwoman',
  'sir', 'lord', 'lady', 'dame', 'prime', 'foreign', 'defence', 'defense', 'deputy', 'vice', 'interior', 'finance',
]);

/** Words that start sentences or headings and are not names, beyond what the lexicon tags as function words. */
const FUNCTION_TAGS = ['Determiner', 'Conjunction', 'Preposition', 'Pronoun', 'Adverb', 'QuestionWord', 'Modal', 'Copula', 'Verb', 'Value'];
/** Calendar words are the timeline's business, not the entity index's. */
const DATE_TAGS = ['Date', 'Month', 'WeekDay'];

const CAPITALIZED = String.raw`\p{Lu}[\p{L}\p{M}\p{N}'’\-]*`;
const CONNECTOR = String.raw`(?:of(?: the)?|for|and the|de|del|da|du|van|von|der|bin|al)`;
/** Lower-case words that join two names into one only after a head like "Ministry" or "Strait". */
const JOINERS = new Set(['of', 'for', 'and', 'the']);
/** Heads of institution names that compromise's organization words lack. */
const ORGANIZATION_HEADS = new Set(['parliament', 'government', 'party', 'ministry', 'council', 'court', 'navy', 'police', 'union', 'fund', 'senate', 'congress', 'assembly', 'office', 'embassy', 'forces', 'guard', 'cabinet']);
const SPACE = String.raw`[ \u00a0]+`;
/** A run of capitalized words on one line, joined by spaces and a few lower-case particles. */
const RUN = new RegExp(String.raw`${CAPITALIZED}(?:${SPACE}(?:${CONNECTOR}${SPACE})?${CAPITALIZED})*`, 'gu');

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

function wordsOf(run: string, offset: number): Word[] {
  const words: Word[] = [];
  for (const match of run.matchAll(/[^ \u00a0]+/gu)) {
    const text = match[0].replace(/[’']s$/u, '');
    words.push({ text, lower: text.toLowerCase(), start: offset + match.index, end: offset + match.index + text.length });
  }
  return words;
}

function precededByTitle(text: string, at: number, lex: Lexicon): boolean {
  const before = /([\p{L}.]+)[ \u00a0]+$/u.exec(text.slice(Math.max(0, at - 24), at));
  if (!before?.[1]) return false;
  const word = before[1].replace(/\.$/, '').toLowerCase();
  return PERSON_TITLES.has(word) || isA(word, 'Honorific', lex);
}

function isOrganizationHead(word: string, lex: Lexicon): boolean {
  return lex.orgWords[word] !== undefined || ORGANIZATION_HEADS.has(word);
}

/**
 * Splits a run at "of", "for", "and the" unless the part before is the head
 * of one name ("Ministry of Foreign Affairs", "Strait of Hormuz"): "Lena Novak
 * of the Nordic Shipping Group" is a person and an organization.
 */
function splitAtJoiners(words: Word[], lex: Lexicon): Word[][] {
  const parts: Word[][] = [[]];
  for (const word of words) {
    const current = parts[parts.length - 1]!;
    if (!JOINERS.has(word.text)) {
      current.push(word);
      continue;
    }
    const head = current.filter((w) => !JOINERS.has(w.text)).at(-1)?.lower;
    const joinsName = head !== undefined && (isOrganizationHead(head, lex) || lex.placeWords[head] !== undefined);
    if (joinsName) current.push(word);
    else if (current.length > 0) parts.push([]);
  }
  return parts.filter((part) => part.length > 0);
}

/** The kind of a run of words, or null when the lexicon cannot tell. */
function classify(words: Word[], titled: boolean, english: boolean, lex: Lexicon): EntityKind | null {
  const whole = words.map((w) => w.lower).join(' ');
  if (isA(whole, 'Organization', lex)) return 'organization';
  if (isA(whole, 'Place', lex)) return 'place';
  const last = words[words.length - 1]!.lower;
  if (titled) return 'person';
  const capitalized = words.filter((w) => /^\p{Lu}/u.test(w.text));
  if (capitalized.length > 1 && (isOrganizationHead(last, lex) || isOrganizationHead(words[0]!.lower, lex))) {
    return 'organization';
  }
  if (capitalized.length > 1 && (lex.placeWords[last] !== undefined || lex.placeWords[words[0]!.lower] !== undefined)) return 'place';
  if (!english) return null;
  const first = words[0]!.lower;
  if (capitalized.length > 1 && isA(first, 'FirstName', lex)) return 'person';
  if (capitalized.length > 1 && isA(last, 'LastName', lex)) return 'person';
  if (words.length === 1 && isA(first, 'LastName', lex) && !isA(first, 'Organization', lex)) return 'person';
  if (words.length === 1 && isA(first, 'Organization', lex)) return 'organization';
  return null;
}

/** Drops leading words that are titles or sentence-initial function words; returns whether a title was dropped. */
function trimLeading(words: Word[], lex: Lexicon): { words: Word[]; titled: boolean } {
  let titled = false;
  let at = 0;
  while (at < words.length - 1) {
    const word = words[at]!.lower.replace(/\.$/, '');
    if (PERSON_TITLES.has(word) || isA(word, 'Honorific', lex)) {
      titled = true;
      at++;
    } else if (FUNCTION_TAGS.some((tag) => isA(word, tag, lex)) || DATE_TAGS.some((tag) => isA(word, tag, lex))) {
      at++;
    } else break;
  }
  return { words: words.slice(at), titled };
}

function isNoise(words: Word[], lex: Lexicon): boolean {
  if (words.length === 0) return true;
  const only = words.length === 1 ? words[0]!.lower : null;
  if (only === null) return false;
  return FUNCTION_TAGS.some((tag) => isA(only, tag, lex)) || DATE_TAGS.some((tag) => isA(only, tag, lex)) || PERSON_TITLES.has(only) || isA(only, 'Honorific', lex);
}

/**
 * The names in `text`, in reading order. `lang` is the article's language
 * tag (null when unknown: treated as English). A one-word mention that is the
 * last name of a person named in full earlier in the article ("Merkel" after
 * "Angela Merkel") is that person.
 */
export function extractEntities(text: string, lang: string | null): EntityMention[] {
  const lex = loadLexicon();
  const english = lang === null || /^en\b/i.test(lang);
  const mentions: EntityMention[] = [];
  const personLastNames = new Map<string, string>();
  for (const match of text.matchAll(RUN)) {
    for (const part of splitAtJoiners(wordsOf(match[0], match.index), lex)) addMention(part);
  }
  return mentions;

  function addMention(part: Word[]): void {
    const at = part[0]!.start;
    let words = part;
    const titled = precededByTitle(text, at, lex);
    const trimmed = trimLeading(words, lex);
    words = trimmed.words;
    if (isNoise(words, lex)) return;
    let kind = classify(words, titled || trimmed.titled, english, lex);
    const lastKey = entityKey(words[words.length - 1]!.text);
    if (kind === null && words.length === 1 && personLastNames.has(lastKey)) kind = 'person';
    if (kind === null && words.length > 1) {
      // A run the lexicon cannot read whole ("Berlin Vertreter der Regierung") may still hold a known place or organization.
      for (const word of words) {
        if (isA(word.lower, 'Place', lex) || isA(word.lower, 'Organization', lex)) addMention([word]);
      }
      return;
    }
    if (kind === null) return;
    const first = words[0]!;
    const last = words[words.length - 1]!;
    const name = text.slice(first.start, last.end).replace(/[.,;:]+$/u, '');
    if (name === '') return;
    if (kind === 'person' && words.length > 1) personLastNames.set(lastKey, name);
    mentions.push({ kind, text: name, name, key: entityKey(name), start: first.start, end: first.start + name.length });
  }
}
