/**
 * Organizations by structure that holds for bodies no list knows (issue 15),
 * made general on unseen-9's errors and on the invented-names probe: invented
 * sentences in the languages each rule serves, with the look-alikes it must
 * leave alone beside them.
 */
import { describe, expect, it } from 'vitest';
import { calendarWordAfterPreposition } from '../../../shared/tradecraft/calendar-words.ts';
import { named } from '../../helpers/entities.ts';

const organizations = (text: string, lang: string) => named(text, lang).filter(([kind]) => kind === 'organization');

describe('a weekday or a month after a preposition is a date, never a name', () => {
  it.each([
    ['de', 'Am ', 'Mittwoch', true],
    ['de', 'Vertreter kamen im ', 'März', true],
    ['en', 'The board met on ', 'Tuesday', true],
    ['id', 'Kapal itu tiba pada ', 'Senin', true],
    ['id', 'Harga naik sejak ', 'Januari', true],
    ['nl', 'De raad stemde op ', 'Woensdag', true],
    ['ru', 'Совет соберётся в ', 'Среду', true],
    ['ru', 'Решение ждут до ', 'Марта', true],
    ['pl', 'Zarząd zbierze się w ', 'Środę', true],
    // A month's name after a given name is a surname; a calendar word with no preposition before it says nothing.
    ['es', 'el banquero Juan ', 'March', false],
    ['de', 'Die Firma ', 'Mittwoch', false],
    ['en', 'The court of ', 'Velmar', false],
    // A Turkish case ending after an apostrophe is no preposition: "Iğdır'ın Aralık ilçesi" is a district.
    ['tr', "Iğdır'ın ", 'Aralık', false],
  ] as const)('in %s: “%s%s” is a date: %s', (_lang, before, word, expected) => {
    expect(calendarWordAfterPreposition(before, word)).toBe(expected);
  });

  it.each([
    ['de', 'Die Runde tagte lange. Am Mittwoch sagte der Sprecher, man sei zufrieden.', []],
    ['id', 'Pada Senin, kapal patroli kembali ke pelabuhan.', []],
    // The same verb after a body's name still makes it a body.
    ['de', 'Die Runde tagte lange. Danach sagte Velmora, man sei zufrieden.', [['organization', 'Velmora']]],
    ['en', 'On Thursday Tarnvik said its plant would close.', [['organization', 'Tarnvik']]],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(organizations(text, lang)).toEqual(expected);
  });
});

describe('a pronoun or a town in capitals opening a line is no body', () => {
  it.each([
    ['en', 'The Velmar River Authority (VRA) said the lake was low. Its chief executive, Tomas Arvid, said turbines would slow.', [['organization', 'Velmar River Authority'], ['organization', 'Velmar River Authority']]],
    ['en', 'SAN TELMO - The Velmar Water Board said on Monday it would cut supply.', [['organization', 'Velmar Water Board']]],
    // A body in capitals inside a sentence is still one.
    ['en', 'Officials at the NVRA said the dam was safe.', [['organization', 'NVRA']]],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(organizations(text, lang)).toEqual(expected);
  });
});

describe('an abbreviation defined in brackets names the body before it, and the body only', () => {
  it.each([
    // A German noun for the kind of body describes the name after it; the abbreviation alone later is the same body.
    ['de', 'Die Linkspartei Varuk Temmisat (VT) lehnt den Abbau ab. Die VT will eine Abstimmung.', [['organization', 'Varuk Temmisat'], ['organization', 'Varuk Temmisat'], ['organization', 'Varuk Temmisat']]],
    ['de', 'Ein Bericht des Nachrichtendienstes Orvens Sikkerhet (OS) warnte davor.', [['organization', 'Orvens Sikkerhet'], ['organization', 'Orvens Sikkerhet']]],
    // A word the letters leave out, with no kind of body in it, still opens the name.
    ['en', 'The Velmar Cocoa Board (Cocobod) raised prices.', [['organization', 'Velmar Cocoa Board'], ['organization', 'Velmar Cocoa Board']]],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(organizations(text, lang)).toEqual(expected);
  });
});

