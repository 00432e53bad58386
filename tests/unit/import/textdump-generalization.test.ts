/**
 * The body and tail rules on small invented page copies in site styles and
 * languages the development corpus does not hold: each rule written for a
 * development copy must do the right thing on other sites with the same
 * pattern, or it is not kept. Each case names the lines the story must keep
 * and the furniture that must go.
 */
import { describe, expect, it } from 'vitest';
import { cleanTextDump } from '../../../shared/textdump/clean.ts';

interface Case {
  /** The pattern and the site style. */
  name: string;
  /** The copy's lines ('' for a blank line). */
  lines: string[];
  /** Story paragraphs that must be kept, whole. */
  keep: string[];
  /** Lines that must not be in the story. */
  drop: string[];
}

function storyOf(lines: readonly string[]): string[] {
  const result = cleanTextDump(lines.join('\n'));
  if (!result.ok) throw new Error(result.reason);
  return result.article.paragraphs;
}

function expectStory(entry: Case): void {
  const paragraphs = storyOf(entry.lines);
  for (const line of entry.keep) expect(paragraphs, line).toContain(line);
  for (const line of entry.drop) expect(paragraphs.some((paragraph) => paragraph.includes(line)), line).toBe(false);
}

/** An advert slot inside the story (its label, then the advert's own line) parts the text once: a short closing sentence after it stays. */
const ADVERT_SLOTS: Case[] = [
  {
    name: 'a French regional site: "Publicité" and a fair\'s announcement before the closing sentence',
    lines: [
      'Le Courrier du Léman', 'Actualités', 'Économie', '',
      'La fromagerie de Vallorbe agrandit sa cave d\'affinage',
      'Par Claire Dufaux', '3 décembre 2026', '',
      'La fromagerie coopérative de Vallorbe a lancé lundi les travaux d\'agrandissement de sa cave d\'affinage, qui pourra accueillir quatre mille meules de plus dès l\'automne prochain.',
      'Le chantier coûtera environ deux millions de francs, dont un tiers sera pris en charge par le canton au titre du soutien à l\'économie alpestre.',
      'Selon le président de la coopérative, la demande des grossistes a doublé en cinq ans et les caves actuelles ne suffisent plus depuis longtemps.',
      'Publicité',
      'Salon de l\'habitat à Yverdon — 12 au 14 décembre, entrée libre',
      'Les producteurs livreront leur lait comme d\'habitude pendant les travaux.',
      'Partager',
      '© 2026 Le Courrier du Léman',
    ],
    keep: ['Les producteurs livreront leur lait comme d\'habitude pendant les travaux.'],
    drop: ['Salon de l\'habitat', 'Publicité'],
  },
  {
    name: 'a German trade portal: "Anzeige" and a webinar line before the last sentence',
    lines: [
      'Holzmarkt Aktuell', 'Nachrichten', 'Märkte', '',
      'Sägewerk in Oberfranken stellt auf Laubholz um',
      'Von Jonas Eder', '02.12.2026', '',
      'Das Sägewerk Hollfeld stellt seine Produktion bis zum Sommer fast vollständig auf Buche und Eiche um, weil die Fichte aus den Wäldern der Region knapp wird.',
      'Dafür investiert das Familienunternehmen rund acht Millionen Euro in eine neue Bandsägelinie und in zusätzliche Trockenkammern.',
      'Nach Angaben der Geschäftsführung bleiben alle 85 Arbeitsplätze erhalten, einige Mitarbeiter werden für die neue Linie geschult.',
      'Anzeige',
      'Webinar Holztrocknung am 9. Dezember – jetzt Platz sichern',
      'Die neue Linie soll im August den Betrieb aufnehmen.',
      'Schlagworte:',
      'Sägewerk',
    ],
    keep: ['Die neue Linie soll im August den Betrieb aufnehmen.'],
    drop: ['Webinar Holztrocknung'],
  },
];

