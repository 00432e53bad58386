/**
 * Ukrainian, like Russian and Polish, names a place after "на" (on, onto, to) and
 * "через" (through, via): "атака дронів на Тарвель", "зерно йде через Тарвель",
 * as Russian "атака на Тарвель" and Polish "ataku na Tarwel" read. A person named in full before is
 * still that person after "на" ("тиск на Петренка"), and a source cited after
 * "посилаючись на" stays no place. A feminine name is given in its nominative
 * ("через Тарву" is Тарва, "на Дровині" Дровина), and an adjective before a
 * lower-case word for a landform is no place alone ("через Тарвельський канал").
 * Invented names throughout.
 */
import { describe, expect, it } from 'vitest';
import { named } from '../../helpers/entities.ts';

describe('a place after "на" and "через"', () => {
  it.each([
    ['uk', 'Страховики підняли ставки після нічної атаки дронів на Тарвель.', [['place', 'Тарвель']]],
    ['uk', 'Експорт зерна йде через Тарвель і Дровик.', [['place', 'Тарвель'], ['place', 'Дровик']]],
    ['ru', 'Страховщики подняли ставки после ночной атаки дронов на Тарвель.', [['place', 'Тарвель']]],
    ['ru', 'Экспорт зерна идёт через Тарвель.', [['place', 'Тарвель']]],
    ['pl', 'Po nocnym ataku na Tarwel ubezpieczyciele podnieśli stawki.', [['place', 'Tarwel']]],
  ] as const)('%s “%s”', (lang, text, expected) => {
    expect(named(text, lang)).toEqual(expected);
  });

  it.each([
    ['uk', 'Вантажівки спрямують через Тарву до кордону.', [['place', 'Тарва']]],
    ['uk', 'Нова дорога веде на Дровину з півдня.', [['place', 'Дровина']]],
    ['uk', 'На Дровині зафіксували нові випадки.', [['place', 'Дровина']]],
  ] as const)('%s “%s”: a feminine name in the accusative or the locative, in its nominative', (lang, text, expected) => {
    expect(named(text, lang)).toEqual(expected);
  });

  it.each([
    ['uk', 'Зерно везуть через Тарвельський канал до моря.'],
    ['uk', 'Президент Іван Петренко заявив про реформу. Тиск на Петренка зростає.'],
    ['uk', 'Посилаючись на Тарвела, газета написала про нові тарифи.'],
  ] as const)('%s “%s”: no place after "на"', (lang, text) => {
    expect(named(text, lang).filter(([kind]) => kind === 'place')).toEqual([]);
  });
});
