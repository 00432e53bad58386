/**
 * Places and people of the sixth round, read by their structure, checked on
 * invented sentences (none from a gold set): towns listed with "and", words
 * for a kind of place before a name, and trades before a person's name.
 */
import { describe, expect, it } from 'vitest';
import { named } from '../../helpers/entities.ts';

describe('towns listed with "and"', () => {
  it.each([
    ['es', 'Las lluvias cortaron la luz en Ciudad del Carmen y Tenosique durante dos días.', ['Ciudad del Carmen', 'Tenosique']],
    ['it', 'Le scuole restano chiuse a Sarzana, Lerici e Mondragone fino a lunedì.', ['Sarzana', 'Lerici', 'Mondragone']],
    ['en', 'The ferry company added sailings between Warri and Ughelli last month.', ['Warri', 'Ughelli']],
    ['pl', 'Nowe linie autobusowe połączą Zgierz i Piotrków Trybunalski od marca.', ['Zgierz', 'Piotrków Trybunalski']],
  ] as const)('in %s reads every town of “%s”', (lang, text, places) => {
    const found = named(text, lang);
    for (const place of places) expect(found).toContainEqual(['place', place]);
  });

  it('lends the kind of a known place to an unknown name listed with a town', () => {
    expect(named('Clinics opened in the hill districts of Korvadi and Chipata on Monday.', 'en')).toEqual([
      ['place', 'Korvadi'],
      ['place', 'Chipata'],
    ]);
  });

  it.each([
    ['en', 'Suppliers such as Northwind Foods and Kellogg raised prices.', ['organization', 'Kellogg']],
    ['es', 'El Ministerio de Agricultura y Ganadería publicó las cifras.', ['organization', 'Ministerio de Agricultura y Ganadería']],
  ] as const)('leaves a company or a body listed so as it was in %s: “%s”', (lang, text, entity) => {
    expect(named(text, lang)).toContainEqual(entity);
  });
});

describe('a word for a kind of place before a name', () => {
  it.each([
    ['en', 'Police were sent to the border posts of Kelvuri and Mbasso.', ['Kelvuri', 'Mbasso']],
    ['en', 'A tanker bound for Tarvenby reported a second attempt.', ['Tarvenby']],
    ['fr', 'Des milliers de villageois de Dornak ont fui les combats.', ['Dornak']],
    ['fr', 'La route traverse la région montagneuse du Vardanik avant la frontière.', ['Vardanik']],
    ['fr', 'Les points de vente de la cité Armand-Lebrec ont été démantelés.', ['Armand-Lebrec']],
    ['es', 'El agua del embalse de Cerro Tunal apenas alcanza para un mes.', ['Cerro Tunal']],
    ['es', 'Las familias se reunieron en la plaza de Quilcamba.', ['Quilcamba']],
    ['it', 'Il consorzio non preleva più dalla diga del Torvellino da settembre.', ['Torvellino']],
    ['it', 'Si valuta un prelievo dal fiume Sarvento.', ['Sarvento']],
    ['de', 'Die Stimmen in Bezirken wie Ennsdorf und Triebl wurden neu gezählt.', ['Ennsdorf', 'Triebl']],
    ['de', 'Der Hafen Kuryk soll ausgebaut werden.', ['Kuryk']],
    ['nl', 'In de provincies Dong Lam en Vinh Kheo staat de rijst droog.', ['Dong Lam', 'Vinh Kheo']],
    ['ru', 'Более тысячи жителей Каргалыка эвакуированы.', ['Каргалык']],
    ['uk', 'Дрони запустили з боку Бердівська вночі.', ['Бердівськ']],
  ] as const)('in %s reads “%s”', (lang, text, places) => {
    const found = named(text, lang);
    for (const place of places) expect(found).toContainEqual(['place', place]);
  });

  it.each([
    ['en', 'Dock workers at the port of Rotterham said Keldor Shipping Ltd had cut wages.', ['organization', 'Keldor Shipping']],
    ['de', 'Der Hafen wird nach Angaben der Betreiber erweitert.', null],
    ['fr', 'Les habitants de la ville ont rencontré le préfet Julien Morvan.', ['person', 'Julien Morvan']],
  ] as const)('reads no more than the place in %s: “%s”', (lang, text, entity) => {
    const found = named(text, lang);
    expect(found.filter(([kind]) => kind === 'place').length).toBeLessThanOrEqual(1);
    if (entity !== null) expect(found).toContainEqual(entity);
    else expect(found).toEqual([]);
  });
});

describe('Slavic towns in another case', () => {
  it.each([
    ['ru', 'Волонтёры из Кременополя привезли воду.', 'Кременополь'],
    ['uk', 'Суд визнав незаконним затримання мешканця Вербия.', 'Вербий'],
  ] as const)('in %s names “%s” in the nominative', (lang, text, place) => {
    expect(named(text, lang)).toContainEqual(['place', place]);
  });
});

