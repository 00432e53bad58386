/**
 * Stop 30's dates round (issue 15), on invented sentences in the fourteen gold
 * languages: holidays named for their day, a bare year with its preposition
 * and year word, a weekend told as a habit, a day counted from the date told
 * before it ("the next day", "the following Tuesday"), and a Polish perfective
 * present in its own clause beside a past one.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../shared/tradecraft/events.ts';
import { AFTER_NEW_YEAR, BEFORE_NEW_YEAR, MID_DECEMBER } from '../../fixtures/tradecraft/invented-dates.ts';

type Case = [lang: string, publishedAt: string, text: string, expected: Array<[string, string | null]>];

const read = (lang: string, publishedAt: string, text: string) =>
  extractEvents(text, { publishedAt, capturedAt: publishedAt, lang }).map((event) => [event.expression, event.date]);

describe('a holiday is its day: fixed, Easter (Orthodox in Russian and Ukrainian), or from the Islamic, Hebrew or Persian calendar', () => {
  // Wednesday 16 December 2026: Easter was 5 April 2026 (Orthodox 12 April), Eid al-Fitr 20 March, Hanukkah 5 December.
  const cases: Case[] = [
    ['en', MID_DECEMBER, "The port will close on Christmas Eve and reopen on New Year's Day.", [['on Christmas Eve', '2026-12-24'], ["on New Year's Day", '2027-01-01']]],
    ['en', AFTER_NEW_YEAR, "The strike began on Boxing Day and ended on New Year's Eve.", [['on Boxing Day', '2026-12-26'], ["on New Year's Eve", '2026-12-31']]],
    ['en', MID_DECEMBER, 'Fighting resumed on Easter Sunday.', [['on Easter Sunday', '2026-04-05']]],
    ['en', MID_DECEMBER, 'The mine flooded on Good Friday 2024.', [['on Good Friday 2024', '2024-03-29']]],
    ['en', MID_DECEMBER, 'The border reopened for Nowruz, and the market closed during Ramadan.', [['Nowruz', '2026-03-21'], ['Ramadan', '2026-02-18']]],
    ['fr', MID_DECEMBER, "Le port fermera la veille de Noël et rouvrira le jour de l'An.", [['la veille de Noël', '2026-12-24'], ["le jour de l'An", '2027-01-01']]],
    ['fr', MID_DECEMBER, 'Les combats ont repris à Pâques.', [['à Pâques', '2026-04-05']]],
    ['de', MID_DECEMBER, 'Der Hafen wird an Heiligabend schließen und an Neujahr wieder öffnen.', [['an Heiligabend', '2026-12-24'], ['an Neujahr', '2027-01-01']]],
    ['de', AFTER_NEW_YEAR, 'Die Kämpfe flammten an Silvester wieder auf.', [['an Silvester', '2026-12-31']]],
    ['es', MID_DECEMBER, 'El puerto cerrará en Nochebuena y reabrirá el día de Año Nuevo.', [['en Nochebuena', '2026-12-24'], ['el día de Año Nuevo', '2027-01-01']]],
    ['es', MID_DECEMBER, 'Los combates se reanudaron el Domingo de Pascua.', [['el Domingo de Pascua', '2026-04-05']]],
    ['it', MID_DECEMBER, 'Il porto chiuderà la vigilia di Natale e riaprirà a Capodanno.', [['la vigilia di Natale', '2026-12-24'], ['a Capodanno', '2027-01-01']]],
    ['it', MID_DECEMBER, 'Gli scontri sono ripresi a Pasqua.', [['a Pasqua', '2026-04-05']]],
    ['pt', MID_DECEMBER, 'O porto vai fechar na véspera de Natal e reabrir no dia de Ano Novo.', [['na véspera de Natal', '2026-12-24'], ['no dia de Ano Novo', '2027-01-01']]],
    ['pt', MID_DECEMBER, 'Os combates recomeçaram na Páscoa.', [['na Páscoa', '2026-04-05']]],
    ['nl', MID_DECEMBER, 'De haven zal op kerstavond sluiten en op nieuwjaarsdag weer opengaan.', [['op kerstavond', '2026-12-24'], ['op nieuwjaarsdag', '2027-01-01']]],
    ['nl', MID_DECEMBER, 'De gevechten laaiden met Pasen weer op.', [['met Pasen', '2026-04-05']]],
    ['ru', MID_DECEMBER, 'Порт будет закрыт в канун Нового года.', [['в канун Нового года', '2026-12-31']]],
    ['ru', MID_DECEMBER, 'Бои возобновились на Пасху.', [['на Пасху', '2026-04-12']]],
    ['uk', MID_DECEMBER, 'Порт буде закритий на Різдво.', [['на Різдво', '2026-12-25']]],
    ['uk', MID_DECEMBER, 'Бої відновилися на Великдень.', [['на Великдень', '2026-04-12']]],
    ['pl', MID_DECEMBER, 'Port będzie zamknięty w Wigilię i w Nowy Rok.', [['w Wigilię', '2026-12-24'], ['w Nowy Rok', '2027-01-01']]],
    ['pl', MID_DECEMBER, 'Walki wznowiono w Wielkanoc.', [['w Wielkanoc', '2026-04-05']]],
    ['tr', MID_DECEMBER, "Çatışmalar Ramazan Bayramı'nda yeniden başladı.", [['Ramazan Bayramı', '2026-03-20']]],
    ['tr', MID_DECEMBER, 'Liman yılbaşı gecesi kapanacak.', [['yılbaşı gecesi', '2026-12-31']]],
    ['ar', MID_DECEMBER, 'أغلق الميناء في عيد الفطر.', [['عيد الفطر', '2026-03-20']]],
    ['ar', MID_DECEMBER, 'أغلق الميناء في عيد الأضحى.', [['عيد الأضحى', '2026-05-27']]],
    ['he', MID_DECEMBER, 'הנמל נסגר בחנוכה.', [['בחנוכה', '2026-12-05']]],
    ['he', MID_DECEMBER, 'הנמל נסגר בפסח.', [['בפסח', '2026-04-02']]],
    ['id', MID_DECEMBER, 'Pelabuhan akan ditutup pada malam Natal dan dibuka kembali pada Tahun Baru.', [['pada malam Natal', '2026-12-24'], ['pada Tahun Baru', '2027-01-01']]],
    ['id', MID_DECEMBER, 'Bentrokan telah pecah saat Idul Fitri.', [['Idul Fitri', '2026-03-20']]],
  ];
  it.each(cases)('%s (%s): %s', (lang, publishedAt, text, expected) => expect(read(lang, publishedAt, text)).toEqual(expected));

  const noOccasion: Case[] = [
    // A habit, a noun in front of a noun, and a holiday counted from ("before Christmas") name no day of their own.
    ['en', MID_DECEMBER, 'The shops usually close at Christmas.', []],
    ['en', MID_DECEMBER, 'The Christmas market drew large crowds.', []],
    ['de', MID_DECEMBER, 'Der Weihnachtsmarkt war voll.', []],
    ['ar', MID_DECEMBER, 'أغلق الجسر قبل شهر رمضان.', []],
  ];
  it.each(noOccasion)('%s (%s): %s', (lang, publishedAt, text, expected) => expect(read(lang, publishedAt, text)).toEqual(expected));
});

describe('a bare year keeps the preposition and the year word around it', () => {
  const cases: Case[] = [
    ['en', MID_DECEMBER, 'The plant opened in 2019.', [['2019', '2019-01-01']]],
    ['fr', MID_DECEMBER, "L'usine a ouvert en 2019.", [['en 2019', '2019-01-01']]],
    ['de', MID_DECEMBER, 'Das Werk wurde im Jahr 2019 eröffnet.', [['im Jahr 2019', '2019-01-01']]],
    ['es', MID_DECEMBER, 'La planta abrió en el año 2019.', [['en el año 2019', '2019-01-01']]],
    ['it', MID_DECEMBER, 'Lo stabilimento ha aperto nel 2019.', [['nel 2019', '2019-01-01']]],
    ['pt', MID_DECEMBER, 'A fábrica abriu em 2019.', [['em 2019', '2019-01-01']]],
    ['nl', MID_DECEMBER, 'De fabriek ging in 2019 open.', [['in 2019', '2019-01-01']]],
    ['ru', MID_DECEMBER, 'Завод открылся в 2019 году.', [['в 2019 году', '2019-01-01']]],
    ['uk', MID_DECEMBER, 'Завод відкрився у 2019 році.', [['у 2019 році', '2019-01-01']]],
    ['pl', MID_DECEMBER, 'Zakład otwarto w 2019 roku.', [['w 2019 roku', '2019-01-01']]],
    ['tr', MID_DECEMBER, 'Fabrika 2019 yılında açıldı.', [['2019 yılında', '2019-01-01']]],
    ['ar', MID_DECEMBER, 'افتتح المصنع في عام 2019.', [['عام 2019', '2019-01-01']]],
    ['he', MID_DECEMBER, 'המפעל נפתח בשנת 2019.', [['בשנת 2019', '2019-01-01']]],
    ['id', MID_DECEMBER, 'Pabrik itu dibuka pada tahun 2019.', [['pada tahun 2019', '2019-01-01']]],
  ];
  it.each(cases)('%s (%s): %s', (lang, publishedAt, text, expected) => expect(read(lang, publishedAt, text)).toEqual(expected));
});

describe('a weekend told as a habit names no weekend', () => {
  const cases: Case[] = [
    ['en', MID_DECEMBER, 'The border crossing usually closes at the weekend.', []],
    ['fr', MID_DECEMBER, 'Le poste-frontière ferme généralement le week-end.', []],
    ['de', MID_DECEMBER, 'Der Grenzübergang ist am Wochenende normalerweise geschlossen.', []],
    ['es', MID_DECEMBER, 'El paso fronterizo suele cerrar el fin de semana.', []],
    ['it', MID_DECEMBER, 'Il valico di solito chiude nel fine settimana.', []],
    ['pt', MID_DECEMBER, 'A fronteira costuma fechar no fim de semana.', []],
    ['nl', MID_DECEMBER, 'De grensovergang is het weekend gewoonlijk dicht.', []],
    ['ru', MID_DECEMBER, 'Пункт пропуска обычно закрыт в выходные.', []],
    ['uk', MID_DECEMBER, 'Пункт пропуску зазвичай закритий на вихідних.', []],
    ['pl', MID_DECEMBER, 'Przejście jest zwykle zamknięte w weekend.', []],
    ['tr', MID_DECEMBER, 'Sınır kapısı genellikle hafta sonu kapalı olur.', []],
    ['ar', MID_DECEMBER, 'يغلق المعبر عادة في نهاية الأسبوع.', []],
    ['he', MID_DECEMBER, 'המעבר סגור בדרך כלל בסוף השבוע.', []],
    ['id', MID_DECEMBER, 'Pos perbatasan biasanya tutup pada akhir pekan.', []],
    // Told once, it is still the weekend it names.
    ['en', MID_DECEMBER, 'The border crossing closed at the weekend.', [['the weekend', '2026-12-12']]],
  ];
  it.each(cases)('%s (%s): %s', (lang, publishedAt, text, expected) => expect(read(lang, publishedAt, text)).toEqual(expected));
});

describe('"the next day" and "the following Tuesday" count from the day told before them, not from the article', () => {
  // Tuesday 3 March 2026: the next day is 4 March, the following Tuesday 10 March.
  const cases: Case[] = [
    ['en', MID_DECEMBER, 'The ferry left Oslo on 3 March and docked in Kiel the next day.', [['on 3 March', '2026-03-03'], ['the next day', '2026-03-04']]],
    ['en', MID_DECEMBER, 'The talks opened on 3 March and collapsed the following Tuesday.', [['on 3 March', '2026-03-03'], ['the following Tuesday', '2026-03-10']]],
    ['fr', MID_DECEMBER, 'Le ferry a quitté Oslo le 3 mars et est arrivé à Kiel le lendemain.', [['le 3 mars', '2026-03-03'], ['le lendemain', '2026-03-04']]],
    ['fr', MID_DECEMBER, 'Les pourparlers ont commencé le 3 mars et ont échoué le mardi suivant.', [['le 3 mars', '2026-03-03'], ['le mardi suivant', '2026-03-10']]],
    ['de', MID_DECEMBER, 'Die Fähre verließ Oslo am 3. März und erreichte Kiel am nächsten Tag.', [['am 3. März', '2026-03-03'], ['am nächsten Tag', '2026-03-04']]],
    ['de', MID_DECEMBER, 'Die Gespräche begannen am 3. März und scheiterten am darauffolgenden Dienstag.', [['am 3. März', '2026-03-03'], ['am darauffolgenden Dienstag', '2026-03-10']]],
    ['es', MID_DECEMBER, 'El ferry salió de Oslo el 3 de marzo y llegó a Kiel al día siguiente.', [['el 3 de marzo', '2026-03-03'], ['al día siguiente', '2026-03-04']]],
    ['es', MID_DECEMBER, 'Las conversaciones empezaron el 3 de marzo y fracasaron el martes siguiente.', [['el 3 de marzo', '2026-03-03'], ['el martes siguiente', '2026-03-10']]],
    ['it', MID_DECEMBER, 'Il traghetto è partito da Oslo il 3 marzo ed è arrivato a Kiel il giorno dopo.', [['il 3 marzo', '2026-03-03'], ['il giorno dopo', '2026-03-04']]],
    ['pt', MID_DECEMBER, 'O ferry saiu de Oslo a 3 de março e chegou a Kiel no dia seguinte.', [['a 3 de março', '2026-03-03'], ['no dia seguinte', '2026-03-04']]],
    ['nl', MID_DECEMBER, 'De veerboot vertrok op 3 maart uit Oslo en kwam de volgende dag in Kiel aan.', [['op 3 maart', '2026-03-03'], ['de volgende dag', '2026-03-04']]],
    ['ru', MID_DECEMBER, 'Паром вышел из Осло 3 марта и прибыл в Киль на следующий день.', [['3 марта', '2026-03-03'], ['на следующий день', '2026-03-04']]],
    ['uk', MID_DECEMBER, 'Пором вийшов з Осло 3 березня і прибув до Кіля наступного дня.', [['3 березня', '2026-03-03'], ['наступного дня', '2026-03-04']]],
    ['pl', MID_DECEMBER, 'Prom wypłynął z Oslo 3 marca i dotarł do Kilonii następnego dnia.', [['3 marca', '2026-03-03'], ['następnego dnia', '2026-03-04']]],
    ['tr', MID_DECEMBER, "Feribot 3 Mart'ta Oslo'dan ayrıldı ve ertesi gün Kiel'e ulaştı.", [['3 Mart', '2026-03-03'], ['ertesi gün', '2026-03-04']]],
    ['ar', MID_DECEMBER, 'غادرت العبارة أوسلو في 3 مارس ووصلت إلى كيل في اليوم التالي.', [['3 مارس', '2026-03-03'], ['اليوم التالي', '2026-03-04']]],
    ['he', MID_DECEMBER, 'המעבורת יצאה מאוסלו ב-3 במרץ והגיעה לקיל למחרת.', [['3 במרץ', '2026-03-03'], ['למחרת', '2026-03-04']]],
    ['id', MID_DECEMBER, 'Feri itu telah meninggalkan Oslo pada 3 Maret dan tiba di Kiel keesokan harinya.', [['pada 3 Maret', '2026-03-03'], ['keesokan harinya', '2026-03-04']]],
    // With no day told before it, there is nothing to count from.
    ['en', MID_DECEMBER, 'The minister arrived the next day.', []],
    ['de', MID_DECEMBER, 'Der Minister kam am nächsten Tag.', []],
  ];
  it.each(cases)('%s (%s): %s', (lang, publishedAt, text, expected) => expect(read(lang, publishedAt, text)).toEqual(expected));
});

describe('a Polish perfective present tells its own clause’s day ahead, whatever a past in another clause says', () => {
  const cases: Case[] = [
    ['pl', AFTER_NEW_YEAR, 'Minister przedstawi plan 12 stycznia, jak zapowiedział rzecznik.', [['12 stycznia', '2027-01-12']]],
    ['pl', AFTER_NEW_YEAR, 'Rzecznik zapowiedział, że minister przedstawi plan 12 stycznia.', [['12 stycznia', '2027-01-12']]],
    ['pl', BEFORE_NEW_YEAR, 'Sąd, który zebrał się w poniedziałek, ogłosi wyrok 8 stycznia.', [['w poniedziałek', '2026-12-28'], ['8 stycznia', '2027-01-08']]],
    // A past in the date's own clause keeps it behind.
    ['pl', AFTER_NEW_YEAR, 'Minister przedstawił plan 12 grudnia, jak poinformował rzecznik.', [['12 grudnia', '2026-12-12']]],
  ];
  it.each(cases)('%s (%s): %s', (lang, publishedAt, text, expected) => expect(read(lang, publishedAt, text)).toEqual(expected));
});

describe('a clock time written with dots ("4 p.m.", "9 a.m.") after a date is not part of it', () => {
  const cases: Case[] = [
    ['en', MID_DECEMBER, 'The court will rule the day after tomorrow at 4 p.m.', [['the day after tomorrow', '2026-12-18']]],
    ['en', MID_DECEMBER, 'The court will rule on Friday at 9 a.m. in Belmopan.', [['on Friday', '2026-12-18']]],
    ['en', MID_DECEMBER, 'The court ruled on 14 December at 11 a.m.', [['on 14 December', '2026-12-14']]],
  ];
  it.each(cases)('%s (%s): %s', (lang, publishedAt, text, expected) => expect(read(lang, publishedAt, text)).toEqual(expected));
});

describe('Russian and Ukrainian "пред-" makes a perfective present, which tells a future', () => {
  const cases: Case[] = [
    ['ru', MID_DECEMBER, 'Директор представит каталог в понедельник.', [['в понедельник', '2026-12-21']]],
    ['ru', MID_DECEMBER, 'Министр предложит план в пятницу.', [['в пятницу', '2026-12-18']]],
    ['uk', MID_DECEMBER, 'Директорка представить каталог у понеділок.', [['у понеділок', '2026-12-21']]],
    ['uk', MID_DECEMBER, 'Міністр запропонує план, а уряд представить його у п’ятницю.', [['у п’ятницю', '2026-12-18']]],
    // The imperfective present and the past stay behind.
    ['ru', MID_DECEMBER, 'Директор представляет каталог в понедельник.', [['в понедельник', '2026-12-14']]],
    ['ru', MID_DECEMBER, 'Директор представил каталог в понедельник.', [['в понедельник', '2026-12-14']]],
  ];
  it.each(cases)('%s (%s): %s', (lang, publishedAt, text, expected) => expect(read(lang, publishedAt, text)).toEqual(expected));
});

describe('a count ahead ("in two weeks", "через две недели") in a clause with no past is dated, whatever the verb’s tense', () => {
  const cases: Case[] = [
    ['en', MID_DECEMBER, 'The ministry publishes the figures in two weeks.', [['in two weeks', '2026-12-30']]],
    ['fr', MID_DECEMBER, 'Le ministère publie les chiffres dans deux semaines.', [['dans deux semaines', '2026-12-30']]],
    ['de', MID_DECEMBER, 'Die Behörde veröffentlicht die Zahlen in zwei Wochen.', [['in zwei Wochen', '2026-12-30']]],
    ['es', MID_DECEMBER, 'El ministerio publica las cifras dentro de dos semanas.', [['dentro de dos semanas', '2026-12-30']]],
    ['it', MID_DECEMBER, 'Il ministero pubblica i dati tra due settimane.', [['tra due settimane', '2026-12-30']]],
    ['ru', MID_DECEMBER, 'Комиссия соберётся 15.01.2027, а министерство опубликует квоты через две недели.', [['15.01.2027', '2027-01-15'], ['через две недели', '2026-12-30']]],
    // A past in the clause makes it a length of time, or a day after another event: undated.
    ['en', MID_DECEMBER, 'The bridge was rebuilt in two weeks.', [['in two weeks', null]]],
    ['ru', MID_DECEMBER, 'Министр вернулся через две недели.', [['через две недели', null]]],
  ];
  it.each(cases)('%s (%s): %s', (lang, publishedAt, text, expected) => expect(read(lang, publishedAt, text)).toEqual(expected));
});

describe('a month with its year keeps the preposition before it, Italian "nel" too', () => {
  const cases: Case[] = [
    ['en', MID_DECEMBER, 'The mine closed in November 2005.', [['in November 2005', '2005-11-01']]],
    ['fr', MID_DECEMBER, 'La mine a fermé en novembre 2005.', [['en novembre 2005', '2005-11-01']]],
    ['de', MID_DECEMBER, 'Die Mine schloss im November 2005.', [['im November 2005', '2005-11-01']]],
    ['es', MID_DECEMBER, 'La mina cerró en noviembre de 2005.', [['en noviembre de 2005', '2005-11-01']]],
    ['it', MID_DECEMBER, 'La miniera ha chiuso nel novembre 2005.', [['nel novembre 2005', '2005-11-01']]],
    ['it', MID_DECEMBER, 'La miniera ha chiuso a novembre 2005.', [['a novembre 2005', '2005-11-01']]],
    ['pt', MID_DECEMBER, 'A mina fechou em novembro de 2005.', [['em novembro de 2005', '2005-11-01']]],
    ['nl', MID_DECEMBER, 'De mijn sloot in november 2005.', [['in november 2005', '2005-11-01']]],
    ['ru', MID_DECEMBER, 'Шахту закрыли в ноябре 2005 года.', [['в ноябре 2005 года', '2005-11-01']]],
    ['uk', MID_DECEMBER, 'Шахту закрили в листопаді 2005 року.', [['в листопаді 2005 року', '2005-11-01']]],
    ['pl', MID_DECEMBER, 'Kopalnię zamknięto w listopadzie 2005 roku.', [['w listopadzie 2005 roku', '2005-11-01']]],
    ['tr', MID_DECEMBER, "Maden Kasım 2005'te kapandı.", [['Kasım 2005', '2005-11-01']]],
    ['he', MID_DECEMBER, 'המכרה נסגר בנובמבר 2005.', [['בנובמבר 2005', '2005-11-01']]],
    ['id', MID_DECEMBER, 'Tambang itu ditutup pada November 2005.', [['pada November 2005', '2005-11-01']]],
  ];
  it.each(cases)('%s (%s): %s', (lang, publishedAt, text, expected) => expect(read(lang, publishedAt, text)).toEqual(expected));
});
