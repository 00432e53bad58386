/**
 * Places read by the sentence's structure rather than by a list of known
 * names: what a German preposition of place governs once it passes a test
 * that the word is no common noun ("nach Däno gereist", not "nach Angaben
 * der"); an English name before a lower-case word for a landform or a works
 * ("on the Hugru river", "the Dhalkebar substation"); one that owns what only a
 * state owns ("Vegute's navy"); and a compass word or "New" opening a name
 * after a preposition of place ("in North Faiwusai", "officials in New Kaipa").
 * The entity index asks these only of a name nothing else has classified.
 */

import { PLACE_CUES_BEFORE, PLACE_PREPOSITIONS } from './name-lists.ts';
import { placeBaseCandidates, type SlavicLanguage } from './place-base-form.ts';

/** German prepositions of place and motion; "bei" is left out: "Stellenabbau bei Bosch" is a company. */
const GERMAN_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['nach', 'aus', 'in', 'nahe']);

/**
 * Endings German common nouns take and towns' names seldom do: abstract nouns ("Einschätzung", "Sicherheit",
 * "Wirtschaft", "Information", "Ergebnis"), and plurals ("aus Kreisen", "in Städten", "nach Elektroautos").
 */
const GERMAN_NOUN_ENDING = /(?:ung|heit|keit|schaft|tion|sion|ität|nis|nisse|tum|ismus|ment|enz|anz|ik|en|ern|eln|ien|os|as|ys)$/u;

/** Nouns without those endings that German sets bare after a preposition: "in Kraft", "nach Hause", "aus Angst". */
const GERMAN_BARE_NOUNS: ReadonlySet<string> = new Set([
  'angst', 'sicht', 'sorge', 'kraft', 'haft', 'frage', 'betrieb', 'gefahr', 'zukunft', 'höhe', 'hause', 'haus', 'ende', 'beginn', 'anfang',
  'abschluss', 'bedarf', 'ansicht', 'auffassung', 'kürze', 'ruhe', 'protest', 'form', 'teil', 'folge', 'zeit', 'summe', 'grund', 'gericht',
  'anspruch', 'kauf', 'urlaub', 'dienst', 'amt', 'not', 'eile', 'wut', 'trauer', 'angabe', 'ostern', 'neujahr', 'silvester', 'richtung',
  'verbindung', 'bezug', 'hinsicht', 'rente', 'kurzarbeit', 'untersuchungshaft', 'gewahrsam', 'schutz', 'sorgfalt', 'panik', 'reihe',
]);

/** Words after a noun that say it is one: its genitive or complement ("nach Angaben der Polizei", "in Höhe von", "aus Angst vor"). */
const GERMAN_COMPLEMENT_AFTER = /^[ \u00a0]+(?:der|des|dem|den|von|vom|zur|zum|für|zu|auf|vor)(?![\p{L}])/u;

/** A particle that makes the word the first of a longer town's name, read whole elsewhere: "nach Frankfurt an der Oder". */
const TOWN_PARTICLE_AFTER = /^[ \u00a0]+(?:an der|am|an|ob|im|in der|bei)[ \u00a0]+\p{Lu}/u;

/** An article or a determiner before a word elsewhere in the article: it is a common noun there ("die Sicht", "einer Anfrage"). */
const germanArticledPattern = (word: string) =>
  new RegExp(String.raw`(?<![\p{L}])(?:[Dd](?:er|ie|as|en|em|es)|[Ee]in(?:e|en|em|er|es)?|[Kk]ein(?:e|en|em|er|es)?|[Dd]ies(?:e|er|en|em|es))[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?${word}(?![\p{L}])`, 'u');

/**
 * A German word after a preposition of place that is a place's name: "nach Däno gereist", "Hilfe aus Döklar", "in
 * Peibeil"; not a common noun, which German capitalizes too ("nach Angaben der", "in Kraft", "aus Kreisen"), told
 * by its ending, by the complement after it, or by an article before it elsewhere in the article.
 */
