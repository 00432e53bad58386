/**
 * A list of labelled facts under a label ending in a colon ("Key figures:" / "• Length: 9 km" / "• Cost: €14 million"):
 * a box of fields set inside the story or above it, on a release platform, a local paper or a listed company's notice.
 * Every point is a field (a label of a few words, a colon, a value), which no list of the story's own is made of. Invented
 * copies in several languages and site styles; a lead-in over the story's own points, fields under a label opening
 * with an article ("The new berth charges:") and fields under a sentence stay.
 */
import { describe, expect, it } from 'vitest';
import { cleanTextDump } from '../../../shared/textdump/clean.ts';

interface Page {
  head: string[];
  story: string[];
  foot: string[];
}

const PAGES: Readonly<Record<string, Page>> = {
  en: {
    head: ['Wirefeed Releases', 'Companies', 'Log in', '', 'Harbour trust approves new marina at Port Ellery', '4 December 2026'],
    story: [
      'The Port Ellery harbour trust has approved plans for a 240-berth marina on the site of the old coal wharf, ending a planning dispute that lasted six years.',
      'The trust said the marina would be paid for by a private operator under a forty-year lease, with berths reserved for the local fishing fleet.',
      'Work on the breakwater is due to start in the spring, and the first pontoons should be in place before the summer of 2028.',
      'Residents will be able to comment on the design of the public walkway at two open days in January.',
    ],
    foot: ['Contacts', 'Privacy', '© 2026 Wirefeed Releases'],
  },
  fr: {
    head: ['Communiqués Express', 'Entreprises', 'Connexion', '', 'La métropole lance un réseau de chaleur à Villefranche-Est', '4 décembre 2026'],
    story: [
      'La métropole a signé mercredi le contrat de construction d\'un réseau de chaleur qui desservira quatre mille logements du quartier de Villefranche-Est.',
      'Le réseau sera alimenté par une chaufferie au bois et par la chaleur récupérée sur l\'usine de traitement des déchets voisine.',
      'Les travaux de voirie commenceront en mars et dureront deux ans, rue par rue, pour limiter la gêne pour les riverains.',
      'Les premiers immeubles seront raccordés à l\'automne 2028, selon le calendrier présenté en conseil.',
    ],
    foot: ['Contacts presse', 'Mentions légales', '© Communiqués Express'],
  },
  de: {
    head: ['Pressebox Nord', 'Unternehmen', 'Anmelden', '', 'Stadtwerke Itzehoe bauen Solarpark am Klärwerk', '04.12.2026'],
    story: [
      'Die Stadtwerke Itzehoe bauen auf den Freiflächen des Klärwerks einen Solarpark, der rechnerisch den Strombedarf von 2.400 Haushalten deckt.',
      'Der Aufsichtsrat hat dem Vorhaben am Mittwoch zugestimmt; die Genehmigung des Kreises liegt bereits seit dem Sommer vor.',
      'Ein Teil des Stroms soll direkt im Klärwerk verbraucht werden, das bisher zu den größten Stromkunden der Stadt gehört.',
      'Die Bauarbeiten sollen im Frühjahr beginnen und bis zum Herbst abgeschlossen sein.',
    ],
    foot: ['Kontakt', 'Impressum', '© Pressebox Nord'],
  },
  es: {
    head: ['Notas de Empresa', 'Sectores', 'Acceder', '', 'El puerto de Motril amplía su terminal de contenedores', '04/12/2026'],
    story: [
      'La Autoridad Portuaria de Motril ha adjudicado las obras de ampliación de la terminal de contenedores, que ganará doce hectáreas de superficie.',
      'El proyecto incluye un nuevo muelle de 350 metros y dos grúas eléctricas, con las que el puerto podrá recibir buques de mayor tamaño.',
      'Según la Autoridad Portuaria, la ampliación permitirá duplicar el tráfico de mercancías en los próximos diez años.',
      'Las obras comenzarán en febrero y tienen un plazo de ejecución de treinta meses.',
    ],
    foot: ['Contacto', 'Aviso legal', '© Notas de Empresa'],
  },
  pl: {
    head: ['Serwis Komunikatów', 'Firmy', 'Zaloguj', '', 'Miasto buduje nowe centrum przesiadkowe w Tczewie', '4 grudnia 2026'],
    story: [
      'Miasto podpisało umowę na budowę centrum przesiadkowego przy dworcu kolejowym w Tczewie, które połączy pociągi, autobusy i rowery miejskie.',
      'W ramach inwestycji powstanie zadaszony peron autobusowy, parking dla 180 samochodów oraz wiata na 120 rowerów.',
      'Większość kosztów pokryje dotacja z programu unijnego, a resztę miasto sfinansuje z własnego budżetu.',
      'Prace mają się zakończyć przed końcem 2028 roku.',
    ],
    foot: ['Kontakt', 'Regulamin', '© Serwis Komunikatów'],
  },
  nl: {
    head: ['Persberichten Nu', 'Bedrijven', 'Inloggen', '', 'Gemeente Zwolle bouwt nieuwe fietsbrug over de IJssel', '4 december 2026'],
    story: [
      'De gemeente Zwolle gaat een nieuwe fietsbrug over de IJssel bouwen, zodat fietsers uit Hattem sneller in het centrum van de stad zijn.',
      'De gemeenteraad stemde woensdagavond met een ruime meerderheid in met het ontwerp, dat een open wedstrijd had gewonnen.',
      'De brug krijgt een boog van staal en wordt ’s avonds verlicht met lampen die naar beneden schijnen, om vleermuizen niet te storen.',
      'De bouw begint in het najaar van 2027 en duurt ongeveer anderhalf jaar.',
    ],
    foot: ['Contact', 'Privacy', '© Persberichten Nu'],
  },
  zh: {
    head: ['财经资讯', '首页', '公告', '', '关于投资建设物流园项目的公告', '2026年12月4日'],
    story: [
      '为扩大公司在西南地区的仓储能力，公司拟在成都市双流区投资建设智能物流园项目，项目建成后将服务于公司现有客户的区域配送需求。',
      '公司于2026年12月3日召开董事会会议，审议通过了关于投资建设物流园项目的议案，本次投资无需提交股东大会审议。',
      '项目规划用地约二百亩，主要建设自动化立体仓库、分拣中心及配套办公设施，预计建设周期为二十四个月。',
      '项目的建设进度可能受到审批及市场环境变化等因素影响，敬请广大投资者注意投资风险。',
    ],
    foot: ['相关公告', '© 2026 财经资讯'],
  },
};

