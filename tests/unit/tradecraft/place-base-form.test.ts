/**
 * The base form of a Slavic place's name written in another case
 * (shared/tradecraft/place-base-form.ts), on invented names: the readings of
 * each ending, their Latin spellings for a gazetteer, the reading a gazetteer
 * or the article confirms, and the endings no nominative has, which stand
 * unconfirmed, beside those a nominative has (feminine "-а", plurals), which
 * do not.
 */
import { describe, expect, it } from 'vitest';
import { confirmedPlaceBase, latinSpellings, placeBaseCandidates, type PlaceEvidence, type SlavicLanguage } from '../../../shared/tradecraft/place-base-form.ts';
import { named } from '../../helpers/entities.ts';

describe('the readings of a case ending', () => {
  it.each<[SlavicLanguage, string, string[]]>([
    ['ru', 'Дровале', ['Дровал', 'Дровала', 'Дроваль', 'Дровало', 'Дроваля']],
    ['ru', 'Брезии', ['Брезия']],
    ['ru', 'Ольминской', ['Ольминская']],
    ['ru', 'Тамарку', ['Тамарка', 'Тамарк']],
    ['uk', 'Гровополі', ['Гровополь', 'Гровопіль']],
    ['uk', 'Дарові', ['Дарів', 'Даров', 'Дарова', 'Дарівь', 'Даровь', 'Дарово', 'Даровя']],
    ['uk', 'Лемежинці', ['Лемежинець']],
    ['uk', 'Куршок', ['Куршки']],
    ['pl', 'Dorgacie', ['Dorgat', 'Dorgata']],
    ['pl', 'Welbie', ['Welb', 'Welba', 'Welbo']],
    ['pl', 'Kostaście', ['Kostaść', 'Kostasta']],
    ['pl', 'Tirazji', ['Tirazja']],
  ])('%s “%s” may be %j', (language, written, readings) => {
    expect(placeBaseCandidates(written, language)).toEqual(readings);
  });

  it.each<[SlavicLanguage, string]>([
    ['ru', 'Брен'],
    ['uk', 'Крат'],
    ['pl', 'Mirów'],
    ['pl', 'Hucie'],
  ])('%s “%s” has no case ending to read, or too short a stem before it', (language, written) => {
    expect(placeBaseCandidates(written, language)).toEqual([]);
  });
});

describe('a Cyrillic name in Latin letters', () => {
  it.each([
    ['Сортавела', ['Sortavela']],
    ['Путівла', ['Putivla']],
    ['Гирима', ['Girima', 'Hyryma']],
    ['Жёлтинск', ['Zheltinsk', 'Zheltynsk']],
    ['Velbor', ['Velbor']],
  ])('“%s” is spelt %j', (name, spellings) => {
    expect(latinSpellings(name)).toEqual(spellings);
  });
});

/** A gazetteer holding `places` (any script) and an article writing `words`. */
function evidence(places: readonly string[], words: readonly string[] = []): PlaceEvidence {
  return { inGazetteer: (name) => places.includes(name), inArticle: (name) => words.includes(name) };
}

describe('the reading a gazetteer or the article confirms', () => {
  it.each<[string, SlavicLanguage, string, string, PlaceEvidence, string]>([
    ['a feminine town the gazetteer knows', 'ru', 'Дровале', 'Дровал', evidence(['Дровала']), 'Дровала'],
    ['a masculine town the gazetteer knows', 'ru', 'Дровале', 'Дровал', evidence(['Дровал', 'Дровала']), 'Дровал'],
    ['the soft sign Latin letters do not show', 'uk', 'Гровополі', 'Гровопол', evidence(['Гровопол', 'Гровополь']), 'Гровополь'],
    ['the article naming it in another form', 'pl', 'Dorgacie', 'Dorgacie', evidence([], ['Dorgata']), 'Dorgata'],
    ['the gazetteer before the article, whose form may be a case too', 'ru', 'Брелану', 'Брелан', evidence(['Брелан'], ['Брелана']), 'Брелан'],
    ['the nominative as written, which the gazetteer knows', 'ru', 'Тамара', 'Тамар', evidence(['Тамара', 'Тамар']), 'Тамар'],
    ['nothing known: the rules’ reading stands', 'ru', 'Дровале', 'Дровал', evidence([]), 'Дровал'],
    ['an ending no nominative has, unconfirmed', 'ru', 'Брезии', 'Брезии', evidence([]), 'Брезия'],
    ['an instrumental, unconfirmed', 'ru', 'Кохыром', 'Кохыром', evidence([]), 'Кохыр'],
    ['a Polish locative, unconfirmed', 'pl', 'Dorgacie', 'Dorgacie', evidence([]), 'Dorgat'],
    ['a Ukrainian locative, unconfirmed', 'uk', 'Вараші', 'Вараші', evidence([]), 'Вараш'],
    ['an ending a feminine nominative has, unconfirmed', 'ru', 'Шамилькала', 'Шамилькала', evidence([]), 'Шамилькала'],
    ['a plural nominative, unconfirmed', 'pl', 'Chłopice', 'Chłopice', evidence([]), 'Chłopice'],
    ['a Polish district named by a preposition and a noun, unconfirmed', 'pl', 'Zagrodzie', 'Zagrodzie', evidence([]), 'Zagrodzie'],
    ['a nominative in "-у", unconfirmed', 'ru', 'Иоэнсуу', 'Иоэнсуу', evidence([]), 'Иоэнсуу'],
  ])('%s', (_why, language, written, current, known, base) => {
    expect(confirmedPlaceBase(written, current, language, known)).toBe(base);
  });
});

describe('the entity index names a Slavic place by its confirmed base', () => {
  it.each([
    ['ru', 'Учения прошли в Брезии, сообщили власти.', 'Брезия'],
    ['uk', 'Обстріли знову зачепили Нікополь. Уночі у Нікополі загорівся склад.', 'Нікополь'],
    ['ru', 'Туристы едут в Сортавалу. Гостиницы в Сортавале переполнены.', 'Сортавала'],
  ])('%s “%s” names %s', (language, text, place) => {
    const places = named(text, language).filter(([kind]) => kind === 'place');
    expect(places.length).toBeGreaterThan(0);
    expect(places.every(([, name]) => name === place)).toBe(true);
  });
});