/** Where blank lines space out only the page header, the line under an advert label inside the story is the story going on. */
const ADVERTS_IN_UNSPACED_STORIES: Case[] = [
  {
    name: 'a Spanish portal whose header alone has blank lines: the paragraph under "Publicidad"',
    lines: [
      'Diario del Altiplano', '', 'Portada', 'Regiones', '',
      'El tren de Uyuni volverá a circular en marzo',
      'Por Marcela Quispe',
      'La empresa ferroviaria anunció este martes que el servicio de pasajeros entre Oruro y Uyuni se reanudará en marzo, tras casi un año de obras en el tramo más dañado por las lluvias.',
      'Los trabajos incluyeron la sustitución de doce kilómetros de vía y el refuerzo de tres puentes sobre el río Márquez.',
      'Según la empresa, los billetes se podrán comprar en línea desde febrero y los precios no cambiarán respecto del año pasado.',
      'Publicidad',
      'Las autoridades regionales esperan que la reapertura atraiga a más turistas durante la temporada seca.',
      'Comentarios',
    ],
    keep: ['Las autoridades regionales esperan que la reapertura atraiga a más turistas durante la temporada seca.'],
    drop: ['Publicidad'],
  },
  {
    name: 'an English county paper with a spaced masthead: the last paragraph under "Advertisement"',
    lines: [
      'The Fenland Gazette', '', 'News', 'Sport', '',
      'Drainage board approves new pumping station at Welney',
      'By Harriet Cole',
      'The Middle Level drainage board has approved plans for a new pumping station at Welney, replacing a diesel plant that has run since the 1960s and failed twice during last winter\'s floods.',
      'The electric station will be able to move twice as much water and will be controlled remotely from the board\'s offices in March.',
      'Board members said the work would be paid for by a government grant and a small rise in the drainage rate over five years.',
      'Advertisement',
      'Construction is expected to start in the spring and take about eighteen months.',
      'Most read',
      'Ely bypass closed for resurfacing',
    ],
    keep: ['Construction is expected to start in the spring and take about eighteen months.'],
    drop: ['Ely bypass closed for resurfacing'],
  },
];

/** A legal notice under the story, opened by its label in the page's language, goes however long it runs. */
const LABELLED_DISCLAIMERS: Case[] = [
  {
    name: 'a Turkish finance site: "Yasal uyarı:" and a long notice',
    lines: [
      'Borsa Gündem', 'Piyasalar', 'Hisseler', '',
      'Çimento üreticileri ihracatta yeni pazarlara yöneliyor',
      'Ayşe Demirtaş', '4 Aralık 2026', '',
      'Türkiye\'nin çimento üreticileri, Avrupa\'daki talebin zayıflaması üzerine ihracatta Batı Afrika ve Latin Amerika pazarlarına yöneliyor.',
      'Sektör derneğinin verilerine göre ilk on ayda Batı Afrika\'ya yapılan satışlar geçen yılın aynı dönemine göre yüzde otuz arttı.',
      'Üreticiler, navlun fiyatlarının düşmesinin uzak pazarlara satışı yeniden kârlı hale getirdiğini belirtiyor.',
      'Yasal uyarı: Burada yer alan yatırım bilgi, yorum ve tavsiyeleri yatırım danışmanlığı kapsamında değildir. Yatırım danışmanlığı hizmeti, aracı kurumlar, portföy yönetim şirketleri, mevduat kabul etmeyen bankalar ile müşteri arasında imzalanacak yatırım danışmanlığı sözleşmesi çerçevesinde sunulmaktadır. Burada yer alan yorum ve tavsiyeler, yorum ve tavsiyede bulunanların kişisel görüşlerine dayanmaktadır ve bu görüşler mali durumunuz ile risk ve getiri tercihlerinize uygun olmayabilir. Bu nedenle, sadece burada yer alan bilgilere dayanılarak yatırım kararı verilmesi beklentilerinize uygun sonuçlar doğurmayabilir.',
      '© 2026 Borsa Gündem',
    ],
    keep: ['Üreticiler, navlun fiyatlarının düşmesinin uzak pazarlara satışı yeniden kârlı hale getirdiğini belirtiyor.'],
    drop: ['Yasal uyarı'],
  },
  {
    name: 'a Spanish crypto blog: "Descargo de responsabilidad:" in a long paragraph',
    lines: [
      'Cripto al Día', 'Noticias', 'Guías', '',
      'Un banco chileno probará pagos con moneda estable entre sucursales',
      'Por Tomás Herrera', '1 de diciembre de 2026', '',
      'Un banco mediano de Santiago probará durante seis meses el uso de una moneda estable para liquidar pagos entre sus sucursales del norte y del sur del país.',
      'La prueba se hará con montos pequeños y bajo la supervisión del regulador, que pidió informes mensuales sobre costos y tiempos de liquidación.',
      'Si los resultados son buenos, el banco podría ofrecer el servicio a clientes empresariales a fines del próximo año.',
      'Descargo de responsabilidad: la información de este artículo no constituye asesoramiento financiero ni una recomendación de compra o venta de ningún activo. Los mercados de criptomonedas son muy volátiles y usted podría perder la totalidad de su inversión. Antes de tomar cualquier decisión, consulte a un asesor independiente y lea con atención los términos de cada plataforma. Cripto al Día no se hace responsable de las pérdidas que puedan derivarse del uso de esta información, ni de los contenidos de sitios de terceros enlazados desde esta página.',
    ],
    keep: ['Si los resultados son buenos, el banco podría ofrecer el servicio a clientes empresariales a fines del próximo año.'],
    drop: ['Descargo de responsabilidad'],
  },
];

