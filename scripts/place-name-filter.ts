/**
 * What the gazetteer generators (scripts/build-world-towns.ts,
 * scripts/build-world-regions.ts) leave out of a list of place names: names
 * that are words (compromise's English lexicon, other than place names; an
 * English word list and the spelling dictionaries of French, Spanish,
 * Portuguese, Dutch, Polish and Turkish; the stop words of the languages the
 * index reads; dates), given names, and the places and bodies our own lists
 * know already.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import { COUNTRY_NAMES } from '../shared/tradecraft/countries.ts';
import { entityKey } from '../shared/tradecraft/entity-key.ts';
import { isA, loadLexicon, tagsOf } from '../shared/tradecraft/lexicon.ts';
import { GIVEN_NAMES, KNOWN_ORGANIZATIONS, KNOWN_PLACES } from '../shared/tradecraft/name-lists.ts';
import { CITIES, REGIONS, RIVERS } from '../shared/tradecraft/places.ts';

export const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Spelling dictionaries (hunspell, from wooorm's dictionary-* packages) of the languages whose words a place's name may be. */
const DICTIONARIES = ['fr', 'es', 'pt', 'nl', 'pl', 'tr'];
const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'tr', 'ru', 'uk'];

const lex = loadLexicon();
const stopwords = stopwordsIso as Readonly<Record<string, readonly string[]>>;
const commonWords = new Set(LANGUAGES.flatMap((language) => stopwords[language] ?? []).map(entityKey));
const givenNames = new Set(GIVEN_NAMES.map(entityKey));
/** Common words: English's, and the lower-case entries of each dictionary ("pesca", "kale", "guarda"), folded. */
const dictionaryWords = new Set<string>((JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'an-array-of-english-words', 'index.json'), 'utf8')) as string[]).map(entityKey));
for (const language of DICTIONARIES) {
  const entries = fs.readFileSync(path.join(ROOT, 'node_modules', `dictionary-${language}`, 'index.dic'), 'utf8').split('\n').slice(1);
  for (const entry of entries) {
    const word = entry.split('/')[0]!.trim();
    if (/^\p{Ll}/u.test(word)) dictionaryWords.add(entityKey(word));
  }
}
const listed = new Set([...COUNTRY_NAMES, ...CITIES, ...REGIONS, ...RIVERS, ...KNOWN_PLACES, ...KNOWN_ORGANIZATIONS].flat().map(entityKey));

const DATE_PARSERS = [chrono.en, chrono.fr, chrono.de, chrono.es, chrono.it, chrono.pt, chrono.nl];

/** A word the lexicon holds as anything but a place ("Reading", "Mobile", "Victoria" the given name), or a date ("March"). */
function isWord(word: string): boolean {
  const lowered = word.toLowerCase();
  return (tagsOf(lowered, lex).length > 0 && !isA(lowered, 'Place', lex)) || DATE_PARSERS.some((parser) => parser.parseDate(word) !== null);
}

/**
 * Whether a place's name is better left out of a generated list: one of our
 * lists has it, it is a common word or a given name, or every word of it is a
 * common one ("Green River"; "Santa Cruz de la Sierra" is a name as a whole).
 */
export function isLeftOutName(name: string): boolean {
  const key = entityKey(name);
  if (listed.has(key) || commonWords.has(key) || givenNames.has(key)) return true;
  const words = name.split(/[ -]/u);
  if (words.length === 1) return isWord(name) || dictionaryWords.has(key);
  return words.every((word) => isWord(word) || commonWords.has(entityKey(word)));
}
