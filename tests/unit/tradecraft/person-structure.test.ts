/**
 * People told by the structure around a name, not by lists of names
 * (person-refinement.ts, person-cues.ts): a role word or the end of a
 * portfolio that opened the name, a hometown after it, a middle name left out,
 * a title's seat before its holder; a role, a verb of saying or an apposition
 * around a name no list knows. Invented names and sentences, several
 * languages, and the names each rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../shared/tradecraft/entities.ts';
import { isRoleWord } from '../../../shared/tradecraft/person-refinement.ts';

const people = (text: string, lang: string) => [...new Set(extractEntities(text, lang).filter((m) => m.kind === 'person').map((m) => m.name))];

describe('a word for a role or the end of a portfolio that opened the name', () => {
  it.each([
    ['nl', 'De Staten debatteren volgende maand. Statenlid Vorlen Tashby van de SGP wil meer geld.', 'Vorlen Tashby'],
    ['nl', 'Minister van Buitenlandse Zaken Trela Vossin zei dat het land blijft steunen.', 'Trela Vossin'],
    ['nl', 'Minister van Natuurlijke Hulpbronnen Trela Vossin zei dat de opbrengsten in een fonds komen.', 'Trela Vossin'],
    ['nl', 'Dat meldde het bedrijf. Staatsolie-directeur Trela Vossin zei dat de winning begint.', 'Trela Vossin'],
    ['en', 'The protests went on. Ombudswoman Trela Vossin said she had asked the ministry to explain.', 'Trela Vossin'],
    ['ru', 'Родители собирают подписи. Активист Бритол Чезус сказал порталу, что школ не хватает.', 'Бритол Чезус'],
  ] as const)('in %s is the role, not the name: “%s”', (lang, text, name) => {
    expect(people(text, lang)).toEqual([name]);
  });

  it('renames the surname written alone after it too', () => {
    const text = 'Minister van Buitenlandse Zaken Trela Vossin zei dat het land blijft steunen. Volgens Vossin is er geen gevaar.';
    expect(extractEntities(text, 'nl').filter((m) => m.kind === 'person').map((m) => [m.text, m.name])).toEqual([
      ['Trela Vossin', 'Trela Vossin'],
      ['Vossin', 'Trela Vossin'],
    ]);
  });

  it.each([
    // A given name opening the sentence is the name's.
    ['pl', 'Anna Maria Welczak powiedziała, że ceny spadną.', 'Anna Maria Welczak'],
    // A portfolio of one word after "van" was never part of the name.
    ['nl', 'Minister van Defensie Trela Vossin zei dat de oefening doorgaat.', 'Trela Vossin'],
  ] as const)('in %s leaves a name with no role in it whole: “%s”', (lang, text, name) => {
    expect(people(text, lang)).toEqual([name]);
  });
});

describe('a family name after a particle that cut the name short', () => {
  it.each([
    ['nl', 'Het plan is af. Woordvoerder Wuiboert van der Ruipat zei dinsdag dat de dijk veilig is.', 'Wuiboert van der Ruipat'],
    ['pt', 'O ministro do Petróleo e Recursos Minerais, Abílio da Costa Ximenes, anunciou o acordo.', 'Abílio da Costa Ximenes'],
  ] as const)('in %s is part of the name: “%s”', (lang, text, name) => {
    expect(people(text, lang)).toEqual([name]);
  });

  it('is not a body after "von der"', () => {
    expect(people('„Das ist neu“, sagt Katrin Osterholt von der Stiftung Wissenschaft und Politik.', 'de')).toEqual(['Katrin Osterholt']);
  });
});

describe('a place after a name, where the person is from', () => {
  it('ends the name and names the town on its own', () => {
    const found = extractEntities('La guida alpina Martina Kofler di Merano invita a rinunciare alle gite.', 'it').map((m) => `${m.kind}:${m.name}`);
    expect(found).toEqual(['person:Martina Kofler', 'place:Merano']);
  });

  it('leaves a particle before no place as part of the name', () => {
    expect(people('Die Kommissionspräsidentin Ursula von der Leyen sagte, die Union stehe bereit.', 'de')).toEqual(['Ursula von der Leyen']);
  });
});

describe('a name with the middle name left out', () => {
  it.each([
    ['pt', 'A sua candidata, Odete Varela Tavares, prometeu água. «A cidade votou», disse Odete Tavares aos apoiantes.', 'Odete Varela Tavares'],
    ['es', 'El candidato Bubeto Tachula Rudepe ganó en la capital. «Ganamos», dijo Bubeto Rudepe a la prensa.', 'Bubeto Tachula Rudepe'],
  ] as const)('in %s is the person named in full: “%s”', (lang, text, name) => {
    expect(people(text, lang)).toEqual([name]);
  });

  it('stays as written when two people share its first and last words', () => {
    const text = 'A candidata Odete Varela Tavares venceu. A rival Odete Lima Tavares perdeu. «Perdemos», disse Odete Tavares.';
    expect(people(text, 'pt')).toContain('Odete Tavares');
  });
});

describe('a word between a title and its holder set off after it', () => {
  it.each([
    ['pl', 'Burmistrz Władysławowa, Roman Kwidziński, chce, by rząd pokrył straty.', 'Roman Kwidziński'],
    ['de', '„Wir warten seit Jahren“, sagte der Bürgermeister von Tetovo, Arben Xhaferi.', 'Arben Xhaferi'],
  ] as const)('in %s is where the title is held, not a person: “%s”', (lang, text, name) => {
    expect(people(text, lang)).toEqual([name]);
  });
});

describe('a name no list knows, told by the cues around it', () => {
  it.each([
    ['pl', 'Terminal działa od roku. Minister energii Kąpusęw Łedzybu podkreślił podczas uroczystości, że dostawy są pewne.', 'Kąpusęw Łedzybu'],
    ['pl', 'Wiceminister spraw wewnętrznych Szęrosz Zubuń mówił w radiu o zagrożeniu.', 'Szęrosz Zubuń'],
    ['uk', 'Про це в четвер повідомив міністр енергетики Чічес Бїнур.', 'Чічес Бїнур'],
    ['uk', 'Про це повідомив начальник Одеської обласної військової адміністрації Брупер Лестус.', 'Брупер Лестус'],
    ['ru', 'Сезон оказался тяжёлым. Эколог Хасор Тажик считает, что воды не хватит.', 'Хасор Тажик'],
    ['en', 'The opposition voted against. Its whip, Laidealai Hegreabru, said the budget taxed workers.', 'Laidealai Hegreabru'],
    ['pt', 'O partido venceu. A sua candidata, Bupa Tãpodo Sejam, prometeu resolver a falta de água.', 'Bupa Tãpodo Sejam'],
    ['id', 'Kapal itu ditangkap. Menteri Luar Negeri Dewi Anggraini Siregar memanggil duta besar.', 'Dewi Anggraini Siregar'],
    ['id', 'Hendri Saputra, ketua Aliansi Nelayan Natuna, mengatakan kapal besar merusak rumpon.', 'Hendri Saputra'],
    // An age before the name, as a word of its own.
    ['tr', 'Enkazdan çıkarılan 74 yaşındaki Büşihö Yahaşın’ın hastaneye kaldırılırken öldüğü açıklandı.', 'Büşihö Yahaşın'],
    ['uk', 'Позивач, 36-річний водій Гобир Шистедес, стверджував, що його затримали.', 'Гобир Шистедес'],
    // A Turkish title with the possessive its field gives it.
    ['tr', 'Üniversitenin jeoloji profesörü Zabıtat Lahıto, yamaçlardaki yolların suyu tuttuğunu söyledi.', 'Zabıtat Lahıto'],
    // A role in the clause before the apposition, or set off after the name.
    ['es', 'Su jefe, el excanciller costarricense Danu Silopi, se reunió con los consejeros.', 'Danu Silopi'],
    ['en', 'Inquiries: Weho Neacoheas, Director of Communications, tel. 555 0100', 'Weho Neacoheas'],
    ['de', 'Bäni Feimau, Ökonomin an der Universität in Almaty, sieht das anders.', 'Bäni Feimau'],
    // A particle inside the name.
    ['nl', 'Het plan is af. Staatssecretaris Buischeekun van der Dehuwert zei dat elke aanvraag binnen een jaar wordt behandeld.', 'Buischeekun van der Dehuwert'],
  ] as const)('in %s is a person: “%s”', (lang, text, name) => {
    expect(people(text, lang)).toContain(name);
  });

  it.each([
    // A body set off after a word for a body is no person.
    ['en', 'The deal collapsed. The company, Velkor Dramm, said it would appeal.', 'Velkor Dramm'],
    // A role in another case puts its holder in that case: the reader does not guess the nominative.
    ['pl', 'Prokurator przesłuchał w środę dyrektora Zbyrona Pawlaczyka z Gdańska.', 'Dyrektora Zbyrona'],
    // Nor is a body named after an Indonesian title.
    ['id', 'Hendri Saputra, ketua Aliansi Nelayan Natuna, mengatakan kapal besar merusak rumpon.', 'Nelayan Natuna'],
    // A verb of saying after two capitalized words in a language whose verb tells no gender.
    ['en', 'Output fell again. Harbour Square said the plant would close.', 'Harbour Square'],
    // A preposition of place before it says where: a role after the comma is the next name's.
    ['pt', 'Em Campo Grande, a secretária estadual falou com os bombeiros.', 'Campo Grande'],
  ] as const)('in %s finds no person: “%s”', (lang, text, name) => {
    expect(people(text, lang)).not.toContain(name);
  });
});

describe('a name read as a body for want of a given name', () => {
  it.each([
    ['pl', 'Koncern pokazał dobre wyniki. Prezes spółki Dobeżyk Mupedu poinformował, że rafineria pracuje.', 'Dobeżyk Mupedu'],
    ['uk', 'Компанія запровадила графіки. Голова правління компанії Ралихал Жїбасако заявив, що ремонт триває.', 'Ралихал Жїбасако'],
  ] as const)('in %s is a person after a role: “%s”', (lang, text, name) => {
    const found = extractEntities(text, lang).filter((m) => m.name === name);
    expect(found.map((m) => m.kind)).toEqual(['person']);
  });
});

describe('a word for a role', () => {
  it.each([
    ['nl', 'Statenlid', true],
    ['nl', 'Staatsolie-directeur', true],
    ['en', 'Ombudswoman', true],
    ['de', 'Konzernchef', true],
    ['ru', 'Активист', true],
    ['uk', 'Журналістка', true],
    ['tr', 'profesörü', true],
    ['tr', 'Ali', false],
    ['en', 'Hansen', false],
    ['de', 'Leonie', false],
    ['nl', 'Vossin', false],
  ] as const)('in %s: %s is one: %s', (lang, word, role) => {
    expect(isRoleWord(word, lang)).toBe(role);
  });
});
