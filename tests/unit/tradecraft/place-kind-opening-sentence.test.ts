/**
 * A word for a kind of place or for the people who live in one, opening a sentence
 * right before a name, is a common noun the sentence start capitalized, and the
 * name after it is a place's: "Жители Тарвеля жалуются", "Порти Тарвеля закрили",
 * "Mieszkańcy Tarwy protestują", "Вулкан Тарвел выбросил пепел". The word stays
 * outside the name, as it does inside a sentence ("жители Тарвеля"). The languages
 * that put "of" between the word and the name read it so already ("Habitantes de
 * Tarvel", "Abitanti di Tarvel"). An opening noun that is no kind of place ("Слова",
 * "Akcje") makes no place of the name after it. A name in another case is named by
 * its base form where its ending or the article tells it ("Мешканці Дровової" is
 * Дровова; "Mieszkańcy Tarwik" is Tarwiki beside "w Tarwikach"). Invented names
 * throughout.
 */
import { describe, expect, it } from 'vitest';
import { named } from '../../helpers/entities.ts';

describe('a word for a kind of place opening the sentence before a name', () => {
  it.each([
    ['ru', 'Жители Тарвеля жалуются на холод в домах.', 'Тарвел'],
    ['ru', 'Вулкан Тарвел выбросил столб пепла на восемь километров.', 'Тарвел'],
    ['ru', 'Порты Тарвела закрыты из-за шторма.', 'Тарвел'],
    ['uk', 'Мешканці Тарвеля скаржаться на холод у квартирах.', 'Тарвел'],
    ['uk', 'Порти Тарвеля стали важливим маршрутом експорту зерна.', 'Тарвел'],
    ['uk', 'Вулкан Тарвел прокинувся вперше за десять років.', 'Тарвел'],
    ['pl', 'Mieszkańcy Tarwy protestują przeciwko budowie drogi.', 'Tarw'],
    ['pl', 'Wulkan Tarwel wyrzucił chmurę popiołu.', 'Tarwel'],
    ['es', 'Habitantes de Tarvel protestaron frente al ayuntamiento.', 'Tarvel'],
    ['it', 'Abitanti di Tarvel hanno bloccato la strada statale.', 'Tarvel'],
    ['pt', 'Moradores de Tarvel protestaram contra a barragem.', 'Tarvel'],
    ['fr', 'Habitants de Tarvel et éleveurs ont manifesté samedi.', 'Tarvel'],
  ] as const)('%s “%s”: one place, %s, without the opening word', (lang, text, stem) => {
    const places = named(text, lang).filter(([kind]) => kind === 'place');
    expect(places).toHaveLength(1);
    // A name in the genitive may keep its ending: its base form is not the point here.
    expect(places[0]![1]!.startsWith(stem)).toBe(true);
  });

  it.each([
    ['uk', 'Мешканці Дровової скаржаться на холод.', [['place', 'Дровова']]],
    ['ru', 'Жители Дровой жалуются на холод.', [['place', 'Дровая']]],
    ['pl', 'Drony spadły w Tarwikach. Mieszkańcy Tarwik są przerażeni.', [['place', 'Tarwiki'], ['place', 'Tarwiki']]],
  ] as const)('%s “%s”: the name in its base form, read from its adjective ending or from its other case in the article', (lang, text, expected) => {
    expect(named(text, lang)).toEqual(expected);
  });

  it.each([
    ['ru', 'Вулкан Дровской выбросил пепел.'],
  ] as const)('%s “%s”: a landform named by an adjective is not put in another case', (lang, text) => {
    expect(named(text, lang).filter(([, name]) => name === 'Дровская')).toEqual([]);
  });

  it.each([
    ['ru', 'Слова Тарвеля подтвердил министр в четверг.'],
    ['pl', 'Akcje Tarwelu spadły o pięć procent.'],
    ['uk', 'Заяви Тарвеля прокоментував міністр.'],
  ] as const)('%s “%s”: the opening noun is no kind of place', (lang, text) => {
    expect(named(text, lang).filter(([kind]) => kind === 'place')).toEqual([]);
  });
});
