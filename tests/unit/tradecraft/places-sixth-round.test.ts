/**
 * Places and people of the sixth round, read by their structure, checked on
 * invented sentences (none from a gold set): towns listed with "and", words
 * for a kind of place before a name, and trades before a person's name.
 */
import { describe, expect, it } from 'vitest';
import { named } from '../../helpers/entities.ts';

describe('towns listed with "and"', () => {
  it.each([
    ['es', 'Las lluvias cortaron la luz en Ciudad del Carmen y Tenosique durante dos días.', ['Ciudad del Carmen', 'Tenosique']],
    ['it', 'Le scuole restano chiuse a Sarzana, Lerici e Mondragone fino a lunedì.', ['Sarzana', 'Lerici', 'Mondragone']],
    ['en', 'The ferry company added sailings between Warri and Ughelli last month.', ['Warri', 'Ughelli']],
    ['pl', 'Nowe linie autobusowe połączą Zgierz i Piotrków Trybunalski od marca.', ['Zgierz', 'Piotrków Trybunalski']],
  ] as const)('in %s reads every town of “%s”', (lang, text, places) => {
    const found = named(text, lang);
    for (const place of places) expect(found).toContainEqual(['place', place]);
  });

  it('lends the kind of a known place to an unknown name listed with a town', () => {
    expect(named('Clinics opened in the hill districts of Korvadi and Chipata on Monday.', 'en')).toEqual([
      ['place', 'Korvadi'],
      ['place', 'Chipata'],
    ]);
  });

  it.each([
    ['en', 'Suppliers such as Northwind Foods and Kellogg raised prices.', ['organization', 'Kellogg']],
    ['es', 'El Ministerio de Agricultura y Ganadería publicó las cifras.', ['organization', 'Ministerio de Agricultura y Ganadería']],
  ] as const)('leaves a company or a body listed so as it was in %s: “%s”', (lang, text, entity) => {
    expect(named(text, lang)).toContainEqual(entity);
  });
});