export function germanPlaceAfterPreposition(name: string, before: string | null, after: string, text: string): boolean {
  if (before === null || !GERMAN_PLACE_PREPOSITIONS.has(before)) return false;
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(name)) return false;
  const lower = name.toLowerCase();
  if (GERMAN_NOUN_ENDING.test(lower) || GERMAN_BARE_NOUNS.has(lower) || GERMAN_COMPLEMENT_AFTER.test(after) || TOWN_PARTICLE_AFTER.test(after)) return false;
  return !germanArticledPattern(name).test(text);
}

/**
 * Lower-case words after a name that make it a landform, a water or a works of some place: "the Hugru river", "the
 * Pra, Ankobra and Offin rivers", "the Dhalkebar substation", "the Reatin coast"; not after a demonym ("the Libyan coast").
 */
const ENGLISH_PLACE_HEAD_AFTER =
  /^[ \u00a0]+(?:rivers?|valley|delta|lagoon|estuary|coast|coastline|highlands|hills|mountains|plateau|islands|strait|substation|dam|(?:hydro(?:power|electric)?|power|gas|coal)[ \u00a0]+(?:plant|station)|power station)(?![\p{L}-])/u;

/**
 * What only a state owns after a name's possessive, with any adjectives before it: "Vegute's navy", "Custaga's
 * foreign ministry", "Tralea's busiest container port", "Koruma's presidential election". Not a government or a
 * cabinet, which a prime minister has too, nor a president, whom a company has.
 */
const STATE_OWNED_AFTER =
  /^[’']s[ \u00a0]+(?:(?:\p{Ll}+|second-largest|third-largest)[ \u00a0]+){0,3}?(?:parliament|navy|army|armed forces|coast guard|(?:foreign|interior|defen[cs]e|finance|health|economy) ministry|central bank|supreme court|high court|constitutional court|capital|economy|coastline|coast|borders?|territory|territorial waters|airspace|provinces|regions|(?:presidential|parliamentary|general|legislative|local) elections?|(?:largest|biggest|busiest|main|only|second-largest|third-largest)[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+)?(?:city|port|airport|refinery|island|town))(?![\p{L}-])/u;

/** English prepositions of place before a name of two words. */
const ENGLISH_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'to', 'from', 'near', 'across', 'towards', 'toward', 'via']);

/** Words that open a place's name of two: "North Faiwusai", "New Kaipa", "Upper Dromu". */
const ENGLISH_PLACE_OPENERS: ReadonlySet<string> = new Set([
  'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper', 'Lower', 'New', 'Greater', 'Port', 'Mount', 'Cape', 'Fort',
]);

/**
 * An English name that is a place by the words around it: a landform's or a works' lower-case head after it, a
 * state's possession after it, or a compass word or "New" opening a name of two after a preposition of place.
 * `demonym` says the first word is an adjective of nationality ("Libyan coast" is no place's name).
 */
export function englishPlaceByStructure(words: readonly string[], before: string | null, after: string, possessive: boolean, demonym: boolean): boolean {
  if (words.length > 3) return false;
  if (!possessive && !demonym && ENGLISH_PLACE_HEAD_AFTER.test(after)) return true;
  if (possessive && words.length === 1 && STATE_OWNED_AFTER.test(after)) return true;
  return words.length === 2 && before !== null && ENGLISH_PLACE_PREPOSITIONS.has(before) && ENGLISH_PLACE_OPENERS.has(words[0]!) && /^\p{Lu}\p{Ll}{2,}$/u.test(words[1]!);
}

/** A comma between two names of a list. */
const LIST_COMMA = /^,[ \u00a0]+$/u;

/** The rest of a list after a name: more names set off by commas, then "and" and the last ("Fati and Daidra", "Stimol, Orva y Lenca"). */
const LIST_GOES_ON = /^(?:,[ \u00a0]+\p{Lu}[\p{L}'’-]*(?:[ \u00a0]\p{Lu}[\p{L}'’-]*){0,2}){0,4},?[ \u00a0]+(?:and|or|et|ou|y|o|e|und|oder|ve|veya|i|oraz|en|и|или|і|та|й)[ \u00a0]+(?:(?:de|del|du|do|da|di|the|la|le|el|a|in|w|z|в|у|з)[ \u00a0]+)?\p{Lu}/u;

