/**
 * A name followed by what the person does, set off by a comma: an article
 * or none, a lower-case noun and the preposition of where they do it (", a
 * hydrologist at", ", propriétaire d'un", ", economista da", ", nauczyciel
 * z"). The name is a person's though no list knows the noun or the name. A
 * noun for a place or a body there ("a village in", "a company from") makes
 * the name a place's or a body's, not a person's.
 */
import { describe, expect, it } from 'vitest';
import { peopleNamed } from '../../helpers/entities.ts';

describe('a trade set off after a name', () => {
  it.each([
    ['en', 'Rice farmers face salt water. Ninel Vastrihea, a hydrologist at the university, said salinity doubled.', 'Ninel Vastrihea'],
    ['en', 'Traigis Trinudrea, a student from the north, has an offer from a college.', 'Traigis Trinudrea'],
    ['fr', '« On vend à perte », a-t-il dit. Grochaud Toubaichau, propriétaire d’un château près de la ville, est inquiet.', 'Grochaud Toubaichau'],
    ['es', 'La obra sigue parada. Lasira Tidesco, dueña de una ferretería junto al barranco, está cansada.', 'Lasira Tidesco'],
    ['it', 'Il porto è chiuso. Regiro Sagomel, pescatore di Mazara, teme per la stagione.', 'Regiro Sagomel'],
    ['pt', 'O projeto divide opiniões. Cagama Lhacor, economista da universidade, é cética.', 'Cagama Lhacor'],
    ['nl', 'Het water stijgt. Kaazu Saadonaa, visser uit het dorp, wacht op hulp.', 'Kaazu Saadonaa'],
    ['de', 'Die Preise steigen. Hapasötz Pibrugor, Landwirt aus dem Tal, sieht schwarz.', 'Hapasötz Pibrugor'],
    ['pl', 'Wszyscy oglądają telewizję. Dósagow Łypęrę, nauczyciel z miasteczka, nie wierzy w zmiany.', 'Dósagow Łypęrę'],
  ] as const)('in %s: “%s”', (lang, text, name) => {
    expect(peopleNamed(text, lang)).toEqual([name]);
  });

  it.each([
    ['en', 'The road ends at Nieuw Kofferkamp, a village in the interior, where the river bends.'],
    ['es', 'La planta de Minera Valtoro, una empresa de capital chino, sigue cerrada.'],
    ['nl', 'De boot stopt in Nieuw Kofferkamp, een dorp aan de rivier.'],
  ] as const)('in %s names no one: “%s”', (lang, text) => {
    expect(peopleNamed(text, lang)).toEqual([]);
  });
});
