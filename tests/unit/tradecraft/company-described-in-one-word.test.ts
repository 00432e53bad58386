/**
 * A company is often introduced by one word that says what it is or who
 * holds it, written right before its name: an English compound with a
 * participle ("the Tarvel-based Velmora Mining", "the Chinese-controlled
 * Tarvex Ltd."), a German compound ending in a word for a company ("die
 * Baufirma Tarvex Holding", "der Ölkonzern Velmora AG"). The reader names the
 * company without that word, as it does when the languages write it apart
 * ("le groupe minier Tarvex", "la empresa Velmora"). A compound that is the
 * name's own first word (a town's works, a head) stays. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { named } from '../../helpers/entities.ts';

const organizations = (text: string, lang: string) => named(text, lang).filter(([kind]) => kind === 'organization');

describe('one word describing a company before its name is left out', () => {
  it.each([
    ['en', 'Talks with the Chinese-controlled Tarvex Ltd. broke down.', [['organization', 'Tarvex']]],
    ['en', 'The Tarvel-based Velmora Mining said output fell.', [['organization', 'Velmora Mining']]],
    ['en', 'Shares in the state-backed Velmora Shipping rose.', [['organization', 'Velmora Shipping']]],
    ['de', 'Den Tunnel soll die türkische Baufirma Tarvex Holding bohren.', [['organization', 'Tarvex Holding']]],
    ['de', 'Der Ölkonzern Velmora AG meldete Gewinne.', [['organization', 'Velmora']]],
    ['de', 'Die Softwarefirma Velmora Systems GmbH wächst.', [['organization', 'Velmora Systems']]],
    // Written apart, the word was always left out.
    ['fr', 'Le groupe minier Tarvex a suspendu la production.', [['organization', 'Tarvex']]],
    ['es', 'La empresa Velmora Minerales suspendió la producción.', [['organization', 'Velmora Minerales']]],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(organizations(text, lang)).toEqual(expected);
  });
});

describe('a compound that is the name’s own first word stays', () => {
  it.each([
    ['de', 'Die Stadtwerke Gotha GmbH erhöhen die Preise.', [['organization', 'Stadtwerke Gotha']]],
    ['de', 'Das Bundesamt für Seeschifffahrt warnte.', [['organization', 'Bundesamt für Seeschifffahrt']]],
    ['en', 'The Tarvel Mining Company said output fell.', [['organization', 'Tarvel Mining Company']]],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(organizations(text, lang)).toEqual(expected);
  });
});