describe('a body’s fields listed with commas before “and” are one name', () => {
  it.each([
    ['en', 'The Ministry of Science, Tarvel, Innovation and Ports (MSTIP) said the attack began on Friday.', [['organization', 'Ministry of Science, Tarvel, Innovation and Ports'], ['organization', 'Ministry of Science, Tarvel, Innovation and Ports']]],
    ['es', 'El Ministerio de Ciencia, Tarvelia y Puertos anunció el plan.', [['organization', 'Ministerio de Ciencia, Tarvelia y Puertos']]],
    // Countries listed with commas are three places, not one body's fields.
    ['en', 'The Ministry of Ports said exports to France, Italy and Spain fell.', [['organization', 'Ministry of Ports']]],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(organizations(text, lang)).toEqual(expected);
  });
});

describe('a name opened by digits glued to a capital is a brand', () => {
  it.each([
    ['de', 'Der Netzbetreiber 40Velt meldete einen Rekord.', [['organization', '40Velt']]],
    ['en', 'Shares in 7Brava Logistics rose.', [['organization', '7Brava Logistics']]],
    // A number and a noun apart name nothing.
    ['de', 'Rund 40 Länder und 27 Prozent stimmten zu.', []],
    ['en', 'The 4G network and 3D printers were shown.', []],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(organizations(text, lang)).toEqual(expected);
  });
});

describe('a body by the head word its language opens its name with', () => {
  it.each([
    ['es', 'Expertos de la Escuela Tarvelina Nacional advierten del riesgo.', [['organization', 'Escuela Tarvelina Nacional']]],
    ['es', 'La Coordinadora Campesina por la Vida convocó una marcha.', [['organization', 'Coordinadora Campesina por la Vida']]],
    ['it', 'La Missione Velmara ha chiesto più fondi.', [['organization', 'Missione Velmara']]],
    ['pt', 'A Comunidade Tarvelense de Pescadores pediu ajuda.', [['organization', 'Comunidade Tarvelense de Pescadores']]],
    ['id', 'Badan Tarvel Nasional mengatakan kapal itu pergi.', [['organization', 'Badan Tarvel Nasional']]],
    ['id', 'Kementerian Tarvel dan Velmar menyatakan kapal akan ditenggelamkan.', [['organization', 'Kementerian Tarvel dan Velmar']]],
    // Indonesian "di" is "in": the court and its town are apart.
    ['id', 'Menurut putusan Pengadilan Tarvel di Velmaria, kapal itu ditenggelamkan.', [['organization', 'Pengadilan Tarvel']]],
    // "por" joins only after a head: a verb's agent is no part of a name.
    ['es', 'El presidente fue elegido por la Asamblea Tarvelina.', [['organization', 'Asamblea Tarvelina']]],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(organizations(text, lang)).toEqual(expected);
  });
});

describe('a body whose head stands far before a known place keeps the place in its name', () => {
  it.each([
    ['pt', 'A Corporação Financeira de Fomento Tarvelino dos Estados Unidos emprestou 500 milhões.', [['organization', 'Corporação Financeira de Fomento Tarvelino dos Estados Unidos']]],
    ['es', 'La misión de la Comunidad Económica de los Estados de África Central duró dos días.', [['organization', 'Comunidad Económica de los Estados de África Central']]],
    // No head before the place: the place stays a place.
    ['es', 'Los Tarvelinos Unidos de los Estados Unidos llegaron ayer.', []],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(organizations(text, lang)).toEqual(expected);
  });
});

describe('in English a name after “the” that speaks or is spoken to is a body, not a person', () => {
  it.each([
    ['en', 'The Tarvel Drokestal argued that the commission had ignored the risk.', [['organization', 'Tarvel Drokestal']]],
    ['en', 'Observers from the Velmar Taigedis Union described the vote as orderly.', [['organization', 'Velmar Taigedis Union']]],
    ['en', 'The minister told the Norvane Assembly that costs were covered.', [['organization', 'Norvane Assembly']]],
    // A person named without an article, a people and a title after "the" are no bodies.
    ['en', 'Tarvel Drokestal argued that the commission had ignored the risk.', []],
    ['en', 'The Norwegians said the talks had failed.', []],
    ['en', 'The Prime Minister said the talks had failed.', []],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(organizations(text, lang)).toEqual(expected);
  });
});

