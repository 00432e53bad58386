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

interface LocaleTable {
  countries: Record<string, string | readonly string[]>;
}

const LOCALES: readonly LocaleTable[] = [en, fr, de, es, tr, it, pt, nl, pl, ru, uk, ar];

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

/** One entry per country: every written form in every language, the English first. */
export const COUNTRY_NAMES: readonly (readonly string[])[] = Object.keys(en.countries).map((code) => {
  const forms = LOCALES.flatMap((locale) => {
    const names = locale.countries[code];
    return names === undefined ? [] : typeof names === 'string' ? [names] : [...names];
  });
  forms.push(...(COMMON_FORMS[code] ?? []));
  return [...new Set(forms.filter(isWrittenForm))];
}).filter((forms) => forms.length > 0);
