/**
 * Titles and trades that stand before their holder's name like "President"
 * does, written in each language: the title is not part of the name and the
 * name after it is a person's, though no list knows it. The same title
 * before a body, a lower-case word or "and" names no one; set off after a
 * name with the body it is held in, it leaves the body alone as the organization.
 */
import { describe, expect, it } from 'vitest';
import { named, peopleNamed as people } from '../../helpers/entities.ts';

describe('a title before its holder', () => {
  it.each([
    ['en', 'The decision puts pressure on Treasurer Morwen Castabel, who faces a by-election.', 'Morwen Castabel'],
    ['de', 'Staatsrätin Ilsabe Vontrüb sagte, das Wasser reiche nicht für alle.', 'Ilsabe Vontrüb'],
    ['de', 'Die Speicher sind voll. Vorstand Gerwin Tallhoff warnte dennoch vor höheren Entgelten.', 'Gerwin Tallhoff'],
    ['it', 'La nave è arrivata; il comandante Ottavio Brenzone ha parlato di mare calmo.', 'Ottavio Brenzone'],
    ['it', "L'assessore Rinaldo Fontecchi ha firmato l'ordinanza sull'acqua.", 'Rinaldo Fontecchi'],
    ['es', 'El comandante Efraín Tolvedo dirigió el rescate durante la noche.', 'Efraín Tolvedo'],
    ['fr', 'Le haut-commissaire Aurèle Vantignac a décrété un couvre-feu.', 'Aurèle Vantignac'],
    ['pt', 'O promotor Evandro Quelhas pediu a prisão dos suspeitos.', 'Evandro Quelhas'],
    ['pt', 'O vereador Tancredo Aljube pediu um acordo antes do Natal.', 'Tancredo Aljube'],
    ['nl', 'Dat maakte dijkgraaf Harmke Zwierstra dinsdag bekend.', 'Harmke Zwierstra'],
    ['pl', 'Radca prawny Zbigniew Kołodrąb powiedział, że sprawy trzeba powtórzyć.', 'Zbigniew Kołodrąb'],
    ['pl', 'Protest złożył przegrany kandydat Bogumił Strzępek, który przegrał o włos.', 'Bogumił Strzępek'],
    ['tr', 'Spor hukukçusu Kerem Yalçınbaş, hakemlerin itiraz edebileceğini hatırlattı.', 'Kerem Yalçınbaş'],
    ['ru', 'Её генеральный конструктор Всеволод Тумаркин отказался от комментариев.', 'Всеволод Тумаркин'],
  ] as const)('in %s: “%s”', (lang, text, name) => {
    expect(people(text, lang)).toEqual([name]);
  });

  it.each([
    ['en', 'The Treasurer said rates would rise again in May.'],
    ['it', 'Il comandante della nave ha parlato di mare calmo.'],
    ['de', 'Vorstand und Aufsichtsrat stimmten dem Plan zu.'],
    ['pt', 'O promotor do caso pediu a prisão dos suspeitos.'],
  ] as const)('in %s names no one: “%s”', (lang, text) => {
    expect(people(text, lang)).toEqual([]);
  });
});

describe('a title and the body it is held in, set off after a name', () => {
  it.each([
    ['Ortrud Vennemark, Direktorin des Branchenverbands Talvora, sagte, viele Firmen litten.', [['person', 'Ortrud Vennemark'], ['organization', 'Talvora']]],
    ['Wendelin Quast, Direktor der Brelstein Bergbahnen AG, warnte vor einem Verlust.', [['person', 'Wendelin Quast'], ['organization', 'Brelstein Bergbahnen']]],
  ] as const)('reads the holder and the body apart: “%s”', (text, expected) => {
    expect(named(text, 'de')).toEqual(expected);
  });
});