describe('the board chairman’s body before its holder, in Russian', () => {
  it.each([
    ['ru', 'Председатель правления Тарвела Иван Орлов заявил, что поставки вырастут.', ['Иван Орлов']],
    ['ru', 'Как сообщил председатель правления Тарвела Иван Орлов, поставки вырастут.', ['Иван Орлов']],
  ] as const)('in %s: “%s”', (lang, text, people) => {
    const found = named(text, lang);
    expect(found.filter(([kind]) => kind === 'organization')).toHaveLength(1);
    expect(found.filter(([kind]) => kind === 'person').map(([, name]) => name)).toEqual(people);
  });
});

describe('an abbreviation whose letters this language does not give names the body its head opens', () => {
  it.each([
    ['it', "Intanto la Missione di sostegno e stabilizzazione dell'Unione tarvelina in Velmaria (AUTVEL) non riesce.", [['organization', "Missione di sostegno e stabilizzazione dell'Unione tarvelina in Velmaria"], ['organization', "Missione di sostegno e stabilizzazione dell'Unione tarvelina in Velmaria"]]],
    ['it', "L'Autorità di regolazione dell'energia (ERV) prevede aumenti.", [['organization', "Autorità di regolazione dell'energia"], ['organization', "Autorità di regolazione dell'energia"]]],
    ['fr', "La Mission de l'Union tarveline en Velmarie (MUTV) a augmenté ses patrouilles.", [['organization', "Mission de l'Union tarveline en Velmarie"], ['organization', "Mission de l'Union tarveline en Velmarie"]]],
    // A clause is no name: its verb ends the reading, and each body is read alone.
    ['fr', 'Le Conseil a saisi la Cour (CJTV) hier.', [['organization', 'Conseil'], ['organization', 'Cour'], ['organization', 'CJTV']]],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(organizations(text, lang)).toEqual(expected);
  });
});

describe('bodies listed with “and” and bodies of their country', () => {
  it.each([
    // "and" before a second body's head lists two bodies; before a field it goes on with one.
    ['pl', 'Naukowcy z Uniwersytetu Tarvelskiego i Uniwersytetu Velmarskiego badają ryby.', [['organization', 'Uniwersytet Tarvelski'], ['organization', 'Uniwersytet Velmarski']]],
    ['pl', 'Ministerstwo Rolnictwa i Rozwoju Wsi pomaga rolnikom.', [['organization', 'Ministerstwo Rolnictwa i Rozwoju Wsi']]],
    // A Polish body with a head and the country after it in the genitive is the country's body.
    ['pl', 'Centralna Komisja Wyborcza Mołdawii unieważniła wybory.', [['organization', 'Centralna Komisja Wyborcza Mołdawii']]],
    ['pl', 'Premier Polski mówił o tym w piątek.', []],
    // Capitalized words before the head the abbreviation's letters leave out.
    ['it', "Secondo l'Alto Commissariato tarvelino per i rifugiati (Unvhr) i numeri crescono.", [['organization', 'Alto Commissariato tarvelino per i rifugiati'], ['organization', 'Alto Commissariato tarvelino per i rifugiati']]],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(organizations(text, lang)).toEqual(expected);
  });
});

describe('a common noun written as an abbreviation names no body', () => {
  it.each([
    ['fr', "L'ONG Tarvelis a ouvert un centre de soins.", [['organization', 'Tarvelis']]],
    ['fr', 'Le PDG du groupe, Paul Marvin, a parlé du GNL.', []],
    ['es', 'La ONG Velmaris pidió ayuda.', [['organization', 'Velmaris']]],
    // A body's own abbreviation still is one.
    ['fr', 'Le TVRM a répondu mardi.', [['organization', 'TVRM']]],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(organizations(text, lang)).toEqual(expected);
  });
});
