/**
 * A release's highlights under its headline, each opening with the same bullet ("– Revenue up 12% –" / "– Guidance
 * confirmed –"), are one list: the rules must not keep the first as the story's deck while the others go. Invented
 * company releases in several languages and bullet styles; the story under them stays whole.
 */
import { describe, expect, it } from 'vitest';
import { cleanTextDump } from '../../../shared/textdump/clean.ts';

interface Release {
  headline: string;
  points: string[];
  story: string[];
}

const HEADER = ['Investor Relations', 'News Releases', 'Stock Information', 'News Release Details', ''];
const FOOTER = ['', '###', 'Email Alerts', '© 2026'];

const RELEASES: Readonly<Record<string, Release>> = {
  en: {
    headline: 'Harlow Biosciences Reports Positive Phase 2 Results for HB-114 in Chronic Cough',
    points: [
      '– HB-114 reduced daily cough frequency by 41% versus placebo at twelve weeks, meeting the primary endpoint –',
      '– The drug was generally well tolerated, with no serious adverse events related to treatment –',
      '– Company to host a conference call today at 8:30 a.m. ET –',
    ],
    story: [
      'BOSTON, Dec. 2, 2026 -- Harlow Biosciences, Inc. today announced positive topline results from its Phase 2 trial of HB-114, an oral treatment for refractory chronic cough, in 212 adults at 30 sites.',
      'Patients taking the higher dose coughed on average 41% less often during the day than those on placebo, and the effect appeared within the first two weeks of treatment.',
      'The company plans to discuss the design of a Phase 3 programme with regulators in the first half of 2027.',
    ],
  },
  de: {
    headline: 'Brandauer Pharma meldet positive Phase-2-Daten für BP-27 bei Schuppenflechte',
    points: [
      '– BP-27 verbesserte den Hautbefund nach 16 Wochen bei 58 % der Patienten gegenüber 12 % unter Placebo –',
      '– Das Sicherheitsprofil entsprach den Erwartungen, schwere Nebenwirkungen traten nicht auf –',
      '– Telefonkonferenz für Analysten heute um 14:00 Uhr MEZ –',
    ],
    story: [
      'Mainz, 2. Dezember 2026 – Die Brandauer Pharma AG hat heute positive Ergebnisse ihrer Phase-2-Studie mit dem Wirkstoff BP-27 bei mittelschwerer bis schwerer Schuppenflechte bekannt gegeben.',
      'An der Studie nahmen 184 Patienten in 22 Zentren in Deutschland, Österreich und Polen teil, die über 16 Wochen einmal täglich eine Tablette einnahmen.',
      'Das Unternehmen will im kommenden Jahr mit den Zulassungsbehörden über eine Phase-3-Studie sprechen.',
    ],
  },
  fr: {
    headline: 'Laboratoires Vernet : résultats positifs de phase 2 pour LV-09 dans la migraine',
    points: [
      '• LV-09 a réduit de 47 % le nombre de jours de migraine par mois par rapport au placebo',
      '• Le traitement a été bien toléré, sans événement indésirable grave lié au produit',
      '• Conférence téléphonique ce jour à 18 h 00',
    ],
    story: [
      'Montpellier, le 2 décembre 2026 – Les Laboratoires Vernet annoncent aujourd\'hui des résultats positifs pour l\'essai de phase 2 de LV-09, un traitement oral de prévention de la migraine, mené chez 240 patients.',
      'Les patients traités par la dose la plus élevée ont connu en moyenne 4,1 jours de migraine de moins par mois que ceux recevant le placebo.',
      'La société prévoit d\'échanger avec les autorités de santé sur le plan de phase 3 au premier semestre 2027.',
    ],
  },
  es: {
    headline: 'Laboratorios Ebro presenta resultados positivos de fase 2 de LE-31 en asma grave',
    points: [
      '- LE-31 redujo un 52 % las crisis de asma frente a placebo a las 24 semanas',
      '- El fármaco fue bien tolerado y no se registraron efectos adversos graves relacionados',
      '- Conferencia con analistas hoy a las 16:00 horas',
    ],
    story: [
      'Zaragoza, 2 de diciembre de 2026. Laboratorios Ebro ha anunciado hoy resultados positivos del ensayo de fase 2 de LE-31, un anticuerpo para el asma grave, en el que participaron 196 pacientes de 25 hospitales.',
      'Los pacientes tratados con la dosis más alta sufrieron la mitad de crisis que los del grupo placebo durante el periodo de tratamiento.',
      'La compañía prevé iniciar un ensayo de fase 3 a finales de 2027.',
    ],
  },
};

describe('a release\'s highlights under its headline', () => {
  it.each(Object.keys(RELEASES))('%s: all the points go together, the story stays whole', (lang) => {
    const release = RELEASES[lang]!;
    const result = cleanTextDump([...HEADER, release.headline, ...release.points, ...release.story, ...FOOTER].join('\n'));
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.title).toBe(release.headline);
    expect(result.article.paragraphs).toEqual(release.story);
  });
});
