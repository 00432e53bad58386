/**
 * A noun for someone's trade right before a full name no list knows
 * ("Landwirt Ottwin Brasnecker", "Melkveehouder Femmeke Droonsma", "Çiftçi
 * Kerimhan Sözbaşı", "المزارع ماجد الخوالدة"), in every language we read: the
 * trade is not part of the name and the name is a person's. The same trades
 * in the plural, or before a body's name, name no one.
 */
import { describe, expect, it } from 'vitest';
import { peopleNamed as people } from '../../helpers/entities.ts';

describe('a trade before a name', () => {
  it.each([
    ['en', 'Dairy farmer Wendrel Oskatt said the rules would ruin him.', 'Wendrel Oskatt'],
    ['fr', "L'éleveuse Aubrane Colmiet explique qu'elle paie déjà trop.", 'Aubrane Colmiet'],
    ['de', 'Landwirt Ottwin Brasnecker aus Velmarsdorf sagte, er zahle mehr.', 'Ottwin Brasnecker'],
    ['de', 'Milchbäuerin Hildrun Wettmoser klagt über die Preise.', 'Hildrun Wettmoser'],
    ['es', 'La ganadera Nerea Galvido vende la mitad del rebaño.', 'Nerea Galvido'],
    ['it', "L'agricoltore Lavinio Sartucce ha perso il raccolto.", 'Lavinio Sartucce'],
    ['pt', 'A pescadora Dulcineia Parovas conta que o rio secou.', 'Dulcineia Parovas'],
    ['nl', 'Melkveehouder Femmeke Droonsma uit Wiersdorp betaalt al veel.', 'Femmeke Droonsma'],
    ['nl', 'Akkerbouwer Wuibrecht Haalstoen zegt dat de regels te streng zijn.', 'Wuibrecht Haalstoen'],
    ['pl', 'Rolnik Dobrosz Kelniak z Wólki mówi, że zboże gnije.', 'Dobrosz Kelniak'],
    ['ru', 'Фермер Гордей Пелтузов из Озерков потребовал компенсации.', 'Гордей Пелтузов'],
    ['uk', 'Фермер Тарас Дзюбенчук з Вишнівки каже, що зерно гниє.', 'Тарас Дзюбенчук'],
    ['tr', 'Çiftçi Kerimhan Sözbaşı, suyun yetmediğini söyledi.', 'Kerimhan Sözbaşı'],
    ['tr', 'Balıkçı Orhunay Dizdarlı ağlarını boş çektiğini anlattı.', 'Orhunay Dizdarlı'],
    ['id', 'Petani Rahmat Sulistyo mengatakan sawahnya kering.', 'Rahmat Sulistyo'],
    ['id', 'Nelayan Dirga Wiratmaja pulang tanpa ikan.', 'Dirga Wiratmaja'],
    ['ar', 'وقال المزارع ماجد الخوالدة إن الآبار جفت.', 'ماجد الخوالدة'],
    ['he', 'החקלאי אבנר גולדשטוק אמר כי הבארות יבשו.', 'אבנר גולדשטוק'],
  ] as const)('in %s: “%s”', (lang, text, name) => {
    expect(people(text, lang)).toEqual([name]);
  });

  it.each([
    ['de', 'Landwirte und Fischer protestierten am Montag in Velmarsdorf.'],
    ['nl', 'Melkveehouders in Wiersdorp betalen al veel voor de afvoer.'],
    ['tr', 'Çiftçiler Birliği yeni kuralı eleştirdi.'],
    ['ar', 'وقال المزارعون إن الآبار جفت.'],
  ] as const)('in %s names no one: “%s”', (lang, text) => {
    expect(people(text, lang)).toEqual([]);
  });
});
