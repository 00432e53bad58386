/**
 * A title, the land or body it is held in (in the genitive, of one word or
 * more), then the holder, in the languages that write it so (Russian,
 * Ukrainian, Polish): "Глава Норвалии Гордей Николаев", "Глава Республики
 * Тувалан Аржемир Кудаков", "Rzeczniczka Urzędu Morskiego i Portów Wiesława
 * Trąbnicka-Kos". The holder is a person of their own, though the surname (or
 * half of a double one) is also a town's or a land's name, the body's name
 * holds "i"; the land or body is no part of the person. (Not yet read: a
 * Cyrillic particle inside the holder's name, "Ян ван дер Бейл", and a title
 * with its land alone, "Глава Норвалии потребовал", read as a person.)
 */
import { describe, expect, it } from 'vitest';
import { peopleNamed as people } from '../../helpers/entities.ts';

describe('a holder after the land or body of a title', () => {
  it.each([
    ['ru', 'Глава Норвалии Гордей Николаев потребовал компенсации.', 'Гордей Николаев'],
    ['ru', 'Глава Республики Тувалан Аржемир Кудаков потребовал компенсации.', 'Аржемир Кудаков'],
    ['ru', 'Мэр Озерков Гордей Пелтузов заявил, что дорога закрыта.', 'Гордей Пелтузов'],
    ['uk', 'Голова Республіки Тувалан Остап Дзюбенчук заявив, що дорогу закрито.', 'Остап Дзюбенчук'],
    ['pl', 'Rzeczniczka Urzędu Morskiego i Portów Wiesława Trąbnicka-Kos dodała, że port jest zamknięty.', 'Wiesława Trąbnicka-Kos'],
    ['pl', 'Burmistrz Wólki Dobrosz Kelniak powiedział, że most jest zamknięty.', 'Dobrosz Kelniak'],
    // A double surname whose second half is a place's name in another case ("Mazur", of Mazury).
    ['pl', 'Dodała to rzeczniczka Ministerstwa Rolnictwa Wiesława Trąbnicka-Mazur.', 'Wiesława Trąbnicka-Mazur'],
  ] as const)('in %s: “%s”', (lang, text, name) => {
    expect(people(text, lang)).toEqual([name]);
  });

  it.each([
    ['ru', 'Жители Николаева потребовали компенсации.'],
    ['pl', 'Rzeczniczka Urzędu Morskiego i Portów dodała, że port jest zamknięty.'],
  ] as const)('in %s names no one: “%s”', (lang, text) => {
    expect(people(text, lang)).toEqual([]);
  });
});
