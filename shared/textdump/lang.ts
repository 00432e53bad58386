/**
 * A best guess at a text's language (BCP 47 primary tag) and direction, from
 * its script and, for Latin script, from its commonest short words; and words
 * counted in scripts written without spaces.
 */
import { countWords } from '../text.ts';

export type Direction = 'ltr' | 'rtl';

export interface LanguageGuess {
  lang: string | null;
  dir: Direction;
}

/** Hiragana and katakana: only Japanese writes them. */
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Scripts that name one language well enough on their own, with that language. */
const SCRIPT_LANGUAGES: ReadonlyArray<{ script: RegExp; lang: string }> = [
  { script: /\p{Script=Arabic}/gu, lang: 'ar' },
  { script: /\p{Script=Hebrew}/gu, lang: 'he' },
  { script: /\p{Script=Cyrillic}/gu, lang: 'ru' },
  { script: /\p{Script=Greek}/gu, lang: 'el' },
  { script: KANA, lang: 'ja' },
  { script: /\p{Script=Hangul}/gu, lang: 'ko' },
  { script: /\p{Script=Han}/gu, lang: 'zh' },
  { script: /\p{Script=Thai}/gu, lang: 'th' },
  { script: /\p{Script=Devanagari}/gu, lang: 'hi' },
  { script: /\p{Script=Bengali}/gu, lang: 'bn' },
  { script: /\p{Script=Gurmukhi}/gu, lang: 'pa' },
  { script: /\p{Script=Gujarati}/gu, lang: 'gu' },
  { script: /\p{Script=Tamil}/gu, lang: 'ta' },
  { script: /\p{Script=Telugu}/gu, lang: 'te' },
  { script: /\p{Script=Kannada}/gu, lang: 'kn' },
  { script: /\p{Script=Malayalam}/gu, lang: 'ml' },
  { script: /\p{Script=Sinhala}/gu, lang: 'si' },
  { script: /\p{Script=Myanmar}/gu, lang: 'my' },
  { script: /\p{Script=Khmer}/gu, lang: 'km' },
  { script: /\p{Script=Lao}/gu, lang: 'lo' },
  { script: /\p{Script=Armenian}/gu, lang: 'hy' },
  { script: /\p{Script=Georgian}/gu, lang: 'ka' },
  { script: /\p{Script=Ethiopic}/gu, lang: 'am' },
];

/** Letters that set a language apart from others sharing its script. */
const DISTINCT_LETTERS: Readonly<Record<string, ReadonlyArray<{ letters: RegExp; lang: string }>>> = {
  ar: [
    { letters: /[\u0679\u0688\u0691\u06BA\u06BE\u06D2]/gu, lang: 'ur' },
    { letters: /[\u067E\u0686\u0698\u06A9\u06AF\u06CC]/gu, lang: 'fa' },
  ],
  ru: [{ letters: /[іїєґІЇЄҐ]/gu, lang: 'uk' }],
};

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur']);

/** The commonest short words of Latin-script languages, enough to tell them apart. */
const STOPWORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set('the and of to in is that for with was on said it as by at from has have are were'.split(' ')),
  tr: new Set('ve bir bu da de için ile olarak daha çok gibi ama olan sonra kadar değil ancak göre dedi ise'.split(' ')),
  de: new Set('der die und das ist nicht mit den von zu sich auch ein eine dem des im für auf'.split(' ')),
  fr: new Set('le la les et des est une un du dans pour que qui pas sur au avec il elle'.split(' ')),
  es: new Set('el la los las y de que en un una es por con para del se su al como'.split(' ')),
  it: new Set('il la di che e è un una per non del della con sono gli le nel alla'.split(' ')),
  pt: new Set('o a os as de que e do da em um uma para com não por dos das ao'.split(' ')),
  nl: new Set('de het een en van is dat op te niet met voor zijn ook aan er bij'.split(' ')),
  sv: new Set('och att det som på är av för med till den har inte om ett men efter från också'.split(' ')),
  pl: new Set('i w na z że się nie do to jest jak po przez oraz dla od który która'.split(' ')),
  id: new Set('yang dan di dengan untuk dari ini itu dalam tidak akan pada juga ke karena sudah bisa'.split(' ')),
};

/** Letters only Turkish (and Azerbaijani) write among Latin-script languages. */
const TURKISH_LETTERS = /[ğıİş]/gu;

/** Enough text to decide; more only costs time. */
const SAMPLE_CHARS = 20_000;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** The languages each stop word belongs to: one lookup per word of the text instead of one per language. */
const LANGUAGES_OF_STOPWORD = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const word of words) LANGUAGES_OF_STOPWORD.set(word, [...(LANGUAGES_OF_STOPWORD.get(word) ?? []), lang]);
}

