/**
 * Places no list holds, read from their structure, checked on invented
 * sentences (none from a gold set): landforms and coasts by their head word.
 */
import { describe, expect, it } from 'vitest';
import { named } from '../../helpers/entities.ts';

describe('landforms and coasts by their head word', () => {
  it.each([
    ['fr', 'Les éleveurs de la Vallée de Morvaine s’inquiètent.', 'Vallée de Morvaine'],
    ['fr', 'Les plages de la Côte d’Ambrelle ont rouvert.', 'Côte d’Ambrelle'],
    ['it', 'In Val di Sarnera i cantieri sono fermi.', 'Val di Sarnera'],
    ['it', 'La siccità colpisce la Pianura Orvesca da mesi.', 'Pianura Orvesca'],
    ['es', 'Los pescadores de la Bahía de Tolmar protestaron.', 'Bahía de Tolmar'],
    ['es', 'Los incendios en la Sierra Calvera siguen activos.', 'Sierra Calvera'],
    ['pt', 'Os incêndios na Floresta de Garunda continuam.', 'Floresta de Garunda'],
    ['de', 'Am Ufer der Vennacher Bucht wird gebaut.', 'Vennacher Bucht'],
    ['nl', 'De boeren in de Vallei van Dorpel klagen.', 'Vallei van Dorpel'],
    ['tr', 'Hasat bu hafta Kestel Ovası genelinde başladı.', 'Kestel Ovası'],
  ] as const)('in %s reads “%s”', (lang, text, place) => {
    expect(named(text, lang)).toContainEqual(['place', place]);
  });

  it('ends the name at a word that says where: a mine in a country', () => {
    const found = named('Kopalnia Sierra Velarde w Chile przynosi straty.', 'pl');
    expect(found).toContainEqual(['place', 'Chile']);
    expect(found).not.toContainEqual(['place', 'Sierra Velarde w Chile']);
  });

  it.each([
    ['pt', 'O primeiro-ministro António Costa falou ontem em Lisboa.', 'António Costa'],
    ['en', 'Delta Air Lines cut flights from Atlanta.', 'Delta Air Lines'],
  ] as const)('does not read a surname or a company as a landform in %s: “%s”', (lang, text, name) => {
    expect(named(text, lang)).not.toContainEqual(['place', name]);
  });
});

describe('a place named head first, in another case', () => {
  it.each([
    ['pl', 'W Puszczy Rudnickiej było zimno.', 'Puszcza Rudnicka'],
    ['pl', 'Rolnicy z Pojezierza Drawskiego protestują.', 'Pojezierze Drawskie'],
    ['pl', 'Władze Zagłębia Węglowego czekają na decyzję.', 'Zagłębie Węglowe'],
    ['pl', 'Radni Wybrzeża Słowińskiego zebrali się wczoraj.', 'Wybrzeże Słowińskie'],
    ['ru', 'Туристы вернулись из Долины Гейзеров вчера.', 'Долина Гейзеров'],
    ['uk', 'Туристи повернулися з Долини Нарцисів учора.', 'Долина Нарцисів'],
  ] as const)('in %s reads “%s”', (lang, text, place) => {
    expect(named(text, lang)).toContainEqual(['place', place]);
  });

  it.each([
    ['pl', 'Władze Krakowa czekają na decyzję.', ['place', 'Kraków']],
    ['pl', 'Minister spotkał się z Janem Kowalskim.', ['person', 'Jan Kowalski']],
  ] as const)('leaves a name with no place head as it was in %s: “%s”', (lang, text, entity) => {
    expect(named(text, lang)).toEqual([entity]);
  });
});

describe('seas and historical regions', () => {
  it.each([
    ['it', 'Le barche partono dalla Cirenaica e attraversano il Mediterraneo di notte.', ['Cirenaica', 'Mediterraneo']],
    ['it', 'Gli investimenti nel Mezzogiorno sono calati.', ['Mezzogiorno']],
    ['es', 'Las lanchas salen de Cirenaica hacia el Adriático.', ['Cirenaica', 'Adriático']],
    ['pl', 'Statki płyną przez Morze Śródziemne do Trypolitanii.', ['Morze Śródziemne']],
    ['fr', 'Les pêcheurs de la Corne de l’Afrique attendent la pluie.', ['Corne de l’Afrique']],
  ] as const)('in %s reads “%s”', (lang, text, places) => {
    for (const place of places) expect(named(text, lang)).toContainEqual(['place', place]);
  });

  it('keeps a club after an Italian article a club', () => {
    expect(named('Il Napoli ha vinto a Torino.', 'it')).toContainEqual(['organization', 'Napoli']);
  });

  it('reads no noon in lower case as a region', () => {
    expect(named('La riunione è finita a mezzogiorno in Comune.', 'it')).not.toContainEqual(['place', 'mezzogiorno']);
  });
});

describe('a territory named by two joined with "and"', () => {
  it.each([
    ['en', 'Floods hit Jammu and Kashmir on Monday.', 'Jammu and Kashmir'],
    ['fr', 'Des crues ont frappé le Jammu-et-Cachemire lundi.', 'Jammu-et-Cachemire'],
    ['en', 'Ferries to Newfoundland and Labrador were cancelled.', 'Newfoundland and Labrador'],
  ] as const)('in %s reads “%s” whole', (lang, text, place) => {
    expect(named(text, lang)).toEqual([['place', place]]);
  });

  it('reads two towns joined with "and" apart', () => {
    expect(named('Troops moved between Jammu and Srinagar.', 'en')).toEqual([
      ['place', 'Jammu'],
      ['place', 'Srinagar'],
    ]);
  });
});

describe('"March", the month the English lexicon knows only as a verb', () => {
  it.each([
    ['The programme of sessions will be published in March.'],
    ['The surcharge introduced in March stays at 350 dollars.'],
    ['In the year to March 2026, 214 routes were supported.'],
  ])('is no place in “%s”', (text) => {
    expect(named(text, 'en')).toEqual([]);
  });

  it('stays in a name: “Banker Juan March funded the school”', () => {
    expect(named('Banker Juan March funded the school. March later sold the bank.', 'en')).toEqual([
      ['person', 'Juan March'],
      ['person', 'Juan March'],
    ]);
  });
});
