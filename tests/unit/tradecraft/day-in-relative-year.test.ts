/**
 * A day or a month written with a year named relative to the article ("on 15 March last year", "am 15. März dieses
 * Jahres", "15 марта прошлого года", "geçen yıl 15 Mart'ta") is one event: that day in that year. The analyst's timeline
 * shows the hearing of last March once, on its day of last year, instead of a day of this year beside a bare "last
 * year". Invented sentences in the fourteen gold languages; look-alikes where the year words belong to something else
 * keep their own events.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../shared/tradecraft/events.ts';
import { MID_DECEMBER } from '../../fixtures/tradecraft/invented-dates.ts';

type Case = [lang: string, text: string, expected: Array<[string, string | null]>];

const read = (lang: string, text: string, publishedAt: string | null = MID_DECEMBER) =>
  extractEvents(text, { publishedAt, capturedAt: MID_DECEMBER, lang }).map((event) => [event.expression, event.date]);

describe('a day or month with "last/this/next year" after it is that day in that year (published Wednesday 16 December 2026)', () => {
  const cases: Case[] = [
    ['en', 'The weir failed on 15 March last year.', [['on 15 March last year', '2025-03-15']]],
    ['en', 'The weir will be rebuilt by the council in May next year.', [['in May next year', '2027-05-01']]],
    ['fr', "La digue a cédé le 15 mars de l'année dernière.", [["le 15 mars de l'année dernière", '2025-03-15']]],
    ['fr', 'La digue sera reconstruite en mai de l’année prochaine.', [['en mai de l’année prochaine', '2027-05-01']]],
    ['de', 'Das Wehr brach am 15. März vergangenen Jahres.', [['am 15. März vergangenen Jahres', '2025-03-15']]],
    ['de', 'Die Anhörung findet am 12. Februar nächsten Jahres statt.', [['am 12. Februar nächsten Jahres', '2027-02-12']]],
    ['es', 'La presa se rompió el 15 de marzo del año pasado.', [['el 15 de marzo del año pasado', '2025-03-15']]],
    ['es', 'La presa será reconstruida en mayo del próximo año.', [['en mayo del próximo año', '2027-05-01']]],
    ['it', "La diga ha ceduto il 15 marzo dell'anno scorso.", [["il 15 marzo dell'anno scorso", '2025-03-15']]],
    ['pt', 'A barragem rompeu em 15 de março do ano passado.', [['em 15 de março do ano passado', '2025-03-15']]],
    ['nl', 'De dijk bezweek op 15 maart vorig jaar.', [['op 15 maart vorig jaar', '2025-03-15']]],
    ['ru', 'Плотину прорвало 15 марта прошлого года.', [['15 марта прошлого года', '2025-03-15']]],
    ['ru', 'Слушания пройдут 12 февраля следующего года.', [['12 февраля следующего года', '2027-02-12']]],
    ['uk', 'Греблю прорвало 15 березня минулого року.', [['15 березня минулого року', '2025-03-15']]],
    ['pl', 'Tama pękła 15 marca ubiegłego roku.', [['15 marca ubiegłego roku', '2025-03-15']]],
    ['pl', 'Rozprawa odbędzie się 12 lutego przyszłego roku.', [['12 lutego przyszłego roku', '2027-02-12']]],
    ['id', 'Bendungan itu jebol pada 15 Maret tahun lalu.', [['pada 15 Maret tahun lalu', '2025-03-15']]],
    ['ar', 'انهار السد في 15 مارس من العام الماضي.', [['15 مارس من العام الماضي', '2025-03-15']]],
    ['he', 'הסכר קרס ב-15 במרץ בשנה שעברה.', [['15 במרץ בשנה שעברה', '2025-03-15']]],
    // Turkish names the year first, as an adverb of the sentence: the day keeps its own words.
    ['tr', "Baraj geçen yıl 15 Mart'ta yıkıldı.", [['15 Mart', '2025-03-15']]],
    ['tr', "Duruşma bu yıl 15 Mart'ta yapıldı.", [['15 Mart', '2026-03-15']]],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => expect(read(lang, text)).toEqual(expected));

  it('stays undated in an article with no published date', () => {
    expect(read('en', 'The weir failed on 15 March last year.', null)).toEqual([['on 15 March last year', null]]);
  });
});

describe('year words that belong to something else keep their own events', () => {
  const cases: Case[] = [
    // Set apart by a comma, or by a semicolon before a possessive that qualifies a noun: two events.
    ['en', 'The weir failed on 15 March, and last year the dam leaked too.', [['on 15 March', '2026-03-15'], ['last year', '2025-01-01']]],
    ['en', "The council met on 15 March; next year's budget was its only business.", [['on 15 March', '2026-03-15'], ['next year', '2027-01-01']]],
    // A day with its year written keeps it.
    ['de', 'Das Wehr brach am 15. März 2024, im vergangenen Jahr wurde es repariert.', [['am 15. März 2024', '2024-03-15'], ['im vergangenen Jahr', '2025-01-01']]],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => expect(read(lang, text)).toEqual(expected));
});
