/**
 * Organizations by the mechanisms of the eighth round, made general on the
 * invented-names probe and unseen-10's errors: invented sentences with names
 * that appear in no gold set or list, in the languages each mechanism serves,
 * with the readings it must not make beside them.
 */
import { describe, expect, it } from 'vitest';
import { unknownSeatClosesBody } from '../../../shared/tradecraft/organization-seat.ts';
import { named } from '../../helpers/entities.ts';

const organizations = (text: string, lang: string) => named(text, lang).filter(([kind]) => kind === 'organization');

describe('a body’s name in lower-case words closes with the town it serves, though no list knows the town', () => {
  it.each([
    ['fr', 'La Société de gestion du terminal de Kerbiac exploite le quai.', [['organization', 'Société de gestion du terminal de Kerbiac']]],
    ['es', 'La Autoridad portuaria de Valmera suspendió las operaciones.', [['organization', 'Autoridad portuaria de Valmera']]],
    ['pt', 'O Tribunal regional de Cabrelo rejeitou o recurso.', [['organization', 'Tribunal regional de Cabrelo']]],
    ['ru', 'Министерство энергетики Тарвении опровергло слухи.', [['organization', 'Министерство энергетики Тарвении']]],
    ['uk', 'Міністерство оборони Тарвенії повідомило про атаку.', [['organization', 'Міністерство оборони Тарвенії']]],
    // A person after the name is not its seat: a full name, a party's leader.
    ['fr', 'Le Syndicat des dockers de Pierre Valcourt menace de faire grève.', [['organization', 'Syndicat des dockers']]],
    ['fr', 'Le Parti socialiste de Valcourt a perdu la ville.', [['organization', 'Parti socialiste']]],
    // Nor is a word that opens another known name, nor an abbreviation before a name in quotes.
    ['fr', 'Le Conseil de sécurité des Nations unies se réunira demain.', [['organization', 'Conseil de sécurité'], ['organization', 'Nations unies']]],
    ['ru', 'Корпорация РКК «Варна» сократила сотрудников.', [['organization', 'РКК Варна']]],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(organizations(text, lang)).toEqual(expected);
  });

  it.each([
    [['syndicat', 'des', 'dockers'], 'Varnelle', ' menace', true],
    [['министерство', 'энергетики'], 'Тарвении', ' опровергло', true],
    [['parti', 'socialiste'], 'Valcourt', ' a perdu', false],
    [['правительство'], 'Тарвенова', ' ушло', false],
    [['syndicat', 'des', 'dockers'], 'Pierre', ' Valcourt', false],
    [['корпорация'], 'РКК', ' «Варна»', false],
  ] as const)('after %j, “%s” followed by “%s” is the seat: %s', (headWords, closing, after, expected) => {
    expect(unknownSeatClosesBody(headWords, closing, after)).toBe(expected);
  });
});

describe('unions, companies and offices of the state head a name in French and Italian', () => {
  it.each([
    ['fr', 'Le Syndicat des dockers de Varnelle menace de faire grève.', [['organization', 'Syndicat des dockers de Varnelle']]],
    ['fr', 'La Compagnie fluviale du Rhône a suspendu ses liaisons.', [['organization', 'Compagnie fluviale du Rhône']]],
    ['it', 'La Prefettura di Morsello ha disposto due traghetti.', [['organization', 'Prefettura di Morsello']]],
    ['it', 'La Questura di Velanto ha fermato tre uomini.', [['organization', 'Questura di Velanto']]],
    ['it', "L'Azienda sanitaria di Morsello ha chiuso il reparto.", [['organization', 'Azienda sanitaria di Morsello']]],
    // The same words in lower case are a kind of body, not a name.
    ['fr', 'Un syndicat des dockers menace de faire grève.', []],
    ['it', 'La questura ha fermato tre uomini.', []],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(organizations(text, lang)).toEqual(expected);
  });
});

describe('an organization is a body’s head: in Russian and Ukrainian after its adjectives and before its field, in Polish before its name', () => {
  it.each([
    ['ru', 'По данным Всемирной организации здравоохранения, вспышка стихает.', [['organization', 'Всемирная организация здравоохранения']]],
    ['ru', 'Доклад Тарвенской избирательной комиссии вышел вчера.', [['organization', 'Тарвенская избирательная комиссия']]],
    ['ru', 'Вчера Велсинская организация морской безопасности подала иск.', [['organization', 'Велсинская организация морской безопасности']]],
    ['uk', 'За даними Всесвітньої метеорологічної організації, рік був найтеплішим.', [['organization', 'Всесвітня метеорологічна організація']]],
    ['uk', 'Звіт Тарвенської організації морської безпеки вийшов учора.', [['organization', 'Тарвенська організація морської безпеки']]],
    ['pl', 'Według Organizacji Rybaków Bałtyckich połowy spadły.', [['organization', 'Organizacja Rybaków Bałtyckich']]],
    // An adjective and a head before a name are the name's kind, not a name.
    ['uk', 'Громадська організація Тарвенський центр закликала оприлюднити звіт.', [['organization', 'Тарвенський центр']]],
    // A body in another case before a person is the person's: the name after it is its holder, not its kind's name.
    ['ru', 'Эксперт Велсинского института Тамаз Орбелян считает, что спор затянется.', [['organization', 'Велсинский институт']]],
    ['uk', 'Аналітик Тарвенського центру Остап Дзюба вважає, що ціни зростуть.', [['organization', 'Тарвенський центр']]],
    // An adjective opening the sentence is a common word; so is a body in lower case.
    ['ru', 'Новая организация появилась в городе.', []],
    ['ru', 'Представители организации не ответили.', []],
    ['uk', 'Нова організація з’явилася в місті.', []],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(organizations(text, lang)).toEqual(expected);
  });
});
