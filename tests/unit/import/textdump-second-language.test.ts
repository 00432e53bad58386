/**
 * The story printed again in a second language under the first (a bilingual council's or canton's release, a company's
 * notice in two national languages): its own headline, perhaps its date, then paragraphs that use none of the common short
 * words of the page's language. The first version is the story; the second is the same story again. Invented copies in
 * several pairs of languages; a quotation of one paragraph in another language, and a story that ends in its own language,
 * stay whole.
 */
import { describe, expect, it } from 'vitest';
import { cleanTextDump } from '../../../shared/textdump/clean.ts';

interface Bilingual {
  head: string[];
  story: string[];
  /** The second version: its headline, date line and paragraphs. */
  second: string[];
  foot: string[];
}

const PAGES: Readonly<Record<string, Bilingual>> = {
  'en then Welsh': {
    head: ['Skip to content', 'Cymraeg', 'Bro Alaw County Council', 'News', '', 'Library opening hours to be extended in six towns', 'Published: 03/12/2026'],
    story: [
      'Libraries in six towns across the county will open for longer from January, the council has confirmed, after a consultation in which most people asked for evening hours.',
      'The branches in Amlwch, Llangefni and four other towns will stay open until seven on two evenings a week, and the mobile library will add a Saturday round.',
      'The cabinet member for culture said the change would be paid for by sharing staff between branches rather than by cutting book budgets.',
      'The council will look at the number of visitors after six months and decide whether to extend the hours to the remaining branches.',
    ],
    second: [
      'Oriau agor llyfrgelloedd i gael eu hymestyn mewn chwe thref',
      'Cyhoeddwyd: 03/12/2026',
      'Bydd llyfrgelloedd mewn chwe thref ar draws y sir yn agor am fwy o amser o fis Ionawr ymlaen, mae\'r cyngor wedi cadarnhau.',
      'Bydd y canghennau yn Amlwch, Llangefni a phedair tref arall ar agor tan saith o\'r gloch ar ddwy noson yr wythnos.',
      'Bydd y cyngor yn edrych ar nifer yr ymwelwyr ar ôl chwe mis cyn penderfynu a ddylid ymestyn yr oriau.',
    ],
    foot: ['Share this page', 'Contact us', '© Bro Alaw County Council 2026'],
  },
  'fr then de': {
    head: ['République et canton de Sarine', 'Actualités', '', 'Le canton ouvre un deuxième centre de vaccination pour les animaux de rente', '03.12.2026'],
    story: [
      'Le Conseil d\'Etat a décidé d\'ouvrir un deuxième centre de vaccination pour les animaux de rente, qui sera installé à la ferme-école de Grangeneuve dès le mois de février.',
      'Le centre permettra aux éleveurs de la partie alémanique du canton de faire vacciner leurs troupeaux sans devoir se rendre dans la Broye.',
      'Le coût de l\'installation est estimé à 380 000 francs, dont la moitié sera prise en charge par la Confédération.',
      'Le Service vétérinaire tirera un premier bilan de l\'activité du centre à la fin de l\'année prochaine.',
    ],
    second: [
      'Der Kanton eröffnet ein zweites Impfzentrum für Nutztiere',
      'Der Staatsrat hat beschlossen, ein zweites Impfzentrum für Nutztiere zu eröffnen, das ab Februar auf dem Gutsbetrieb von Grangeneuve eingerichtet wird.',
      'Das Zentrum ermöglicht es den Züchtern im deutschsprachigen Teil des Kantons, ihre Herden impfen zu lassen, ohne in die Broye zu fahren.',
      'Das Veterinäramt wird Ende des nächsten Jahres eine erste Bilanz ziehen.',
    ],
    foot: ['Partager', 'Contact', '© Etat de Sarine'],
  },
  'nl then fr': {
    head: ['Gemeente Kortevoorde', 'Nieuws', '', 'Nieuwe fietsstraat langs het kanaal vanaf maart', '03/12/2026'],
    story: [
      'De gemeente richt vanaf maart een fietsstraat in langs het kanaal, waar auto\'s fietsers niet meer mogen inhalen en de snelheid beperkt is tot dertig kilometer per uur.',
      'Het college kiest voor deze straat omdat er elke dag meer dan vierduizend fietsers gebruik van maken, vooral scholieren op weg naar de campus.',
      'De werken aan de markeringen en de borden duren ongeveer twee weken en gebeuren tijdens de krokusvakantie.',
      'Na een jaar bekijkt de gemeente of de fietsstraat ook in de zijstraten wordt doorgetrokken.',
    ],
    second: [
      'Nouvelle rue cyclable le long du canal dès mars',
      'La commune aménagera dès le mois de mars une rue cyclable le long du canal, où les voitures ne pourront plus dépasser les cyclistes.',
      'Le collège a choisi cette rue parce que plus de quatre mille cyclistes l\'empruntent chaque jour, surtout des élèves qui se rendent au campus.',
      'Après un an, la commune examinera si la rue cyclable doit être prolongée dans les rues voisines.',
    ],
    foot: ['Delen', 'Contact', '© Gemeente Kortevoorde'],
  },
  'es then en': {
    head: ['Puertos del Este', 'Noticias', '', 'El puerto de Arrecife recibirá cruceros eléctricos desde 2028', '03/12/2026'],
    story: [
      'La Autoridad Portuaria de Arrecife ha aprobado la instalación de una conexión eléctrica en el muelle de cruceros, que permitirá a los barcos apagar sus motores durante la escala.',
      'El proyecto tiene un presupuesto de 18 millones de euros y será financiado en su mayor parte con fondos europeos para la transición energética.',
      'Según el presidente del puerto, la conexión reducirá las emisiones en la zona del muelle en más de un setenta por ciento.',
      'Las obras comenzarán el próximo otoño y deberán estar terminadas antes de la temporada de invierno de 2028.',
    ],
    second: [
      'Arrecife port to power cruise ships from the shore from 2028',
      'The Arrecife Port Authority has approved a shore power connection at the cruise pier, which will allow ships to switch off their engines while they are in port.',
      'The project has a budget of 18 million euros and will be paid for mostly with European funds for the energy transition.',
      'Work will start next autumn and is due to be finished before the winter season of 2028.',
    ],
    foot: ['Compartir', 'Aviso legal', '© Puertos del Este'],
  },
  'pl then en': {
    head: ['Urząd Miasta Brzegowo', 'Aktualności', '', 'Miasto uruchamia nocną linię autobusową do strefy przemysłowej', '03.12.2026'],
    story: [
      'Od stycznia mieszkańcy Brzegowa będą mogli dojechać do strefy przemysłowej nocnym autobusem, który będzie kursował co godzinę między dworcem a bramą parku.',
      'Nowa linia ma ułatwić dojazd pracownikom zmian nocnych, którzy do tej pory musieli korzystać z samochodów lub taksówek.',
      'Koszt uruchomienia linii wyniesie około 900 tysięcy złotych rocznie, z czego część pokryją firmy działające w strefie.',
      'Po pół roku miasto oceni, czy linia jest wystarczająco wykorzystywana, i zdecyduje o jej dalszym losie.',
    ],
    second: [
      'City launches night bus to the industrial zone',
      'From January residents of Brzegowo will be able to reach the industrial zone by a night bus, which will run every hour between the station and the park gate.',
      'The new line is meant to help night shift workers, who until now have had to use cars or taxis to get to work.',
      'After six months the city will assess whether the line is used enough and decide on its future.',
    ],
    foot: ['Udostępnij', 'Kontakt', '© Urząd Miasta Brzegowo'],
  },
};

