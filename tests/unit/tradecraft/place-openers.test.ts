/**
 * Towns' names opened by a word that opens towns' names in their language
 * ("Santa", "Borgo", "Saint", "Bad", "Nieuw"), after a preposition of place, on
 * invented sentences and invented names; and what the rule leaves alone.
 */
import { describe, expect, it } from 'vitest';
import { openedPlaceName } from '../../../shared/tradecraft/place-structure.ts';
import { named } from '../../helpers/entities.ts';

describe('a name opened by a word for a town after a preposition of place', () => {
  it.each([
    ['es', 'La nueva cárcel de máxima seguridad en Santa Vopiba abrió el lunes.', 'Santa Vopiba'],
    ['es', 'El convoy salió ayer hacia Puerto Tamelo con los heridos.', 'Puerto Tamelo'],
    ['es', 'Las lluvias dejaron a cientos de familias sin casa en Nueva Ribadal.', 'Nueva Ribadal'],
    ['pt', 'As eleições de domingo em São Tijici foram calmas.', 'São Tijici'],
    ['pt', 'O navio seguiu para Vila Velumba com a carga.', 'Vila Velumba'],
    ['it', 'Il ministro ha mandato le navi a Borgo Lesidu per i trasferimenti.', 'Borgo Lesidu'],
    ['it', 'I migranti sono stati portati verso San Ribello nella notte.', 'San Ribello'],
    ['fr', 'Les dockers ont été arrêtés à Saint-Gravelot et à Port Drumel.', 'Port Drumel'],
    ['fr', 'Le ministre s’est rendu à Sainte Orlane pour rencontrer les maires.', 'Sainte Orlane'],
    ['de', 'Die Bundeswehr sicherte die Deiche in Bad Stipo am Wochenende.', 'Bad Stipo'],
    ['de', 'Der Zug fuhr weiter nach Sankt Warlen, sagte die Bahn.', 'Sankt Warlen'],
    ['nl', 'De veerboot vaart elke dag naar Nieuw Dorvaal en terug.', 'Nieuw Dorvaal'],
  ])('%s: finds the place in “%s”', (lang, text, place) => {
    expect(named(text, lang)).toContainEqual(['place', place]);
  });

  it.each([
    ['es', ['Santa', 'Vopiba'], 'en', true, 'a town after "en"'],
    ['es', ['Santa', 'Vopiba'], 'con', false, 'no preposition of place'],
    ['es', ['Santa', 'Vopiba', 'Grande', 'Norte'], 'en', false, 'a run of four words is more than a town'],
    ['es', ['Santa', 'vopiba'], 'en', false, 'a lower-case word after the opener'],
    ['it', ['San', 'Ribello'], 'a', true, 'Italian "a"'],
    ['de', ['Bad', 'Stipo'], 'in', true, 'German "in", which the general list leaves out'],
    ['de', ['Neu', 'Tarmel'], 'bei', false, '"bei" is where one works, not where one is'],
    ['pt', ['Vila', 'Velumba'], 'para', true, 'Portuguese "para"'],
    ['en', ['Santa', 'Vopiba'], 'in', false, 'English openers are read by englishPlaceByStructure'],
  ])('%s %j after “%s” → %s (%s)', (lang, words, before, expected, _why) => {
    expect(openedPlaceName(words, before, lang)).toBe(expected);
  });
});
