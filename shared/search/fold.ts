/**
 * Folding for search, the one definition both the index and the queries use.
 *
 * SQLite's `unicode61 remove_diacritics 2` tokenizer already lowercases and
 * strips marks that Unicode decomposes (ğ → g, ş → s, é → e, İ → i). It leaves
 * letters that have no decomposition: the Turkish dotless ı, the Polish ł, ø, đ,
 * ħ, ŧ. A reader typing "diyarbakir" or "lodz" expects to find "Diyarbakır" and
 * "Łódź", so those letters are replaced by their plain form before the text
 * reaches the tokenizer, on both sides.
 *
 * Every replacement is one UTF-16 code unit for one, so a folded text has the
 * same length as the original and an offset in one is the same offset in the
 * other. Changing this table changes what is indexed: it needs a migration
 * that rebuilds the search tables (see electron/library/migrations.ts).
 */
export const SEARCH_FOLDS: Readonly<Record<string, string>> = {
  ı: 'i',
  İ: 'I',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ø: 'o',
  Ø: 'O',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
};

const FOLDABLE = new RegExp(`[${Object.keys(SEARCH_FOLDS).join('')}]`, 'gu');

/** Replaces the letters the tokenizer cannot fold; the result has the same length. */
export function foldForIndex(text: string): string {
  return text.replace(FOLDABLE, (letter) => SEARCH_FOLDS[letter] ?? letter);
}

/**
 * The key a word is compared by, as the index sees it: folded, marks removed,
 * lowercased ("Kılıçdaroğlu" → "kilicdaroglu", "İstanbul" → "istanbul").
 */
export function searchKey(word: string): string {
  return foldForIndex(word).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The same replacement as {@link foldForIndex}, as an SQL expression over
 * `column` built from SQLite's own `replace()`, so the index's triggers and
 * content view need no function registered by the app.
 */
export function foldSql(column: string): string {
  return Object.entries(SEARCH_FOLDS).reduce((sql, [from, to]) => `replace(${sql}, '${from}', '${to}')`, column);
}
