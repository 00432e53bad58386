/**
 * A lower-case word for a river, a lake, a bay or a mountain written before a
 * capitalized name makes the name a place's, named without the word; Slavic
 * names of a feminine landform agree with it in case and are put back in the
 * nominative ("на реке Тарве" is Тарва). English writes its "Mount" as part of
 * the name. Invented names throughout.
 */
import { describe, expect, it } from 'vitest';
import { named } from '../../helpers/entities.ts';

describe('a lower-case landform noun before a name', () => {
  it.each([
    ['ru', 'Паводок на реке Тарве отрезал дорогу.', [['place', 'Тарва']]],
    ['ru', 'Мост через реку Тарву закрыли в субботу.', [['place', 'Тарва']]],
    ['ru', 'У берегов реки Тарвы нашли нефтяное пятно.', [['place', 'Тарва']]],
    ['ru', 'Лёд сковал устье реки Дровак.', [['place', 'Дровак']]],
    ['ru', 'Спасатели нашли лодку в бухте Корвик.', [['place', 'Корвик']]],
    ['uk', 'Повінь на річці Тарві відрізала дорогу.', [['place', 'Тарва']]],
    ['uk', 'Міст через річку Тарву закрили в суботу.', [['place', 'Тарва']]],
    ['pl', 'Powódź na rzece Tarwie odcięła drogę.', [['place', 'Tarwa']]],
    ['pl', 'Most nad rzeką Tarwą zamknięto w sobotę.', [['place', 'Tarwa']]],
    ['pl', 'Rybacy wypłynęli na jezioro Drowak o świcie.', [['place', 'Drowak']]],
    ['nl', 'Het hoogwater in de rivier Tarvel sneed de weg af.', [['place', 'Tarvel']]],
    ['fr', 'La crue du fleuve Tarvel a coupé la route.', [['place', 'Tarvel']]],
    ['es', 'La crecida del río Tarvel cortó la carretera.', [['place', 'Tarvel']]],
    ['it', 'La piena del fiume Tarvel ha interrotto la strada.', [['place', 'Tarvel']]],
    ['pt', 'A cheia do rio Tarvel cortou a estrada.', [['place', 'Tarvel']]],
    ['id', 'Banjir di Sungai Tarvel memutus jalan.', [['place', 'Sungai Tarvel']]],
  ] as const)('%s “%s”', (lang, text, expected) => {
    expect(named(text, lang)).toEqual(expected);
  });

  it.each([
    ['en', 'Climbers left Mount Drovak before the storm.', [['place', 'Mount Drovak']]],
    ['en', 'The concentrate comes from the Mount Tarvel mine.', [['place', 'Mount Tarvel']]],
    ['en', 'Herders near Lake Varnu and Mount Drevik lost goats.', [['place', 'Lake Varnu'], ['place', 'Mount Drevik']]],
    ['en', 'The gateways to Mount Drovak and the Tarvel range reopened.', [['place', 'Mount Drovak']]],
  ] as const)('%s “%s”: the head is part of the name', (lang, text, expected) => {
    expect(named(text, lang)).toEqual(expected);
  });

  it.each([
    ['ru', 'Рыбаки вышли в Баренцевом море.', [['place', 'Баренцево море']]],
    ['ru', 'Квоты в Беринговом море сократили.', [['place', 'Берингово море']]],
    ['ru', 'Лёд у берегов Карского моря растаял.', [['place', 'Карское море']]],
  ] as const)('%s “%s”: a sea named by a possessive adjective', (lang, text, expected) => {
    expect(named(text, lang)).toEqual(expected);
  });
});
