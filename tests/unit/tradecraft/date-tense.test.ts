/**
 * The tense a date is told in, on invented sentences in the thirteen languages
 * the timeline reads: a date keeps the tense of its own clause (reported
 * speech, relative clauses), "last" and "next" inside an expression set its
 * side, words that only look like a future tell none, a past clause never
 * dates an event after its article, and what happens as a rule is no event.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../shared/tradecraft/events.ts';

// Wednesday 2 December 2026: the Monday before is 30 November, the one after 7 December.
const publishedAt = '2026-12-02T08:00:00Z';
const dated = (lang: string, text: string) => extractEvents(text, { publishedAt, capturedAt: publishedAt, lang }).map((event) => [event.expression, event.date]);

type Case = [lang: string, text: string, expected: Array<[string, string | null]>];

describe('a date said in the past, with a future in the words reported', () => {
  const cases: Case[] = [
    ['en', 'The minister said on Monday the bridge will reopen in spring.', [['on Monday', '2026-11-30']]],
    ['en', 'Police said on Sunday that the suspect would appear in court.', [['on Sunday', '2026-11-29']]],
    ['en', 'The bridge will reopen in spring, the minister said on Monday.', [['on Monday', '2026-11-30']]],
    ['fr', 'Le ministre a déclaré lundi que le pont rouvrira au printemps.', [['lundi', '2026-11-30']]],
    ['de', 'Die Ministerin sagte am Montag, die Brücke werde im Frühjahr geöffnet.', [['am Montag', '2026-11-30']]],
    ['es', 'El ministro dijo el lunes que el puente reabrirá en primavera.', [['el lunes', '2026-11-30']]],
    ['it', 'Il ministro ha detto lunedì che il ponte riaprirà in primavera.', [['lunedì', '2026-11-30']]],
    ['pt', 'O ministro disse na segunda-feira que a ponte será reaberta na primavera.', [['na segunda-feira', '2026-11-30']]],
    ['nl', 'De minister zei maandag dat de brug in het voorjaar zal heropenen.', [['maandag', '2026-11-30']]],
    ['ru', 'Министр заявил в понедельник, что мост будет открыт весной.', [['в понедельник', '2026-11-30']]],
    ['uk', 'Міністр заявив у понеділок, що міст буде відкрито навесні.', [['у понеділок', '2026-11-30']]],
    ['pl', 'Minister powiedział w poniedziałek, że most będzie otwarty wiosną.', [['w poniedziałek', '2026-11-30']]],
    ['tr', 'Bakan pazartesi günü köprünün baharda açılacağını söyledi.', [['pazartesi günü', '2026-11-30']]],
    ['ar', 'قال الوزير يوم الاثنين إن الجسر سيفتح في الربيع المقبل.', [['يوم الاثنين', '2026-11-30'], ['الربيع المقبل', '2027-03-01']]],
    ['ar', 'أعلنت الحكومة يوم الخميس أنها ستقدم الخطة الشهر المقبل.', [['يوم الخميس', '2026-11-26'], ['الشهر المقبل', '2027-01-01']]],
    // The reported clause's subject left out: the date after the sentence's subject is the saying's.
    ['tr', 'Hükümet perşembe günü planı gelecek hafta açıklayacağını duyurdu.', [['perşembe günü', '2026-11-26'], ['gelecek hafta', '2026-12-07']]],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => expect(dated(lang, text)).toEqual(expected));
});

describe('a date told in the future stays after the article (what the past rule must not touch)', () => {
  const cases: Case[] = [
    ['en', 'The committee will meet on Monday.', [['on Monday', '2026-12-07']]],
    ['en', 'On Monday, the committee will vote.', [['On Monday', '2026-12-07']]],
    ['fr', 'Le comité se réunira lundi.', [['lundi', '2026-12-07']]],
    ['fr', 'Lundi, le comité votera.', [['Lundi', '2026-12-07']]],
    ['de', 'Der Ausschuss wird am Montag tagen.', [['am Montag', '2026-12-07']]],
    ['de', 'Der Minister kommt übermorgen nach Berlin.', [['übermorgen', '2026-12-04']]],
    ['es', 'El comité se reunirá el lunes.', [['el lunes', '2026-12-07']]],
    ['es', 'El ministro llegará mañana.', [['mañana', '2026-12-03']]],
    ['it', 'Il comitato si riunirà lunedì.', [['lunedì', '2026-12-07']]],
    ['pt', 'O comitê vai se reunir na segunda-feira.', [['na segunda-feira', '2026-12-07']]],
    ['nl', 'De commissie zal maandag vergaderen.', [['maandag', '2026-12-07']]],
    ['ru', 'Заседание комитета состоится в понедельник.', [['в понедельник', '2026-12-07']]],
    ['uk', 'Засідання комітету відбудеться у понеділок.', [['у понеділок', '2026-12-07']]],
    ['pl', 'Posiedzenie komisji odbędzie się w poniedziałek.', [['w poniedziałek', '2026-12-07']]],
    ['tr', 'Komite pazartesi günü toplanacak.', [['pazartesi günü', '2026-12-07']]],
    // The date inside the reported clause, after its genitive subject, is the reported future's.
    ['tr', 'Bakan, köprünün pazartesi günü açılacağını söyledi.', [['pazartesi günü', '2026-12-07']]],
    ['ar', 'سوف تجتمع اللجنة يوم الاثنين.', [['يوم الاثنين', '2026-12-07']]],
    // A semicolon joins clauses that share their time: "tomorrow" sets it for the present tense after it.
    ['en', 'The envoy arrives tomorrow; the talks open on 9 December.', [['tomorrow', '2026-12-03'], ['on 9 December', '2026-12-09']]],
    ['fr', 'L’émissaire arrive demain ; le sommet s’ouvre le 9 décembre.', [['demain', '2026-12-03'], ['le 9 décembre', '2026-12-09']]],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => expect(dated(lang, text)).toEqual(expected));
});

describe('a sentence with both tenses: each date takes its own clause’s, or its own “last” and “next”', () => {
  const cases: Case[] = [
    ['en', 'The council, which met on Friday, will vote in January.', [['on Friday', '2026-11-27'], ['in January', '2027-01-01']]],
    ['fr', "Le conseil, qui s'est réuni vendredi, votera en janvier.", [['vendredi', '2026-11-27'], ['en janvier', '2027-01-01']]],
    ['es', 'El consejo, que se reunió el viernes, votará en enero.', [['el viernes', '2026-11-27'], ['en enero', '2027-01-01']]],
    ['de', 'Der Rat, der am Freitag tagte, wird im Januar abstimmen.', [['am Freitag', '2026-11-27'], ['im Januar', '2027-01-01']]],
    ['it', 'Il consiglio, che si è riunito venerdì, voterà a gennaio.', [['venerdì', '2026-11-27'], ['a gennaio', '2027-01-01']]],
    ['en', 'The council met last Friday and will vote again next month.', [['last Friday', '2026-11-27'], ['next month', '2027-01-01']]],
    ['ru', 'Совет, собравшийся в прошлую пятницу, проголосует в следующем месяце.', [['в прошлую пятницу', '2026-11-27'], ['в следующем месяце', '2027-01-01']]],
    ['pl', 'Rada, która obradowała w zeszły piątek, będzie głosować w przyszłym miesiącu.', [['w zeszły piątek', '2026-11-27'], ['w przyszłym miesiącu', '2027-01-01']]],
    ['uk', 'Рада, яка зібралася минулої п’ятниці, голосуватиме наступного місяця.', [['минулої п’ятниці', '2026-11-27'], ['наступного місяця', '2027-01-01']]],
    ['tr', 'Geçen cuma toplanan konsey önümüzdeki ay oylama yapacak.', [['Geçen cuma', '2026-11-27'], ['önümüzdeki ay', '2027-01-01']]],
    ['ar', 'اجتمع المجلس يوم الجمعة الماضي وسوف يصوت في الربيع.', [['يوم الجمعة الماضي', '2026-11-27']]],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => expect(dated(lang, text)).toEqual(expected));
});

describe('"next" or "last" written before a month sets its side, whatever the clause’s tense', () => {
  const cases: Case[] = [
    ['en', 'The port signed a five-year deal on Friday that guarantees berths from next August.', [['on Friday', '2026-11-27'], ['next August', '2027-08-01']]],
    ['en', 'Talks will resume where they stopped last March.', [['last March', '2026-03-01']]],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => expect(dated(lang, text)).toEqual(expected));
});

describe('words that look like a future and tell none', () => {
  const cases: Case[] = [
    ['en', 'Flights were cancelled on Friday due to fog.', [['on Friday', '2026-11-27']]],
    ['en', 'Prices rose more than expected on Tuesday.', [['on Tuesday', '2026-12-01']]],
    ['fr', 'Comme prévu, le vote a eu lieu le 20 décembre.', [['le 20 décembre', '2025-12-20']]],
    ['de', 'Wie geplant stimmte der Rat am Freitag ab.', [['am Freitag', '2026-11-27']]],
    ['es', 'Irán lanzó misiles el 20 de diciembre.', [['el 20 de diciembre', '2025-12-20']]],
    ['es', 'El ministro llegó el lunes por la mañana.', [['el lunes', '2026-11-30']]],
    ['it', 'Come previsto, il voto si è tenuto venerdì.', [['venerdì', '2026-11-27']]],
    ['pt', 'As chuvas no Pará deixaram mortos em 20 de dezembro.', [['em 20 de dezembro', '2025-12-20']]],
    ['nl', 'Zoals gepland stemde de raad op vrijdag.', [['op vrijdag', '2026-11-27']]],
    ['fr', 'Des militants d’ultra-droite ont défilé samedi à Lyon.', [['samedi', '2026-11-28']]],
    ['pt', 'O ladrão fugiu na sexta-feira com as joias.', [['na sexta-feira', '2026-11-27']]],
    ['pt', 'A seca do verão destruiu a colheita em 20 de outubro.', [['em 20 de outubro', '2026-10-20']]],
    ['de', 'Der Mann soll am Freitag seine Nachbarin angegriffen haben.', [['am Freitag', '2026-11-27']]],
    ['de', 'Die Täter sollen am Montag in das Museum eingedrungen sein.', [['am Montag', '2026-11-30']]],
    ['tr', 'Yiyecek yardımı salı günü kente ulaştı.', [['salı günü', '2026-12-01']]],
    ['en', 'Protests began on Friday in what would become the largest rally in a decade.', [['on Friday', '2026-11-27']]],
    // The modal alone still tells a future.
    ['de', 'Der Ausschuss soll am Freitag abstimmen.', [['am Freitag', '2026-12-04']]],
    ['pt', 'O governo anunciará o plano na sexta-feira.', [['na sexta-feira', '2026-12-04']]],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => expect(dated(lang, text)).toEqual(expected));
});

describe('a plan "due to" happen, and a record’s span, in English', () => {
  const cases: Case[] = [
    // "are due to" + a verb is a plan; "due to" + a noun is a cause; "was due to" a plan told in the past.
    ['en', 'Repairs are due to finish in January, the port said on Monday.', [['in January', '2027-01-01'], ['on Monday', '2026-11-30']]],
    ['en', 'The new terminal is due to open in March.', [['in March', '2027-03-01']]],
    ['en', 'The ban was due to expire in November, officials said.', [['in November', '2026-11-01']]],
    ['en', 'The delay is due to heavy rain on Monday.', [['on Monday', '2026-11-30']]],
    // "in six years" after a superlative is the span of the record, no date.
    ['en', 'Exports reached their highest level in six years.', []],
    ['en', 'It was the first such strike in 20 years.', []],
    ['en', 'The queue was the longest in three months, the authority said on Tuesday.', [['on Tuesday', '2026-12-01']]],
    ['en', 'The plant will close in six years.', [['in six years', '2032-01-01']]],
    ['en', 'The protest will resume in two weeks.', [['in two weeks', '2026-12-16']]],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => expect(dated(lang, text)).toEqual(expected));
});

describe('the last guard: a past clause dates nothing after its article', () => {
  it('leaves undated what chrono counted ahead, with no past reading of it', () => {
    expect(dated('en', 'Firefighters said the blaze was contained in three days.')).toEqual([['in three days', null]]);
  });

  it('keeps a date that writes out its year, as the text says it', () => {
    expect(dated('en', 'The contract ran until 3 March 2027.')).toEqual([['3 March 2027', '2027-03-03']]);
  });

  it('no piece of a word is a date ("Fr" in "Frühjahr")', () => {
    expect(dated('de', 'Im Frühjahr stieg die Zahl der Anträge.')).toEqual([]);
  });
});

describe('the article’s own day, whatever its offset from UTC', () => {
  const cases: Array<[publishedAt: string, lang: string, text: string, expected: Array<[string, string | null]>]> = [
    // 23:30 in New York is already Thursday 3 December in UTC: the article was still written on Wednesday the 2nd.
    ['2026-12-02T23:30:00-05:00', 'en', 'Protesters gathered outside parliament on Thursday.', [['on Thursday', '2026-11-26']]],
    ['2026-12-02T23:30:00-05:00', 'es', 'Los manifestantes se reunieron ayer frente al Congreso.', [['ayer', '2026-12-01']]],
    // 01:00 in Istanbul is still 1 December in UTC.
    ['2026-12-02T01:00:00+03:00', 'tr', 'Protestocular dün meclis önünde toplandı.', [['dün', '2026-12-01']]],
    ['2026-12-02T01:00:00+03:00', 'ru', 'Протестующие собрались вчера у парламента.', [['вчера', '2026-12-01']]],
  ];
  it.each(cases)('%s %s: %s', (published, lang, text, expected) =>
    expect(extractEvents(text, { publishedAt: published, capturedAt: published, lang }).map((event) => [event.expression, event.date])).toEqual(expected),
  );
});

describe('a day and month in figures, day first, and a day of the month alone', () => {
  const cases: Case[] = [
    ['de', 'Die Polizei nahm den Mann am 28.11. fest.', [['am 28.11.', '2026-11-28']]],
    ['de', 'Der Prozess soll am 14.1. in Köln beginnen.', [['am 14.1.', '2027-01-14']]],
    ['ru', 'Полиция задержала мужчину 28.11.', [['28.11.', '2026-11-28']]],
    ['uk', 'Поліція затримала чоловіка 28.11.2026 у Львові.', [['28.11.2026', '2026-11-28']]],
    ['pl', 'Policja zatrzymała mężczyznę 28.11.2026 r.', [['28.11.2026', '2026-11-28']]],
    ['tr', 'Polis şüpheliyi 28.11.2026 tarihinde gözaltına aldı.', [['28.11.2026', '2026-11-28']]],
    ['es', 'La policía detuvo al hombre el día 28.', [['el día 28', '2026-11-28']]],
    ['pt', 'A polícia prendeu o homem no dia 28.', [['no dia 28', '2026-11-28']]],
    ['pt', 'A audiência será no dia 15.', [['no dia 15', '2026-12-15']]],
    ['it', 'La polizia ha arrestato l’uomo il giorno 28.', [['il giorno 28', '2026-11-28']]],
    ['en', 'Police arrested the man on the 28th.', [['on the 28th', '2026-11-28']]],
    ['en', 'The hearing will resume on the 15th, officials said.', [['on the 15th', '2026-12-15']]],
    // What must not be read: a decimal, a version or section number, an ordinal before its noun.
    ['de', 'Die Preise stiegen um 28.11 Prozent.', []],
    ['de', 'Die Firma veröffentlichte Version 2.1. des Programms.', []],
    ['en', 'The fire started on the 8th floor.', []],
    ['es', 'El paro subió al 12,5 por ciento.', []],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => expect(dated(lang, text)).toEqual(expected));
});

describe('a weekday written against a date is that date’s day, one event', () => {
  const cases: Case[] = [
    ['tr', 'Polis şüpheliyi 27 Kasım Cuma günü gözaltına aldı.', [['27 Kasım Cuma günü', '2026-11-27']]],
    ['pl', 'Policja zatrzymała podejrzanego w czwartek 26 listopada.', [['w czwartek 26 listopada', '2026-11-26']]],
    ['ar', 'اعتقلت الشرطة المشتبه به يوم الخميس 26 تشرين الثاني.', [['يوم الخميس 26 تشرين الثاني', '2026-11-26']]],
    ['uk', 'Поліція затримала підозрюваного у четвер 26 листопада.', [['у четвер 26 листопада', '2026-11-26']]],
    // Joined by a word, they are two days.
    ['pl', 'Rozmowy trwały od 20 listopada do czwartku.', [['20 listopada', '2026-11-20']]],
    ['tr', 'Heyet 20 Kasım ve Perşembe günü görüştü.', [['20 Kasım', '2026-11-20'], ['Perşembe günü', '2026-11-26']]],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => expect(dated(lang, text)).toEqual(expected));
});

describe('near the turn of the year, a year-less day with no past word in its sentence takes the near side', () => {
  // Tuesday 29 December 2026 and Monday 4 January 2027.
  const yearEnd = '2026-12-29T08:00:00Z';
  const yearStart = '2027-01-04T08:00:00Z';
  const cases: Array<[publishedAt: string, lang: string, text: string, expected: Array<[string, string | null]>]> = [
    // A present that tells the coming January, and a weekday of the same sentence with it.
    [yearEnd, 'en', 'The assembly debates the budget on 12 January; the panel sits on Friday.', [['on 12 January', '2027-01-12'], ['on Friday', '2027-01-01']]],
    [yearEnd, 'de', 'Der Landtag berät den Haushalt am 12. Januar; der Ausschuss tagt am Freitag.', [['am 12. Januar', '2027-01-12'], ['am Freitag', '2027-01-01']]],
    [yearEnd, 'de', 'Der Landtag berät den Haushalt am 12.01.', [['am 12.01.', '2027-01-12']]],
    [yearEnd, 'fr', "L'assemblée examine le budget le 12 janvier.", [['le 12 janvier', '2027-01-12']]],
    [yearEnd, 'es', 'El pleno debate el presupuesto el 12 de enero.', [['el 12 de enero', '2027-01-12']]],
    [yearEnd, 'pl', 'Sejmik rozpatrzy budżet 12 stycznia, a komisja zbierze się w piątek.', [['12 stycznia', '2027-01-12'], ['w piątek', '2027-01-01']]],
    [yearEnd, 'ru', 'Дума рассматривает бюджет 12 января.', [['12 января', '2027-01-12']]],
    // A future word with a day just gone: the December before, not the next one.
    [yearStart, 'en', 'The inquiry will publish its findings on the attack of 28 December.', [['28 December', '2026-12-28']]],
    [yearStart, 'de', 'Die Kommission wird den Anschlag vom 28. Dezember untersuchen.', [['28. Dezember', '2026-12-28']]],
    // A past word keeps the day in the year gone, however far.
    [yearEnd, 'en', 'The assembly approved the budget on 12 January.', [['on 12 January', '2026-01-12']]],
    [yearEnd, 'de', 'Der Landtag beriet den Haushalt am 12.01.', [['am 12.01.', '2026-01-12']]],
    [yearEnd, 'fr', "L'assemblée a adopté le budget le 12 janvier.", [['le 12 janvier', '2026-01-12']]],
    [yearEnd, 'es', 'El pleno aprobó el presupuesto el 12 de enero.', [['el 12 de enero', '2026-01-12']]],
    [yearEnd, 'pl', 'Sejmik przyjął budżet 12 stycznia.', [['12 stycznia', '2026-01-12']]],
    [yearEnd, 'ru', 'Дума приняла бюджет 12 января.', [['12 января', '2026-01-12']]],
    // A month alone, the same way ahead; a past word keeps it, and a future one never moves a month back.
    [yearEnd, 'en', 'The assembly debates the budget in January.', [['in January', '2027-01-01']]],
    [yearEnd, 'de', 'Der Landtag berät den Haushalt im Januar.', [['im Januar', '2027-01-01']]],
    [yearEnd, 'pl', 'Sejmik rozpatrzy budżet w styczniu.', [['w styczniu', '2027-01-01']]],
    [yearEnd, 'de', 'Die Ausfuhren sanken im Januar.', [['im Januar', '2026-01-01']]],
    [yearEnd, 'en', 'Exports grew in January.', [['in January', '2026-01-01']]],
    [yearStart, 'en', 'The plant will reopen in December.', [['in December', '2027-12-01']]],
    // Arabic writes its past with no mark: nothing moves ahead.
    [yearEnd, 'ar', 'عقد المجلس جلسته في 12 يناير.', [['12 يناير', '2026-01-12']]],
    // Far from the turn the tense rules alone: a present in March reads the January gone.
    ['2026-03-10T08:00:00Z', 'en', 'The assembly debates the budget on 12 January.', [['on 12 January', '2026-01-12']]],
  ];
  it.each(cases)('%s %s: %s', (published, lang, text, expected) =>
    expect(extractEvents(text, { publishedAt: published, capturedAt: published, lang }).map((event) => [event.expression, event.date])).toEqual(expected),
  );
});

describe('a schedule told in the present: a year-less day near ahead, with the one gone most of a year back, is ahead', () => {
  // Written on 2 December 2026: 14 March is 102 days ahead and 263 days gone.
  const cases: Case[] = [
    ['en', 'The committee meets on 14 March to discuss the bill.', [['on 14 March', '2027-03-14']]],
    ['de', 'Der Ausschuss berät am 14. März über den Antrag.', [['am 14. März', '2027-03-14']]],
    ['fr', "L'Assemblée examine le texte le 14 mars.", [['le 14 mars', '2027-03-14']]],
    ['es', 'El Congreso debate la ley el 14 de marzo.', [['el 14 de marzo', '2027-03-14']]],
    ['it', 'Il Senato esamina il testo il 14 marzo.', [['il 14 marzo', '2027-03-14']]],
    ['pt', 'O Senado vota o projeto em 14 de março.', [['em 14 de março', '2027-03-14']]],
    ['ru', 'Госдума рассматривает законопроект 14 марта.', [['14 марта', '2027-03-14']]],
    // A past word keeps the day gone, as before.
    ['en', 'The committee met on 14 March to discuss the bill.', [['on 14 March', '2026-03-14']]],
    ['de', 'Der Ausschuss beriet am 14. März über den Antrag.', [['am 14. März', '2026-03-14']]],
    ['fr', "L'Assemblée a examiné le texte le 14 mars.", [['le 14 mars', '2026-03-14']]],
    ['es', 'El Congreso debatió la ley el 14 de marzo.', [['el 14 de marzo', '2026-03-14']]],
    ['ru', 'Госдума рассмотрела законопроект 14 марта.', [['14 марта', '2026-03-14']]],
    // A day recently gone stays gone; one half a year ahead is as near gone, and the past rules.
    ['en', 'The committee meets on 20 November.', [['on 20 November', '2026-11-20']]],
    ['en', 'The committee meets on 10 June.', [['on 10 June', '2026-06-10']]],
    // Arabic writes its past with no mark: nothing moves ahead.
    ['ar', 'يناقش البرلمان القانون في 14 مارس.', [['14 مارس', '2026-03-14']]],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => expect(dated(lang, text)).toEqual(expected));

  // Written on 10 March 2027, 1 June is 83 days ahead and 282 gone: an irregular past keeps it gone.
  const inMarch = '2027-03-10T08:00:00Z';
  const irregularPasts: Case[] = [
    ['nl', 'Het schip voer op 1 juni uit Rotterdam.', [['op 1 juni', '2026-06-01']]],
    ['nl', 'De minister besprak op 1 juni de plannen.', [['op 1 juni', '2026-06-01']]],
    ['es', 'El ministro hizo el 1 de junio una visita a Cádiz.', [['el 1 de junio', '2026-06-01']]],
    ['pt', 'O navio fez escala em 1 de junho em Lisboa.', [['em 1 de junho', '2026-06-01']]],
    ['nl', 'De Kamer debatteert op 1 juni over het plan.', [['op 1 juni', '2027-06-01']]],
  ];
  it.each(irregularPasts)('%s: %s', (lang, text, expected) =>
    expect(extractEvents(text, { publishedAt: inMarch, capturedAt: inMarch, lang }).map((event) => [event.expression, event.date])).toEqual(expected),
  );
});

describe('"is expected on" tells a future; "was expected" and "as expected" do not', () => {
  // Written on 2 December 2026, each with a past word of the saying ("a indiqué", "indicó"), so only the future word moves the day.
  const cases: Case[] = [
    ['fr', 'Le verdict est attendu le 9 février, a indiqué le parquet.', [['le 9 février', '2027-02-09']]],
    ['it', 'La sentenza è attesa il 9 febbraio, ha detto la procura.', [['il 9 febbraio', '2027-02-09']]],
    ['es', 'El fallo es esperado el 9 de febrero, indicó la fiscalía.', [['el 9 de febrero', '2027-02-09']]],
    ['pt', 'A sentença é esperada em 9 de fevereiro, informou o tribunal.', [['em 9 de fevereiro', '2027-02-09']]],
    ['nl', 'De uitspraak wordt op 9 februari verwacht, meldde het OM.', [['op 9 februari', '2027-02-09']]],
    ['fr', 'Le verdict était attendu le 9 juin, a indiqué le parquet.', [['le 9 juin', '2026-06-09']]],
    ['fr', 'Comme attendu, la banque a relevé le 9 juin ses taux.', [['le 9 juin', '2026-06-09']]],
    ['nl', 'Zoals verwacht verhoogde de bank op 9 juni de rente.', [['op 9 juni', '2026-06-09']]],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => expect(dated(lang, text)).toEqual(expected));
});

describe('a clock time written with a dot is no day and month, and not part of the day it follows', () => {
  // Written on Wednesday 2 December 2026: the Tuesday is 1 December.
  const cases: Case[] = [
    ['it', 'La scossa è stata registrata martedì alle 3.12.', [['martedì', '2026-12-01']]],
    ['nl', 'De trein ontspoorde dinsdag om 14.30 uur bij Zwolle.', [['dinsdag', '2026-12-01']]],
    ['de', 'Der Zug entgleiste am Dienstag gegen 14.30 bei Fulda.', [['am Dienstag', '2026-12-01']]],
    ['pl', 'Pociąg wykoleił się we wtorek o 14.30 pod Radomiem.', [['we wtorek', '2026-12-01']]],
    ['tr', "Deprem salı günü saat 03.12'de meydana geldi.", [['salı günü', '2026-12-01']]],
    // A day and month in figures is still one.
    ['de', 'Die Frist endete am 3.12. um Mitternacht.', [['am 3.12.', '2025-12-03']]],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => expect(dated(lang, text)).toEqual(expected));
});

describe('two days from the article: the day before yesterday and after tomorrow', () => {
  const cases: Case[] = [
    ['fr', 'Le convoi a été attaqué avant-hier.', [['avant-hier', '2026-11-30']]],
    ['fr', 'La délégation partira après-demain.', [['après-demain', '2026-12-04']]],
    ['es', 'El convoy fue atacado anteayer.', [['anteayer', '2026-11-30']]],
    ['es', 'La delegación partirá pasado mañana.', [['pasado mañana', '2026-12-04']]],
    ['it', "Il convoglio è stato attaccato l'altro ieri.", [["l'altro ieri", '2026-11-30']]],
    ['pt', 'O comboio foi atacado anteontem.', [['anteontem', '2026-11-30']]],
    ['pt', 'A delegação parte depois de amanhã.', [['depois de amanhã', '2026-12-04']]],
    ['nl', 'Het konvooi werd eergisteren aangevallen.', [['eergisteren', '2026-11-30']]],
    ['nl', 'De delegatie vertrekt overmorgen.', [['overmorgen', '2026-12-04']]],
    ['tr', 'Konvoy evvelsi gün saldırıya uğradı.', [['evvelsi gün', '2026-11-30']]],
    ['tr', 'Heyet öbür gün yola çıkıyor.', [['öbür gün', '2026-12-04']]],
    ['ar', 'تعرضت القافلة لهجوم أول أمس.', [['أول أمس', '2026-11-30']]],
    ['ar', 'تصل القافلة بعد غد.', [['بعد غد', '2026-12-04']]],
    // Yesterday and tomorrow alone stay one day away.
    ['fr', 'Le convoi a été attaqué hier.', [['hier', '2026-12-01']]],
    ['ar', 'تعرضت القافلة لهجوم أمس.', [['أمس', '2026-12-01']]],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => expect(dated(lang, text)).toEqual(expected));
});

describe('"this" before a weekday belongs to it', () => {
  const cases: Case[] = [
    ['pt', 'A operação foi deflagrada nesta quinta-feira.', [['nesta quinta-feira', '2026-11-26']]],
    ['pt', 'A audiência será neste sábado.', [['neste sábado', '2026-12-05']]],
    ['es', 'La operación comenzó este martes.', [['este martes', '2026-12-01']]],
    ['fr', 'La réunion a eu lieu ce mardi.', [['ce mardi', '2026-12-01']]],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => expect(dated(lang, text)).toEqual(expected));
});

describe('an "accessed" line of a citation is no event, in every language', () => {
  const cases: Case[] = [
    ['es', 'Informe anual del puerto. Consultado el 3 de noviembre de 2026.', []],
    ['pt', 'Relatório anual do porto. Acesso em 3 de novembro de 2026.', []],
    ['it', 'Rapporto annuale del porto. Consultato il 3 novembre 2026.', []],
    ['nl', 'Jaarverslag van de haven. Geraadpleegd op 3 november 2026.', []],
    ['ru', 'Годовой отчёт порта. Дата обращения: 3 ноября 2026.', []],
    ['uk', 'Річний звіт порту. Дата звернення: 3 листопада 2026.', []],
    ['pl', 'Raport roczny portu. Dostęp 3 listopada 2026.', []],
    // "Dostęp" (access) in a sentence of its own is no citation.
    ['pl', 'Dostęp do portu odcięto 3 listopada.', [['3 listopada', '2026-11-03']]],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => expect(dated(lang, text)).toEqual(expected));
});

describe('a list of sources under its heading, or lines opened by "↑", tells no events, in every language', () => {
  const cases: Case[] = [
    ['nl', 'De haven ging op 18 november dicht.\nBronnen\n„Haven dicht", Zeeuwse Post, 19 november 2026.', [['op 18 november', '2026-11-18']]],
    ['nl', 'De haven ging op 18 november dicht.\n↑ „Haven dicht", Zeeuwse Post, 19 november 2026.', [['op 18 november', '2026-11-18']]],
    ['it', 'Il porto ha chiuso il 18 novembre.\nFonti\nAnsa, 19 novembre 2026.', [['il 18 novembre', '2026-11-18']]],
    ['pt', 'O porto fechou em 18 de novembro.\nReferências\nLusa, 19 de novembro de 2026.', [['em 18 de novembro', '2026-11-18']]],
    ['pl', 'Port zamknięto 18 listopada.\nPrzypisy\nPAP, 19 listopada 2026.', [['18 listopada', '2026-11-18']]],
    ['uk', 'Порт закрили 18 листопада.\nДжерела\nУкрінформ, 19 листопада 2026.', [['18 листопада', '2026-11-18']]],
    // The same word inside a sentence is no heading.
    ['nl', 'Bronnen bij de haven meldden op 18 november een lek.', [['op 18 november', '2026-11-18']]],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => expect(dated(lang, text)).toEqual(expected));
});

describe('dates in figures, as each language writes them', () => {
  const cases: Case[] = [
    ['tr', 'Anlaşma 2026-11-05 tarihinde imzalandı.', [['2026-11-05', '2026-11-05']]],
    ['pl', 'Umowę podpisano 05/11/2026 w Gdańsku.', [['05/11/2026', '2026-11-05']]],
    ['uk', 'Угоду підписали 05/11/2026.', [['05/11/2026', '2026-11-05']]],
    ['ar', 'وقعت الاتفاقية في 2026-11-05.', [['2026-11-05', '2026-11-05']]],
    // Arabic-Indic digits.
    ['ar', 'وقعت الاتفاقية في ٥ نوفمبر ٢٠٢٦.', [['٥ نوفمبر ٢٠٢٦', '2026-11-05']]],
    // Dots are written day first, in English too; slashes in English stay month first.
    ['en', 'The accord was signed on 05.11.2026 in Gdańsk.', [['on 05.11.2026', '2026-11-05']]],
    ['en', 'The accord was signed on 11/05/2026.', [['on 11/05/2026', '2026-11-05']]],
    // Chinese, Japanese and Korean, read as English.
    ['zh', '协议于2026年11月5日签署。', [['2026年11月5日', '2026-11-05']]],
    ['ja', '協定は11月5日に署名された。', [['11月5日', '2026-11-05']]],
    ['ko', '협정은 2026년 11월 5일 서명됐다.', [['2026년 11월 5일', '2026-11-05']]],
    // What is no date: a version, a score, a month without its day.
    ['tr', 'Yazılımın 3/4 sürümü çıktı.', []],
    ['en', 'Version 2.1.3 shipped.', []],
    ['zh', '2026年11月的报告。', []],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => expect(dated(lang, text)).toEqual(expected));
});

describe('this, last and next week, month and year, in the forms a noun or preposition gives them', () => {
  // Wednesday 2 December 2026: this week's Monday is 30 November.
  const cases: Case[] = [
    ['en', 'Exports slowed this week.', [['this week', '2026-11-30']]],
    ['fr', 'Les exportations ont ralenti cette semaine.', [['cette semaine', '2026-11-30']]],
    ['fr', 'Les exportations ont ralenti plus tôt ce mois-ci.', [['ce mois-ci', '2026-12-01']]],
    ['de', 'Die Ausfuhren sanken Anfang dieses Monats.', [['dieses Monats', '2026-12-01']]],
    ['es', 'Las exportaciones cayeron este año.', [['este año', '2026-01-01']]],
    ['it', 'Le esportazioni sono calate nel corso della settimana scorsa.', [['della settimana scorsa', '2026-11-23']]],
    ['pt', 'As exportações caíram nesta semana.', [['nesta semana', '2026-11-30']]],
    ['ru', 'Экспорт снизился на этой неделе.', [['на этой неделе', '2026-11-30']]],
    ['uk', 'Експорт знизився цього року.', [['цього року', '2026-01-01']]],
    ['de', 'Die Ausfuhren sanken in dieser Woche.', [['in dieser Woche', '2026-11-30']]],
    ['tr', 'İhracat bu hafta yavaşladı.', [['bu hafta', '2026-11-30']]],
    ['pl', 'Eksport spadł w tym miesiącu.', [['w tym miesiącu', '2026-12-01']]],
    ['ar', 'تراجعت الصادرات هذا العام.', [['هذا العام', '2026-01-01']]],
    // Last and next in the genitive or after a preposition.
    ['es', 'La planta cerró a finales del año pasado.', [['del año pasado', '2025-01-01']]],
    ['ru', 'Завод закрылся в конце прошлого года.', [['прошлого года', '2025-01-01']]],
    ['pl', 'Zakład zamknięto pod koniec ubiegłego roku.', [['ubiegłego roku', '2025-01-01']]],
    ['tr', 'Fabrika geçen yılın sonunda kapandı.', [['geçen yılın', '2025-01-01']]],
    ['pt', 'A fábrica fechou no fim do ano passado.', [['do ano passado', '2025-01-01']]],
    ['ar', 'أغلق المصنع العام الماضي.', [['العام الماضي', '2025-01-01']]],
    ['ar', 'يفتتح المصنع العام المقبل.', [['العام المقبل', '2027-01-01']]],
    // "This" with no period after it is no date.
    ['en', 'This plant closed.', []],
    ['tr', 'Bu ayna kırıldı.', []],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => expect(dated(lang, text)).toEqual(expected));
});

describe('a range of days in one month is one event, from its first day', () => {
  const cases: Case[] = [
    ['es', 'La feria se celebró del 3 al 5 de noviembre.', [['del 3 al 5 de noviembre', '2026-11-03']]],
    ['pl', 'Targi odbyły się w dniach 3-5 listopada.', [['3-5 listopada', '2026-11-03']]],
    ['tr', 'Fuar 3-5 Kasım tarihlerinde yapıldı.', [['3-5 Kasım', '2026-11-03']]],
    ['uk', 'Ярмарок тривав 3–5 листопада.', [['3–5 листопада', '2026-11-03']]],
    // A score or a decimal before a date is no range.
    ['es', 'El equipo ganó 2-1 el 5 de noviembre.', [['el 5 de noviembre', '2026-11-05']]],
    // A first day after the last is no range of one month.
    ['pl', 'Delegacja przyleciała 12 - 5 listopada podpisano umowę.', [['5 listopada', '2026-11-05']]],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => expect(dated(lang, text)).toEqual(expected));
});

describe('an ordinal day keeps its date, and its mark stays in the expression', () => {
  const cases: Case[] = [
    ['es', 'Las obras comenzaron el 1.º de noviembre.', [['el 1.º de noviembre', '2026-11-01']]],
    ['ru', 'Работы начались 1-го ноября.', [['1-го ноября', '2026-11-01']]],
    ['uk', 'Роботи почалися 1-го листопада.', [['1-го листопада', '2026-11-01']]],
    ['pl', 'Prace ruszyły 5-go listopada.', [['5-go listopada', '2026-11-05']]],
    // A rank is no date.
    ['ru', 'Команда заняла 5-е место.', []],
    // An "accessed" note in brackets is no event.
    ['en', 'Port traffic data (accessed 3 November 2026).', []],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => expect(dated(lang, text)).toEqual(expected));
});

describe('Polish tells its past by its forms: a sentence with none of them is told ahead', () => {
  const cases: Case[] = [
    ['pl', 'Wojewoda odwiedzi Elbląg w piątek.', [['w piątek', '2026-12-04']]],
    ['pl', 'Rada przyjmie projekt 12 marca.', [['12 marca', '2027-03-12']]],
    // A past form, the impersonal past or a participle keeps it where it was.
    ['pl', 'Wojewoda odwiedził Elbląg w piątek.', [['w piątek', '2026-11-27']]],
    ['pl', 'W piątek w Elblągu ogłoszono alarm.', [['W piątek', '2026-11-27']]],
    ['pl', 'Rada przyjęła projekt 12 marca.', [['12 marca', '2026-03-12']]],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => expect(dated(lang, text)).toEqual(expected));
});

describe('a weekday in a sentence with a day told ahead, and no past word in it, is ahead too', () => {
  const cases: Case[] = [
    ['de', 'Der Ausschuss will am 9. Dezember abstimmen; die Stadt reicht am Freitag ihre Zahlen ein.', [['am 9. Dezember', '2026-12-09'], ['am Freitag', '2026-12-04']]],
    ['uk', 'Засідання ради відбудеться 9 грудня, а мерія подасть звіт у п’ятницю.', [['9 грудня', '2026-12-09'], ['у п’ятницю', '2026-12-04']]],
    ['ru', 'Заседание совета состоится 9 декабря, а мэрия представит отчёт в пятницу.', [['9 декабря', '2026-12-09'], ['в пятницу', '2026-12-04']]],
    // A past word in the sentence keeps the weekday behind the article.
    ['de', 'Der Ausschuss will am 9. Dezember abstimmen; die Stadt hat am Freitag ihre Zahlen eingereicht.', [['am 9. Dezember', '2026-12-09'], ['am Freitag', '2026-11-27']]],
    ['ru', 'Заседание совета состоится 9 декабря, а мэрия представила отчёт в пятницу.', [['9 декабря', '2026-12-09'], ['в пятницу', '2026-11-27']]],
    // No day ahead in the sentence: the weekday stays as its clause tells it.
    ['de', 'Die Stadt reicht am Freitag ihre Zahlen ein.', [['am Freitag', '2026-11-27']]],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => expect(dated(lang, text)).toEqual(expected));
});

describe('Hebrew dates: prefixes written on the words, weekdays only with "יום", a schedule told in the future', () => {
  const cases: Case[] = [
    ['he', 'השר אמר ביום שני כי הגשר ייפתח באביב.', [['ביום שני', '2026-11-30']]],
    ['he', 'ביום שישי שעבר נעצר החשוד בחיפה.', [['ביום שישי שעבר', '2026-11-27']]],
    ['he', 'הוועדה תתקיים ביום חמישי הבא בירושלים.', [['ביום חמישי הבא', '2026-12-03']]],
    ['he', 'אתמול הודיע משרד האוצר על קיצוץ בתקציב, ומחר יצביעו השרים.', [['אתמול', '2026-12-01'], ['ומחר', '2026-12-03']]],
    ['he', 'המכרז נסגר ב-28 בנובמבר 2026.', [['28 בנובמבר 2026', '2026-11-28']]],
    ['he', 'הרפורמה תיכנס לתוקף ב-1 בינואר.', [['1 בינואר', '2027-01-01']]],
    ['he', 'בשבוע שעבר פורסם הדוח, והשבוע הבא יוקדש לדיונים.', [['בשבוע שעבר', '2026-11-23'], ['והשבוע הבא', '2026-12-07']]],
    ['he', 'בשנה שעברה גדל הייצוא, והשנה הוא צפוי לרדת.', [['בשנה שעברה', '2025-01-01'], ['והשנה', '2026-01-01']]],
    // "Will begin … during April, the ministry announced yesterday": April ahead, yesterday behind.
    ['he', 'רכבת הגליל תתחיל להפעיל רכבות לילה במהלך חודש אפריל, כך הודיע אתמול משרד התחבורה.', [['חודש אפריל', '2027-04-01'], ['אתמול', '2026-12-01']]],
    // "Second in line", "with great vigour", "the film's director": no dates.
    ['he', 'הוא היה שני בתור, והיא שלישית.', []],
    ['he', 'הם עבדו במרץ רב כדי לסיים את הבנייה.', []],
    ['he', 'במאי הסרט קיבל את הפרס בטקס.', []],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => expect(dated(lang, text)).toEqual(expected));
});

describe('a month or a weekday told as what happens as a rule names no occasion', () => {
  const cases: Case[] = [
    ['en', 'February is traditionally a quiet month for the port.', []],
    ['en', 'Ferry traffic usually peaks in August.', []],
    ['en', 'The council normally meets on Monday, but it met on Thursday.', [['on Thursday', '2026-11-26']]],
    ['en', 'The ferry, which usually sails on Monday, was cancelled on Thursday.', [['on Thursday', '2026-11-26']]],
    ['en', 'Exports usually peak in March; they peaked on 14 February.', [['on 14 February', '2026-02-14']]],
    ['fr', 'Le conseil se réunit habituellement le lundi.', []],
    ['de', 'Der Rat tagt normalerweise am Montag.', []],
    ['es', 'Las lluvias suelen llegar en marzo.', []],
    ['it', 'Di solito il porto chiude in gennaio.', []],
    ['pt', 'O conselho costuma reunir-se na segunda-feira.', []],
    ['nl', 'De raad vergadert gewoonlijk op maandag.', []],
    ['ru', 'Обычно навигация открывается в мае.', []],
    ['uk', 'Зазвичай навігація відкривається у травні.', []],
    ['pl', 'Rada zwykle obraduje w poniedziałek.', []],
    ['tr', 'Kurul genellikle pazartesi toplanıyor.', []],
    // Without the habit, the same words are an event.
    ['en', 'Ferry traffic peaked in August.', [['in August', '2026-08-01']]],
    ['de', 'Der Rat tagte am Montag.', [['am Montag', '2026-11-30']]],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => expect(dated(lang, text)).toEqual(expected));
});

describe('a weekday with its week is that day of the week named, not the week\'s Monday', () => {
  const cases: Case[] = [
    ['en', 'The council met on Tuesday last week.', [['on Tuesday last week', '2026-11-24']]],
    ['en', 'The council met on Monday this week.', [['on Monday this week', '2026-11-30']]],
    ['en', 'The council will meet on Thursday next week.', [['on Thursday next week', '2026-12-10']]],
    ['de', 'Der Rat tagte am Dienstag letzter Woche.', [['am Dienstag letzter Woche', '2026-11-24']]],
    ['fr', "Le conseil s'est réuni mardi la semaine dernière.", [['mardi la semaine dernière', '2026-11-24']]],
    ['es', 'El consejo se reunió el martes de la semana pasada.', [['el martes de la semana pasada', '2026-11-24']]],
    ['it', 'Il consiglio si è riunito martedì della settimana scorsa.', [['martedì della settimana scorsa', '2026-11-24']]],
    ['nl', 'De raad vergaderde vorige week dinsdag.', [['vorige week dinsdag', '2026-11-24']]],
    ['ru', 'Совет собрался во вторник на прошлой неделе.', [['во вторник на прошлой неделе', '2026-11-24']]],
    // The week alone still starts on its Monday.
    ['en', 'The council met last week.', [['last week', '2026-11-23']]],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => expect(dated(lang, text)).toEqual(expected));
});

describe('near the turn of the year, nouns that end like a past tell no past', () => {
  // Tuesday 29 December 2026: each sentence tells what is ahead in a present or a perfective, with a noun that ends as
  // a past does; the same sentence with a past verb keeps its day in the year gone.
  const yearEnd = '2026-12-29T08:00:00Z';
  const cases: Array<[lang: string, text: string, expected: Array<[string, string | null]>]> = [
    ['ru', 'Суд рассмотрит дело 12 января.', [['12 января', '2027-01-12']]],
    ['ru', 'Родители передадут подписи 12 января.', [['12 января', '2027-01-12']]],
    ['ru', 'Посол вручит грамоты 12 января.', [['12 января', '2027-01-12']]],
    ['ru', 'Жители и родители соберутся 12 января.', [['12 января', '2027-01-12']]],
    ['ru', 'Министр прилетит в Кабул 12 января.', [['12 января', '2027-01-12']]],
    ['ru', 'Суд рассмотрел дело 12 января.', [['12 января', '2026-01-12']]],
    ['ru', 'Было решено 12 января.', [['12 января', '2026-01-12']]],
    ['uk', 'Рада розгляне умови угоди 12 січня.', [['12 січня', '2027-01-12']]],
    ['uk', 'Міністр закордонних справ прибуде 12 січня.', [['12 січня', '2027-01-12']]],
    ['uk', 'Рада розглянула умови угоди 12 січня.', [['12 січня', '2026-01-12']]],
    ['uk', 'Міністр прибув до Львова 12 січня.', [['12 січня', '2026-01-12']]],
    ['nl', 'De Raad van State doet op 14 januari uitspraak.', [['op 14 januari', '2027-01-14']]],
    ['nl', 'De Tweede Kamer debatteert op 14 januari over de eerste begroting.', [['op 14 januari', '2027-01-14']]],
    ['nl', 'De leden van de gemeenteraad stemmen om die reden op 14 januari.', [['op 14 januari', '2027-01-14']]],
    ['nl', 'De Tweede Kamer stemde op 14 januari over de begroting.', [['op 14 januari', '2026-01-14']]],
    ['nl', 'De gemeente opende op 14 januari het nieuwe station.', [['op 14 januari', '2026-01-14']]],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) =>
    expect(extractEvents(text, { publishedAt: yearEnd, capturedAt: yearEnd, lang }).map((event) => [event.expression, event.date])).toEqual(expected),
  );
});

describe('a weekday named "last" is never the day of writing', () => {
  // Thursday 7 January 2027: "last Thursday" is 31 December; "on Thursday" alone, told in the past, may be that day.
  const thursday = '2027-01-07T08:00:00Z';
  const cases: Array<[lang: string, text: string, expected: Array<[string, string | null]>]> = [
    ['en', 'The dockers went back to work last Thursday.', [['last Thursday', '2026-12-31']]],
    ['fr', 'Les dockers ont repris le travail jeudi dernier.', [['jeudi dernier', '2026-12-31']]],
    ['de', 'Die Hafenarbeiter nahmen am vergangenen Donnerstag die Arbeit wieder auf.', [['am vergangenen Donnerstag', '2026-12-31']]],
    ['en', 'The dockers went back to work last Tuesday.', [['last Tuesday', '2027-01-05']]],
    ['en', 'The dockers went back to work on Thursday.', [['on Thursday', '2027-01-07']]],
    ['en', 'The dockers return to work next Thursday.', [['next Thursday', '2027-01-14']]],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) =>
    expect(extractEvents(text, { publishedAt: thursday, capturedAt: thursday, lang }).map((event) => [event.expression, event.date])).toEqual(expected),
  );
});
