/**
 * A body named for its members keeps them in its name: associations, unions
 * and leagues of fishermen, exporters or port agents are read whole, however
 * the language writes the members: in the genitive plural after a lower-case
 * head ("Тарвенская ассоциация морских портов"), by a Turkish plural head
 * ("İhracatçı Birlikleri"), by a German adjective in the genitive plural after
 * the head ("Verband Tarvelscher Fischzüchter"), or joined by "of", "de", "van".
 * The same words after a head that are no members (a quantifier, a time, a
 * country's banks) leave the name as it was. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { named } from '../../helpers/entities.ts';

const organizations = (text: string, lang: string) => named(text, lang).filter(([kind]) => kind === 'organization');

describe('a body named for its members keeps them', () => {
  it.each([
    ['ru', 'Об этом сообщила Северная ассоциация речных перевозчиков.', [['organization', 'Северная ассоциация речных перевозчиков']]],
    ['ru', 'Представители Тарвенской ассоциации морских портов заявили о потерях.', [['organization', 'Тарвенская ассоциация морских портов']]],
    ['ru', 'Против выступил Российский союз промышленников.', [['organization', 'Российский союз промышленников']]],
    ['uk', 'Про це повідомила Тарвенська асоціація морських агентів.', [['organization', 'Тарвенська асоціація морських агентів']]],
    ['uk', 'Заяву зробив Всеукраїнський союз зернових трейдерів.', [['organization', 'Всеукраїнський союз зернових трейдерів']]],
    ['tr', 'Karadeniz İhracatçı Birlikleri fiyatı eleştirdi.', [['organization', 'Karadeniz İhracatçı Birlikleri']]],
    ['tr', 'Tarvel Tarım Kredi Kooperatifleri dün bir açıklama yaptı.', [['organization', 'Tarvel Tarım Kredi Kooperatifleri']]],
    ['de', 'Der Verband Tarvelscher Fischzüchter warnte vor dem Verbot.', [['organization', 'Verband Tarvelscher Fischzüchter']]],
    ['de', 'Das sagte ein Sprecher des Bundes Norddeutscher Imker.', [['organization', 'Bund Norddeutscher Imker']]],
    // Languages that join the members with a preposition, or capitalize them, already read them whole.
    ['pl', 'Według Związku Hodowców Pszczół to za mało.', [['organization', 'Związek Hodowców Pszczół']]],
    ['en', 'A statement came from the Association of Harbour Pilots on Friday.', [['organization', 'Association of Harbour Pilots']]],
    ['fr', 'Selon l’Union des armateurs fluviaux, la saison est perdue.', [['organization', 'Union des armateurs fluviaux']]],
    ['es', 'Según la Asociación de Pescadores Artesanales, la veda sigue.', [['organization', 'Asociación de Pescadores Artesanales']]],
    ['pt', 'Segundo a Associação dos Pescadores Artesanais, a pesca parou.', [['organization', 'Associação dos Pescadores Artesanais']]],
    ['it', 'Secondo l’Associazione Nazionale Coltivatori Diretti la crisi continua.', [['organization', 'Associazione Nazionale Coltivatori Diretti']]],
    ['nl', 'Volgens de Vereniging van Binnenvaartschippers is dat onhaalbaar.', [['organization', 'Vereniging van Binnenvaartschippers']]],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(organizations(text, lang)).toEqual(expected);
  });
});

describe('words after a head that are no members leave the name as it was', () => {
  it.each([
    // A quantifier or a time in the genitive plural is no member.
    ['ru', 'Тарвенская ассоциация многих лет не собиралась.', [['organization', 'Тарвенская ассоциация']]],
    ['uk', 'Тарвенська асоціація останніх років не збиралася.', [['organization', 'Тарвенська асоціація']]],
    // A Ukrainian verb in the past ends like a Russian plural genitive: "надійшов".
    ['uk', 'Звіт Тарвенської асоціації надійшов у вівторок.', [['organization', 'Тарвенська асоціація']]],
    // A Turkish plural that heads no body: "ülkeleri" are the Union's countries.
    ['tr', 'Avrupa Birliği ülkeleri anlaştı.', [['organization', 'Avrupa Birliği']]],
    // A German kind before a name whose adjective is no genitive plural stays outside it.
    ['de', 'Der Konzern Tarvelsche Bank meldete Verluste.', [['organization', 'Tarvelsche Bank']]],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(organizations(text, lang)).toEqual(expected);
  });
});
