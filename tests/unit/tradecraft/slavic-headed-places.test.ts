/**
 * Russian and Ukrainian places named by a capitalized adjective and a
 * lower-case head for a landform or a water, in any case, put in the
 * nominative with the head's gender, and Polish ones named head first:
 * invented names, and the look-alikes that are no such place (an adjective in
 * lower case, a body's head).
 */
import { describe, expect, it } from 'vitest';
import { named } from '../../helpers/entities.ts';

describe('an adjective and a lower-case head for a landform or a water', () => {
  it.each([
    ['ru', 'Засуха ударила по Вартымской долине.', [['place', 'Вартымская долина']]],
    ['ru', 'Уровень Сорбулского водохранилища упал.', [['place', 'Сорбулское водохранилище']]],
    ['ru', 'Рыбаки вышли на Кемирское озеро.', [['place', 'Кемирское озеро']]],
    ['ru', 'Пастбища Тарымского нагорья пустеют.', [['place', 'Тарымское нагорье']]],
    ['uk', 'Рівень Дарчинського водосховища впав.', [['place', 'Дарчинське водосховище']]],
    ['uk', 'Туристи їдуть до Гарвельської долини.', [['place', 'Гарвельська долина']]],
    ['uk', 'Дарчинське водосховище обміліло.', [['place', 'Дарчинське водосховище']]],
  ] as const)('%s “%s”', (lang, text, expected) => {
    expect(named(text, lang)).toEqual(expected);
  });

  it.each([
    ['ru', 'Пастухи спустились в горную долину.', []],
    ['ru', 'Заявление Сорбулского комитета опубликовано.', [['organization', 'Сорбулский комитет']]],
  ] as const)('%s “%s” names no such place', (lang, text, expected) => {
    expect(named(text, lang)).toEqual(expected);
  });
});

describe('a Polish head first, its adjective after it in the locative or instrumental', () => {
  it.each([
    ['Ryby giną w Morzu Tarskim.', [['place', 'Morze Tarskie']]],
    ['Łowiska na Zalewie Kormańskim opustoszały.', [['place', 'Zalew Kormański']]],
    ['Łowiska przy Zatoce Kormańskiej opustoszały.', [['place', 'Zatoka Kormańska']]],
  ] as const)('“%s”', (text, expected) => {
    expect(named(text, 'pl')).toEqual(expected);
  });
});
