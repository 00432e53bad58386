/**
 * A subheading stands right over its section's text. A short line whose next line the rules dropped as a label, a date
 * or a number (a chart's labels between two paragraphs of a scrolling feature, "Answer" over "Answered on 1 December
 * 2026") labels that line, not a section of the story. Invented copies in several languages; a subheading right over
 * its paragraph stays.
 */
import { describe, expect, it } from 'vitest';
import { cleanTextDump } from '../../../shared/textdump/clean.ts';

interface Page {
  head: string[];
  story: string[];
  /** A label, then the line under it that the rules drop. */
  labelled: [string, string];
  /** A subheading for the same place. */
  heading: string;
}

const PAGES: Readonly<Record<string, Page>> = {
  en: {
    head: ['Parliament Questions', 'Written questions', '', 'Ferry services to the northern isles', 'Asked by Morag Gunn', '24 November 2026'],
    story: [
      'To ask the minister what assessment has been made of the reliability of ferry services to the northern isles since the new timetable was introduced in April.',
      'The reliability of ferry services to the northern isles has been above 96 per cent in every month since April, compared with 93 per cent over the same months last year.',
      'The operator reports cancellations to the ministry each week, and officials meet the operator every month to review performance and the plans for the winter timetable.',
    ],
    labelled: ['Answer', 'Answered on 1 December 2026'],
    heading: 'Weekly reports',
  },
  fr: {
    head: ['Questions écrites', 'Sénat', '', 'Desserte ferroviaire des vallées alpines', 'Question de Mme Claire Baud', '24 novembre 2026'],
    story: [
      'Mme Claire Baud attire l\'attention du ministre sur la dégradation de la desserte ferroviaire des vallées alpines depuis la mise en place du nouveau service annuel en décembre dernier.',
      'Le taux de régularité des trains desservant les vallées alpines a dépassé 92 % chaque mois depuis le mois de mars, contre 88 % sur la même période de l\'année précédente.',
      'Les services de l\'État rencontrent chaque mois l\'autorité organisatrice pour examiner les suppressions de trains et préparer le service d\'hiver.',
    ],
    labelled: ['Réponse', 'Réponse publiée le 1 décembre 2026'],
    heading: 'Un suivi mensuel',
  },
  de: {
    head: ['Landtag', 'Kleine Anfragen', '', 'Busverbindungen im ländlichen Raum', 'Anfrage der Abgeordneten Jana Roth', '24.11.2026'],
    story: [
      'Die Abgeordnete Jana Roth fragt die Landesregierung, wie sich die Zahl der Busverbindungen im ländlichen Raum seit der Neuvergabe der Linienbündel im April entwickelt hat.',
      'Die Zahl der Fahrten im ländlichen Raum ist seit April um rund elf Prozent gestiegen, vor allem an Wochenenden und in den Abendstunden, wie die Landesregierung mitteilt.',
      'Die Verkehrsverbünde melden Ausfälle wöchentlich an das Ministerium, das sich monatlich mit ihnen über die Qualität des Angebots abstimmt.',
    ],
    labelled: ['Antwort', 'Beantwortet am 1. Dezember 2026'],
    heading: 'Wöchentliche Meldungen',
  },
  es: {
    head: ['Congreso', 'Preguntas escritas', '', 'Servicio de autobuses en la comarca', 'Pregunta de la diputada Ana Ferrer', '24/11/2026'],
    story: [
      'La diputada Ana Ferrer pregunta al Gobierno por la evolución del servicio de autobuses en la comarca desde la entrada en vigor del nuevo contrato de concesión en abril.',
      'El número de expediciones en la comarca ha aumentado alrededor de un once por ciento desde abril, sobre todo los fines de semana y por la tarde, según el Gobierno.',
      'La empresa concesionaria comunica las incidencias cada semana y el ministerio revisa con ella la calidad del servicio una vez al mes.',
    ],
    labelled: ['Respuesta', 'Respondida el 1 de diciembre de 2026'],
    heading: 'Informes semanales',
  },
};

function blocksOf(page: Page, between: string[]): string[] {
  const story = [page.story[0]!, ...between, ...page.story.slice(1)];
  const result = cleanTextDump([...page.head, '', story.join('\n\n'), '', 'Share', 'Privacy'].join('\n'));
  if (!result.ok) throw new Error(result.reason);
  return result.article.blocks.map((block) => `${block.kind === 'paragraph' ? '' : '## '}${block.text}`);
}

describe('a short line right over a line the rules dropped', () => {
  it.each(Object.keys(PAGES))('%s: it is no subheading', (lang) => {
    const page = PAGES[lang]!;
    expect(blocksOf(page, page.labelled)).toEqual(page.story);
  });

  it.each(Object.keys(PAGES))('%s: a subheading right over its paragraph stays', (lang) => {
    const page = PAGES[lang]!;
    expect(blocksOf(page, [page.heading])).toEqual([page.story[0]!, `## ${page.heading}`, ...page.story.slice(1)]);
  });
});
