/**
 * Organizations read from the roles their people hold: a chief executive, a
 * board or a spokesperson belongs to a body, so the name those roles are
 * held in is one ("the chief executive of Tarnvik", "l'amministratore
 * delegato di Velsa", "Vorstandschef von Brelkor", "Tarnvik Sözcüsü Ayşe
 * Kaya", "председатель правления Велсы Иван Орлов"). Roles a state or a town
 * also has (president, mayor, minister) are left to the rules for rulers.
 */

/** A body's role and the word for "of" just before its name, per language (lower case as written in running text). */
const ROLE_OF_BEFORE: Readonly<Record<string, RegExp>> = {
  en: /(?<!\p{L})(?:chief executive|chief financial officer|chief operating officer|ceo|cfo|managing director|chairman|chairwoman|board members?|employees|shareholders|a unit|a subsidiary) (?:of|at)(?: the)?[ \u00a0]+$/iu,
  fr: /(?<!\p{L})(?:directeur général|directrice générale|pdg|p-dg|patron|patronne|porte-parole|salariés|actionnaires|conseil d['’]administration|filiale) (?:de la |de l['’]|du |des |de |d['’])[ \u00a0]*$/iu,
  de: /(?<!\p{L})(?:Vorstandschef(?:in)?|Vorstandsvorsitzende[rn]?|Konzernchef(?:in)?|Firmenchef(?:in)?|Geschäftsführer(?:in)?|Aufsichtsratschef(?:in)?|Unternehmenssprecher(?:in)?|Sprecher(?:in)?|Mitarbeiter|Beschäftigte[n]?|Aktionäre) (?:der|des|von)[ \u00a0]+$/u,
  es: /(?<!\p{L})(?:consejer[oa] delegad[oa]|director[a]? ejecutiv[oa]|director[a]? general|president[ae] ejecutiv[oa]|portavoz|trabajadores|accionistas) (?:de la |del |de )[ \u00a0]*$/iu,
  it: /(?<!\p{L})(?:amministratore delegato|amministratrice delegata|direttore generale|direttrice generale|portavoce|dipendenti|azionisti) (?:della |dello |del |dell['’]|di )[ \u00a0]*$/iu,
  pt: /(?<!\p{L})(?:presidente[- ]executiv[oa]|diretor[a]?[- ]president[ea]|diretor[a]? executiv[oa]|diretor[a]?-geral|porta-voz|funcionários|acionistas) (?:da |do |de )[ \u00a0]*$/iu,
  nl: /(?<!\p{L})(?:topman|topvrouw|bestuursvoorzitter|ceo|woordvoerder|woordvoerster|werknemers|aandeelhouders) (?:van|bij)(?: de| het)?[ \u00a0]+$/iu,
};

/**
 * A body's role written before its name in the genitive, with its holder's
 * name after (Polish, Russian and Ukrainian): "prezes Velsy Jan Nowak",
 * "пресс-секретарь Велсы Иван Орлов".
 */
const ROLE_BEFORE_GENITIVE: Readonly<Record<string, RegExp>> = {
  pl: /(?<!\p{L})(?:prezes|prezesa|prezesem|prezeska|rzecznik|rzecznika|rzeczniczka|rzeczniczki|dyrektor generalny|dyrektora generalnego)[ \u00a0]+$/iu,
  ru: /(?<!\p{L})(?:председатель правления|председателя правления|генеральный директор|генерального директора|гендиректор|гендиректора|пресс-секретарь|пресс-секретаря|официальный представитель|официального представителя|представитель|представителя)[ \u00a0]+$/iu,
  uk: /(?<!\p{L})(?:голова правління|голови правління|генеральний директор|генерального директора|гендиректор|речник|речниця|речника|прессекретар|пресс-секретар|представник|представника)[ \u00a0]+$/iu,
};

/** A capitalized name right after: the role's holder. */
const HOLDER_AFTER = /^[ \u00a0]+\p{Lu}\p{Ll}+[ \u00a0]+\p{Lu}\p{Ll}/u;

/** A body's role right after its name and before its holder's: "Tarnvik chief Ola Berg", "Tarnvik Sözcüsü Ayşe Kaya". */
const ROLE_AFTER: Readonly<Record<string, RegExp>> = {
  en: /^[ \u00a0]+(?:chief executive|chief|ceo|boss|chairman|chairwoman)[ \u00a0]+\p{Lu}\p{Ll}+[ \u00a0]+\p{Lu}/u,
  tr: /^[ \u00a0]+(?:Sözcüsü|Genel Müdürü|Yönetim Kurulu Başkanı|Genel Başkanı|CEO['’]su)[ \u00a0]+\p{Lu}\p{Ll}+[ \u00a0]+\p{Lu}/u,
};

/**
 * Whether the text around a name of a few words gives it a role only a body
 * has: `before` is the text just before the name, `after` the text just after
 * it; `language` is the article's (English's rules stand for unknown ones).
 */
export function namedByBodyRole(before: string, after: string, language: string): boolean {
  const cues = language === 'other' ? 'en' : language;
  if (ROLE_OF_BEFORE[cues]?.test(before) === true) return true;
  if (ROLE_AFTER[cues]?.test(after) === true) return true;
  return ROLE_BEFORE_GENITIVE[cues]?.test(before) === true && HOLDER_AFTER.test(after);
}
