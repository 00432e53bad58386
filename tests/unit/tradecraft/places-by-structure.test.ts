/**
 * Places read by the structure of the sentence, not by a list of known names
 * (shared/tradecraft/place-structure.ts), on invented sentences and invented
 * names: German prepositions of place with a test that the word is no common
 * noun, English lower-case heads and state possessions after a name, compass
 * words opening a name of two, lists with commas after a place, the country of
 * a dateline, Italian and French prepositions joined with an article, "and"
 * with an article in the Romance languages, Indonesian words for kinds of
 * places, Turkish and Dutch words around a place, and Portuguese islands and
 * parishes.
 */
import { describe, expect, it } from 'vitest';
import {
  articledPlace,
  coordinatedWithArticle,
  datelineRegion,
  englishPlaceByStructure,
  germanPlaceAfterPreposition,
  listedWithComma,
  malayPlaceName,
} from '../../../shared/tradecraft/place-structure.ts';
import { named } from '../../helpers/entities.ts';

describe('a German preposition of place before a word that is no common noun', () => {
  it.each([
    ['Der Minister ist am Montag nach Velmora gereist.', 'Velmora'],
    ['Die Firma bezieht ihr Gas seit Jahren aus Taskov, sagte der Sprecher.', 'Taskov'],
    ['Die Konferenz fand in Brüdöl statt.', 'Brüdöl'],
  ])('finds the place in “%s”', (text, place) => {
    expect(named(text, 'de')).toContainEqual(['place', place]);
  });

  it.each([
    ['nach', 'Angaben', ' der Polizei', 'its genitive follows'],
    ['aus', 'Angst', ' vor Vergeltung', 'a bare noun'],
    ['in', 'Kraft', ' getreten', 'a bare noun'],
    ['aus', 'Sicherheitskreisen', ' hieß es', 'a plural'],
    ['nach', 'Einschätzung', ' mancher', 'an abstract ending'],
    ['nach', 'Elektroautos', ' sank', 'a plural in -s'],
    ['nach', 'Dravik', ' an der Loss liefern', 'the first word of a longer town'],
    ['bei', 'Vantor', ' arbeiten', 'a company is worked at'],
  ])('takes no place from “%s %s%s”: %s', (before, word, after, _why) => {
    expect(germanPlaceAfterPreposition(word, before, after, `${before} ${word}${after}`)).toBe(false);
  });

  it('takes no word the article writes with an article elsewhere', () => {
    const text = 'Die Sperre bleibt. Man sprach in Rücklage. Die Rücklage reicht nicht.';
    expect(germanPlaceAfterPreposition('Rücklage', 'in', '. Die', text)).toBe(false);
  });
});

describe('an English name by the words after it', () => {
  it.each([
    ['Mud from illegal mines shut a treatment plant on the Veskor river on Monday.', ['Veskor']],
    ['Mining has spread along the Tamvu and Orlek rivers.', ['Tamvu', 'Orlek']],
    ['Power will flow through the Dhelmar substation to the grid.', ['Dhelmar']],
    ['Fishermen on the Karvath coast reported the spill.', ['Karvath']],
    ["Ostrevia's navy patrols the strait.", ['Ostrevia']],
    ["Tarsumi's busiest container port was shut for a day.", ['Tarsumi']],
    ['Officials in New Belvar said the route was too costly.', ['New Belvar']],
    ['The deal is the first of its kind in South Marrow.', ['South Marrow']],
  ] as const)('finds the place in “%s”', (text, places) => {
    const found = named(text, 'en');
    for (const place of places) expect(found).toContainEqual(['place', place]);
  });

  it.each([
    ['Libyan', ' coast guard', false, true, 'a demonym before a coast'],
    ['Vantor', "'s president said", true, false, 'a company has a president'],
    ['Merrow', "'s government fell", true, false, 'a prime minister has a government'],
    ['Vantor', ' plant closed', false, false, 'a company has a plant'],
  ] as const)('takes no place from “%s%s” (possessive %s, demonym %s): %s', (word, after, possessive, demonym, _why) => {
    expect(englishPlaceByStructure([word], null, after, possessive, demonym)).toBe(false);
  });

  it('takes no opening possessive for a place before "rivers"', () => {
    expect(named('"Our rivers fill in the monsoon," she said.', 'en')).not.toContainEqual(['place', 'Our']);
  });

  it('needs a preposition of place before a compass word and a name', () => {
    expect(englishPlaceByStructure(['North', 'Marrow'], 'said', ' that', false, false)).toBe(false);
  });
});

describe('a Portuguese island or parish before a name', () => {
  it.each([
    ['A contagem na ilha Tavira Nova foi atrasada.', 'Tavira Nova'],
    ['Na freguesia de Corvelos, a igreja ficou com fissuras.', 'Corvelos'],
  ])('finds the place in “%s”', (text, place) => {
    expect(named(text, 'pt')).toContainEqual(['place', place]);
  });
});

