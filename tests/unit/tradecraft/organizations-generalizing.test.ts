/**
 * Organizations by mechanisms that read names no list holds, from the shape
 * of the name and the words around it: invented sentences in several
 * languages, with the readings each mechanism must not make beside them.
 */
import { describe, expect, it } from 'vitest';
import { named } from '../../helpers/entities.ts';

describe('a listed body’s name and one more capitalized word name its branch or subsidiary', () => {
  it.each([
    ['en', 'Analysts said Maersk Tankers would raise its rates.', [['organization', 'Maersk Tankers']]],
    ['de', 'Nachdem Gazprom Export die Lieferungen eingestellt hatte, sprang der Staat ein.', [['organization', 'Gazprom Export']]],
    ['fr', 'La filiale Airbus Atlantic a recruté 300 personnes.', [['organization', 'Airbus Atlantic']]],
    ['it', 'Secondo Eni Plenitude i prezzi scenderanno in autunno.', [['organization', 'Eni Plenitude']]],
    // Not a title, a holder's name, a day, a headline's verb or a German board written apart.
    ['de', 'Gazprom Chef Alexej Miller sagte das am Montag.', [['organization', 'Gazprom']]],
    ['en', 'A statement by NATO Mark Rutte welcomed.', [['organization', 'NATO']]],
    ['en', 'Shares in Airbus Monday rose by 3 percent.', [['organization', 'Airbus']]],
    ['fr', 'Selon Airbus Lundi, rien ne change.', [['organization', 'Airbus']]],
    ['en', 'Airbus Cuts Jobs', [['organization', 'Airbus']]],
    ['de', 'Der Siemens Vorstand tagte am Abend.', [['organization', 'Siemens']]],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(named(text, lang).filter(([kind]) => kind === 'organization')).toEqual(expected);
  });
});

describe('a president’s “of” before a name no list holds names a company or a body, not a country', () => {
  it.each([
    ['en', 'The president of Korvanta said the pipeline would reopen.', [['organization', 'Korvanta']]],
    ['es', 'El presidente de Petrovex dijo que el gas llegará en marzo.', [['organization', 'Petrovex']]],
    ['fr', 'Le président de Vantor a annoncé des suppressions de postes.', [['organization', 'Vantor']]],
    // A listed country or region, a land by its shape, and a mayor's town stay places.
    ['en', 'The president of Kiribati said the island would adapt.', [['place', 'Kiribati']]],
    ['es', 'El presidente de Cantabria dijo que no.', [['place', 'Cantabria']]],
    ['en', 'The president of Puntland said the port would open.', [['place', 'Puntland']]],
    ['en', 'The mayor of Korvanta said the bridge would reopen.', [['place', 'Korvanta']]],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(named(text, lang)).toEqual(expected);
  });
});

describe('a name set off by an apposition ending in a body’s head word is that body', () => {
  it.each([
    ['en', "Troops moved north, and Velmora, Brazil's foreign ministry, said it would act.", [['organization', 'Velmora'], ['place', 'Brazil']]],
    ['en', 'On Monday Korvane, the regional council, said prices would rise.', [['organization', 'Korvane']]],
    ['es', 'El martes Tervalia, el nuevo ministerio, dijo que subirán los precios.', [['organization', 'Tervalia']]],
    ['fr', 'Lundi, Ostrane, la haute cour, a rejeté le recours.', [['organization', 'Ostrane']]],
    ['it', 'Ieri mattina Verdana, il nuovo istituto, ha pubblicato i dati.', [['organization', 'Verdana']]],
    // Not what someone is a member of, nor a head the apposition does not end in.
    ['en', 'On Monday Brandvik, a member of the council, said prices would rise.', []],
    ['en', 'On Monday Brandvik, the ministry said, would resign.', []],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(named(text, lang)).toEqual(expected);
  });
});

describe('words before a name that make it a company outweigh a place’s head in it', () => {
  it.each([
    ['en', 'Shares in Harbour Square rose 4 percent.', [['organization', 'Harbour Square']]],
    ['en', 'Analysts at Marlow Gate expect a cut.', [['organization', 'Marlow Gate']]],
    ['en', 'A water economist at Chatham House in London said so.', [['organization', 'Chatham House'], ['place', 'London']]],
    // A landform, or a place with no such words before it, stays a place.
    ['en', 'Shares in the Lake Toba ferry rose.', [['place', 'Lake Toba']]],
    ['en', 'Protesters gathered in Harbour Square on Sunday.', [['place', 'Harbour Square']]],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(named(text, lang)).toEqual(expected);
  });
});