/** A copyright line that goes on to forbid copying is the footer, however long; a story's paragraph about copyright is not. */
const LONG_COPYRIGHT_NOTICES: Case[] = [
  {
    name: 'an Argentine daily: "© 2026 …. Todos los derechos reservados." and a long ban on copying',
    lines: [
      'El Litoral Hoy', 'Política', 'Sociedad', '',
      'La provincia licitará el dragado del puerto de Santa Fe',
      'Por Julieta Paz', '',
      'El gobierno provincial llamará en enero a licitación para dragar el canal de acceso al puerto de Santa Fe, que perdió casi un metro de profundidad durante la última bajante del Paraná.',
      'La obra costará unos cuarenta millones de dólares y se financiará con un préstamo de un banco de desarrollo regional.',
      'Las empresas exportadoras de granos reclamaban el dragado desde hace años para poder cargar buques completos.',
      '© 2026 El Litoral Hoy. Todos los derechos reservados. Queda prohibida la reproducción total o parcial de los contenidos de este sitio, por cualquier medio y en cualquier formato, sin la autorización previa y por escrito de la editorial, conforme a la ley de propiedad intelectual vigente en la República Argentina y a los tratados internacionales firmados por el país.',
    ],
    keep: ['Las empresas exportadoras de granos reclamaban el dragado desde hace años para poder cargar buques completos.'],
    drop: ['Queda prohibida la reproducción'],
  },
];

describe('the body and tail rules carry over to other sites', () => {
  it.each(ADVERT_SLOTS.map((entry) => [entry.name, entry] as const))('an advert slot inside the story: %s', (_name, entry) => expectStory(entry));
  it.each(ADVERTS_IN_UNSPACED_STORIES.map((entry) => [entry.name, entry] as const))('an advert label in a story without blank lines: %s', (_name, entry) => expectStory(entry));
  it.each(LABELLED_DISCLAIMERS.map((entry) => [entry.name, entry] as const))('a labelled disclaimer: %s', (_name, entry) => expectStory(entry));
  it.each(LONG_COPYRIGHT_NOTICES.map((entry) => [entry.name, entry] as const))('a long copyright notice: %s', (_name, entry) => expectStory(entry));

  it('keeps a story paragraph that opens with the word copyright', () => {
    const paragraph = 'Copyright holders in the region have until March to register their claims, the office said, after which unclaimed royalties will go to a cultural fund.';
    const story = storyOf([
      'The Valley Post', 'News', '',
      'Royalty office sets deadline for unclaimed payments',
      'By Nora Finch', '',
      'The regional royalty office has set a deadline for musicians and writers to claim payments that have piled up since the collecting society was wound up last year.',
      paragraph,
      'About 3,000 people are thought to be owed money, most of them small amounts from radio plays.',
      '© 2026 The Valley Post',
    ]);
    expect(story).toContain(paragraph);
  });
});