describe('people after a title or a trade', () => {
  it.each([
    ['en', 'Epidemiologist Tavia Mbembe, of the national institute, said the wells were unsafe.', 'Tavia Mbembe'],
    ['en', 'Economist Milan Varošanin of the central bank said prices would rise.', 'Milan Varošanin'],
    ['de', 'Verteidiger Malte Hinrichsen nannte die Anklage haltlos.', 'Malte Hinrichsen'],
    ['fr', 'Selon l’hydrologue Anouk Ferrandier, la nappe baisse encore.', 'Anouk Ferrandier'],
    ['nl', 'Kamerlid Fenna Wolthuis noemde het een gebroken belofte.', 'Fenna Wolthuis'],
    ['nl', 'Volgens geoloog Sjoerd Brinkema van de Rijksuniversiteit Twente gaat het door.', 'Sjoerd Brinkema'],
    ['ru', 'Эколог Тимур Жалгасбаев заявил, что воды не хватает.', 'Тимур Жалгасбаев'],
  ] as const)('in %s reads the person of “%s”', (lang, text, person) => {
    const found = named(text, lang);
    expect(found).toContainEqual(['person', person]);
    expect(found.filter(([kind]) => kind === 'person')).toHaveLength(1);
  });

  it.each([
    ['en', 'The minister flew to Milan on Monday.', ['place', 'Milan']],
    ['de', 'Die Ministerin reiste nach Malta.', ['place', 'Malta']],
    ['nl', 'De geoloog werkt bij de Rijksuniversiteit Twente.', ['organization', 'Rijksuniversiteit Twente']],
  ] as const)('leaves a place or a body without a name after it as it was in %s: “%s”', (lang, text, entity) => {
    expect(named(text, lang)).toContainEqual(entity);
  });
});

describe('a person set off by commas after a trade or a title', () => {
  it.each([
    ['en', 'The head of the delegation, Tuovi Harjunpää, said the count was slow.', 'Tuovi Harjunpää'],
    ['en', 'Varga’s lawyer, Viresh Kandasamy, said the payments were legal.', 'Viresh Kandasamy'],
    ['de', '„Wir warten seit Jahren“, sagte der Bürgermeister von Kumanovo, Besnik Rexhepi.', 'Besnik Rexhepi'],
    ['pt', '«Falta água», disse a advogada da associação, Iracema Tupinambá.', 'Iracema Tupinambá'],
  ] as const)('in %s reads “%s”', (lang, text, person) => {
    expect(named(text, lang)).toContainEqual(['person', person]);
  });

  it('reads no person after a plural trade that heads a clause of its own', () => {
    const found = named('Officials said soldiers would be sent to Warri, Ughelli and the coast.', 'en');
    expect(found.filter(([kind]) => kind === 'person')).toEqual([]);
  });
});

describe('Arabic places after plurals and duals of words for places, and off a coast', () => {
  it.each([
    ['وحذر البرنامج من نقص في القمح في محافظات زبيدان وحرملة.', ['زبيدان', 'حرملة']],
    ['وقالت الجمعية إن ألف أسرة في إقليمي تافراوت وأكلموس لم تتلق الدعم.', ['تافراوت', 'أكلموس']],
    ['غرق قارب قبالة تيويليت كان متجهاً إلى الشمال.', ['تيويليت']],
  ] as const)('reads the places of “%s”', (text, places) => {
    const found = named(text, 'ar');
    for (const place of places) expect(found).toContainEqual(['place', place]);
  });

  it('reads no place in a plural before a common noun with the article', () => {
    expect(named('وتراجعت الصادرات من محافظات الشمال هذا العام.', 'ar').filter(([kind]) => kind === 'place')).toEqual([]);
  });
});

describe('towns after a preposition of place', () => {
  it.each([
    ['pt', 'Em Campo Belo, a secretária estadual disse que faltam bombeiros.', 'Campo Belo'],
    ['it', 'Il comune ha aperto un centro a Monte San Savino, e la Regione ha sospeso la linea.', 'Monte San Savino'],
    ['de', 'Die Fähre pendelt zwischen Großenbrode und Dahme.', 'Großenbrode'],
    ['de', 'Die Fähre pendelt zwischen Großenbrode und Dahme.', 'Dahme'],
  ] as const)('in %s reads “%s” as naming %s', (lang, text, place) => {
    expect(named(text, lang)).toContainEqual(['place', place]);
  });

  it('still reads a person named after a preposition, whose name is no town', () => {
    expect(named('La lettera è arrivata a Giovanni Orsomando, che ha risposto.', 'it')).toContainEqual(['person', 'Giovanni Orsomando']);
  });
});

