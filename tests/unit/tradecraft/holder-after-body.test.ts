/**
 * A role, the body it is held in, then its holder with no comma between
 * ("Експерт Центру Разумкова Непор Хіброгун", "Rzeczniczka Straży Granicznej
 * Łysze Nozy", "el juez de la Audiencia Nacional X"): the body's name stops
 * before the holder's, who is a person though no list knows the name. With
 * no role before the body, or a tail that is the body's own words, the body
 * stays whole.
 */
import { describe, expect, it } from 'vitest';
import { named, peopleNamed } from '../../helpers/entities.ts';

const kindOf = (text: string, lang: string, name: string) => named(text, lang).find(([, written]) => written === name)?.[0];

describe('the holder named after a role and its body', () => {
  it.each([
    ['uk', 'Аналітик Центру Разумкова Непор Хіброгун вважає, що удари спрямовані проти торгівлі.', 'Непор Хіброгун'],
    ['ru', 'Эксперт Института Дальнего Востока Хышан Крифан считает, что задержание связано с санкциями.', 'Хышан Крифан'],
    ['pl', 'Rzeczniczka Straży Granicznej Łysze Nozy powiedziała, że do incydentu doszło nocą.', 'Łysze Nozy'],
    ['pl', 'Przewodnicząca Porozumienia Rezydentów Szazizę Bąwimin powiedziała, że lekarze są zmęczeni.', 'Szazizę Bąwimin'],
    ['es', 'La investigación, dirigida por el juez de la Audiencia Nacional Suco Vacar Chulon, sigue abierta.', 'Suco Vacar Chulon'],
  ] as const)('in %s: “%s”', (lang, text, name) => {
    expect(kindOf(text, lang, name)).toBe('person');
  });

  it.each([
    // No role before the body: its name is whole.
    ['pl', 'Wczoraj Centrum Badań Kosmicznych ogłosiło nowy program.', 'Badań Kosmicznych'],
    // A role before a body whose last words are its own, not a holder's.
    ['pl', 'Rzecznik Centrum Badań Kosmicznych powiedział, że start się opóźni.', 'Badań Kosmicznych'],
    // A body's own adjectives after its head, and a name that ends on a particle.
    ['es', 'Según el economista del Banco Central Europeo, la inflación bajará.', 'Central Europeo'],
    ['pt', 'O reitor da Universidade Federal de Minas Gerais pediu verbas.', 'Minas Gerais'],
    // A body whose last word goes on past an apostrophe.
    ['pt', "Para Lunda Serrão, economista da Universidade Nacional Timor Lorosa'e, o projeto é caro.", 'Timor Lorosa'],
  ] as const)('in %s names no one: “%s”', (lang, text, tail) => {
    expect(peopleNamed(text, lang).filter((name) => name.includes(tail))).toEqual([]);
  });
});
