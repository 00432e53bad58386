/**
 * Particles inside a personal name, in lower case or capitalized as some
 * families write them ("van der", "Van", "De", "Di", "Le", "dos", "de la",
 * "al-"): the name a role or a quotation's verb points to keeps them, though
 * no list knows the name. A particle with one name word after it is no
 * personal name ("Le Parisien").
 */
import { describe, expect, it } from 'vitest';
import { peopleNamed } from '../../helpers/entities.ts';

describe('a name with a particle', () => {
  it.each([
    ['en', '“We will stay,” said Ninel Van Trihea, a rice farmer.', 'Ninel Van Trihea'],
    ['en', 'Envoy Samir al-Qadrumi said the talks would resume on Monday.', 'Samir al-Qadrumi'],
    ['fr', 'Le haut-commissaire Chonaimos Le Chepridoul a décrété un couvre-feu.', 'Chonaimos Le Chepridoul'],
    ['it', '«Siamo pronti», ha chiesto Mottisu Di Vumu, che gestisce un bar sul porto.', 'Mottisu Di Vumu'],
    ['it', "L'assessore Norrimil De Borre ha firmato l'ordinanza.", 'Norrimil De Borre'],
    ['nl', 'Woordvoerder Kijschet Van Suizapir zei dat het zout de oogst bedreigt.', 'Kijschet Van Suizapir'],
    ['pt', 'O promotor Evandro dos Quelhas pediu a prisão dos suspeitos.', 'Evandro dos Quelhas'],
    ['es', 'El comandante Efraín de la Tolva dirigió el rescate.', 'Efraín de la Tolva'],
    ['de', 'Staatsrätin Ilsabe von Trüblingen sagte, das Wasser reiche nicht.', 'Ilsabe von Trüblingen'],
  ] as const)('in %s: “%s”', (lang, text, name) => {
    expect(peopleNamed(text, lang)).toEqual([name]);
  });

  it.each([
    ['fr', '« C’est fini », dit Le Parisien.'],
  ] as const)('in %s names no one: “%s”', (lang, text) => {
    expect(peopleNamed(text, lang)).toEqual([]);
  });
});
