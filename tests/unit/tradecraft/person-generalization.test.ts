/**
 * People named in ways that no list of names can carry: Polish, Russian and
 * Ukrainian names in another case, read by the endings of both words, on
 * invented sentences with given names no list holds; and the names and the
 * bodies those endings must leave as they are.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../shared/tradecraft/entities.ts';

const people = (text: string, lang: string) => extractEntities(text, lang).filter((m) => m.kind === 'person').map((m) => m.name);

describe('a two-word name in another case, told by the endings of both words', () => {
  it.each([
    ['pl', 'Rząd nie przyjął propozycji premiera Radomira Wielczenki w tej sprawie.', 'Radomir Wielczenka'],
    ['pl', 'Sąd uchylił wyrok wobec pana Zbyrona Pawlaczyka w środę.', 'Zbyron Pawlaczyk'],
    ['pl', 'Prokurator rozmawiał z panem Zbyronem Pawlaczykiem we wtorek.', 'Zbyron Pawlaczyk'],
    ['pl', 'Dron uszkodził dom pani Weliny Kowalczuk w nocy.', 'Welina Kowalczuk'],
    ['ru', 'Министр встретился с губернатором Тарвелом Кузьминым в пятницу.', 'Тарвел Кузьмин'],
    ['ru', 'Соглашение подписано с министром Велиной Громовой во вторник.', 'Велина Громова'],
    ['uk', 'Прем’єр зустрілася з міністром Велиною Громовою у Львові.', 'Велина Громова'],
  ] as const)('in %s names the person in the nominative: “%s”', (lang, text, name) => {
    expect(people(text, lang)).toEqual([name]);
  });

  it.each([
    ['ru', 'Президент поговорил с министром Дарвелом Рютте.', 'Дарвел Рютте'],
    ['uk', 'Президент поговорив з міністром Дарвелом Рютте.', 'Дарвел Рютте'],
  ] as const)('in %s keeps a surname that does not decline after a given name in the instrumental: “%s”', (lang, text, name) => {
    expect(people(text, lang)).toEqual([name]);
  });

  it.each([
    // A foreign woman's name, and a Polish surname in "-ka", are nominatives that end like a man's genitive.
    ['pl', 'Welina Costa powiedziała, że ceny spadną.', 'Welina Costa'],
    ['pl', 'Welina Lipka powiedziała, że ceny spadną.', 'Welina Lipka'],
    ['pl', 'Welina Kowalczuk powiedziała, że się bała.', 'Welina Kowalczuk'],
    // A Central Asian given name ends in "-ом" in the nominative; a surname that declines would show the case too.
    ['ru', 'Бахром Каримов заявил, что проект будет завершён.', 'Бахром Каримов'],
    ['uk', 'Бахром Каримов заявив, що проєкт буде завершено.', 'Бахром Каримов'],
  ] as const)('in %s leaves a name in the nominative as written: “%s”', (lang, text, name) => {
    expect(people(text, lang)).toEqual([name]);
  });

  it.each([
    ['pl', 'Umowę podpisano z Komisją Europejską w piątek.'],
    ['pl', 'Rząd przekazał dane Bankowi Polskiemu we wtorek.'],
    ['ru', 'Связь с Новым Уренгоем и Центральной Азией восстановлена.'],
    ['ru', 'Переговоры в Новом Уренгое продолжились.'],
  ] as const)('in %s reads no person in a body or a place in another case: “%s”', (lang, text) => {
    expect(people(text, lang)).toEqual([]);
  });
});

describe('a full name no list knows, listed with a person', () => {
  it.each([
    ['en', 'The firm was founded by Michael Brandt and Kevrin Dalmosk in 2014.', ['Michael Brandt', 'Kevrin Dalmosk']],
    ['fr', 'Le rapport a été rédigé par Sophie Lachenal et Kevrin Dalmosk.', ['Sophie Lachenal', 'Kevrin Dalmosk']],
    ['es', 'La carta la firmaron Kevrin Dalmosk y Rosa Quispe el lunes.', ['Kevrin Dalmosk', 'Rosa Quispe']],
  ] as const)('in %s is a person too: “%s”', (lang, text, names) => {
    expect(people(text, lang)).toEqual(names);
  });

  it.each([
    ['en', 'The deal was signed by Michael Brandt and Nordwind Logistics on Friday.', ['Michael Brandt']],
    ['en', 'Michael Brandt and Port Tavik officials met on Friday.', ['Michael Brandt']],
  ] as const)('in %s lends nothing to a name of known words: “%s”', (lang, text, names) => {
    expect(people(text, lang)).toEqual(names);
  });
});

describe('a full name no list knows, right after a noun for a trade', () => {
  it.each([
    ['fr', 'Selon le policier Trevol Oszkuni, la rue était vide.', ['Trevol Oszkuni']],
    ['es', 'La denuncia la presentó el promotor Kevrin Dalmosk ante el juzgado.', ['Kevrin Dalmosk']],
    ['it', 'Il provvedimento è stato firmato dall’ispettore Kevrin Dalmosk ieri.', ['Kevrin Dalmosk']],
    ['pt', 'A obra foi vistoriada pelo fiscalizador Kevrin Dalmosk na segunda-feira.', ['Kevrin Dalmosk']],
  ] as const)('in %s is a person: “%s”', (lang, text, names) => {
    expect(people(text, lang)).toEqual(names);
  });

  it.each([
    ['fr', 'Le contrat a été signé avec l’opérateur Orvane après un an.'],
    ['es', 'El pedido lo entregó el distribuidor Nordwind Logistics ayer.'],
    ['pt', 'A proposta veio do grupo Kevrin Dalmosk Participações.'],
  ] as const)('in %s reads no person in a firm after such a noun: “%s”', (lang, text) => {
    expect(people(text, lang)).toEqual([]);
  });
});

describe('a full name no list knows, after a demonym used as a noun', () => {
  it.each([
    ['es', 'El colombiano Kevrin Dalmosk fue tercero en la etapa.', ['Kevrin Dalmosk']],
    ['it', 'Ha vinto il ghanese Kevrin Dalmosk davanti a tutti.', ['Kevrin Dalmosk']],
    ['pt', 'O angolano Kevrin Dalmosk chegou em segundo lugar.', ['Kevrin Dalmosk']],
  ] as const)('in %s is a person: “%s”', (lang, text, names) => {
    expect(people(text, lang)).toEqual(names);
  });

  it.each([
    ['es', 'El mexicano Grupo Bimbo compró la planta.'],
    ['it', 'Il governo italiano Kevrin Dalmosk Spa ha firmato.'],
  ] as const)('in %s reads no person in a body after an adjective of a land: “%s”', (lang, text) => {
    expect(people(text, lang)).toEqual([]);
  });
});

describe('a full name no list knows, after a member of a body named by its abbreviation', () => {
  it.each([
    ['nl', 'DEN HAAG - D66-leider Kevrin Dalmosk heeft dinsdag gesproken.', ['Kevrin Dalmosk']],
    ['nl', 'Dat zei CDA-Kamerlid Kevrin Dalmosk gisteren.', ['Kevrin Dalmosk']],
    ['de', 'Das sagte CDU-Politiker Kevrin Dalmosk am Montag.', ['Kevrin Dalmosk']],
  ] as const)('in %s is a person: “%s”', (lang, text, names) => {
    expect(people(text, lang)).toEqual(names);
  });

  it.each([
    ['de', 'Die EU-Kommission Brüssel hat das geprüft.'],
    ['en', 'The NATO-led Baltic Air Policing mission resumed.'],
  ] as const)('in %s reads no person in what such a compound names: “%s”', (lang, text) => {
    expect(people(text, lang)).toEqual([]);
  });
});

describe('a full name no list knows, told as who leads a body', () => {
  it.each([
    ['pt', 'O banco, liderado por Kevrin Dalmosk Treno, reviu o crescimento.', ['Kevrin Dalmosk Treno']],
    ['nl', 'De partij, onder leiding van Kevrin Dalmosk, houdt de deur open.', ['Kevrin Dalmosk']],
    ['fr', 'La société, dirigée par Kevrin Dalmosk, a perdu le contrat.', ['Kevrin Dalmosk']],
    ['it', 'La coalizione guidata da Kevrin Dalmosk ha vinto.', ['Kevrin Dalmosk']],
  ] as const)('in %s is a person: “%s”', (lang, text, names) => {
    expect(people(text, lang)).toEqual(names);
  });

  it.each([
    ['en', 'The talks were led by Norway and hosted in Oslo.'],
    ['es', 'El consorcio, liderado por Grupo Bimbo, ganó la licitación.'],
  ] as const)('in %s reads no person in a land or a body that leads: “%s”', (lang, text) => {
    expect(people(text, lang)).toEqual([]);
  });
});

describe('a portfolio between a capitalized title and a full name no list knows', () => {
  it.each([
    ['nl', 'Minister van Defensie Kevrin Dalmosk noemde de vluchten zorgelijk.', ['Kevrin Dalmosk']],
    ['fr', 'Ministre des Armées Kevrin Dalmosk a jugé les vols inquiétants.', ['Kevrin Dalmosk']],
  ] as const)('in %s leaves the portfolio out of the name: “%s”', (lang, text, names) => {
    expect(people(text, lang)).toEqual(names);
  });

  it.each([
    ['nl', 'Minister van Defensie Ruben Brekelmans noemde de vluchten zorgelijk.', ['Ruben Brekelmans']],
    ['en', 'Minister of Energy Maria Kevrin Dalmosk said the flights were worrying.', ['Maria Kevrin Dalmosk']],
  ] as const)('in %s keeps a name that opens with a given name whole: “%s”', (lang, text, names) => {
    expect(people(text, lang)).toEqual(names);
  });
});
