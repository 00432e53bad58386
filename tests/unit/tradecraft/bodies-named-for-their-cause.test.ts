/**
 * A body named for what it works on or for goes on past the preposition that
 * says so, when a head stands before it: English "on" ("Intergovernmental
 * Authority on Tarvel Development"), Polish "na rzecz" ("Fundacja na rzecz
 * Czystej Rzeki"), Dutch "tegen" ("Vereniging tegen de Kwakzalverij"). The
 * same preposition before a day, a month or a known place, or after a name
 * that is no body, ends the name as before. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { named } from '../../helpers/entities.ts';

const organizations = (text: string, lang: string) => named(text, lang).filter(([kind]) => kind === 'organization');

describe('a body named for its cause keeps it', () => {
  it.each([
    ['en', 'The Intergovernmental Authority on Tarvel Development said drones would be tested.', [['organization', 'Intergovernmental Authority on Tarvel Development']]],
    ['en', 'The Tarvel Council on Foreign Relations published a report.', [['organization', 'Tarvel Council on Foreign Relations']]],
    ['en', 'A study by the Velmora Panel on Fisheries Science was published.', [['organization', 'Velmora Panel on Fisheries Science']]],
    ['pl', 'Skargę złożyła Fundacja na rzecz Czystej Rzeki.', [['organization', 'Fundacja na rzecz Czystej Rzeki']]],
    ['pl', 'Przeciwko odstrzałowi protestuje Pracownia na rzecz Wszystkich Istot.', [['organization', 'Pracownia na rzecz Wszystkich Istot']]],
    ['nl', 'De Vereniging tegen de Kwakzalverij waarschuwt voor het middel.', [['organization', 'Vereniging tegen de Kwakzalverij']]],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(organizations(text, lang)).toEqual(expected);
  });
});

describe('the preposition before a day, a month or a place, or after no body, ends the name', () => {
  it.each([
    ['en', 'The Regional Council on Monday approved the plan.', [['organization', 'Regional Council']]],
    ['en', 'The Security Council on Syria met again.', [['organization', 'Security Council']]],
    ['en', 'The Tarvel Commission on March 3 approved the plan.', [['organization', 'Tarvel Commission']]],
    ['en', 'Velmora Energy on Friday cut its forecast.', [['organization', 'Velmora Energy']]],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(organizations(text, lang)).toEqual(expected);
  });
});
