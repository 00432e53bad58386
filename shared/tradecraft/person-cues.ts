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
import { FUNCTION_WORDS, SUBJECT_VERBS_AFTER } from './name-lists.ts';
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
const CAPITALIZED_RUN = /(?<![\p{L}\p{N}'’.-])\p{Lu}[\p{Ll}'’-]*\p{Ll}(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*)*/gu;

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

/** The comma that closes such an apposition, then the clause's verb in lower case. */
const CLOSED_BEFORE_VERB = /^,[ \u00a0]+\p{Ll}/u;

/** Indonesian titles before a name and verbs of saying beside it, which no list of the other languages holds. */
const INDONESIAN_TITLE =
  /(?<!\p{L})(?:[Mm]enteri(?:[ \u00a0]+\p{Lu}\p{Ll}+){0,2}|[Kk]epala|[Kk]etua|[Pp]residen|[Gg]ubernur|[Bb]upati|[Ww]ali [Kk]ota|[Jj]uru [Bb]icara|[Dd]irektur|[Ll]aksamana(?:[ \u00a0]+(?:[Mm]adya|[Mm]uda|[Pp]ertama))?|[Jj]enderal|[Kk]olonel|[Kk]omisaris|[Hh]akim|[Jj]aksa|[Pp]engamat|[Pp]eneliti|[Ww]arga)[ \u00a0]+$/u;
/** Heads of Indonesian bodies, whose names a title may be followed by ("ketua Aliansi Nelayan Natuna"), and the words of ranks and portfolios ("Laksamana Madya", "Luar Negeri"). */
const INDONESIAN_BODY_HEADS: ReadonlySet<string> = new Set(['Madya', 'Muda', 'Pertama', 'Luar', 'Dalam', 'Negeri', 'Aliansi', 'Badan', 'Kementerian', 'Dinas', 'Pengadilan', 'Partai', 'Komisi', 'Lembaga', 'Bank', 'Dewan', 'Majelis', 'Mahkamah', 'Kepolisian', 'Universitas', 'Institut', 'Perusahaan', 'Yayasan', 'Serikat', 'Persatuan', 'Kantor', 'Pemerintah', 'Angkatan', 'Kabupaten', 'Kota', 'Provinsi', 'Pulau', 'Laut', 'Selat', 'Teluk', 'Gunung', 'Sungai', 'Danau']);
const INDONESIAN_SAYING_AFTER = /^(?:,[^,.;]{3,80},)?[ \u00a0]+(?:mengatakan|menyatakan|menjelaskan|menegaskan|kata|ujar|ucap)(?!\p{L})/u;
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

/** The words of a run a person's name may be: two or three, none a function word, a known name, a role or a word of the language. */
function personalName(words: readonly string[], language: string, known: WordKnowledge): boolean {
  const functionWords = functionWordsOf(language);
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((word) => NAME_WORD.test(word) && !functionWords.has(word.toLocaleLowerCase()) && known.kindOf(word) === undefined && !known.isCommonWord(word) && !isRoleWord(word, language))
  );
}

/** A trade by its ending before a name, in Polish, Russian and Ukrainian: "Hodowca", "lekarz", "начальник", "исследователь", "командир". */
const SLAVIC_TRADE = /^\p{L}{2,}(?:ca|arz|arka|ista|istka|nik|niczka|ник|ница|ниця|тель|ист|истка|іст|істка|лог|ач|ир)$/iu;

/** Endings of a role's oblique cases; a role in one ("министра", "szefa") puts its holder's name in that case too. */
const OBLIQUE_ROLE_ENDING = /(?:а|я|у|ю|ом|ем|ём|ой|ою|ові|a|ą|owi|em|iem)$/u;

/** A role word in the case of the sentence's subject, whose holder is named as written: not "министра" beside "министр". */
function roleInItsOwnCase(word: string, language: string): boolean {
  if (!isRoleWord(word, language) && !(GENITIVE_COMPLEMENT.has(language) && SLAVIC_TRADE.test(word))) return false;
  if (!GENITIVE_COMPLEMENT.has(language)) return true;
  const ending = OBLIQUE_ROLE_ENDING.exec(word.toLocaleLowerCase());
  return ending === null || !isRoleWord(word.slice(0, -ending[0].length), language);
}

/** True when a role stands right before the name, or before the lower-case complement that Polish, Russian and Ukrainian put between them. */
function roleBefore(before: string, language: string): boolean {
  const words = /(?:[\p{L}'’-]+[ \u00a0]+){1,5}$/u.exec(before)?.[0].trim().split(/[ \u00a0]+/u) ?? [];
  if (words.length === 0) return false;
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

/** Why the run at `start` is a person's name, or undefined when nothing around it says so. */
function personCue(text: string, start: number, end: number, language: string, known: WordKnowledge): 'role' | 'saying' | 'apposition' | undefined {
  const before = text.slice(Math.max(0, start - 90), start);
  const after = text.slice(end, end + 90);
  if (language === 'id') {
    if (INDONESIAN_BODY_HEADS.has(text.slice(start, text.indexOf(' ', start)))) return undefined;
    if (INDONESIAN_TITLE.test(before) || INDONESIAN_SAYING_BEFORE.test(before)) return 'role';
    return INDONESIAN_SAYING_AFTER.test(after) ? 'saying' : undefined;
  }
  if (roleBefore(before, language)) return 'role';
  if (GENITIVE_COMPLEMENT.has(language) && SUBJECT_VERBS_AFTER[language]?.test(after)) return 'saying';
  const apposed = APPOSED_NOUN_BEFORE.exec(before)?.[1];
  return apposed !== undefined && !known.isBodyNoun(apposed) && CLOSED_BEFORE_VERB.test(after) ? 'apposition' : undefined;
}

/**
 * People's names no other reading found in `text`, by the cues in the
 * module's comment, as mentions; `found` are the mentions read so far, which
 * a new one may not overlap. `language` is the article's language tag.
 */
export function peopleByCues(text: string, language: string, found: readonly EntityMention[], known: WordKnowledge): EntityMention[] {
  const people: EntityMention[] = [];
  for (const run of text.matchAll(CAPITALIZED_RUN)) {
    const words = run[0].split(/[ \u00a0]+/u);
    const end = run.index + run[0].length;
    if (found.some((mention) => mention.start < end && run.index < mention.end)) continue;
    // The whole run, or its last three or two words after a title or a function word that opens it ("Laksamana Madya Irvansyah Harahap", "Później Jan Kowalski").
    for (let from = 0; from <= words.length - 2; from++) {
      const name = words.slice(from);
      const start = end - name.join(' ').length;
      if (text.slice(start, end) !== name.join(' ') || !personalName(name, language, known)) continue;
      const opener = from > 0 && from === 1 && functionWordsOf(language).has(words[0]!.toLocaleLowerCase());
      const cue = personCue(text, start, end, language, known);
      if (cue === undefined || (from > 0 && !opener && cue !== 'role')) continue;
      const written = text.slice(start, end);
      people.push({ kind: 'person', text: written, name: written, key: entityKey(written), start, end });
      break;
    }
  }
  return people;
}
