/**
 * People the names reader left unread, found by where a name stands rather
 * than by lists of names: a run of two or three capitalized words right after
 * a word for someone's role ("Активист Бритол Чезус"), in Polish, Russian and
 * Ukrainian also after the lower-case complement of the role ("minister
 * energii Kąpusęw Łedzybu", "начальник Одеської обласної військової
 * адміністрації Брупер Лестус"); the subject of a verb of saying in the
 * languages whose verb tells a person's gender ("Kąpusęw Łedzybu
 * powiedział"); a name set off by commas after a noun for someone ("Its whip,
 * Laidealai Hegreabru, said"); and, in Indonesian, which no other reader
 * knows, a name after a title or beside "kata" and "mengatakan".
 */
import { entityKey } from './entity-key.ts';
import type { EntityMention } from './entities.ts';
import { FUNCTION_WORDS, PLACE_PREPOSITIONS, SUBJECT_VERBS_AFTER, SUBJECT_VERBS_BEFORE } from './name-lists.ts';
import { isRoleWord } from './person-refinement.ts';

/** What the names reader knows of a word, for the guard on a name's words. */
export interface WordKnowledge {
  /** The kind a list gives the written form, if any. */
  kindOf(written: string): string | undefined;
  /** A word of the language that is no name: a function word, a word of the dictionary, a body's head. */
  isCommonWord(written: string): boolean;
  /** A noun for a kind of body ("company", "partido"), which an apposition names a body after. */
  isBodyNoun(word: string): boolean;
}

