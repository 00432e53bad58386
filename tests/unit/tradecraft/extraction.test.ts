/**
 * Names and dates from an article's text: the entity index and the timeline
 * read what these functions find, at the offsets highlights use.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../shared/tradecraft/entities.ts';
import { entityKey } from '../../../shared/tradecraft/entity-key.ts';
import { extractEvents } from '../../../shared/tradecraft/events.ts';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/tradecraft');
const stateVisit = fs.readFileSync(path.join(FIXTURES, 'state-visit.txt'), 'utf8').trim();

describe('entities in a short news piece', () => {
  const mentions = extractEntities(stateVisit, 'en');
  const found = (kind: string) => mentions.filter((m) => m.kind === kind).map((m) => m.text);

  it.each([
    ['person', ['Recep Tayyip Erdoğan', 'Olaf Scholz', 'Erdogan', 'Lena Novak', 'Erdoğan']],
    ['organization', ['Ministry of Foreign Affairs', 'European Parliament', 'United Nations', 'NATO', 'Nordic Shipping Group', 'Danish Maritime Authority']],
    ['place', ['Berlin', 'Ankara', 'Germany', 'Crimea', 'Strait of Hormuz', 'Istanbul', 'Turkey']],
  ])('finds every %s, in reading order', (kind, names) => {
    expect(found(kind)).toEqual(names);
  });

  it('gives offsets into the plain text, without the title before a name', () => {
    for (const mention of mentions) expect(stateVisit.slice(mention.start, mention.end)).toBe(mention.text);
    expect(mentions.some((m) => /^(President|Chancellor|Mr)\b/.test(m.text))).toBe(false);
  });

  it('leaves out calendar words and sentence openers', () => {
    const texts = mentions.map((m) => m.text);
    for (const word of ['Sunday', 'March', 'The', 'Officials']) expect(texts).not.toContain(word);
  });

  it('joins "Erdogan" and "Erdoğan" to the full name the article gives, and keeps the title (not "Mr") as the role', () => {
    const erdogan = mentions.filter((m) => /rdo/.test(m.text));
    expect(erdogan.map((m) => [m.text, m.key, m.role])).toEqual([
      ['Recep Tayyip Erdoğan', 'recep tayyip erdogan', 'President'],
      ['Erdogan', 'recep tayyip erdogan', undefined],
      ['Erdoğan', 'recep tayyip erdogan', undefined],
    ]);
  });

  it.each([
    ['Erdoğan', 'erdogan'],
    ['ERDOGAN', 'erdogan'],
    ['Müller', 'muller'],
    ['Straße', 'strasse'],
    ['Kılıçdaroğlu', 'kilicdaroglu'],
    ['NATO’s', 'nato'],
    ['  Recep  Tayyip-Erdoğan ', 'recep tayyip erdogan'],
  ])('folds %s to the key %s', (name, key) => {
    expect(entityKey(name)).toBe(key);
  });

  it('in German reads the title before a name and leaves capitalized nouns alone', () => {
    const german = extractEntities('Bundeskanzler Olaf Scholz traf am Montag in Berlin Vertreter der Regierung und der NATO.', 'de');
    expect(german.map((m) => [m.kind, m.text, m.role])).toEqual([
      ['person', 'Olaf Scholz', 'Bundeskanzler'],
      ['place', 'Berlin', undefined],
      ['organization', 'NATO', undefined],
    ]);
  });

  it.each([
    // lang, text, an entity it names as [kind, name], a reading it must not give
    ['en', 'A Treasury Department spokesman declined to comment.', ['organization', 'Treasury Department'], null],
    ['en', 'The Baltic Institute for Security Studies published the figures.', ['organization', 'Baltic Institute for Security Studies'], null],
    ['es', 'Lo confirmó el Ministerio de Economía.', ['organization', 'Ministerio de Economía'], null],
    ['de', 'Das Bündnis Kim Novak fordert Neuwahlen.', ['organization', 'Bündnis Kim Novak'], ['person', 'Kim Novak']],
    ['de', 'Der Technische Prüfdienst meldete Schäden.', ['organization', 'Technischer Prüfdienst'], null],
    ['tr', 'Ankara Emniyet Müdürlüğü açıklama yaptı.', ['organization', 'Ankara Emniyet Müdürlüğü'], ['place', 'Ankara']],
    ['de', 'Auch die ÖdP stimmte dagegen.', ['organization', 'ÖdP'], null],
    ['en', 'The deal was brokered by lawyer Tomas Ferrell in Oslo.', ['person', 'Tomas Ferrell'], null],
    ['en', 'Talks were led by Shin Bet chief Ronen Dahl.', ['organization', 'Shin Bet'], null],
    ['en', 'Peru’s President Dina Boluarte left for Cusco.', ['place', 'Peru'], null],
    ['de', 'Sachsens Innenminister Armin Schuster warnte.', ['place', 'Sachsen'], null],
    ['en', 'Fighting spread to villages near El Geneina overnight.', ['place', 'El Geneina'], null],
    ['fr', 'Des renforts sont arrivés en Haute-Savoie.', ['place', 'Haute-Savoie'], null],
    ['fr', 'Les combats ont repris près de Kupiansk.', ['place', 'Kupiansk'], null],
    ['es', 'El ejército patrulla el estado de Apure.', ['place', 'Apure'], null],
    ['en', 'Trucks queued at the Kerem Shalom crossing.', ['place', 'Kerem Shalom'], null],
    ['tr', 'Deprem en çok Pazarcık ve Elbistan ilçelerinde hissedildi.', ['place', 'Pazarcık'], null],
    ['en', 'Residents asked the mayor of Tromsø for help.', ['place', 'Tromsø'], null],
    ['es', 'La ministra de Hacienda, Ana Ruiz, lo anunció.', ['person', 'Ana Ruiz'], ['place', 'Hacienda']],
    ['en', 'Vostok, the Russian shipping company, denied it.', ['organization', 'Vostok'], null],
    ['en', 'The council named Oumar Tall as prime minister.', ['person', 'Oumar Tall'], null],
    ['fr', 'Il a rencontré le président letton Edgars Rinkēvičs.', ['person', 'Edgars Rinkēvičs'], null],
    ['fr', "Il a vu le ministre iranien de l'Intérieur, Eskandar Momeni, hier.", ['person', 'Eskandar Momeni'], null],
    ['es', 'El presidente Gustavo Petro habló. Petro pidió calma.', ['person', 'Gustavo Petro'], ['organization', 'Gustavo Petro']],
    ['en', 'The clip was first shared on Telegram by the ministry.', ['organization', 'Telegram'], null],
    ['tr', "Bizi Instagram'da takip edin", null, ['place', 'Bizi Instagram']],
    ['fr', 'Il l’a dit à Russie 1 et à la radio.', ['organization', 'Russie 1'], ['place', 'Russie']],
    ['de', 'Der Abgeordnete Jonas Berg (Bündnis 90/Die Grünen) widersprach.', ['organization', 'Bündnis 90/Die Grünen'], null],
    ['de', 'Ministerpräsident Jan Kohl (SPD) widersprach.', ['organization', 'SPD'], ['person', 'Jan Kohl (SPD)']],
    ['de', 'Er besuchte das Schloss Charlottenburg.', ['place', 'Schloss Charlottenburg'], null],
    ['en', 'Justices: Lord Ferrant (President), Lady Osei.', ['person', 'Ferrant'], ['organization', 'President']],
    ['en', 'Share: Facebook | X | LinkedIn | Email', null, ['organization', 'X']],
    ['de', 'Hannover (dpa) - Die Deutsche Bahn sperrt die Strecke.', ['organization', 'Deutsche Bahn'], ['organization', 'Die Deutsche Bahn']],
    ['en', 'Sign up for State of Crypto, our weekly newsletter.', null, ['place', 'Crypto']],
    ['tr', 'Son Dakika', null, ['person', 'Dakika']],
    ['fr', 'La Cour constitutionnelle a tranché mardi.', ['organization', 'Cour constitutionnelle'], null],
    ['fr', "Selon l'Autorité européenne de sécurité alimentaire, le risque est faible.", ['organization', 'Autorité européenne de sécurité alimentaire'], null],
    ['fr', "L'OMM l'a confirmé : l'Organisation météorologique mondiale publiera ses chiffres.", ['organization', 'Organisation météorologique mondiale'], ['organization', 'OMM']],
    // Names read by how they behave, with no word list naming them (issue 15): sentences and names of our own, not the gold sets'.
    ['en', 'The tender went to a local firm, and Voltrix said it would hire 200 people.', ['organization', 'Voltrix'], ['person', 'Voltrix']],
    ['en', 'Ngozi Adichukwu finished second. Adichukwu had led until the last lap.', ['person', 'Ngozi Adichukwu'], null],
    ['en', 'The sprint went to Kaito Mizushima, 24, of the home team.', ['person', 'Kaito Mizushima'], null],
    ['en', 'We spoke to Oyelaran Adebisi, head of policy at the port authority.', ['person', 'Oyelaran Adebisi'], null],
    ['en', '"It was close," said Oriol Vantongeren after the vote.', ['person', 'Oriol Vantongeren'], null],
    ['en', 'Shares in Kestrel rose 4% in early trading.', ['organization', 'Kestrel'], ['place', 'Kestrel']],
    ['en', 'Firms such as Zantoria and Belvik cut prices.', ['organization', 'Belvik'], ['person', 'Zantoria']],
    ['en', 'The order went to engine maker Valcor International.', ['organization', 'Valcor International'], ['person', 'Valcor International']],
    ['en', 'Norway’s Eirik Haugvaldstad said the snow was slow.', ['person', 'Eirik Haugvaldstad'], ['person', 'Norway’s Eirik Haugvaldstad']],
    ['en', 'Patrols increased across the Celebes Sea last month.', ['place', 'Celebes Sea'], null],
    ['en', 'She teaches at the University of Vienna.', ['organization', 'University of Vienna'], ['place', 'Vienna']],
    ['en', 'The claimant was represented by Imogen Larkworth KC.', ['person', 'Imogen Larkworth'], ['person', 'Imogen Larkworth KC']],
    ['de', 'TRONDHEIM – Die Fähre legte pünktlich ab.', ['place', 'TRONDHEIM'], ['organization', 'TRONDHEIM']],
    ['de', 'Der Schwede Mattias Ljungqvist gewann das Rennen.', ['person', 'Mattias Ljungqvist'], ['person', 'Schwede Mattias Ljungqvist']],
    ['de', 'Die Polizeitruppe EULEX blieb vor Ort.', ['organization', 'EULEX'], null],
    ['tr', 'Gemiler dün Saros Körfezi açıklarında bekliyor.', ['place', 'Saros Körfezi'], null],
    ['fr', "Le rapport de la Cour nationale du droit d'asile est paru.", ['organization', "Cour nationale du droit d'asile"], null],
    ['fr', "L'entreprise Valmorel a démenti.", ['organization', 'Valmorel'], ['organization', 'entreprise Valmorel']],
    ['it', "L'Istituto nazionale di statistica ha pubblicato i dati.", ['organization', 'Istituto nazionale di statistica'], null],
    ['it', "Ha parlato il ministro dell'Economia Carlo Bellandi.", ['person', 'Carlo Bellandi'], ['person', 'Economia Carlo Bellandi']],
    ['it', 'Il sindaco Beppe Sala ha detto di no.', ['person', 'Beppe Sala'], null],
    ['pt', 'A Agência nacional de águas emitiu um alerta.', ['organization', 'Agência nacional de águas'], null],
    ['pt', 'O ministro José Ribamar dos Santos chegou ontem.', ['person', 'José Ribamar dos Santos'], null],
    ['ru', 'Губернатор Олег Мельниченко заявил об ущербе.', ['person', 'Олег Мельниченко'], null],
    ['en', 'Spare parts came from Hollis & Grange, a supplier in Leeds.', ['organization', 'Hollis & Grange'], ['person', 'Hollis']],
    ['en', 'Traffic through the Bab al-Kesh slowed again.', null, ['person', 'Bab al-Kesh']],
    ['en', 'Third place went to Tomasi Ravuvu of Fiji.', ['person', 'Tomasi Ravuvu'], null],
    ['en', 'Tarrow Brook Holdings sold the mill. Tarrow Brook, now in administration, owes £4m.', ['organization', 'Tarrow Brook'], ['person', 'Tarrow Brook']],
    ['en', 'A trawler sank off Vesteralen overnight.', ['place', 'Vesteralen'], null],
    ['en', 'The drills were run by US Southern Command.', ['organization', 'US Southern Command'], ['organization', 'Southern Command']],
    ['fr', 'Les communes de Pétion-Ville et de Tabarre sont touchées.', ['place', 'Tabarre'], null],
    ['de', 'Das Land Brandenburg zahlt die Hälfte.', ['place', 'Brandenburg'], ['place', 'Land Brandenburg']],
    ['tr', "Kulüp başkanı Ahmet Yılmaz, UEFA'yı eleştirdi.", ['organization', 'UEFA'], ['person', 'UEFA']],
    ['ru', 'Переговоры вёл Сергей Рябков.', ['person', 'Сергей Рябков'], null],
    ['tr', 'Toplantıya Zeynep Korkmaz da katıldı.', ['person', 'Zeynep Korkmaz'], null],
    // Countries in every language, and the common forms of names the inflecting languages change.
    ['nl', 'De minister reisde naar Nederland en Wit-Rusland.', ['place', 'Wit-Rusland'], null],
    ['pl', 'Delegacja przyleciała z Białorusi do Litwy.', ['place', 'Litwa'], ['place', 'Litwy']],
    ['pl', 'Rafineria w Płocku pracowała normalnie.', ['place', 'Płock'], ['place', 'Płocku']],
    ['ru', 'Переговоры прошли в Ташкенте с участием Газпрома.', ['organization', 'Газпром'], ['place', 'Ташкенте']],
    ['ru', 'Токаев обсудил ситуацию с Владимиром Путиным.', ['person', 'Владимир Путин'], null],
    ['ru', 'Представитель ведомства Мария Захарова осудила визит Владимира Путина.', ['person', 'Мария Захарова'], ['person', 'Марий Захаров']],
    ['ru', 'Губернатор Оренбургской области ввёл режим ЧС.', ['place', 'Оренбургская область'], null],
    ['ru', 'Дело возбудил Следственный комитет.', ['organization', 'Следственный комитет'], null],
    ['pl', 'Rzeczniczka Straży Granicznej Anna Kowalczyk zabrała głos.', ['organization', 'Straż Graniczna'], ['person', 'Straży Granicznej Anna Kowalczyk']],
    // Bodies without a head word, and bodies compounded or ending in a country.
    ['en', 'Shares in Rosatom and Gazprom fell, Hamas said.', ['organization', 'Rosatom'], ['place', 'Rosatom']],
    ['en', 'Workers employed by Harbourline Ports UK walked out.', ['organization', 'Harbourline Ports UK'], ['place', 'UK']],
    ['nl', 'GL-leider Mirjam Hoekstra en D66-leider Rob Veldman spraken.', ['organization', 'D66'], ['person', 'D66-leider Rob Veldman']],
    ['de', 'Die Brandtwerk-Aktie stieg, nachdem der Stahlkonzern Ostrava Steel ein Angebot machte.', ['organization', 'Brandtwerk'], ['organization', 'Stahlkonzern Ostrava Steel']],
    ['it', 'Il Napoli ha battuto la Roma allo stadio, poi la squadra è tornata a Napoli.', ['organization', 'Roma'], ['place', 'Roma']],
    ['en', 'Fighting shifted to West Kordofan, where the 6th Infantry Division held El Obeid.', ['place', 'West Kordofan'], ['place', 'Kordofan']],
  ] as const)('in %s reads “%s”', (lang, text, named, notNamed) => {
    const found = extractEntities(text, lang).map((m) => [m.kind, m.name]);
    if (named) expect(found).toContainEqual(named);
    if (notNamed) expect(found).not.toContainEqual(notNamed);
  });

  it('finds no name in Hebrew, which has no capitals, where only titles and common words stand', () => {
    expect(extractEntities('הנשיא נפגש עם השר ביום ראשון.', 'he')).toEqual([]);
  });
});

describe('dated events', () => {
  const published = { publishedAt: '2026-05-08T09:00:00Z', capturedAt: '2026-06-20T12:00:00Z' };
  const unpublished = { publishedAt: null, capturedAt: '2026-06-20T12:00:00Z' };

  it.each([
    // expression, reference, date, precision, approximate
    ['He will arrive on Sunday.', published, 'on Sunday', '2026-05-10', 'day', false],
    ['He will arrive on Sunday.', unpublished, 'on Sunday', null, 'day', false],
    ['They will sign later this month.', published, 'later this month', '2026-05-01', 'month', true],
    ['They will sign later this month.', unpublished, 'later this month', null, 'month', true],
    ['Russia annexed Crimea in 2014.', published, '2014', '2014-01-01', 'year', false],
    ['Russia annexed Crimea in 2014.', unpublished, '2014', '2014-01-01', 'year', false],
    ['It will be ratified next year.', published, 'next year', '2027-01-01', 'year', false],
    ['It will be ratified next year.', unpublished, 'next year', null, 'year', false],
    ['She spoke on 3 March.', published, 'on 3 March', '2026-03-03', 'day', false],
    ['She spoke on 3 March.', unpublished, 'on 3 March', null, 'day', false],
    ['The treaty was signed on 12 June 2019.', unpublished, 'on 12 June 2019', '2019-06-12', 'day', false],
  ] as const)('%s (published %s) → %s', (sentence, reference, expression, date, precision, approximate) => {
    const [event, ...others] = extractEvents(sentence, reference);
    expect(others).toEqual([]);
    expect(event).toEqual({
      start: sentence.indexOf(expression),
      end: sentence.indexOf(expression) + expression.length,
      expression,
      date,
      precision,
      approximate,
      sentence,
    });
  });

  it.each([
    // lang, sentence, published, expression, date
    ['fr', 'Le ministre a démissionné hier.', '2026-03-01T08:00:00Z', 'hier', '2026-02-28'],
    ['fr', "Ils ont bloqué l'autoroute A7 dimanche.", '2026-05-13T08:00:00Z', 'dimanche', '2026-05-10'],
    ['fr', 'Le président répondra le 3 mars.', '2026-05-13T08:00:00Z', 'le 3 mars', '2027-03-03'],
    ['fr', 'Une caméra a filmé la scène le 3 mars.', '2026-05-13T08:00:00Z', 'le 3 mars', '2026-03-03'],
    ['de', 'Der Vertrag wurde am 30. Dezember unterzeichnet.', '2026-01-08T08:00:00Z', 'am 30. Dezember', '2025-12-30'],
    ['de', 'Die Mauer fiel am 9. November 1989.', '2026-11-04T08:00:00Z', 'am 9. November 1989', '1989-11-09'],
    ['de', 'Der Kanzler wird am Montag reisen.', '2026-05-13T08:00:00Z', 'am Montag', '2026-05-18'],
    ['es', 'El alcalde dimitió el pasado martes.', '2026-09-10T08:00:00Z', 'el pasado martes', '2026-09-08'],
    ['es', 'El juicio comenzará el 12 de enero.', '2025-12-15T08:00:00Z', 'el 12 de enero', '2026-01-12'],
    ['tr', 'Bakan dün açıklama yaptı.', '2026-01-01T09:00:00Z', 'dün', '2025-12-31'],
    ['tr', 'Saldırı pazar günü gerçekleşti.', '2026-07-08T08:00:00Z', 'pazar günü', '2026-07-05'],
    ['tr', 'Heyet geçen salı geldi.', '2026-07-08T08:00:00Z', 'geçen salı', '2026-07-07'],
    ['tr', "Seçimler 14 Mayıs 2028'de yapılacak.", '2026-03-03T08:00:00Z', '14 Mayıs 2028', '2028-05-14'],
    ['tr', 'Zirve 3 Mart günü yapılacak.', '2026-05-13T08:00:00Z', '3 Mart', '2027-03-03'],
    ['en', 'The council approved the flood plan on Monday.', '2026-10-21T08:00:00Z', 'on Monday', '2026-10-19'],
    ['en', 'Rebels shelled the town on Sunday morning.', '2026-04-19T08:00:00Z', 'on Sunday', '2026-04-19'],
    ['ru', 'Министр вчера прилетел в Анкару.', '2026-03-11T08:00:00Z', 'вчера', '2026-03-10'],
    ['ru', 'Переговоры прошли во вторник.', '2026-03-13T08:00:00Z', 'во вторник', '2026-03-10'],
    ['ru', 'Соглашение подписали 12 марта.', '2026-05-02T08:00:00Z', '12 марта', '2026-03-12'],
    ['ru', 'Саммит состоится 12 марта.', '2026-05-02T08:00:00Z', '12 марта', '2027-03-12'],
    ['it', 'Il sindaco si è dimesso ieri.', '2026-03-01T08:00:00Z', 'ieri', '2026-02-28'],
    ['it', 'Il vertice si è chiuso il 12 marzo 2026.', '2026-05-02T08:00:00Z', 'il 12 marzo 2026', '2026-03-12'],
    ['it', 'Il decreto arriverà lunedì.', '2026-05-13T08:00:00Z', 'lunedì', '2026-05-18'],
    ['pt', 'O ministro falou ontem em Lisboa.', '2026-03-01T08:00:00Z', 'ontem', '2026-02-28'],
    ['pt', 'A greve começou no dia 12 de março.', '2026-05-02T08:00:00Z', '12 de março', '2026-03-12'],
    ['pt', 'O acordo foi assinado na sexta-feira passada.', '2026-05-13T08:00:00Z', 'na sexta-feira passada', '2026-05-08'],
    ['nl', 'De minister trad gisteren af.', '2026-03-01T08:00:00Z', 'gisteren', '2026-02-28'],
    ['de', 'Die Fähre sank vergangenen Dienstag.', '2026-05-13T08:00:00Z', 'vergangenen Dienstag', '2026-05-12'],
    ['de', 'Die Kommission tagt kommenden Mittwoch.', '2026-05-13T08:00:00Z', 'kommenden Mittwoch', '2026-05-20'],
    ['pl', 'Minister podał się do dymisji wczoraj.', '2026-03-01T08:00:00Z', 'wczoraj', '2026-02-28'],
    ['pl', 'Rozmowy odbyły się we wtorek.', '2026-03-13T08:00:00Z', 'we wtorek', '2026-03-10'],
    ['pl', 'Umowę podpisano 12 marca.', '2026-05-02T08:00:00Z', '12 marca', '2026-03-12'],
    ['pl', 'Szczyt odbędzie się w przyszły piątek.', '2026-05-13T08:00:00Z', 'w przyszły piątek', '2026-05-15'],
  ] as const)('in %s reads “%s” (published %s)', (lang, sentence, publishedAt, expression, date) => {
    const events = extractEvents(sentence, { publishedAt, capturedAt: '2026-12-01T00:00:00Z', lang });
    expect(events.map((e) => [e.expression, e.date])).toEqual([[expression, date]]);
  });

  it.each([
    ['en', 'The pipeline was damaged on December 28, and repairs began a week later.', 'on December 28'],
    ['de', 'Die Brücke stürzte am 3. Mai ein, zwei Tage später kam die Armee.', 'am 3. Mai'],
  ] as const)('in %s does not date “later” from the article: %s', (lang, sentence, only) => {
    const events = extractEvents(sentence, { publishedAt: '2026-06-06T08:00:00Z', capturedAt: '2026-06-10T00:00:00Z', lang });
    expect(events.map((e) => e.expression)).toEqual([only]);
  });

  it.each([
    ['es', 'Las aguas del mar subieron durante seis meses.', []],
    ['fr', 'Le chantier durera pendant six semaines, selon la mairie.', []],
    ['de', 'Die Strecke wird für fünf Monate gesperrt.', []],
    ['de', 'So sagte es der Sprecher. Fr. Weber widersprach.', []],
    ['en', 'The report came out in May.', ['in May']],
    ['tr', 'Bakan dün konuştu.', ['dün']],
  ] as const)('in %s reads no date in a length of time or a lone abbreviation: %s', (lang, sentence, expressions) => {
    const events = extractEvents(sentence, { publishedAt: '2026-05-13T08:00:00Z', capturedAt: '2026-05-20T00:00:00Z', lang });
    expect(events.map((e) => e.expression)).toEqual(expressions);
  });

  it('leaves an undated article’s relative dates undated in every language', () => {
    const undated = (lang: string, sentence: string) => extractEvents(sentence, { publishedAt: null, capturedAt: '2026-06-02T10:00:00Z', lang }).map((e) => e.date);
    expect(undated('es', 'Los manifestantes ocuparon ayer la sede.')).toEqual([null]);
    expect(undated('de', 'Die Polizei hat am Montag drei Verdächtige festgenommen.')).toEqual([null]);
    expect(undated('tr', 'Bakan dün konuştu.')).toEqual([null]);
  });

  it('a time of day alone is not an event', () => {
    expect(extractEvents('The meeting starts at 5pm.', published)).toEqual([]);
  });

  it('finds every date in the news piece with its sentence', () => {
    const events = extractEvents(stateVisit, published);
    expect(events.map((e) => [e.expression, e.date])).toEqual([
      ['on Sunday', '2026-05-10'],
      ['later this month', '2026-05-01'],
      ['2014', '2014-01-01'],
      ['next year', '2027-01-01'],
      ['on 3 March', '2026-03-03'],
    ]);
    expect(events[2]!.sentence).toBe('Mr Erdogan last travelled to Germany in 2014, when the European Parliament debated the annexation of Crimea.');
    for (const event of events) expect(stateVisit.slice(event.start, event.end)).toBe(event.expression);
  });
});
