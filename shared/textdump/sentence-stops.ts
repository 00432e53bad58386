/**
 * The marks that end a sentence, in every script the cleaner reads, in one place. The cleaner tells a story paragraph
 * from a menu item, headline, caption or label largely by whether it ends like a sentence, and each script has its own
 * marks: the rules build their patterns from these character-class sources (the characters that go between "[" and "]").
 */

/** Full stop, question and exclamation mark: Latin, Cyrillic, Greek, Hebrew and most other scripts write these. */
export const COMMON_STOPS = '.!?';

/** The full-width full stop, exclamation and question mark of Chinese and Japanese. */
const CJK_STOPS = '。！？';

/**
 * Full stops of scripts that have their own: the danda and double danda of Devanagari, Bengali and the other Indic
 * scripts, the Urdu full stop, the Ethiopic full stop (Amharic, Tigrinya), the Armenian full stop, the Burmese full
 * stop, the Tibetan shad and double shad, and the Khmer khan. No other script's text holds them, so a pattern that
 * adds them reads Latin, Arabic and CJK text as before.
 */
export const SCRIPT_FULL_STOPS = '।॥۔።։။།༎។';

/** The Ethiopic question mark; the other scripts above borrow "?". */
const SCRIPT_QUESTION_MARKS = '፧';

/** Full stops and question marks of the scripts that have their own. */
export const SCRIPT_OWN_STOPS = `${SCRIPT_FULL_STOPS}${SCRIPT_QUESTION_MARKS}`;

/** Every mark that may end a sentence: the ellipsis and the Arabic question mark besides the stops above. */
export const SENTENCE_STOPS = `${COMMON_STOPS}…؟${CJK_STOPS}${SCRIPT_OWN_STOPS}`;

/** Closing quotation marks and brackets, which may follow a sentence's stop ("… he said.”"). */
export const CLOSING_MARKS = String.raw`"'”’»)\]」』）`;

/** Ends like a sentence: a full stop, question or exclamation mark, or ellipsis of any script, perhaps inside quotes. */
export const SENTENCE_END = new RegExp(`[${SENTENCE_STOPS}][${CLOSING_MARKS}]*$`, 'u');

/** Ends like a sentence or a clause that introduces what follows (a colon before a list, a semicolon inside one). */
export const CLAUSE_END = new RegExp(`[${SENTENCE_STOPS}:;：；][${CLOSING_MARKS}]*$`, 'u');
