/**
 * Someone named by their trade and where they are from, before their name,
 * as Polish, Russian and Ukrainian write it: "Rolnik z Podlasia Czobu
 * Czerózyw", "Фермер из Кубани Мышос Кролыдык", "Фермер з Бессарабії Чусіл
 * Лисес". The name after the place is a person's, on invented names no list
 * holds, and the place, known or not, is no word of it. A trade with its
 * holder right after "z" ("with") names that holder as before.
 */
import { describe, expect, it } from 'vitest';
import { peopleNamed as people } from '../../helpers/entities.ts';

describe('a trade from a place before a name', () => {
  it.each([
    ['pl', 'Rolnik z Podlasia Czobu Czerózyw sprzedał zboże poniżej kosztów.', 'Czobu Czerózyw'],
    ['pl', 'Hodowca z Wetlin Dobrosz Kelniak stracił w tym roku trzy owce.', 'Dobrosz Kelniak'],
    ['ru', 'Фермер из Кубани Мышос Кролыдык продал зерно дешевле.', 'Мышос Кролыдык'],
    ['ru', 'Рыбак из Велмарска Гордей Пелтузов вышел в море на рассвете.', 'Гордей Пелтузов'],
    ['uk', 'Фермер з Бессарабії Чусіл Лисес каже, що ціни ростуть.', 'Чусіл Лисес'],
    ['uk', 'Вчителька із Велмарки Оксана Пелюшко розповіла про школу.', 'Оксана Пелюшко'],
  ] as const)('in %s: “%s”', (lang, text, name) => {
    expect(people(text, lang)).toEqual([name]);
  });
});
