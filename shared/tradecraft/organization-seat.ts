/**
 * The town a body serves closes its name though no list knows the town:
 * "Syndicat des dockers de Varnelle", "Prefettura di Morsello",
 * "Министерство энергетики Тарвении". The same place after a party or a
 * government is its leader as often as its seat ("Parti socialiste de
 * Valcourt", "Правительство Тарвенова"), so those keep to known places.
 */

/** Heads whose name a leader's surname follows as readily as a town (lower case). */
const LED_BODY_HEADS: ReadonlySet<string> = new Set([
  'parti', 'partido', 'partito', 'partij', 'partia', 'партия', 'партии', 'партія',
  'gouvernement', 'gobierno', 'governo', 'regering', 'rząd', 'правительство', 'правительства', 'уряд',
]);

/** Another capitalized or quoted word after the closing one: a person's full name ("de Pierre Valcourt"), a name in quotes ("РКК «Энергия»"). */
const NAME_GOES_ON = /^[ \u00a0]+[\p{Lu}«"„“]/u;

/** A seat is written as a name, a capital and then small letters; not an abbreviation ("Корпорация РКК"). */
const WRITTEN_AS_NAME = /^\p{Lu}\p{Ll}/u;

/**
 * Whether a capitalized word no list knows closes a body's name as its seat:
 * `headWords` are the name's words before it (lower case), `closing` the word
 * as written and `after` the text right after it. The caller rules out given
 * names and words that open a known name ("des Nations unies").
 */
export function unknownSeatClosesBody(headWords: readonly string[], closing: string, after: string): boolean {
  return WRITTEN_AS_NAME.test(closing) && !headWords.some((word) => LED_BODY_HEADS.has(word)) && !NAME_GOES_ON.test(after);
}
