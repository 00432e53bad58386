/**
 * The story printed again in a second language under the first (a bilingual council's release, a canton's or a
 * company's notice in two national languages): its own headline and date, then paragraphs that use almost none of the
 * commonest short words of the page's language, or far more of another language's. The first version is the story; the
 * second repeats it.
 */
import { commonWordShares } from './lang.ts';
import { drop, isKept, isProse, type Piece } from './pieces.ts';

/** Most of a paragraph's words that may be the page language's commonest words when it is written in a language with no list (Welsh). */
const MAX_FOREIGN_SHARE = 0.04;
/** How many times the page language's share another language's must reach for a paragraph to be written in it. */
const OTHER_LANGUAGE_FACTOR = 1.5;
/** Fewest of a paragraph's words that are common words of the language it is written in. */
const MIN_OWN_SHARE = 0.12;
/** Fewest words in a sentence whose language is judged: a shorter one holds too few common words to tell. */
const MIN_JUDGED_WORDS = 8;
/** A second version runs to two paragraphs or more; one closing paragraph in another language is a quotation or a note. */
const MIN_SECOND_VERSION_PARAGRAPHS = 2;
/** Paragraphs of the page's language the first version holds. */
const MIN_FIRST_VERSION_PARAGRAPHS = 2;

/** Whether `piece` is written in `lang` (which has a list of common words), in another language, or neither shows. */
function languageOf(piece: Piece, lang: string): 'own' | 'other' | 'unclear' {
  const shares = commonWordShares(piece.text);
  const own = shares.get(lang)!;
  const other = Math.max(...[...shares].filter(([language]) => language !== lang).map(([, share]) => share));
  if (own <= MAX_FOREIGN_SHARE || (other >= MIN_OWN_SHARE && other >= own * OTHER_LANGUAGE_FACTOR)) return 'other';
  return own >= MIN_OWN_SHARE ? 'own' : 'unclear';
}

/** The language of the story's opening paragraphs, by their common words, when the page's mix of two leaves `lang` unknown. */
function openingLanguage(prose: readonly Piece[]): string | null {
  const shares = [...commonWordShares(prose.slice(0, MIN_FIRST_VERSION_PARAGRAPHS).map((piece) => piece.text).join(' '))];
  const [best] = shares.sort((a, b) => b[1] - a[1]);
  return best && best[1] >= MIN_OWN_SHARE ? best[0] : null;
}

/**
 * Drops the story's second-language version: a run of two or more paragraphs at the story's end written in another
 * language than the page's `lang` (or, when a page of two languages leaves it unknown, than the story's opening), after two
 * or more written in it, with the lines between the two versions (its headline, its date). Pages in a language with no
 * list of common words are left alone.
 */
export function dropSecondLanguageVersion(pieces: readonly Piece[], lang: string | null): void {
  const prose = pieces.filter((piece) => isKept(piece) && isProse(piece, MIN_JUDGED_WORDS));
  const storyLang = lang ?? openingLanguage(prose);
  if (storyLang === null || !commonWordShares('').has(storyLang)) return;
  const languages = prose.map((piece) => languageOf(piece, storyLang));
  let start = prose.length;
  while (start > 0 && languages[start - 1] === 'other') start--;
  const firstVersion = languages.slice(0, start).filter((language) => language === 'own').length;
  if (prose.length - start < MIN_SECOND_VERSION_PARAGRAPHS || firstVersion < MIN_FIRST_VERSION_PARAGRAPHS) return;
  const [lastOwn, lastForeign] = [prose[start - 1]!, prose[prose.length - 1]!];
  for (const piece of pieces.slice(lastOwn.index + 1, lastForeign.index + 1)) if (isKept(piece)) drop(piece, 'second-language');
}
