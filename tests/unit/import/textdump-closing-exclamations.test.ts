/**
 * A short line ending in an exclamation mark under the story's last paragraph: the page calling out to its reader
 * ("Don't miss tomorrow's edition!"), in any language and with no word the page-note lists know. No story line of the
 * development corpus ends so outside a quotation. Invented copies in several languages and site styles; a quoted
 * exclamation, an exclamation inside the story and a long closing paragraph ending in one stay.
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
    head: ['The Dunmore Observer', 'News', 'Sport', 'Opinion', '', 'Ferry to Innisbeg returns after a month in dry dock', 'By Aoife Brannigan', '5 December 2026'],
    story: [
      'The ferry to Innisbeg returned to service on Thursday after a month in dry dock at Killybegs, where engineers replaced both propeller shafts and repainted the hull.',
      'Islanders had relied on a smaller chartered boat during the repairs, which could carry no vehicles and was cancelled on six days because of high winds.',
      'The operator said the timetable would return to four sailings a day from Saturday, with an extra evening crossing on Fridays until Christmas.',
      'The county council has asked the operator to report on how the island will be served during the next overhaul, due in 2028.',
    ],
    foot: ['Share', 'Most read', '© 2026 The Dunmore Observer'],
  },
  de: {
    head: ['Eifeler Wochenblatt', 'Lokales', 'Kultur', '', 'Stadtbücherei Prüm verlängert ihre Öffnungszeiten', 'Von Jonas Reuter', '05.12.2026'],
    story: [
      'Die Stadtbücherei Prüm öffnet vom kommenden Jahr an auch am Samstagnachmittag, wie die Verbandsgemeinde am Donnerstag mitteilte.',
      'Möglich wird das durch eine zusätzliche Teilzeitstelle, die der Rat im Herbst bewilligt hat, und durch ehrenamtliche Helfer des Fördervereins.',
      'Im vergangenen Jahr hatte die Bücherei mehr als 41.000 Ausleihen gezählt, so viele wie nie zuvor; besonders gefragt waren Hörbücher und Spiele.',
      'Nach einem Jahr soll geprüft werden, wie viele Besucher das neue Angebot am Wochenende nutzen.',
    ],
    foot: ['Teilen', 'Impressum', 'Datenschutz'],
  },
  es: {
    head: ['Diario de Tudela', 'Ribera', 'Cultura', '', 'La feria de la verdura bate su récord de visitantes', 'Por Marta Idoate', '05/12/2026'],
    story: [
      'La feria de la verdura de Tudela cerró el domingo con más de 62.000 visitantes, la cifra más alta desde que se celebra en la plaza de los Fueros.',
      'Los organizadores atribuyen el aumento al buen tiempo y a la ampliación del horario, que este año se mantuvo abierto hasta las diez de la noche.',
      'Los productores de la Ribera vendieron casi todas sus existencias de alcachofa y cardo, y varios puestos tuvieron que cerrar antes de tiempo.',
      'El Ayuntamiento estudiará trasladar la próxima edición al paseo del Prado para ganar espacio.',
    ],
    foot: ['Compartir', 'Aviso legal', '© Diario de Tudela'],
  },
  pl: {
    head: ['Gazeta Podhalańska', 'Wiadomości', 'Region', '', 'Nowy szlak rowerowy połączy Nowy Targ z Czorsztynem', 'Anna Bafia', '5 grudnia 2026'],
    story: [
      'Powiat nowotarski podpisał umowę na budowę ostatniego odcinka szlaku rowerowego, który połączy Nowy Targ z zaporą w Czorsztynie.',
      'Odcinek ma długość dziewięciu kilometrów i poprowadzi wzdłuż Dunajca, w większości po dawnych drogach dojazdowych do pól.',
      'Prace mają kosztować 14 milionów złotych, z czego większość pokryje dotacja z funduszy unijnych.',
      'Wykonawca ma zakończyć budowę do końca czerwca przyszłego roku.',
    ],
    foot: ['Udostępnij', 'Regulamin', '© Gazeta Podhalańska'],
  },
  fr: {
    head: ['Le Courrier du Jura', 'Région', 'Culture', '', 'Le marché de Noël de Dole ouvre avec vingt chalets de plus', 'Par Claire Morel', '5 décembre 2026'],
    story: [
      'Le marché de Noël de Dole a ouvert vendredi soir avec vingt chalets de plus que l\'an dernier, installés le long du canal des Tanneurs.',
      'La ville a choisi cette année de réserver la moitié des emplacements à des artisans du département, pour répondre aux critiques des commerçants.',
      'Une navette gratuite reliera le parking de la gare au centre historique chaque samedi et dimanche jusqu\'au 28 décembre.',
      'La mairie espère dépasser les cent mille visiteurs enregistrés l\'an dernier.',
    ],
    foot: ['Partager', 'Mentions légales', '© Le Courrier du Jura'],
  },
};

function paragraphsOf(page: Page, story: string[]): string[] {
  const result = cleanTextDump([...page.head, '', story.join('\n\n'), '', ...page.foot].join('\n'));
  if (!result.ok) throw new Error(result.reason);
  return result.article.paragraphs;
}

/** The page's story with `line` put after paragraph `at` (its end when `at` is the story's length). */
function storyWith(page: Page, line: string, at: number): string[] {
  return [...page.story.slice(0, at), line, ...page.story.slice(at)];
}

const CALLS_TO_THE_READER: ReadonlyArray<readonly [string, keyof typeof PAGES, string]> = [
  ['an English paper: the next edition announced', 'en', 'Don’t miss Saturday’s island supplement!'],
  ['a German weekly: a farewell to its readers', 'de', 'Bleiben Sie neugierig – bis zur nächsten Woche!'],
  ['a Spanish paper: thanks in inverted marks', 'es', '¡Gracias por leernos y feliz semana!'],
  ['a Polish regional paper: stay with us', 'pl', 'Bądźcie z nami także w niedzielę!'],
  ['a French paper: an exclamation after a space', 'fr', 'Bonnes fêtes à toutes et à tous !'],
];

const STORY_EXCLAMATIONS: ReadonlyArray<readonly [string, keyof typeof PAGES, string, number]> = [
  ['an English quotation closing the story', 'en', 'Nuala Byrne, who runs the shop by the pier, put it simply: “Our boat is back!”', 4],
  ['a German exclamation inside the story', 'de', 'Und dann kam der Ansturm!', 2],
  [
    'a Spanish closing paragraph of some length ending in one',
    'es',
    'Quien se acercó el domingo por la tarde a la plaza pudo ver a los últimos productores vendiendo sus cardos a mitad de precio mientras desmontaban los puestos bajo la lluvia!',
    4,
  ],
];

describe('a short exclamation under the story', () => {
  it.each(CALLS_TO_THE_READER)('%s goes', (_name, lang, line) => {
    const page = PAGES[lang]!;
    const paragraphs = paragraphsOf(page, storyWith(page, line, page.story.length));
    expect(paragraphs).not.toContain(line);
    expect(paragraphs).toEqual(page.story);
  });

  it.each(STORY_EXCLAMATIONS)('%s stays', (_name, lang, line, at) => {
    const page = PAGES[lang]!;
    expect(paragraphsOf(page, storyWith(page, line, at))).toEqual(storyWith(page, line, at));
  });
});
