/**
 * Polish "z" is "from" before a name in the genitive and "with" before one in the
 * instrumental: "przypłynęły z Tarwy" names a place, "rozmawiał z Tarwą" no place.
 * The genitive of a feminine town ("z Tarwy", "z Łeby") and of a land in "-ia" ("z
 * Danii", "z Gagauzji") reads as a place as the masculine one did ("z Rzeszowa");
 * Ukrainian "з" and Russian "из" before the genitive read so already. A name the
 * gazetteer does not know keeps the case it is written in ("Tarwy"). Invented
 * names throughout, but for two real countries the gazetteer knows.
 */
import { describe, expect, it } from 'vitest';
import { named } from '../../helpers/entities.ts';

describe('a place after a preposition of "from" in the genitive', () => {
  it.each([
    ['pl', 'Statki przypłynęły z Tarwy w piątek.', 'Tarwy'],
    ['pl', 'Rybacy z Drowy skarżą się na utratę łowisk.', 'Drowy'],
    ['pl', 'Konstrukcje fundamentów przypłynęły z Danii.', 'Dania'],
    ['pl', 'Ciężarówki przyjechały ze Szwecji nocą.', 'Szwecja'],
    ['pl', 'Turyści z Tarwelii wrócili do domu.', 'Tarwelia'],
    ['uk', 'Фермер з Тарвелії каже, що ціни зросли.', 'Тарвелія'],
    ['ru', 'Рейсы из Тарвеля отменили.', 'Тарвеля'],
  ] as const)('%s “%s”', (lang, text, place) => {
    expect(named(text, lang)).toEqual([['place', place]]);
  });

  it.each([
    ['pl', 'Minister rozmawiał z Tarwą o planach.'],
    ['pl', 'Spotkał się wczoraj z Drowskim w Sejmie.'],
  ] as const)('%s “%s”: "with" before the instrumental names no place', (lang, text) => {
    expect(named(text, lang).filter(([kind]) => kind === 'place')).toEqual([]);
  });
});
