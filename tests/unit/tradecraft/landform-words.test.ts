/**
 * Landforms, waters and regions named by the word for their kind, on invented
 * sentences and invented names: a capitalized word for a first-level region
 * after an English name ("Zharkiv Oblast"), a lower-case French word for a
 * water before one ("la mer de Varlen": the word stays outside the name), and
 * German waters, glaciers and ranges written as one word ("im Orvanusee").
 */
import { describe, expect, it } from 'vitest';
import { germanLandformCompound } from '../../../shared/tradecraft/place-structure.ts';
import { named } from '../../helpers/entities.ts';

describe('a word for a kind of region, water or landform with a name', () => {
  it.each([
    ['en', 'Troops entered Zharkiv Oblast overnight, the ministry said.', 'Zharkiv Oblast'],
    ['en', 'Shelling was reported across Tarvenko Krai on Monday.', 'Tarvenko Krai'],
    ['en', 'Floods cut roads in the Veldara Governorate last week.', 'Veldara Governorate'],
    ['en', 'The plant is in Dovrana Prefecture, officials said.', 'Dovrana Prefecture'],
    ['fr', 'Un cargo a coulé dans la mer de Varlen jeudi.', 'Varlen'],
    ['fr', 'Les pêcheurs de l’océan Tarvique protestent.', 'Tarvique'],
    ['fr', 'Les garde-côtes surveillent le détroit de Morvesh.', 'Morvesh'],
    ['de', 'Das Boot sank am Sonntag im Orvanusee.', 'Orvanusee'],
    ['de', 'Der Tarmelgletscher hat im Sommer viel Eis verloren, sagen Forscher.', 'Tarmelgletscher'],
    ['de', 'Die Fähren auf dem Veldameer fahren wieder.', 'Veldameer'],
  ])('%s: finds the place in “%s”', (lang, text, place) => {
    expect(named(text, lang)).toContainEqual(['place', place]);
  });

  it.each([
    ['Orvanusee', true, 'a lake'],
    ['Tarmelgletscher', true, 'a glacier'],
    ['Drovagebirge', true, 'a range'],
    ['Veldameer', true, 'a sea'],
    ['Übersee', false, 'overseas, a common noun'],
    ['Lichtermeer', false, 'a sea of lights, a common noun'],
    ['Häusermeer', false, 'a sea of houses, a common noun'],
    ['Stausee', false, 'a reservoir, a common noun'],
    ['Mittelgebirge', false, 'low mountains, a common noun'],
    ['See', false, 'the word alone'],
    ['orvanusee', false, 'not capitalized'],
  ])('German %s is a landform’s name: %s (%s)', (word, expected, _why) => {
    expect(germanLandformCompound(word)).toBe(expected);
  });
});
