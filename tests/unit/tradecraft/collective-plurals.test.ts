/**
 * A plural noun for a group of people opening a sentence, with the place or
 * person it belongs to in the genitive ("Mieszkańcy Gagauzji", "Сослуживцы
 * Назарова", "Мешканці Херсона"): a capitalized pair that is no one's name.
 * Nor is the genitive written alone later. A name beside it is still read.
 */
import { describe, expect, it } from 'vitest';
import { peopleNamed } from '../../helpers/entities.ts';

describe('a plural for a group and its genitive', () => {
  it.each([
    ['pl', 'Mieszkańcy Gagauzji są podzieleni. Telewizję ogląda każdy.', []],
    ['pl', 'Obrońcy Wyszogrodu protestowali przed sądem.', []],
    ['ru', 'Сослуживцы Назарова отказались от комментариев.', []],
    ['ru', 'Жители Хорога вышли на площадь.', []],
    ['uk', 'Мешканці Херсона залишаються без світла.', []],
    ['uk', 'Учасники Форуму підписали звернення.', []],
    // The genitive written alone later is not that "person" either.
    ['pl', 'Mieszkańcy Gagauzji są podzieleni. Wybory szefa autonomicznej Gagauzji unieważniono w marcu.', []],
    ['pl', 'Mieszkańcy Gagauzji są podzieleni – mówi Dobrosz Kelniak, nauczyciel.', ['Dobrosz Kelniak']],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(peopleNamed(text, lang)).toEqual(expected);
  });
});
