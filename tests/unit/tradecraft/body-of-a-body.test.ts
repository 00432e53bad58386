/**
 * English names a body inside another with a possessive on the first one's
 * head: "the Interior Ministry's Border Guard Service" is the ministry and
 * its service, two bodies, as "the Tarvel Commerce Department's Bureau of
 * Fisheries Security" already was. A possessive on a word that heads no body
 * stays inside the one name ("St Mary's Hospital", "People's Hospital"), and
 * a possessive before a role names one body ("the Defence Ministry's
 * spokesman"). Invented names.
 */
import { describe, expect, it } from 'vitest';
import { named } from '../../helpers/entities.ts';

const organizations = (text: string, lang: string) => named(text, lang).filter(([kind]) => kind === 'organization');

describe('a possessive on a head ends the body before the body it holds', () => {
  it.each([
    ['Officers of the Interior Ministry’s Border Guard Service were sent.', [['organization', 'Interior Ministry'], ['organization', 'Border Guard Service']]],
    ['Staff at the Tarvel Health Agency’s Disease Control Centre were tested.', [['organization', 'Tarvel Health Agency'], ['organization', 'Disease Control Centre']]],
    ["The Velmora Defence Ministry's Procurement Office signed the deal.", [['organization', 'Velmora Defence Ministry'], ['organization', 'Procurement Office']]],
    ["A Tarvel Council's Planning Committee report was leaked.", [['organization', 'Tarvel Council'], ['organization', 'Planning Committee']]],
    ["The rules came from the Tarvel Commerce Department's Bureau of Fisheries Security last week.", [['organization', 'Tarvel Commerce Department'], ['organization', 'Bureau of Fisheries Security']]],
  ] as const)('“%s”', (text, expected) => {
    expect(organizations(text, 'en')).toEqual(expected);
  });
});

describe('a possessive on a word that heads no body stays in the name', () => {
  it.each([
    ["She works at St Mary's Hospital in Velmora.", [['organization', "St Mary's Hospital"]]],
    ["She was treated at the Tarvel People's Hospital.", [['organization', "Tarvel People's Hospital"]]],
    ["The Defence Ministry's spokesman said the talks had failed.", [['organization', 'Defence Ministry']]],
  ] as const)('“%s”', (text, expected) => {
    expect(organizations(text, 'en')).toEqual(expected);
  });
});