/** A box of labelled facts for each page, in the page's language: its label, then its points. */
const FACT_LISTS: Readonly<Record<keyof typeof PAGES, readonly string[]>> = {
  en: ['Key figures:', '• Berths: 240, of which 30 for fishing boats', '• Lease: 40 years', '• Expected cost: £38 million'],
  fr: ['Chiffres clés :', '• Logements desservis : 4 000', '• Longueur du réseau : 11 km', '• Coût : 62 millions d\'euros'],
  de: ['Zahlen und Fakten:', '- Fläche: 9 ha', '- Leistung: 8,5 MW', '- Investition: ca. 7 Mio. Euro'],
  es: ['Datos del proyecto:', '• Superficie: 12 hectáreas', '• Muelle: 350 metros', '• Inversión: 41 millones de euros'],
  pl: ['Inwestycja w liczbach:', '• Miejsca parkingowe: 180', '• Miejsca rowerowe: 120', '• Koszt: ok. 46 mln zł'],
  nl: ['Feiten over de brug:', '• Lengte: 310 meter', '• Breedte: 6 meter', '• Kosten: 24 miljoen euro'],
  zh: ['重要内容提示：', '● 投资标的名称：智能物流园项目', '● 投资金额：预计总投资约5.8亿元', '● 风险提示：项目建设进度存在不确定性。'],
};

function paragraphsOf(page: Page, story: string[]): string[] {
  const result = cleanTextDump([...page.head, '', story.join('\n\n'), '', ...page.foot].join('\n'));
  if (!result.ok) throw new Error(result.reason);
  return result.article.paragraphs;
}

/** The page's story with `lines` put after paragraph `at`. */
function storyWith(page: Page, lines: readonly string[], at: number): string[] {
  return [...page.story.slice(0, at), ...lines, ...page.story.slice(at)];
}

describe('a list of labelled facts under a label ending in a colon', () => {
  it.each(Object.keys(PAGES))('%s: the box inside the story goes, the story stays whole', (lang) => {
    const page = PAGES[lang]!;
    const box = FACT_LISTS[lang]!;
    const paragraphs = paragraphsOf(page, storyWith(page, box, 2));
    for (const line of box) expect(paragraphs).not.toContain(line);
    expect(paragraphs).toEqual(page.story);
  });

  it.each(Object.keys(PAGES))('%s: the box between the headline and the story goes', (lang) => {
    const page = PAGES[lang]!;
    const box = FACT_LISTS[lang]!;
    const paragraphs = paragraphsOf(page, storyWith(page, box, 0));
    for (const line of box) expect(paragraphs).not.toContain(line);
    expect(paragraphs).toEqual(page.story);
  });

  const STORY_LISTS: ReadonlyArray<readonly [keyof typeof PAGES, readonly string[]]> = [
    // A lead-in over the story's own points: clauses, not fields.
    ['en', ['The trust set three conditions for the operator:', '• keep the slipway open to the public', '• fund a new lifeboat station', '• hire local apprentices every year']],
    ['de', ['Der Rat knüpfte die Zustimmung an Bedingungen:', '- Der Weg am Ufer bleibt offen.', '- Die Module werden nicht beleuchtet.', '- Ein Gutachten zum Vogelschutz liegt vor.']],
    // A label opening with an article leads into the story's own list.
    ['en', ['The new berth charges:', '• Fishing boats: £4 a metre', '• Yachts: £9 a metre']],
    ['fr', ['Le nouveau calendrier :', '• Du lundi au vendredi : dernier bus à 22 h', '• Samedi : dernier bus à 23 h 30']],
    // A sentence leading into the story's own figures, not a label.
    ['fr', ['Au conseil de mercredi soir, les élus ont voté de la manière suivante :', '• Pour : 41 voix', '• Contre : 12 voix', '• Abstentions : 3']],
  ];

  it.each(STORY_LISTS)('%s: the story\'s own list stays (%j)', (lang, lines) => {
    const page = PAGES[lang]!;
    const paragraphs = paragraphsOf(page, storyWith(page, lines, 2));
    for (const line of lines) expect(paragraphs).toContain(line);
  });
});