function guessLatinLanguage(text: string, latinLetters: number): string | null {
  const hits: Record<string, number> = {};
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const lang of LANGUAGES_OF_STOPWORD.get(word) ?? []) hits[lang] = (hits[lang] ?? 0) + 1;
  }
  // Turkish shares many short words with nothing else, but its letters are the surer sign.
  if (count(text, TURKISH_LETTERS) > latinLetters * 0.005) hits.tr = (hits.tr ?? 0) * 2 + 10;
  const ranked = Object.entries(hits).sort((a, b) => b[1] - a[1]);
  const [best, runnerUp] = ranked;
  if (!best || best[1] < 3) return null;
  return !runnerUp || best[1] >= runnerUp[1] * 1.3 ? best[0] : null;
}

/**
 * For each language whose commonest short words are kept ("the", "and", "of" for English), the share of `text`'s words
 * that are among them. These lists tell languages apart, where the block scorer's long stop-word lists share many words
 * across languages: a paragraph holds many of its own language's, and few of another's.
 */
export function commonWordShares(text: string): ReadonlyMap<string, number> {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const hits = new Map<string, number>(Object.keys(STOPWORDS).map((lang) => [lang, 0]));
  for (const word of words) for (const lang of LANGUAGES_OF_STOPWORD.get(word) ?? []) hits.set(lang, hits.get(lang)! + 1);
  return new Map([...hits].map(([lang, count]) => [lang, words.length === 0 ? 0 : count / words.length]));
}

/** Guesses the language and writing direction of `text`; the language is null when unclear. */
export function guessLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, SAMPLE_CHARS);
  const latin = count(sample, /\p{Script=Latin}/gu);
  let lang: string | null = null;
  let letters = latin;
  for (const { script, lang: scriptLang } of SCRIPT_LANGUAGES) {
    const found = count(sample, script);
    if (found > letters) {
      letters = found;
      lang = scriptLang;
    }
  }
  // Japanese writes most nouns in Han characters, so they may outnumber its kana; Chinese writes no kana at all.
  if (lang === 'zh' && count(sample, KANA) > 0) lang = 'ja';
  if (lang !== null) {
    const variant = (DISTINCT_LETTERS[lang] ?? []).find(({ letters: pattern }) => count(sample, pattern) > letters * 0.02);
    if (variant) lang = variant.lang;
  } else if (latin > 0) {
    lang = guessLatinLanguage(sample, latin);
  }
  return { lang, dir: lang !== null && RTL_LANGUAGES.has(lang) ? 'rtl' : 'ltr' };
}

/**
 * Lower-cases for matching. Turkish text folds with Turkish rules (İ → i,
 * I → ı), so "İLGİLİ HABERLER" matches "ilgili haberler"; other text keeps the
 * default rules, which would otherwise turn an English "I" into "ı".
 */
export function caseFolder(lang: string | null): (text: string) => string {
  return lang === 'tr' ? (text) => text.toLocaleLowerCase('tr') : (text) => text.toLowerCase();
}

/** Runs of Chinese and Japanese characters: written without spaces between words. */
const UNSPACED_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu;
/** Characters per word in Chinese and Japanese, near enough for the cleaner's length thresholds. */
const UNSPACED_CHARS_PER_WORD = 2;

/**
 * Runs of Thai, Lao, Khmer and Burmese: written without spaces between words, and with words too long to count by
 * characters; the platform's dictionary-based word breaker finds them.
 */
const DICTIONARY_RUN = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+/gu;
const wordBreaker = new Intl.Segmenter(undefined, { granularity: 'word' });

function dictionaryWords(run: string): string[] {
  return [...wordBreaker.segment(run)].filter((segment) => segment.isWordLike).map((segment) => segment.segment);
}

/** Words in `text`, as `countWords` counts them, but with unspaced Chinese and Japanese counted by their length, and Thai, Lao, Khmer and Burmese by their words. */
export function countTextWords(text: string): number {
  let unspaced = 0;
  const spaced = text
    .replace(UNSPACED_RUN, (run) => {
      unspaced += Math.ceil(run.length / UNSPACED_CHARS_PER_WORD);
      return ' ';
    })
    .replace(DICTIONARY_RUN, (run) => {
      unspaced += dictionaryWords(run).length;
      return ' ';
    });
  return countWords(spaced) + unspaced;
}

/** A word, or one character of unspaced Chinese or Japanese. */
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]|[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

/**
 * The tokens stop words are looked up among: words, each character of unspaced Chinese and Japanese (their lists hold
 * single-character particles), and the words of Thai, Lao, Khmer and Burmese as the word breaker finds them.
 */
export function stopWordTokens(text: string): string[] {
  const unspaced: string[] = [];
  const rest = text.replace(DICTIONARY_RUN, (run) => {
    unspaced.push(...dictionaryWords(run));
    return ' ';
  });
  return [...(rest.match(TOKEN) ?? []), ...unspaced];
}