describe('Arabic people after more titles, with "ولد" in their names', () => {
  it.each([
    ['وقال الوالي عبد الكريم الزياني إن الدولة صرفت المنح.', 'عبد الكريم الزياني'],
    ['وقال رئيسها حمو أوبلا إن الخيام لا تكفي.', 'حمو أوبلا'],
    ['وقال وزير الداخلية أحمد سالم ولد بوبكر أمام البرلمان إن الحدود طويلة.', 'أحمد سالم ولد بوبكر'],
  ] as const)('reads the person of “%s”', (text, person) => {
    expect(named(text, 'ar')).toContainEqual(['person', person]);
  });
});

describe('a lawyer’s “Maître” stays outside the name', () => {
  it('reads the person alone', () => {
    expect(named('Son avocate, Maître Odile Ferrandou, a dénoncé le procès.', 'fr')).toEqual([['person', 'Odile Ferrandou']]);
  });
});

describe('possessives and places', () => {
  it('reads a town whose name holds a possessive whole', () => {
    expect(named('Flood barriers were raised in Mohale’s Hoek on Monday.', 'en')).toContainEqual(['place', 'Mohale’s Hoek']);
  });

  it('reads a region after a country’s possessive, before a word for its kind, as a place', () => {
    expect(named('Ferries stopped in Indonesia’s Tanjung Varo province on Friday.', 'en')).toContainEqual(['place', 'Tanjung Varo']);
  });

  it('still reads a person after a country’s possessive', () => {
    expect(named('Kenya’s Wanjiru Odhiambo won the race.', 'en')).toContainEqual(['person', 'Wanjiru Odhiambo']);
  });
});

describe('Polish double surnames in another case', () => {
  it.each([
    ['Sprawę prowadził skład pod przewodnictwem sędzi Marty Zielińskiej-Barcz.', 'Marta Zielińska-Barcz'],
    ['Pismo trafiło do sędzi Ewy Pawłowskiej-Rak.', 'Ewa Pawłowska-Rak'],
  ] as const)('names the woman of “%s” in the nominative', (text, person) => {
    expect(named(text, 'pl')).toContainEqual(['person', person]);
  });
});

describe('towns named with a lower-case word of place inside', () => {
  it.each([
    ['de', 'Auch in Sankt Johann im Pongau wurde am Sonntag gewählt.', 'Sankt Johann im Pongau'],
    ['de', 'Die Firma zieht nach Neumarkt in der Oberpfalz.', 'Neumarkt in der Oberpfalz'],
    ['en', 'Tourists returned to Stratford upon Avon after the floods.', 'Stratford upon Avon'],
    ['it', 'Bisogna bollire l’acqua a Rionero in Vulture da lunedì.', 'Rionero in Vulture'],
  ] as const)('in %s reads “%s” whole', (lang, text, place) => {
    const found = named(text, lang);
    expect(found).toContainEqual(['place', place]);
    expect(found.filter(([kind]) => kind === 'place')).toHaveLength(1);
  });

  it('reads a person in a town as two names', () => {
    expect(named('Gestern sprach Jonas Weber in Leoben mit Wählern.', 'de')).toEqual([
      ['person', 'Jonas Weber'],
      ['place', 'Leoben'],
    ]);
  });
});

describe('residents of a place, and a place of several words after a word for its kind', () => {
  it.each([
    ['it', 'La scossa ha svegliato gli abitanti di Varsellina alle tre.', 'Varsellina'],
    ['es', 'Los vecinos de Quillacollo cortaron la ruta.', 'Quillacollo'],
    ['pt', 'Os moradores de Itaquaré protestaram ontem.', 'Itaquaré'],
    ['es', 'Los vecinos de Villar de los Molinos denuncian cortes de agua.', 'Villar de los Molinos'],
    ['pt', 'A estação de Cais do Mourão fechou ontem.', 'Cais do Mourão'],
  ] as const)('in %s reads “%s”', (lang, text, place) => {
    expect(named(text, lang)).toContainEqual(['place', place]);
  });

  it('leaves a body after a word for a kind of place as it was', () => {
    expect(named('Los vecinos de Banco de Crédito Andino protestaron.', 'es')).not.toContainEqual(['place', 'Banco de Crédito Andino']);
  });
});

describe('Russian towns in the locative', () => {
  it.each([
    ['Стрелявшие не подчиняются властям в Тахтакуле.', 'Тахтакул'],
    ['На Вахшире это объяснение мало кого убедило.', 'Вахшир'],
  ] as const)('names the town of “%s” in the nominative', (text, place) => {
    expect(named(text, 'ru')).toContainEqual(['place', place]);
  });

  it('keeps a known town in its own form', () => {
    expect(named('Переговоры прошли в Москве.', 'ru')).toContainEqual(['place', 'Москва']);
  });
});
