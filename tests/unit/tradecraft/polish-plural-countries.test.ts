/**
 * Countries Polish names in the plural ("Niemcy", "Chiny", "Włochy") change
 * their stem in other cases ("z Niemiec", "w Niemczech", "do Chin"), which no
 * ending rule puts back: each case is read as its country in the nominative.
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { named } from '../../helpers/entities.ts';

describe('a Polish plural country in another case', () => {
  it.each([
    ['Spółka sprowadza części z Niemiec od lat.', 'Niemcy'],
    ['Ceny prądu w Niemczech znów wzrosły.', 'Niemcy'],
    ['Huta sprzedaje Chinom coraz więcej miedzi.', 'Chiny'],
    ['Delegacja rozmawiała w Chinach o nowych umowach.', 'Chiny'],
    ['Turyści wracają we Włoszech do hoteli nad morzem.', 'Włochy'],
    ['Rolnicy na Węgrzech protestują od tygodnia.', 'Węgry'],
    ['Firma otworzyła nową fabrykę w Czechach.', 'Czechy'],
    ['Ambasador ze Stanów Zjednoczonych spotkał się z ministrem.', 'Stany Zjednoczone'],
  ])('finds the country in “%s”', (text, country) => {
    expect(named(text, 'pl')).toContainEqual(['place', country]);
  });
});
