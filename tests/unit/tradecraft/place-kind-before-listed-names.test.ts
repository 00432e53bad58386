/**
 * A lower-case word for a kind of place — a river, a volcano, an island, a lake,
 * an oil or gas field, a glacier — written right before a capitalized name, in the
 * singular or in the plural before names listed with "and", makes each name a
 * place's, named without the word: "between the rivers Tarvel and Dromik",
 * "к вулканам Тарвел и Дровик", "uit de velden Tarvel en Dromik". German writes the
 * word capitalized, and it stays outside the name there too ("am Pass Tarvel").
 * What is not a kind of place before a name ("the rivals Tarvel and Dromik", a
 * television channel, a volcanologist) makes no place. Invented names throughout.
 */
import { describe, expect, it } from 'vitest';
import { named } from '../../helpers/entities.ts';

describe('a word for a kind of place before a name or a list of names', () => {
  it.each([
    ['en', 'The new road runs between the rivers Tarvel and Dromik.', [['place', 'Tarvel'], ['place', 'Dromik']]],
    ['en', 'Airlines rerouted flights around the volcanoes Tarvel and Dromik.', [['place', 'Tarvel'], ['place', 'Dromik']]],
    ['fr', 'Les volcans Tarvel et Dromik se sont réveillés la semaine dernière.', [['place', 'Tarvel'], ['place', 'Dromik']]],
    ['fr', 'La route longe les rivières Tarvel et Dromik jusqu’à la côte.', [['place', 'Tarvel'], ['place', 'Dromik']]],
    ['fr', 'Le forage a commencé sur le gisement Tarvel en mai.', [['place', 'Tarvel']]],
    ['es', 'La carretera cruza los ríos Tarvel y Dromik antes de llegar.', [['place', 'Tarvel'], ['place', 'Dromik']]],
    ['es', 'La producción del yacimiento Tarvel cayó un diez por ciento.', [['place', 'Tarvel']]],
    ['it', 'La strada attraversa i fiumi Tarvel e Dromik prima del confine.', [['place', 'Tarvel'], ['place', 'Dromik']]],
    ['it', 'Si sono risvegliati i vulcani Tarvel e Dromik dopo anni.', [['place', 'Tarvel'], ['place', 'Dromik']]],
    ['pt', 'A estrada passa entre os rios Tarvel e Dromik no norte.', [['place', 'Tarvel'], ['place', 'Dromik']]],
    ['pt', 'A erupção do vulcão Tarvel fechou o aeroporto.', [['place', 'Tarvel']]],
    ['nl', 'De eerste olie komt uit de velden Tarvel en Dromik in 2030.', [['place', 'Tarvel'], ['place', 'Dromik']]],
    ['nl', 'De uitbarsting van de vulkaan Tarvel legde het vliegverkeer stil.', [['place', 'Tarvel']]],
    ['pl', 'Wycieczki na wulkany Tarwel i Dromik odwołano w piątek.', [['place', 'Tarwel'], ['place', 'Dromik']]],
    ['pl', 'Wydobycie ze złoża Tarwel ruszy w przyszłym roku.', [['place', 'Tarwel']]],
    ['ru', 'Поездки к вулканам Тарвел и Дровик отменили из-за пепла.', [['place', 'Тарвел'], ['place', 'Дровик']]],
    ['ru', 'Добыча на месторождениях Тарвел и Дровик выросла.', [['place', 'Тарвел'], ['place', 'Дровик']]],
    ['uk', 'Екскурсії до вулканів Тарвел і Дровик скасували через попіл.', [['place', 'Тарвел'], ['place', 'Дровик']]],
    ['uk', 'Видобуток на родовищі Тарвел зріс на третину.', [['place', 'Тарвел']]],
    ['de', 'Die Strecke soll bis zur Grenze am Pass Tarvel führen.', [['place', 'Tarvel']]],
    ['de', 'Ausflüge zu den Vulkanen Tarvel und Dromik wurden abgesagt.', [['place', 'Tarvel'], ['place', 'Dromik']]],
  ] as const)('%s “%s”', (lang, text, expected) => {
    expect(named(text, lang)).toEqual(expected);
  });

  it.each([
    ['en', 'The rivals Tarvel and Dromik both raised prices.'],
    ['es', 'La entrevista se emitió en el canal Televeritas anoche.'],
    ['pt', 'A reportagem foi ao ar no canal Televeritas ontem.'],
    ['it', 'La vulcanologa Tarvel ha parlato ai giornalisti.'],
    ['ru', 'Об этом сообщил телеканал Тарвел.'],
  ] as const)('%s “%s”: no kind of place before the name', (lang, text) => {
    expect(named(text, lang).filter(([kind]) => kind === 'place')).toEqual([]);
  });
});