function clean(lines: string[]) {
  const result = cleanTextDump(lines.join('\n'));
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

describe('the story printed again in a second language under the first', () => {
  it.each(Object.keys(PAGES))('%s: the second version goes, the first is the story', (pair) => {
    const page = PAGES[pair]!;
    const article = clean([...page.head, '', page.story.join('\n\n'), '', ...page.second, '', ...page.foot]);
    expect(article.paragraphs).toEqual(page.story);
    expect(article.blocks.filter((block) => block.kind !== 'paragraph')).toEqual([]);
  });

  it.each(Object.keys(PAGES))('%s: one paragraph in the other language inside the story stays', (pair) => {
    const page = PAGES[pair]!;
    const quoted = page.second[page.second.length - 1]!;
    const story = [...page.story.slice(0, 2), quoted, ...page.story.slice(2)];
    const article = clean([...page.head, '', story.join('\n\n'), '', ...page.foot]);
    expect(article.paragraphs).toEqual(story);
  });

  it.each(Object.keys(PAGES))('%s: one closing paragraph in the other language stays', (pair) => {
    const page = PAGES[pair]!;
    const story = [...page.story, page.second[page.second.length - 1]!];
    const article = clean([...page.head, '', story.join('\n\n'), '', ...page.foot]);
    expect(article.paragraphs).toEqual(story);
  });
});