/**
 * Whether two names with only a comma between them are items of one list that ends with "and": "protests in Drostu,
 * Fati and Daidra", "troops from Bretroci, Braistu and Naino"; `after` is the text after the second name.
 */
export function listedWithComma(between: string, after: string): boolean {
  return LIST_COMMA.test(between) && LIST_GOES_ON.test(after);
}

/** A line that opens with a dateline in capitals and a comma: "PORT SOBAIL, " before the country in "PORT SOBAIL, Gibro - ". */
const DATELINE_TOWN_BEFORE = /(?:^|\n)[ \u00a0\t]*\p{Lu}[\p{Lu}\p{M}'’. -]{2,40},[ \u00a0]+$/u;

/** A dash or an agency in brackets and a dash after the country of a dateline: " - ", " (Reuters) - ". */
const DATELINE_DASH_AFTER = /^[ \u00a0]*(?:\([^()\n]{1,30}\)[ \u00a0]*)?[-–—][ \u00a0]/u;

/** The country or region a dateline gives after its town: "KOMUN, Fago - ", "RONOND, Fogea (AP) - ". */
export function datelineRegion(before: string, after: string): boolean {
  return DATELINE_TOWN_BEFORE.test(before) && DATELINE_DASH_AFTER.test(after);
}

/**
 * A preposition joined with an article before one name, which Italian and French write only before a land, a region
 * or a sea ("dalla Codu", "verso la Tugi", "nel sud della Dussa", "au large de la Lopu"): their common nouns are in
 * lower case and a person takes no article, and a body's capitalized head is read before this.
 */
const ARTICLED_PLACE_BEFORE: Readonly<Record<string, RegExp>> = {
  it: /(?<![\p{L}'’])(?:nel|nella|dal|dalla|sul|sulla|verso[ \u00a0]+(?:il|la))[ \u00a0]+$|(?<![\p{L}'’])(?:nell|dall|sull|verso[ \u00a0]+l)['’]$/iu,
  fr: /(?<![\p{L}'’])(?:de|à|vers|depuis)[ \u00a0]+la[ \u00a0]+$|(?<![\p{L}'’])(?:de|à|vers|depuis)[ \u00a0]+l['’]$/iu,
};

/** One name after an Italian or French preposition joined with an article: a land or a region. */
export function articledPlace(language: string, before: string): boolean {
  return ARTICLED_PLACE_BEFORE[language]?.test(before) ?? false;
}

/**
 * "And" with an article or a preposition joined to one between two names, in the Romance languages, which write
 * common nouns in lower case: "de la Nawa et du Bas-Sassandra", "do Faial e do Pico" (German and English capitalize
 * what follows "und die", "and the African").
 */
const ARTICLED_COORDINATION =
  /^[ \u00a0]*,?[ \u00a0]*(?:et|y|e)[ \u00a0]+(?:(?:de|à|a|in|di|da|do|em|en|con)[ \u00a0]+)?(?:du|des|de la|del|della|dello|dal|dalla|dai|dos|das|do|da|la|le|les|el|los|las|il|lo|o|os|as|aux|au|al|alla|nel|nella|no|na|de)[ \u00a0]+$|^[ \u00a0]*,?[ \u00a0]*(?:et|e)[ \u00a0]+(?:de l|d|dell|dall|nell|all|l)['’]$/iu;

/** Whether only "and" with an article joins two names, which lends a place's kind to the other: "ilhas do Faial e do Pico". */
export function coordinatedWithArticle(between: string): boolean {
  return ARTICLED_COORDINATION.test(between);
}

/**
 * Indonesian and Malay words for kinds of places, written first in the name: "Laut Natuna Utara", "Kabupaten Natuna",
 * "Pulau Laut", "Selat Malaka". Read only in those languages: German "Laut" is "according to".
 */
const MALAY_PLACE_HEADS: ReadonlySet<string> = new Set([
  'laut', 'pulau', 'kepulauan', 'kabupaten', 'provinsi', 'kota', 'selat', 'teluk', 'sungai', 'gunung', 'danau', 'tanjung', 'kecamatan', 'desa', 'kampung',
]);

/** Indonesian's and Malay's language tags ("in" is Indonesian's old one). */
const MALAY_LANGUAGE = /^(?:id|ms|in)(?![a-z])/u;

/** A name of more than one word opening with an Indonesian or Malay word for a kind of place. */
export function malayPlaceName(words: readonly string[], lang: string | null): boolean {
  return MALAY_LANGUAGE.test(lang ?? '') && words.length > 1 && MALAY_PLACE_HEADS.has(words[0]!.toLowerCase());
}

/** Indonesian and Malay prepositions of place: "di" (in, at), "ke" (to), "dari" (from). */
const MALAY_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['di', 'ke', 'dari']);

/**
 * A name of one or two words after an Indonesian or Malay preposition of place: "nelayan di Tarvel", "dari Kembang
 * Drovak"; not a word for a kind of place alone, cut from a longer name ("di Laut" of "di Laut China Selatan").
 */
export function malayPlaceAfterPreposition(words: readonly string[], before: string | null, lang: string | null): boolean {
  if (!MALAY_LANGUAGE.test(lang ?? '') || words.length > 2 || before === null || !MALAY_PLACE_PREPOSITIONS.has(before)) return false;
  return !(words.length === 1 && MALAY_PLACE_HEADS.has(words[0]!.toLowerCase()));
}

/**
 * Words that open a town's name of two or three words in each language ("Santa Vopiba", "Porto Lesidu", "Bad
 * Stipo", "Nieuw Dorvaal"); English's are ENGLISH_PLACE_OPENERS. Not articles: "en El País" is a newspaper. Not
 * "Porto", which the gazetteer reads as the city before this is asked.
 */
const PLACE_OPENERS: Readonly<Record<string, ReadonlySet<string>>> = {
  es: new Set(['San', 'Santa', 'Santo', 'Puerto', 'Nueva', 'Nuevo', 'Villa', 'Ciudad', 'Punta', 'Bajo', 'Alto']),
  pt: new Set(['São', 'Santa', 'Santo', 'Nova', 'Novo', 'Vila', 'Cidade', 'Ponta', 'Praia', 'Alto', 'Baixo']),
  it: new Set(['San', 'Santa', 'Santo', 'Villa', 'Castel', 'Castello', 'Borgo', 'Punta', 'Isola', 'Torre']),
  fr: new Set(['Saint', 'Sainte', 'Port', 'Fort', 'Cap', 'Pointe', 'Nouvelle', 'Nouveau', 'Bourg', 'Grand', 'Petit']),
  de: new Set(['Sankt', 'St.', 'Bad', 'Neu', 'Alt', 'Groß', 'Klein', 'Ober', 'Unter', 'Nieder', 'Hohen']),
  nl: new Set(['Sint', 'Nieuw', 'Oud', 'Groot', 'Klein', 'Oost', 'West', 'Noord', 'Zuid']),
};

/** The prepositions of place of each language with openers; German's own, since the general list has none for it. */
const OPENER_PREPOSITIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.keys(PLACE_OPENERS).map((language) => [language, language === 'de' ? GERMAN_PLACE_PREPOSITIONS : new Set(PLACE_PREPOSITIONS[language])]),
);

/**
 * A name of two or three capitalized words that opens with a word for a town in its language, after a
 * preposition of place of that language: "en Santa Vopiba", "verso Porto Rore", "in Bad Stipo".
 */
export function openedPlaceName(words: readonly string[], before: string | null, language: string): boolean {
  const openers = PLACE_OPENERS[language];
  if (openers === undefined || before === null || words.length < 2 || words.length > 3 || !openers.has(words[0]!)) return false;
  return OPENER_PREPOSITIONS.get(language)?.has(before) === true && words.slice(1).every((word) => /^\p{Lu}\p{Ll}+/u.test(word));
}

/** A German water's, glacier's or range's name written as one word: "Orvanusee", "Tarmelgletscher", "Drovagebirge". */
const GERMAN_LANDFORM_COMPOUND = /^\p{Lu}\p{Ll}{2,}(?:see|meer|gletscher|gebirge)$/u;
/** Common nouns of that shape: "Übersee" (overseas), "Stausee" (a reservoir), "Hochsee", "Lichtermeer" (a sea of lights), "Mittelgebirge". */
const GERMAN_COMMON_COMPOUND =
  /^(?:übersee|(?:stau|bade|bagger|tief|hoch|binnen|berg|welt|rand|innen)(?:see|meer)|\p{Ll}*(?:lichter|häuser|blumen|flammen|farben|fahnen|menschen)meer|(?:hoch|mittel|falten)gebirge)$/u;

/** A capitalized German word that names a lake, a sea, a glacier or a range by its last part ("im Orvanusee"). */
export function germanLandformCompound(word: string): boolean {
  return GERMAN_LANDFORM_COMPOUND.test(word) && !GERMAN_COMMON_COMPOUND.test(word.toLowerCase());
}

/**
 * Lower-case words for a kind of place written right before a name, in the languages that write such a word in lower
 * case, singular or plural before names listed with "and": "на реке Тарве", "в бухте Корвик", "rzeką Tarwą", "de
 * rivier Tarvel", "the rivers Tarvel and Dromik", "к вулканам Тарвел и Дровик", "uit de velden Tarvel en Dromik".
 * The first group is a feminine word, whose name agrees with it in case; the second any other. Not a canal, which is
 * a television channel too ("el canal Televeritas").
 */
const LANDFORM_NOUN_BEFORE: Readonly<Record<string, RegExp>> = {
  ru: /(?<!\p{L})(?:(рек(?:а|и|е|у|ой)|бухт(?:а|ы|е|у|ой))|озер(?:о|а|е|у|ом)|рек(?:ам|ах|ами)|вулкан(?:а|у|е|ом|ы|ов|ам|ами|ах)?|месторождени(?:е|я|ю|ем|и|й|ям|ями|ях)|ледник(?:а|у|е|ом|и|ов)?|остров(?:ов|ам|ах)|порт(?:ы|ов|ам|ах))[ \u00a0]+$/u,
  uk: /(?<!\p{L})(?:(річ(?:ка|ки|ці|ку|кою)|бухт(?:а|и|і|у|ою))|озер(?:о|а|і|у|ом)|річ(?:кам|ках|ками)|вулкан(?:а|у|і|ом|и|ів|ам|ами|ах)?|родовищ(?:е|а|у|і|ем|ам|ами|ах)?|льодовик(?:а|у|і|ом|и|ів)?|остров(?:и|ів|ам|ах)|порт(?:и|ів|ам|ах))[ \u00a0]+$/u,
  pl: /(?<!\p{L})(?:(rzek(?:a|i|ę|ą)|rzece)|jezior(?:o|a|ze|em)|rzek(?:om|ach|ami)|wulkan(?:y|ów|u|ie|em|ach|ami|om)?|złoż(?:e|a|u|em|ach|ami)|lodowiec|lodowc(?:a|u|e|em|ów)|port(?:y|ów|ach))[ \u00a0]+$/u,
  nl: /(?<!\p{L})(?:rivier(?:en)?|vulka(?:an|nen)|eilanden|meren|gletsjers?|(?:olie|gas)?velden|(?:olie|gas)veld)[ \u00a0]+$/u,
  en: /(?<!\p{L})(?:rivers?|volcano(?:es|s)?|islands|lakes|glaciers|(?:oil[ \u00a0]+|gas[ \u00a0]+)?fields)[ \u00a0]+$/u,
  fr: /(?<!\p{L})(?:fleuves|rivières|volcans?|îles|lacs|glaciers?|gisements?|champs)[ \u00a0]+$/u,
  es: /(?<!\p{L})(?:ríos|volcanes|islas|lagos|glaciar(?:es)?|yacimientos?|campos)[ \u00a0]+$/u,
  it: /(?<!\p{L})(?:fiumi|vulcan[oi]|isole|laghi|ghiacciai[oi]?|giaciment[oi]|campi)[ \u00a0]+$/u,
  pt: /(?<!\p{L})(?:rios|vulcão|vulcões|lagos|geleiras?|jazidas?|campos)[ \u00a0]+$/u,
};

/** A Slavic adjective's nominative, which names a landform after its word: "Вулкан Ключевской", "Вулкан Безымянный". */
const SLAVIC_ADJECTIVE_NOMINATIVE = /(?:[иыо]й|ій|ая|яя|ое|ее|ski|ska|sko)$/u;

/**
 * A word for a kind of place or for its people that opens a sentence before a one-word name, in Russian, Ukrainian
 * and Polish, which write it in lower case elsewhere and join no "of" to the name: "Жители Тарвеля", "Порти
 * Тарвеля", "Wulkan Tarwel". Not a landform's word before an adjective, whose nominative the case rules would take
 * for another case ("Вулкан Ключевской" is no Ключевская). The languages that join "de" or "di" read such a word apart
 * already ("Habitantes de Tarvel").
 */
export function placeKindOpening(word: string, name: string, language: string): boolean {
  if (language !== 'ru' && language !== 'uk' && language !== 'pl') return false;
  const before = `${word.toLowerCase()} `;
  if (landformNounBefore(language, before) !== null) return !SLAVIC_ADJECTIVE_NOMINATIVE.test(name);
  return PLACE_CUES_BEFORE[language]?.test(before) ?? false;
}

/** The landform word before a name, if any: "feminine" when the name agrees with it in case ("реке Тарве"). */
export function landformNounBefore(language: string, before: string): 'feminine' | 'other' | null {
  const found = LANDFORM_NOUN_BEFORE[language]?.exec(before);
  if (!found) return null;
  return found[1] === undefined ? 'other' : 'feminine';
}

/** The instrumental and accusative endings of a feminine name, which the case endings of towns leave out: "Тарвой", "Tarwą". */
const FEMININE_INSTRUMENTAL: Readonly<Record<SlavicLanguage, RegExp>> = { ru: /(?:[оеё]й|[ое]ю)$/u, uk: /[ое]ю$/u, pl: /[ąę]$/u };

/**
 * A name that agrees in case with the feminine landform word before it, in its nominative: "на реке Тарве" is Тарва,
 * "rzeką Tarwą" Tarwa; a name that does not agree (a masculine name, or one left in the nominative: "реки Дровак")
 * stays as written.
 */
export function agreeingPlaceName(written: string, language: SlavicLanguage): string {
  const nominative = language === 'pl' ? 'a' : 'а';
  const instrumental = FEMININE_INSTRUMENTAL[language].exec(written);
  if (instrumental && written.length - instrumental[0].length >= 3) return written.slice(0, instrumental.index) + nominative;
  return placeBaseCandidates(written, language).find((candidate) => candidate.endsWith(nominative) && !candidate.endsWith('ая')) ?? written;
}

/** Ukrainian "на" and "через", which take the accusative of a place: "на Буковину", "через Тису". */
const UKRAINIAN_ACCUSATIVE_BEFORE = /(?<!\p{L})(?:на|через)[ \u00a0]+$/u;

/**
 * A Ukrainian feminine place's name in the accusative after "на" or "через", in its nominative: "на Буковину" is
 * Буковина, "через Тису" Тиса; undefined for a name in no such case ("на Тарвель").
 */
export function ukrainianAccusativePlace(written: string, before: string): string | undefined {
  const ending = /[ую]$/u.exec(written);
  if (!ending || written.length < 4 || !UKRAINIAN_ACCUSATIVE_BEFORE.test(before)) return undefined;
  return written.slice(0, -1) + (ending[0] === 'у' ? 'а' : 'я');
}
