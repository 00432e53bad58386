/**
 * The headline printed again right over the story (a disclosure service's notice: its headline, the legal notice and the
 * issuer's responsibility line, then the headline again over the text; a newsletter's web view; a wiki page's title over
 * its tagline): what stands between the two prints is the page's head, even a full sentence, and the story starts under
 * the second. Invented copies in several languages; a headline printed again under the story leaves the story whole.
 */
import { describe, expect, it } from 'vitest';
import { cleanTextDump } from '../../../shared/textdump/clean.ts';

interface Notice {
  headline: string;
  /** The lines between the headline and its second print. */
  between: string[];
  story: string[];
}

const HEADER = ['Market Wire', 'Shares', 'Indices', 'Log in', ''];
const FOOTER = ['', 'Imprint', 'Privacy'];

const NOTICES: Readonly<Record<string, Notice>> = {
  de: {
    headline: 'Nordhafen Logistik AG senkt Prognose für das Geschäftsjahr 2026',
    between: [
      '04.12.2026 / 17:55 CET',
      'Veröffentlichung einer Insiderinformation gemäß den gesetzlichen Vorschriften, übermittelt durch einen Verbreitungsdienst für Pflichtmitteilungen.',
      'Für den Inhalt der Mitteilung ist allein der Emittent verantwortlich.',
    ],
    story: [
      'Bremen, 4. Dezember 2026 – Der Vorstand der Nordhafen Logistik AG hat heute beschlossen, die Umsatzprognose für das laufende Geschäftsjahr auf 410 bis 430 Millionen Euro zu senken.',
      'Grund sind geringere Umschlagmengen im Containerverkehr seit Oktober sowie Verzögerungen bei der Inbetriebnahme des neuen Lagers in Wilhelmshaven.',
      'Die vollständigen Zahlen für das Geschäftsjahr 2026 veröffentlicht die Gesellschaft am 20. März 2027.',
    ],
  },
  en: {
    headline: 'Calder Mining plc: Production guidance lowered for 2026',
    between: [
      '4 December 2026, 07:00 GMT',
      'This announcement contains inside information for the purposes of the market abuse rules and is released through a regulatory news service.',
      'The issuer is solely responsible for the content of this announcement.',
    ],
    story: [
      'Calder Mining plc announces that it has lowered its copper production guidance for 2026 to between 48,000 and 51,000 tonnes, after flooding closed the lower levels of its Ridgeway mine for three weeks.',
      'Pumping has been completed and mining has resumed on all levels, the company said, and guidance for 2027 is unchanged.',
      'The company will report its full-year results on 12 March 2027.',
    ],
  },
  fr: {
    headline: 'Groupe Verlaine : révision à la baisse des objectifs annuels',
    between: [
      '04/12/2026 18:05',
      'Information privilégiée publiée conformément à la réglementation sur les abus de marché et diffusée par un service de communiqués réglementés.',
      'L\'émetteur est seul responsable du contenu de ce communiqué.',
    ],
    story: [
      'Lyon, le 4 décembre 2026 – Le Groupe Verlaine annonce ce jour réviser à la baisse son objectif de chiffre d\'affaires pour l\'exercice 2026, désormais attendu entre 280 et 295 millions d\'euros.',
      'Cette révision s\'explique par un net ralentissement des commandes dans le secteur automobile au cours du quatrième trimestre.',
      'Les résultats annuels seront publiés le 18 mars 2027.',
    ],
  },
  es: {
    headline: 'Aceros del Cantábrico comunica una revisión de sus previsiones',
    between: [
      '04/12/2026 - 18:10',
      'Comunicación de información privilegiada remitida conforme a la normativa sobre abuso de mercado a través de un servicio de difusión regulada.',
      'El emisor es el único responsable del contenido de esta comunicación.',
    ],
    story: [
      'Santander, 4 de diciembre de 2026. El consejo de administración de Aceros del Cantábrico ha acordado hoy rebajar su previsión de resultado bruto de explotación para 2026 hasta un rango de 95 a 105 millones de euros.',
      'La revisión responde a la caída de los pedidos del sector de la construcción y al aumento del precio de la energía en el último trimestre.',
      'La compañía publicará sus resultados anuales el 25 de febrero de 2027.',
    ],
  },
  it: {
    headline: 'Officine Brenta rivede al ribasso la guidance 2026',
    between: [
      '04/12/2026 18:20',
      'Comunicazione di informazione privilegiata diffusa ai sensi della normativa sugli abusi di mercato tramite un circuito di diffusione autorizzato.',
      'L\'emittente è l\'unico responsabile del contenuto della comunicazione.',
    ],
    story: [
      'Padova, 4 dicembre 2026 – Il consiglio di amministrazione di Officine Brenta ha deliberato oggi di rivedere al ribasso la guidance sui ricavi 2026, ora attesi tra 160 e 170 milioni di euro.',
      'La revisione riflette il calo degli ordini nel settore degli elettrodomestici registrato a partire da settembre.',
      'I risultati annuali saranno approvati il 19 marzo 2027.',
    ],
  },
  pl: {
    headline: 'Mostostal Pomorze obniża prognozę przychodów na 2026 rok',
    between: [
      '04.12.2026 18:30',
      'Informacja poufna przekazana do publicznej wiadomości zgodnie z przepisami o nadużyciach na rynku za pośrednictwem systemu raportów bieżących.',
      'Za treść komunikatu odpowiada wyłącznie emitent.',
    ],
    story: [
      'Gdańsk, 4 grudnia 2026 r. Zarząd spółki Mostostal Pomorze podjął dziś decyzję o obniżeniu prognozy przychodów na 2026 rok do przedziału od 610 do 640 milionów złotych.',
      'Przyczyną jest przesunięcie terminów dwóch dużych kontraktów infrastrukturalnych na przyszły rok.',
      'Spółka opublikuje wyniki roczne 26 marca 2027 roku.',
    ],
  },
};

function clean(lines: string[]) {
  const result = cleanTextDump(lines.join('\n'));
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

describe('the headline printed again right over the story', () => {
  it.each(Object.keys(NOTICES))('%s: the lines between the two prints go, the story starts under the second', (lang) => {
    const notice = NOTICES[lang]!;
    const article = clean([...HEADER, notice.headline, ...notice.between, notice.headline, ...notice.story, ...FOOTER]);
    expect(article.title).toBe(notice.headline);
    expect(article.paragraphs).toEqual(notice.story);
  });

  it.each(Object.keys(NOTICES))('%s: the headline printed again under the story leaves the story whole', (lang) => {
    const notice = NOTICES[lang]!;
    const article = clean([...HEADER, notice.headline, notice.between[0]!, '', ...notice.story, '', 'Share', notice.headline, ...FOOTER]);
    expect(article.paragraphs).toEqual(notice.story);
  });
});
