/**
 * Co-authors in the article's own language. The text-copy cleaner joins the
 * names of a byline in English ("A, B and C"), which an Arabic or Hebrew
 * article would show as a stray English word between its names.
 */

/** Where the cleaner's English join puts its last name: "A, B and C". */
const ENGLISH_LAST_JOIN = ' and ';
const ENGLISH_LIST_JOIN = ', ';

/**
 * A byline the text-copy cleaner joined in English, joined again in the article's language
 * ("سلمى الحداد ونادية فرح", "דנה לוי ונועם כהן"), or with a plain comma when the language is
 * unknown; an English article's byline, and a byline of one name, stay as they are.
 */
export function coauthorsInLanguage(byline: string | null, lang: string | null): string | null {
  const lastJoin = byline?.lastIndexOf(ENGLISH_LAST_JOIN) ?? -1;
  if (byline === null || lastJoin < 0 || isEnglish(lang)) return byline;
  const names = [...byline.slice(0, lastJoin).split(ENGLISH_LIST_JOIN), byline.slice(lastJoin + ENGLISH_LAST_JOIN.length)];
  if (names.some((name) => name.trim() === '')) return byline;
  const known = lang !== null && Intl.ListFormat.supportedLocalesOf(lang).length > 0;
  return known ? new Intl.ListFormat(lang, { type: 'conjunction' }).format(names) : names.join(ENGLISH_LIST_JOIN);
}

function isEnglish(lang: string | null): boolean {
  return lang !== null && /^en(?:-|$)/i.test(lang);
}