describe('names listed with commas after a place', () => {
  it.each([
    ['en', 'Protests in Drostavel, Fenwick Moor and Daidra left 19 people dead.', ['Drostavel', 'Fenwick Moor', 'Daidra']],
    ['es', 'Hubo cortes en Tavalú, Orenca y Pilmo durante la noche.', ['Tavalú', 'Orenca', 'Pilmo']],
    ['it', 'Le scuole restano chiuse a Varvello, Ostrina e Dolcemare.', ['Varvello', 'Ostrina', 'Dolcemare']],
  ] as const)('in %s reads every name of “%s”', (lang, text, places) => {
    const found = named(text, lang);
    for (const place of places) expect(found).toContainEqual(['place', place]);
  });

  it.each([
    [', ', ' and Daidra left', true],
    [', ', ', Orva y Lenca', true],
    [', ', ' said on Monday', false],
    [' and ', ' and Daidra', false],
  ] as const)('between “%s” with “%s” after: %s', (between, after, listed) => {
    expect(listedWithComma(between, after)).toBe(listed);
  });

  it('lends nothing backwards to a subject set off by a comma', () => {
    expect(named("Bakanlık, Gaziantep ve Adıyaman'da da aşı ekipleri kurdu.", 'tr')).not.toContainEqual(['place', 'Bakanlık']);
  });
});

describe('the country after a dateline’s town', () => {
  it.each([
    ['en', 'PORT SOBAIL, Gibravo - Armed men blew up a section of the pipeline.', 'Gibravo'],
    ['en', 'RONOND, Fogealand (Reuters) - Soldiers crossed the river on Monday.', 'Fogealand'],
  ])('in %s finds the place in “%s”', (lang, text, place) => {
    expect(named(text, lang)).toContainEqual(['place', place]);
  });

  it.each([
    ['The talks, ', 'Varo', ' - after a pause - were over.'],
    ['KOMUN, ', 'Fago', ' said on Monday'],
  ])('takes no dateline from “%s%s%s”', (before, _name, after) => {
    expect(datelineRegion(before, after)).toBe(false);
  });
});

describe('an Italian or French preposition joined with an article before one name', () => {
  it.each([
    ['it', 'La maggior parte dei barchini era partita dalla Codurra orientale.', 'Codurra'],
    ['it', "Il gas arriverà verso l'Ostravia attraverso il gasdotto.", 'Ostravia'],
    ['fr', 'Des navires croisent au large de la Valdonie depuis lundi.', 'Valdonie'],
  ])('in %s finds the place in “%s”', (lang, text, place) => {
    expect(named(text, lang)).toContainEqual(['place', place]);
  });

  it.each([
    ['fr', 'Le ministre de la Défense, Paul Arnaud, a parlé.', 'Défense'],
    ['fr', "La ministre de l'Intérieur a salué un coup dur.", 'Intérieur'],
  ])('in %s takes no portfolio for a place in “%s”', (lang, text, word) => {
    expect(named(text, lang)).not.toContainEqual(['place', word]);
  });

  it.each([
    ['it', 'dalla ', true],
    ['it', "nell'", true],
    ['it', 'della ', false],
    ['fr', 'de la ', true],
    ['fr', 'la ', false],
    ['es', 'de la ', false],
  ] as const)('in %s after “%s”: %s', (lang, before, place) => {
    expect(articledPlace(lang, before)).toBe(place);
  });
});

describe('Turkish and Dutch words around a place', () => {
  it.each([
    ['tr', 'Kelvan merkezli depremler korkuttu.', 'Kelvan'],
    ['tr', 'Gorava bayraklı tanker açıklarda arızalandı.', 'Gorava'],
    ['tr', 'Kuyruk dün Meruna sınırındaki kapıda uzadı.', 'Meruna'],
    ['nl', 'Het olieveld ligt voor de kust van Vaaroka in het noorden.', 'Vaaroka'],
    ['nl', 'In Naaga, aan de grens met Keldorië, wachten jongeren.', 'Keldorië'],
  ])('in %s finds the place in “%s”', (lang, text, place) => {
    expect(named(text, lang)).toContainEqual(['place', place]);
  });

  it('takes no word before the genitive of "border" for a place', () => {
    expect(named('Salgın sınırın öte yakasında da görülüyor.', 'tr')).not.toContainEqual(['place', 'Salgın']);
  });
});

describe('"and" with an article between a place and another name, in the Romance languages', () => {
  it.each([
    ['pt', 'O sismo sentiu-se nas ilhas do Faroa e do Vimeiro durante a noite.', ['Faroa', 'Vimeiro']],
    ['fr', 'Le cacao part de la Navelle et du Bas-Sorrin par une seule route.', ['Bas-Sorrin']],
  ] as const)('in %s reads both names of “%s”', (lang, text, places) => {
    const found = named(text, lang);
    for (const place of places) expect(found).toContainEqual(['place', place]);
  });

  it.each([
    [' e do ', true],
    [' et du ', true],
    [" et de l'", true],
    [' und die ', false],
    [' and the ', false],
    [', ', false],
  ] as const)('“%s”: %s', (between, joined) => {
    expect(coordinatedWithArticle(between)).toBe(joined);
  });
});

describe('an Indonesian word for a kind of place opening a name', () => {
  it.each([
    ['Kapal itu ditangkap di perairan Laut Natara Utara pada Senin.', 'Laut Natara Utara'],
    ['Para awak dibawa ke Ranai, ibu kota Kabupaten Natara.', 'Kabupaten Natara'],
  ])('finds the place in “%s”', (text, place) => {
    expect(named(text, 'id')).toContainEqual(['place', place]);
  });

  it.each([
    [['Laut', 'Reuters'], 'de', false],
    [['Pulau', 'Seribu'], 'id', true],
    [['Pulau'], 'id', false],
    [['Sungai', 'Kapuas'], 'ms', true],
  ] as const)('%j in %s: %s', (words, lang, place) => {
    expect(malayPlaceName(words, lang)).toBe(place);
  });
});
