/**
 * A body named for what it works on or for goes on past the preposition that
 * says so, when a head stands before it: English "on" ("Intergovernmental
 * Authority on Tarvel Development"), Polish "na rzecz" ("Fundacja na rzecz
 * Czystej Rzeki"), Dutch "tegen" ("Vereniging tegen de Kwakzalverij"). The
 * same preposition before a day, a month, a known place or a platform, or
 * after a name that is no body, ends the name as before. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { named } from '../../helpers/entities.ts';

const organizations = (text: string, lang: string) => named(text, lang).filter(([kind]) => kind === 'organization');

describe('a body named for its cause keeps it', () => {
  it.each([
    ['en', 'The Intergovernmental Authority on Tarvel Development said drones would be tested.', [['organization', 'Intergovernmental Authority on Tarvel Development']]],
    ['en', 'The Tarvel Council on Foreign Relations published a report.', [['organization', 'Tarvel Council on Foreign Relations']]],
    ['en', 'A study by the Velmora Commission on Fisheries Science was published.', [['organization', 'Velmora Commission on Fisheries Science']]],
    ['pl', 'Skargę złożyła Fundacja na rzecz Czystej Rzeki.', [['organization', 'Fundacja na rzecz Czystej Rzeki']]],
    ['pl', 'Protestuje Stowarzyszenie na rzecz Dzikich Rzek.', [['organization', 'Stowarzyszenie na rzecz Dzikich Rzek']]],
    ['pl', 'Fundacja na rzecz Czystych Jezior zapowiada skargę.', [['organization', 'Fundacja na rzecz Czystych Jezior']]],
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
    // Nor is the platform a body speaks on.
    ['en', 'The Tarvel Ministry on Facebook said it was ready.', [['organization', 'Tarvel Ministry'], ['organization', 'Facebook']]],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(organizations(text, lang)).toEqual(expected);
  });
});
