/**
 * Country names in each language the entity index reads, from
 * i18n-iso-countries' locale tables (read statically: shared/ has no file
 * access): "Białoruś", "Nederland", "Узбекистан", "Côte d'Ivoire".
 */
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import it from 'i18n-iso-countries/langs/it.json' with { type: 'json' };
import nl from 'i18n-iso-countries/langs/nl.json' with { type: 'json' };
import pl from 'i18n-iso-countries/langs/pl.json' with { type: 'json' };
import pt from 'i18n-iso-countries/langs/pt.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import tr from 'i18n-iso-countries/langs/tr.json' with { type: 'json' };
import uk from 'i18n-iso-countries/langs/uk.json' with { type: 'json' };
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import he from 'i18n-iso-countries/langs/he.json' with { type: 'json' };
import id from 'i18n-iso-countries/langs/id.json' with { type: 'json' };

interface LocaleTable {
  countries: Record<string, string | readonly string[]>;
}

const LOCALES: readonly LocaleTable[] = [en, fr, de, es, tr, it, pt, nl, pl, ru, uk, ar, he, id];

/** Forms that are more often a word or a person's name than the country: "Jordan" Henderson, "Chad" the given name, Spanish "Gana" (wins). */
const AMBIGUOUS = new Set(['Jordan', 'Chad', 'Gana', 'Dania', 'Jersey', 'Guernsey', 'Man', 'Fas', 'Çad', 'Georgia', 'Dominica', 'Saint Martin', 'Sint Maarten', 'Wallis']);

/** An official form in a table ("Korea, Republic of", "Bolivia (Plurinational State of)") is no way a text writes it. */
function isWrittenForm(form: string): boolean {
  return !/[,()]/u.test(form) && !AMBIGUOUS.has(form);
}

/** Forms the tables leave out that news writes: "Китай" (the table has only "КНР (…)"), "Туркменистан" beside "Туркмения". */
const COMMON_FORMS: Record<string, readonly string[]> = {
  CN: ['Китай', 'Chiny'],
  KP: ['КНДР', 'Северная Корея', 'Korea Północna'],
  KR: ['Южная Корея'],
  TM: ['Туркменистан'],
  MD: ['Moldova', 'Молдова'],
  BY: ['Белоруссия'],
  SY: ['Syrien', 'Сирия'],
  VA: ['Vatican', 'Vatikan', 'Vaticano', 'Watykan', 'Ватикан'],
  GB: ['Британия'],
  US: ['Stany Zjednoczone', 'Соединённые Штаты'],
};

/**
 * German names opening with adjectives as a sentence declines them, each with
 * its nominative: "die Vereinigten Staaten", "der Tschechischen Republik",
 * "des Vereinigten Königreichs" (the weak forms after an article).
 */
export const GERMAN_DECLINED_COUNTRIES: ReadonlyMap<string, string> = new Map([
  ...Object.values(de.countries)
    .flatMap((names: string | readonly string[]) => (typeof names === 'string' ? [names] : [...names]))
    .filter((name) => /^\p{Lu}\p{Ll}+(?:e|es) /u.test(name) && isWrittenForm(name))
    .flatMap((name): Array<[string, string]> => {
      const words = name.split(' ');
      const declined = words.map((word, index) => (index < words.length - 1 && /^\p{Lu}\p{Ll}+(?:e|es)$/u.test(word) ? word.replace(/es?$/u, 'en') : word)).join(' ');
      return /(?:reich|gebiet)$/u.test(name) ? [[declined, name], [`${declined}s`, name]] : [[declined, name]];
    }),
  ...Object.values(de.countries)
    .flatMap((names: string | readonly string[]) => (typeof names === 'string' ? [names] : [...names]))
    .filter((name) => /^\p{Lu}\p{Ll}+$/u.test(name))
    .flatMap((name): Array<[string, string]> => {
      // "Deutschlands", "Chinas": a country's genitive; "den Niederlanden": a plural's dative. Feminine names ("Schweiz", "Türkei", "Ukraine") take neither.
      if (/lande$/u.test(name)) return [[`${name}n`, name]];
      return /[^sßxzei]$/u.test(name) ? [[`${name}s`, name]] : [];
    }),
]);

/**
 * Polish countries named in the plural, whose other cases change the stem ("z Niemiec", "w Niemczech", "w Chinach",
 * "we Włoszech"), each case with its nominative. Not the genitives that English writes as words ("Chin", "Czech")
 * or that name a man of the nation as often ("Włoch").
 */
export const POLISH_DECLINED_COUNTRIES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    Niemcy: ['Niemiec', 'Niemczech', 'Niemcom', 'Niemcami'],
    Chiny: ['Chinach', 'Chinom', 'Chinami'],
    Włochy: ['Włoszech', 'Włochom', 'Włochami'],
    Węgry: ['Węgier', 'Węgrzech', 'Węgrom', 'Węgrami'],
    Czechy: ['Czechach', 'Czechom', 'Czechami'],
    Indie: ['Indii', 'Indiach', 'Indiom', 'Indiami'],
    Filipiny: ['Filipin', 'Filipinach', 'Filipinom'],
    'Stany Zjednoczone': ['Stanów Zjednoczonych', 'Stanach Zjednoczonych', 'Stanom Zjednoczonym', 'Stanami Zjednoczonymi'],
  }).flatMap(([nominative, cases]) => cases.map((form): [string, string] => [form, nominative])),
);

/** One entry per country: every written form in every language, the English first. */
export const COUNTRY_NAMES: readonly (readonly string[])[] = Object.keys(en.countries).map((code) => {
  const forms = LOCALES.flatMap((locale) => {
    const names = locale.countries[code];
    return names === undefined ? [] : typeof names === 'string' ? [names] : [...names];
  });
  forms.push(...(COMMON_FORMS[code] ?? []));
  forms.push(...[...GERMAN_DECLINED_COUNTRIES, ...POLISH_DECLINED_COUNTRIES].filter(([, nominative]) => forms.includes(nominative)).map(([declined]) => declined));
  return [...new Set(forms.filter(isWrittenForm))];
}).filter((forms) => forms.length > 0);
