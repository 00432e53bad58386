/**
 * A holiday named with no year is read like a day written with no year: a present tense that tells a schedule ("the
 * president addresses the nation on New Year's Day", written on 29 December) puts it a few days ahead, not a year back,
 * and so does the year's turn when no word of its clause tells a past. Epiphany (6 January) is named in the languages
 * that keep it. The analyst's timeline shows the speech on the coming 1 January. Invented sentences in the gold
 * languages; a holiday told in the past keeps the one gone.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../shared/tradecraft/events.ts';
import { AFTER_NEW_YEAR, BEFORE_NEW_YEAR, MID_DECEMBER } from '../../fixtures/tradecraft/invented-dates.ts';

type Case = [lang: string, publishedAt: string, text: string, expected: Array<[string, string | null]>];

const read = (lang: string, publishedAt: string, text: string) =>
  extractEvents(text, { publishedAt, capturedAt: publishedAt, lang }).map((event) => [event.expression, event.date]);

describe('a holiday told in a present schedule is the one ahead (published Tuesday 29 December 2026)', () => {
  const cases: Case[] = [
    ['en', BEFORE_NEW_YEAR, "The president addresses the nation on New Year's Day.", [["on New Year's Day", '2027-01-01']]],
    ['fr', BEFORE_NEW_YEAR, "Le président s'adresse à la nation le jour de l'An.", [["le jour de l'An", '2027-01-01']]],
    ['de', BEFORE_NEW_YEAR, 'Der Präsident spricht an Neujahr zur Nation.', [['an Neujahr', '2027-01-01']]],
    ['es', BEFORE_NEW_YEAR, 'El presidente se dirige a la nación el día de Año Nuevo.', [['el día de Año Nuevo', '2027-01-01']]],
    ['it', BEFORE_NEW_YEAR, 'Il presidente parla alla nazione a Capodanno.', [['a Capodanno', '2027-01-01']]],
    ['pt', BEFORE_NEW_YEAR, 'O presidente fala à nação no dia de Ano Novo.', [['no dia de Ano Novo', '2027-01-01']]],
    ['nl', BEFORE_NEW_YEAR, 'De president spreekt de natie toe op nieuwjaarsdag.', [['op nieuwjaarsdag', '2027-01-01']]],
    ['pl', BEFORE_NEW_YEAR, 'Prezydent przemawia do narodu w Nowy Rok.', [['w Nowy Rok', '2027-01-01']]],
    ['ru', BEFORE_NEW_YEAR, 'Президент обращается к нации на Новый год.', [['на Новый год', '2027-01-01']]],
    ['uk', BEFORE_NEW_YEAR, 'Президент звертається до нації на Новий рік.', [['на Новий рік', '2027-01-01']]],
    ['id', BEFORE_NEW_YEAR, 'Presiden berpidato kepada bangsa pada Tahun Baru.', [['pada Tahun Baru', '2027-01-01']]],
    // Epiphany, 6 January.
    ['en', BEFORE_NEW_YEAR, 'The minister visits the valley on Epiphany.', [['on Epiphany', '2027-01-06']]],
    ['fr', BEFORE_NEW_YEAR, "Le ministre visite la vallée à l'Épiphanie.", [["à l'Épiphanie", '2027-01-06']]],
    ['de', BEFORE_NEW_YEAR, 'Der Minister besucht das Tal am Dreikönigstag.', [['am Dreikönigstag', '2027-01-06']]],
    ['pt', BEFORE_NEW_YEAR, 'O ministro visita o vale no Dia de Reis.', [['no Dia de Reis', '2027-01-06']]],
    ['nl', BEFORE_NEW_YEAR, 'De minister bezoekt het dal met Driekoningen.', [['met Driekoningen', '2027-01-06']]],
    ['pl', BEFORE_NEW_YEAR, 'Minister odwiedzi dolinę w Trzech Króli.', [['w Trzech Króli', '2027-01-06']]],
    // A preposition that opens the sentence belongs to the holiday as well.
    ['de', BEFORE_NEW_YEAR, 'Am Dreikönigstag besucht der Minister das Tal.', [['Am Dreikönigstag', '2027-01-06']]],
    ['nl', BEFORE_NEW_YEAR, 'Op nieuwjaarsdag spreekt de president de natie toe.', [['Op nieuwjaarsdag', '2027-01-01']]],
  ];
  it.each(cases)('%s (%s): %s', (lang, publishedAt, text, expected) => expect(read(lang, publishedAt, text)).toEqual(expected));
});

describe('a holiday told in the past keeps the one gone', () => {
  const cases: Case[] = [
    ['en', BEFORE_NEW_YEAR, 'The president addressed the nation on New Year’s Day.', [['on New Year’s Day', '2026-01-01']]],
    ['de', BEFORE_NEW_YEAR, 'Der Präsident sprach an Neujahr zur Nation.', [['an Neujahr', '2026-01-01']]],
    ['nl', BEFORE_NEW_YEAR, 'De president sprak de natie toe op nieuwjaarsdag.', [['op nieuwjaarsdag', '2026-01-01']]],
    ['de', AFTER_NEW_YEAR, 'Der Minister besuchte das Tal am Dreikönigstag.', [['am Dreikönigstag', '2026-01-06']]],
    ['en', AFTER_NEW_YEAR, 'The ferry sank on Christmas Day.', [['on Christmas Day', '2026-12-25']]],
    // A Polish impersonal past ("zamknięto", "wznowiono") tells no schedule, for a holiday or a day.
    ['pl', MID_DECEMBER, 'Most zamknięto w Wielkanoc.', [['w Wielkanoc', '2026-04-05']]],
    ['pl', BEFORE_NEW_YEAR, 'Most zamknięto 20 lutego.', [['20 lutego', '2026-02-20']]],
    // The Magi themselves, with no preposition before them, are no day.
    ['nl', BEFORE_NEW_YEAR, 'Driekoningen is een schilderij van een onbekende meester.', []],
  ];
  it.each(cases)('%s (%s): %s', (lang, publishedAt, text, expected) => expect(read(lang, publishedAt, text)).toEqual(expected));
});
