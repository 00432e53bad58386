/**
 * A press contact under the story, its name, job and telephone or e-mail on one line ("Carys Beaton, Press Officer,
 * press@…, 0131 …"), is whom to call, not who wrote the story; a name over a telephone line is read so already. Invented
 * press releases in four languages with no author; an author named under the headline stays the byline, and so does a
 * reporter signing off under the story with an e-mail address alone. A contact card's label right under the story ("Ihr
 * Ansprechpartner" over a name and a telephone line) is no signature either.
 */
import { describe, expect, it } from 'vitest';
import { cleanTextDump, type CleanedDump } from '../../../shared/textdump/clean.ts';

interface Release {
  head: string[];
  story: string[];
  contact: string[];
}

const RELEASES: ReadonlyArray<readonly [string, Release]> = [
  [
    'an English gallery’s release',
    {
      head: ['Kelburn Art Gallery', 'Visit', 'Collection', 'Press', '', 'Press release', '2 December 2026', 'Gallery buys a lost portrait by Isobel Rennie'],
      story: [
        'The Kelburn Art Gallery has bought a portrait by Isobel Rennie that was last exhibited in 1912 and had been thought lost for more than a century.',
        'The painting, which shows the artist’s sister reading by a window, was found this year in a house in Otago and bought for £380,000 with help from two charitable trusts.',
        'It will go on display in the gallery’s Scottish room from February, after cleaning by the gallery’s conservators.',
      ],
      contact: ['Notes to editors', 'Isobel Rennie (1871–1944) painted mostly portraits of her family.', 'For images and interviews, please contact:', 'Morven Gillies, Press Officer, press@kelburnart.example, 0141 496 0180'],
    },
  ],
  [
    'a German utility’s release',
    {
      head: ['Stadtwerke Halden', 'Privatkunden', 'Unternehmen', 'Presse', '', 'Pressemitteilung', '02.12.2026', 'Stadtwerke Halden senken den Fernwärmepreis zum Jahreswechsel'],
      story: [
        'Die Stadtwerke Halden senken zum 1. Januar den Arbeitspreis für Fernwärme um elf Prozent, wie das Unternehmen am Mittwoch mitteilte.',
        'Grund seien die gesunkenen Einkaufspreise für Erdgas, mit dem das Heizkraftwerk an der Ruhr noch zum größten Teil betrieben werde.',
        'Für einen Haushalt in einer Wohnung mit 70 Quadratmetern bedeutet das nach Angaben der Stadtwerke eine Ersparnis von rund 120 Euro im Jahr.',
      ],
      contact: ['Pressekontakt', 'Tobias Brenner, Pressesprecher, presse@stadtwerke-halden.example, 02304 555 1180'],
    },
  ],
  [
    'a French museum’s release',
    {
      head: ['Musée des Beaux-Arts de Vernay', 'Visiter', 'Collections', 'Presse', '', 'Communiqué de presse', '2 décembre 2026', 'Le musée de Vernay rouvre son aile médiévale'],
      story: [
        'Le musée des Beaux-Arts de Vernay rouvrira le 15 janvier son aile médiévale, fermée depuis trois ans pour des travaux de mise aux normes.',
        'Les salles ont été entièrement réaménagées et accueilleront une centaine d’œuvres, dont une vingtaine jamais montrées au public.',
        'L’entrée sera gratuite pour tous les visiteurs pendant le premier week-end de réouverture.',
      ],
      contact: ['Contact presse', 'Élodie Ferrand, chargée de communication, presse@musee-vernay.example, 03 85 55 01 20'],
    },
  ],
  [
    'a Spanish port authority’s release',
    {
      head: ['Autoridad Portuaria de Almera', 'Inicio', 'Sala de prensa', '', 'Nota de prensa', '02/12/2026', 'El puerto de Almera amplía su terminal de cruceros'],
      story: [
        'La Autoridad Portuaria de Almera ha adjudicado las obras de ampliación de la terminal de cruceros, que permitirán atender a dos buques a la vez a partir de 2028.',
        'El proyecto, con un presupuesto de 14,2 millones de euros, incluye un nuevo edificio de embarque y la prolongación del muelle de Poniente en 180 metros.',
        'Las obras comenzarán en febrero y se realizarán sin interrumpir la actividad de la terminal actual.',
      ],
      contact: ['Contacto de prensa', 'Irene Salvat, responsable de comunicación, prensa@puertoalmera.example, 950 55 12 40'],
    },
  ],
];

function clean(lines: string[]): CleanedDump {
  const result = cleanTextDump(lines.join('\n'));
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

/** A contact card right under the story: a label, then a name and a department, then a telephone line. */
const CARDS: ReadonlyArray<readonly [string, number, string[]]> = [
  ['a German card', 1, ['Ihr Ansprechpartner', 'Jürgen Albers, Kundenservice Fernwärme', 'Telefon 02304 555 1190']],
  ['an English card', 0, ['Your contact', 'Fiona Dunmore, Collections Team', 'Tel. 0141 496 0181']],
  ['a French card', 2, ['Votre interlocutrice', 'Élodie Ferrand, service des publics', 'Tél. 03 85 55 01 21']],
];

describe('a contact card right under the story', () => {
  it.each(CARDS)('%s names no author', (_name, at, card) => {
    const [, release] = RELEASES[at]!;
    const article = clean([...release.head, '', ...release.story, '', ...card, '', '© 2026']);
    expect(article.byline).toBeNull();
    expect(article.paragraphs).toEqual(release.story);
  });
});

describe('a press contact’s line under the story', () => {
  it.each(RELEASES)('%s: no author, and the contact is no story', (_name, release) => {
    const article = clean([...release.head, '', ...release.story, '', ...release.contact, '', '© 2026']);
    expect(article.byline).toBeNull();
    expect(article.paragraphs).toEqual(release.story);
  });

  it('reads a reporter signing off with an e-mail address as the byline', () => {
    const article = clean([
      '한빛방송',
      '뉴스',
      '',
      '항만 야간 하역 인력 부족 심화',
      '2026.12.02',
      '',
      '올겨울 한빛항의 야간 하역 인력이 크게 부족해 선박 대기 시간이 길어지고 있습니다. 항만공사는 지난달 평균 대기 시간이 14시간으로 1년 전보다 두 배 늘었다고 밝혔습니다.',
      '하역업체들은 야간 수당을 올려도 지원자가 늘지 않는다며 자동화 장비 도입을 위한 지원을 요청했습니다.',
      '항만공사는 내년 상반기까지 인력 양성 과정을 새로 열겠다는 계획을 내놨습니다.',
      '김하늘 기자 sky.kim@hanbit-tv.example',
      '',
      '© 한빛방송',
    ]);
    expect(article.byline).toBe('김하늘');
  });

  it('leaves the author named under the headline as the byline', () => {
    const [, release] = RELEASES[1]!;
    const article = clean([...release.head, 'Von Katrin Vogt', '', ...release.story, '', ...release.contact, '', '© 2026']);
    expect(article.byline).toBe('Katrin Vogt');
  });
});