/** Runs of capitalized words, the candidates for a name. */
const CAPITALIZED_RUN = /(?<![\p{L}\p{N}'’.-])\p{Lu}[\p{Ll}'’-]*\p{Ll}(?:[ \u00a0]+(?:(?:van der|van den|van de|von der|de la|van|von|de|del|da|dos|das|do|di|du|der|ten|ter|bin|ibn)[ \u00a0]+)?\p{Lu}[\p{L}'’-]*)*/gu;

/** Particles inside a name: "Kees van der Wekken", "Abílio da Costa Ximenes", "Chonaimos Le Chepridoul". */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'der', 'den', 'de', 'la', 'le', 'del', 'da', 'dos', 'das', 'do', 'di', 'du', 'ten', 'ter', 'bin', 'ibn']);

/** A word of a personal name: capitalized, then lower case, a hyphen allowed ("Sądzeń-Łuszą"). */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/** The languages whose role takes its complement in the genitive, in lower case, before the holder's name. */
const GENITIVE_COMPLEMENT: ReadonlySet<string> = new Set(['pl', 'ru', 'uk']);

/** Words of a role's complement before the name, at most. */
const MAX_COMPLEMENT_WORDS = 4;

/** A complement's first word may be a capitalized adjective in an oblique case: "Одеської", "Высшей", "Głównego". */
const OBLIQUE_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ої|ого|ой|ей|ій|ых|их|ego|ej|ich|ych)$/u;
/** A noun for someone set off by commas before the name, after a determiner or a possessive: "Its whip, ", "A sua candidata, ", "una vecina, ". */
const APPOSED_NOUN_BEFORE = /(?:^|[.!?]["”»]?[ \u00a0]+|[ \u00a0])(?:\p{L}{1,5})[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?(\p{Ll}{3,}),[ \u00a0]+$/u;

/** A German noun for someone set off so, capitalized as German writes nouns: "Ein Flüchtling, ", "Die Anwohnerin, ". */
const GERMAN_APPOSED_NOUN_BEFORE = /(?:^|[.!?]["”»]?[ \u00a0]+|[ \u00a0])(?:[Ee]in|[Ee]ine|[Dd]er|[Dd]ie|[Ss]ein|[Ss]eine|[Ii]hr|[Ii]hre)[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?(\p{Lu}\p{Ll}{3,}),[ \u00a0]+$/u;

/** A noun opening the sentence, set off before the name, in Polish, Russian and Ukrainian, which have no article: "Беженка, ", "Uchodźczyni, ". */
const OPENING_NOUN_BEFORE = /(?:^|[.!?]["”»]?[ \u00a0]+)(\p{Lu}\p{Ll}{3,}),[ \u00a0]+$/u;

/** A Slavic noun for someone by its ending: "Беженка", "Біженець", "Uchodźczyni", "Mieszkanka". */
const SLAVIC_PERSON_NOUN = /(?:ka|yni|ка|иня|ец|ець)$/u;

/** The noun for someone set off before the name by a comma, if any (a body's noun is left to the bodies' readers). */
function apposedNounBefore(before: string, language: string, known: WordKnowledge): string | undefined {
  const noun = APPOSED_NOUN_BEFORE.exec(before)?.[1];
  if (noun !== undefined) return known.isBodyNoun(noun) ? undefined : noun;
  const german = language === 'de' ? GERMAN_APPOSED_NOUN_BEFORE.exec(before)?.[1] : undefined;
  if (german !== undefined) return known.isBodyNoun(german.toLocaleLowerCase()) || PLACE_NOUNS_SET_OFF.has(german.toLocaleLowerCase()) ? undefined : german;
  const opening = GENITIVE_COMPLEMENT.has(language) ? OPENING_NOUN_BEFORE.exec(before)?.[1] : undefined;
  const forSomeone = opening !== undefined && known.kindOf(opening) === undefined && (SLAVIC_PERSON_NOUN.test(opening) || SLAVIC_TRADE.test(opening) || isRoleWord(opening, language));
  return forSomeone ? opening : undefined;
}

/** The comma that closes such an apposition, then the clause's verb in lower case. */
const CLOSED_BEFORE_VERB = /^,[ \u00a0]+\p{Ll}/u;

/** Indonesian titles before a name and verbs of saying beside it, which no list of the other languages holds. */
const INDONESIAN_TITLE =
  /(?<!\p{L})(?:[Mm]enteri(?:[ \u00a0]+\p{Lu}\p{Ll}+){0,2}|[Kk]epala|[Kk]etua|[Pp]residen|[Gg]ubernur|[Bb]upati|[Ww]ali [Kk]ota|[Jj]uru [Bb]icara|[Dd]irektur|[Ll]aksamana(?:[ \u00a0]+(?:[Mm]adya|[Mm]uda|[Pp]ertama))?|[Jj]enderal|[Kk]olonel|[Kk]omisaris|[Hh]akim|[Jj]aksa|[Pp]engamat|[Pp]eneliti|[Ww]arga|[Pp]etani|[Nn]elayan|[Pp]edagang|[Pp]eternak|[Pp]enambang|[Bb]uruh|[Gg]uru|[Dd]okter|[Ss]opir|[Aa]ktivis)(?:[ \u00a0]+\p{Ll}{3,}){0,2}[ \u00a0]+$/u;
/** Heads of Indonesian bodies, whose names a title may be followed by ("ketua Aliansi Nelayan Natuna"), and the words of ranks and portfolios ("Laksamana Madya", "Luar Negeri"). */
const INDONESIAN_BODY_HEADS: ReadonlySet<string> = new Set(['Madya', 'Muda', 'Pertama', 'Luar', 'Dalam', 'Negeri', 'Aliansi', 'Badan', 'Kementerian', 'Dinas', 'Pengadilan', 'Partai', 'Komisi', 'Lembaga', 'Bank', 'Dewan', 'Majelis', 'Mahkamah', 'Kepolisian', 'Universitas', 'Institut', 'Perusahaan', 'Yayasan', 'Serikat', 'Persatuan', 'Kantor', 'Pemerintah', 'Angkatan', 'Kabupaten', 'Kota', 'Provinsi', 'Pulau', 'Laut', 'Selat', 'Teluk', 'Gunung', 'Sungai', 'Danau']);
const INDONESIAN_SAYING_AFTER = /^(?:,[^,.;]{3,80})?,?[ \u00a0]+(?:mengatakan|menyatakan|menjelaskan|menegaskan|kata|ujar|ucap)(?!\p{L})/u;
const INDONESIAN_SAYING_BEFORE = /(?<!\p{L})(?:kata|ujar|ucap|menurut)[ \u00a0]+$/u;

const functionWordSets = new Map<string, ReadonlySet<string>>();

/** The language's function words with English's: built once per language. */
function functionWordsOf(language: string): ReadonlySet<string> {
  let words = functionWordSets.get(language);
  if (words === undefined) {
    words = new Set([...(FUNCTION_WORDS[language] ?? []), ...(FUNCTION_WORDS.en ?? [])]);
    functionWordSets.set(language, words);
  }
  return words;
}

/** A word a person's name may hold: none a function word, a known name, a role or a word of the language. */
function nameWord(word: string, language: string, known: WordKnowledge): boolean {
  return NAME_WORD.test(word) && !functionWordsOf(language).has(word.toLocaleLowerCase()) && !isRoleWord(word, language) && known.kindOf(word) === undefined && !known.isCommonWord(word);
}

/** The words of a run a person's name may be: two or three name words, particles between them; `isNameWord` answers for one word. */
function personalName(words: readonly string[], isNameWord: (word: string) => boolean): boolean {
  // Some families write the particle capitalized: "Van Trihea", "De Borre", "Le Chepridoul".
  const particle = (word: string) => NAME_PARTICLES.has(word.toLocaleLowerCase());
  if (particle(words[0]!) || particle(words[words.length - 1]!)) return false;
  const named = words.filter((word) => !particle(word));
  return named.length >= 2 && named.length <= 3 && named.every(isNameWord);
}

/** A trade by its ending before a name, in Polish, Russian and Ukrainian: "Hodowca", "lekarz", "начальник", "исследователь", "командир". */
const SLAVIC_TRADE = /^\p{L}{2,}(?:ca|arz|arka|ista|istka|nik|niczka|ник|ница|ниця|тель|ист|истка|іст|істка|лог|ач|ир)$/iu;

/** Someone's age written as a word before the name: "74-year-old", "36-річний", "27-letni", "74 yaşındaki" (the number a word of its own). */
const AGE_WORD = /^(?:\d{1,3}-(?:year-old|jährige|jähriger|jarige|летний|летняя|річний|річна|letni|letnia)|yaşındaki)$/u;

/** Endings of a role's oblique cases; a role in one ("министра", "szefa") puts its holder's name in that case too. */
const OBLIQUE_ROLE_ENDING = /(?:а|я|у|ю|ом|ем|ём|ой|ою|ові|a|ą|owi|em|iem)$/u;

/** A role word in the case of the sentence's subject, whose holder is named as written: not "министра" beside "министр". */
function roleInItsOwnCase(word: string, language: string): boolean {
  if (AGE_WORD.test(word)) return true;
  if (!isRoleWord(word, language) && !(GENITIVE_COMPLEMENT.has(language) && SLAVIC_TRADE.test(word))) return false;
  if (!GENITIVE_COMPLEMENT.has(language)) return true;
  const ending = OBLIQUE_ROLE_ENDING.exec(word.toLocaleLowerCase());
  return ending === null || !isRoleWord(word.slice(0, -ending[0].length), language);
}

/** Prepositions of where someone is from, between a trade and its holder in Polish, Russian and Ukrainian: "Rolnik z Podlasia", "Фермер из Кубани". */
const FROM_PREPOSITIONS: ReadonlySet<string> = new Set(['z', 'ze', 'из', 'з', 'із', 'зі']);

/** Capitalized words of the place between such a preposition and the holder's name, at most: "z Nowego Sącza". */
const MAX_FROM_PLACE_WORDS = 2;

/**
 * True when the last words are a role, a preposition of where its holder is
 * from and the place: "Фермер з Бессарабії ". Not a surname that ends like a
 * trade after a given name: "Tomasz Kobylarz z Bieszczadzkiego".
 */
function roleFromPlace(words: readonly string[], language: string): boolean {
  for (let placeWords = 1; placeWords <= MAX_FROM_PLACE_WORDS && placeWords + 2 <= words.length; placeWords++) {
    const at = words.length - placeWords - 2;
    const place = words.slice(-placeWords);
    const named = at > 0 && /^\p{Lu}/u.test(words[at - 1]!);
    if (!named && FROM_PREPOSITIONS.has(words[at + 1]!.toLocaleLowerCase()) && place.every((word) => /^\p{Lu}/u.test(word)) && roleInItsOwnCase(words[at]!, language)) return true;
  }
  return false;
}

/**
 * True when a role stands right before the name, or before the lower-case
 * complement that Polish, Russian and Ukrainian put between them, or before
 * the place its holder is from ("Rolnik z Podlasia"); a name right after such
 * a preposition is the place, not the holder.
 */
function roleBefore(before: string, language: string): boolean {
  // The last five words before the name, back to anything that is no word: a comma, a stop, a quotation mark.
  if (!/[ \u00a0]$/u.test(before)) return false;
  const words: string[] = [];
  for (const token of before.slice(-80).split(/\s+/u).slice(0, -1).reverse()) {
    const word = /[\p{L}\p{N}'’-]+$/u.exec(token)?.[0];
    if (word !== undefined) words.unshift(word);
    if (word !== token || words.length === 5) break;
  }
  if (words.length === 0) return false;
  if (GENITIVE_COMPLEMENT.has(language) && (FROM_PREPOSITIONS.has(words[words.length - 1]!.toLocaleLowerCase()) || roleFromPlace(words, language))) return !FROM_PREPOSITIONS.has(words[words.length - 1]!.toLocaleLowerCase());
  const reach = GENITIVE_COMPLEMENT.has(language) ? Math.min(MAX_COMPLEMENT_WORDS, words.length - 1) : 0;
  for (let between = 0; between <= reach; between++) {
    const at = words.length - 1 - between;
    const complement = words.slice(at + 1);
    const lowerCase = complement.every((word, index) => /^\p{Ll}+$/u.test(word) || (index === 0 && OBLIQUE_ADJECTIVE.test(word)));
    if (!lowerCase) return false;
    if (roleInItsOwnCase(words[at]!, language)) return true;
  }
  return false;
}

/** Words back from an apposition's comma a role may stand. */
const APPOSITION_REACH = 8;

/** True when the clause before the comma right before the name holds a role, lower case or opening it: "L'amministratore delegato di Webuild, ". */
function roleInClauseBefore(before: string, language: string): boolean {
  if (!/,[ \u00a0]+$/u.test(before)) return false;
  const clause = /[^.;:!?\n(),«»"“”]*,[ \u00a0]+$/u.exec(before)?.[0].slice(0, -2).trim() ?? '';
  const words = clause.split(/[ \u00a0]+/u).map((word) => word.replace(/^\p{L}['’]/u, ''));
  // German writes every noun capitalized: "Ihr Sprecher in Velmarsdorf, ".
  return words.slice(-APPOSITION_REACH).some((word, index, last) => (/^\p{Ll}/u.test(word) || language === 'de' || (index === 0 && last.length === words.length)) && isRoleWord(word, language));
}

/** A role set off after the name, with an article and one word before it or not: ", a market trader", ", Ökonomin an der", ", Director of". */
const ROLE_AFTER = /^,[ \u00a0]+(?:(?:a|an|the|un|une|el|la|il|lo|o|der|die|de|het|ein|eine)[ \u00a0]+)?(?:([\p{L}-]+)[ \u00a0]+)?([\p{L}-]+)/u;

/**
 * What someone does set off after the name: an article or none, a noun that
 * ends as a trade does (in German capitalized) with an adjective before it or
 * not, and the preposition
 * of where they do it: ", a hydrologist at", ", propriétaire d'un", ",
 * economista da", ", Landwirt aus", ", nauczyciel z".
 */
const TRADE_AFTER =
  /^,[ \u00a0]+(?:(?:a|an|un|une|uno|una|um|uma|ein|eine|een)[ \u00a0]+)?(?:(\p{Ll}[\p{Ll}-]+)[ \u00a0]+)?(\p{L}[\p{Ll}-]{3,}(?:er|or|ist|ista|iste|ian|ant|ante|ent|ente|eur|euse|aire|ien|ienne|ero|era|eiro|eira|ora|ore|ice|ario|aria|eño|eña|aar|wirt|arz|ciel|nik|ca|ka|in))[ \u00a0]+(?:(?:at|from|of|in|with|for|de|du|des|à|chez|del|en|di|della|dello|da|do|em|na|no|bij|van|uit|aan|bei|der|aus|im|am|von|z|ze|w|we)(?!\p{L})|d['’]|dell['’])/u;

/** Nouns for a place after a name set off so, which make it a place's: ", a village in", ", een dorp aan". */
const PLACE_NOUNS_SET_OFF: ReadonlySet<string> = new Set([
  'town', 'city', 'village', 'port', 'region', 'district', 'province', 'island', 'suburb', 'county', 'state', 'country', 'capital', 'neighbourhood', 'neighborhood', 'area', 'municipality', 'settlement', 'hamlet',
  'ville', 'commune', 'localité', 'région', 'île', 'quartier', 'bourg', 'capitale', 'département', 'pays',
  'ciudad', 'pueblo', 'localidad', 'municipio', 'región', 'provincia', 'isla', 'barrio', 'aldea', 'país',
  'città', 'paese', 'comune', 'regione', 'isola', 'quartiere', 'frazione', 'borgo',
  'cidade', 'vila', 'município', 'região', 'ilha', 'bairro', 'aldeia', 'estado',
  'stad', 'dorp', 'gemeente', 'provincie', 'eiland', 'wijk', 'regio', 'hoofdstad',
  'stadt', 'dorf', 'gemeinde', 'insel', 'kreis', 'hauptstadt', 'kleinstadt', 'ortschaft', 'landkreis', 'bezirk',
  'miasto', 'wieś', 'gmina', 'wyspa', 'dzielnica', 'miejscowość', 'osada', 'stolica', 'miasteczko', 'powiat',
]);

/** True when the name is set off before what its bearer does, not what kind of place or body it is. */
function tradeAfter(after: string, language: string, known: WordKnowledge): boolean {
  const trade = TRADE_AFTER.exec(after);
  // Only German writes the noun capitalized: elsewhere a capital after the comma opens another name.
  if (trade === null || (language !== 'de' && /^\p{Lu}/u.test(trade[2]!))) return false;
  return [trade[1], trade[2]].every((word) => word === undefined || (!PLACE_NOUNS_SET_OFF.has(word.toLocaleLowerCase()) && !known.isBodyNoun(word.toLocaleLowerCase())));
}

/** A name set off by commas or ending the sentence: what an apposition before it closes on. */
const SET_OFF_AFTER = /^(?:[,.;)]|[ \u00a0]*$)/u;

/** A quotation closed, or a speech opened by a dash, right before the verb that tags it: "…," said; «…», dijo; – mówi; «…», — сказал. */
const QUOTATION_CLOSED = /(?:["”»“]|[-–—])[ \u00a0]*[,.!?]?[ \u00a0]*(?:[-–—][ \u00a0]*)?$/u;

/** True when the name follows a verb of saying that tags a quotation before it: the quotation's speaker. */
function quotationSpeaker(before: string, language: string): boolean {
  const verb = SUBJECT_VERBS_BEFORE[language]?.exec(before);
  return verb !== null && verb !== undefined && QUOTATION_CLOSED.test(before.slice(0, verb.index));
}

/** The clause before the comma right before a name, back to the punctuation or the dash that opens it: "declaró su representante". */
const CLAUSE_BEFORE_COMMA = /[^.;:!?\n(),«»"“”„–—]*(?=,[ \u00a0]+$)/u;

/** Prepositions and articles that open a noun's complement after it: "the head of", "il rappresentante dell'", "die Vertreterin der". */
const COMPLEMENT_OPENER = /^(?:of|de|del|della|dello|dei|degli|delle|di|do|da|dos|das|du|des|van|von|der|(?:dell|dall|d)['’]\p{L}*)$/iu;

/**
 * The noun a name is set off after: the word before its complement ("the
 * head of the company", "la rappresentante dell'agenzia"), or else the last
 * ("The company", "senior weather forecaster"); in Polish, Russian and
 * Ukrainian, which put the complement in the genitive, the first.
 */
function apposedHead(words: readonly string[], language: string): string {
  if (GENITIVE_COMPLEMENT.has(language)) return words[0]!;
  const complement = words.findIndex((word, index) => index > 0 && COMPLEMENT_OPENER.test(word));
  return complement > 0 ? words[complement - 1]! : words[words.length - 1]!;
}

/**
 * True when what a name is set off after is a body's or a place's noun ("The
 * company, Velkor Dramm, said") or a name, outside German, which capitalizes
 * every noun ("based in Pegrai Pegrai, Guwim Galorai, says"); an abbreviation
 * may stand for a title ("Le PDG du groupe").
 */
function apposedToBodyOrPlace(words: readonly string[], language: string, known: WordKnowledge): boolean {
  // Without an elided article: "l'agence".
  const written = apposedHead(words, language).replace(/^\p{L}['’]/u, '');
  const head = written.toLocaleLowerCase();
  return known.isBodyNoun(head) || PLACE_NOUNS_SET_OFF.has(head) || (language !== 'de' && /^\p{Lu}\p{Ll}/u.test(written) && !GENITIVE_COMPLEMENT.has(language));
}

/** A name set off by commas and then the clause's verb of saying, after a noun for no body or place: "…, Morvel Quistane, said", "…, Orsola Vennaro, ha detto". */
function setOffBeforeSaying(before: string, after: string, language: string, known: WordKnowledge): boolean {
  const clause = CLAUSE_BEFORE_COMMA.exec(before)?.[0].trim();
  if (clause === undefined || clause === '' || !after.startsWith(',') || SUBJECT_VERBS_AFTER[language]?.test(after.slice(1)) !== true) return false;
  return !apposedToBodyOrPlace(clause.split(/[ \u00a0]+/u), language, known);
}

/** Words a verb of saying's subject may hold before the name set off after it: "the union's chief negotiator". */
const MAX_SPEAKER_NOUN_WORDS = 6;

/**
 * A verb of saying, then a noun phrase in lower case first for no body or
 * place, then the name set off after it, which closes a quotation's tag or
 * the sentence: "«…», declaró su representante, Tomasio Urrebal.", "said the
 * union's chief negotiator, Tobrin Halewick."
 */
function setOffAfterSaying(before: string, after: string, language: string, known: WordKnowledge): boolean {
  const verbs = SUBJECT_VERBS_BEFORE[language];
  const clause = CLAUSE_BEFORE_COMMA.exec(before)?.[0].trim();
  if (verbs === undefined || clause === undefined || !/^(?:[.!?;]|[ \u00a0]*$)/u.test(after)) return false;
  const words = clause.split(/[ \u00a0]+/u);
  // A verb of one to three words ("said", "a déclaré", "ha dichiarato") opening the clause, the speaker's noun after it.
  for (let verbWords = 1; verbWords <= 3 && verbWords < words.length; verbWords++) {
    const noun = words.slice(verbWords);
    if (verbs.test(`${words.slice(0, verbWords).join(' ')} `) && /^\p{Ll}/u.test(noun[0]!) && noun.length <= MAX_SPEAKER_NOUN_WORDS) return !apposedToBodyOrPlace(noun, language, known);
  }
  return false;
}

/** Why the run at `start` is a person's name, or undefined when nothing around it says so. */
function personCue(text: string, start: number, end: number, language: string, known: WordKnowledge): 'role' | 'saying' | 'quotation' | 'apposition' | undefined {
  const before = text.slice(Math.max(0, start - 90), start);
  const after = text.slice(end, end + 90);
  if (language === 'id') {
    const firstWord = text.slice(start, text.indexOf(' ', start));
    // A title or a trade opening the run is no word of the name after it: "Petani Rahmat Sulistyo".
    if (INDONESIAN_BODY_HEADS.has(firstWord) || INDONESIAN_TITLE.test(`${firstWord} `)) return undefined;
    if (INDONESIAN_TITLE.test(before) || INDONESIAN_SAYING_BEFORE.test(before)) return 'role';
    return INDONESIAN_SAYING_AFTER.test(after) ? 'saying' : undefined;
  }
  // A preposition of place before it says where, not who: "Em Campo Grande, a secretária".
  const wordBefore = /(?<!\p{L})(\p{L}+)[ \u00a0]+$/u.exec(before)?.[1]?.toLocaleLowerCase();
  if (wordBefore !== undefined && (PLACE_PREPOSITIONS[language] ?? PLACE_PREPOSITIONS.en ?? []).includes(wordBefore)) return undefined;
  if (roleBefore(before, language)) return 'role';
  if (quotationSpeaker(before, language)) return 'quotation';
  if (roleInClauseBefore(before, language) && SET_OFF_AFTER.test(after)) return 'apposition';
  const roleAfter = ROLE_AFTER.exec(after);
  if (roleAfter !== null && [roleAfter[1], roleAfter[2]].some((word) => word !== undefined && isRoleWord(word, language))) return 'apposition';
  if (tradeAfter(after, language, known)) return 'apposition';
  if (GENITIVE_COMPLEMENT.has(language) && SUBJECT_VERBS_AFTER[language]?.test(after)) return 'saying';
  if (setOffBeforeSaying(before, after, language, known) || setOffAfterSaying(before, after, language, known)) return 'apposition';
  return apposedNounBefore(before, language, known) !== undefined && CLOSED_BEFORE_VERB.test(after) ? 'apposition' : undefined;
}

/** A role's preposition and article before the body it is held in, in the languages that put one there: "juez de la ", "presidente del ", "directeur du ". */
const ROLE_OF_BEFORE = /(?<!\p{L})(\p{L}+)[ \u00a0]+(?:de la|de l['’]|del|della|dello|dell['’]|de|do|da|du|des|dos|das)[ \u00a0]*$/u;

/** A Russian or Ukrainian father's name: "Иванович", "Петрівна". */
const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ович|евич|овна|евна|ійович|івна|ївна)$/u;

/** A plural adjective's genitive or locative, which ends a body's name and no one's: "Kosmicznych", "Дальних". */
const PLURAL_ADJECTIVE = /(?:ych|ich|ых|их)$/u;

/**
 * The holder a body's name read on into, after a role before the body
 * ("Rzeczniczka Straży Granicznej Łysze Nozy"): the body is cut back to its
 * own words and the holder returned as a person; undefined when no role
 * stands before the body or its last words are no personal name.
 */
function holderAfterBody(body: EntityMention, text: string, language: string, isNameWord: (word: string) => boolean): EntityMention | undefined {
  // A body's name read only up to an apostrophe inside its last word is cut short, not followed by a holder: "Timor Lorosa'e".
  if (/^['’]\p{L}/u.test(text.slice(body.end, body.end + 2))) return undefined;
  const words = body.text.split(/[ \u00a0]+/u);
  const nameWords = body.name.split(/[ \u00a0]+/u);
  // The body's name must be its written words, as written or in their base form, for the holder's words to come off both.
  if (nameWords.length !== words.length) return undefined;
  const before = text.slice(Math.max(0, body.start - 90), body.start);
  const roleOf = ROLE_OF_BEFORE.exec(before)?.[1];
  // A role opening the sentence is read into the body's name too: "Rzeczniczka Urzędu Morskiego i Portów Łysze Nozy".
  const roleOpens = words.length >= 4 && isRoleWord(words[0]!, language) && /(?:^|[.!?:;\n]["”»]?[ \u00a0]*)$/u.test(before);
  if (!roleOpens && !roleBefore(before, language) && (roleOf === undefined || !isRoleWord(roleOf, language))) return undefined;
  // A Slavic name is two words after a body in the genitive, three only with a patronymic: "Института Дальнего Востока Хышан Крифан".
  const longest = GENITIVE_COMPLEMENT.has(language) && !PATRONYMIC.test(words[words.length - 2] ?? '') ? 2 : 3;
  for (let size = longest; size >= 2; size--) {
    // The body keeps a head and a word of its own, and does not end on a particle or a function word: not "Banco" of "Banco Central Europeo", not "Universidade Federal de", not "Banca dei".
    const bodyEnd = words[words.length - size - 1]?.toLocaleLowerCase() ?? '';
    if (words.length - size < 2 || NAME_PARTICLES.has(bodyEnd) || functionWordsOf(language).has(bodyEnd)) continue;
    const tail = words.slice(-size);
    if (!personalName(tail, isNameWord) || tail.some((word) => PLURAL_ADJECTIVE.test(word))) continue;
    const written = tail.join(' ');
    const start = body.end - written.length;
    if (text.slice(start, body.end) !== written) return undefined;
    const from = roleOpens ? 1 : 0;
    body.end = body.start + words.slice(0, -size).join(' ').length;
    body.start += from === 0 ? 0 : words[0]!.length + 1;
    body.text = words.slice(from, -size).join(' ');
    body.name = nameWords.slice(from, -size).join(' ');
    body.key = entityKey(body.name);
    return { kind: 'person', text: written, name: written, key: entityKey(written), ...(roleOpens ? { role: words[0] } : {}), start, end: start + written.length };
  }
  return undefined;
}

/**
 * People's names no other reading found in `text`, by the cues in the
 * module's comment, as mentions; `found` are the mentions read so far, which
 * a new one may not overlap. `language` is the article's language tag.
 */
export function peopleByCues(text: string, language: string, found: readonly EntityMention[], known: WordKnowledge): EntityMention[] {
  const people: EntityMention[] = [];
  const byStart = [...found].sort((a, b) => a.start - b.start);
  // The longest mention's length bounds how far before a run a mention overlapping it can start.
  const reach = byStart.reduce((longest, mention) => Math.max(longest, mention.end - mention.start), 0);
  const overlapping = (start: number, end: number) => {
    let low = 0;
    let high = byStart.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (byStart[middle]!.start < start - reach) low = middle + 1;
      else high = middle;
    }
    const near: EntityMention[] = [];
    for (let index = low; index < byStart.length && byStart[index]!.start < end; index++) if (byStart[index]!.end > start) near.push(byStart[index]!);
    return near;
  };
  // A word's answer, asked again for each shorter run and each time the name is written.
  const answers = new Map<string, boolean>();
  const isNameWord = (word: string) => {
    let answer = answers.get(word);
    if (answer === undefined) answers.set(word, (answer = nameWord(word, language, known)));
    return answer;
  };
  for (const run of text.matchAll(CAPITALIZED_RUN)) {
    // A case ending or a possessive after an apostrophe is not the name's: "Yahaşın'ın", "Tashby's".
    const written = run[0].replace(/['’]\p{Ll}{1,4}$/u, '');
    const words = written.split(/[ \u00a0]+/u);
    const end = run.index + written.length;
    // A name read as a body's or a place's for want of a given name, which a role or an apposition says is someone's: "Prezes spółki Dobeżyk Mupedu".
    const covering = overlapping(end - 1, end);
    if (covering.length > 0) {
      const body = covering.find((mention) => mention.end === end && mention.kind === 'organization');
      const holder = body === undefined ? undefined : holderAfterBody(body, text, language, isNameWord);
      if (holder !== undefined) {
        people.push(holder);
        continue;
      }
      const misread = covering.find((mention) => mention.end === end && mention.start >= run.index && mention.kind !== 'person' && mention.name === mention.text);
      if (misread === undefined || !personalName(text.slice(misread.start, end).split(/[ \u00a0]+/u), isNameWord)) continue;
      // A name keeps one kind across the article: "la empresa Minera Valdoro S.A.C." makes the spokesman's "Minera Valdoro" the company.
      if (found.some((other) => other !== misread && other.key === misread.key && other.kind !== 'person')) continue;
      const cue = personCue(text, misread.start, end, language, known);
      if (cue === 'role' || cue === 'apposition' || cue === 'quotation') misread.kind = 'person';
      continue;
    }
    // The whole run, or its last three or two words after a title or a function word that opens it ("Laksamana Madya Irvansyah Harahap", "Później Jan Kowalski").
    for (let from = 0; from <= words.length - 2; from++) {
      const name = words.slice(from);
      const start = end - name.join(' ').length;
      if (text.slice(start, end) !== name.join(' ') || !personalName(name, isNameWord)) continue;
      // A mention in the run's first words leaves its last ones to read: "Podlasia" of "z Podlasia Czobu Czerózyw".
      if (overlapping(start, end).length > 0) continue;
      const opener = from === 1 && functionWordsOf(language).has(words[0]!.toLocaleLowerCase());
      const cue = personCue(text, start, end, language, known);
      if (cue === undefined || (from > 0 && !opener && cue !== 'role')) continue;
      const nameWritten = text.slice(start, end);
      people.push({ kind: 'person', text: nameWritten, name: nameWritten, key: entityKey(nameWritten), start, end });
      break;
    }
  }
  return people;
}
