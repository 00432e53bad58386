/**
 * A reader gets no author when a page names none, even if its menu holds two capitalised words over a "Follow" or
 * "Join us" link ("Safety Advice" / "Join Us"): a name over a follow button is an author's card only when it does
 * not stand in a run of short menu lines. An author's card under the headline, over its follow button, is still read.
 */
import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../helpers/textdump.ts';

interface MenuPage {
  lang: string;
  /** The site's menu, with an item of two capitalised words over the follow link. */
  menu: string[];
  headline: string;
  date: string;
  paragraphs: [string, string, string];
}

const CASES: MenuPage[] = [
  {
    lang: 'en',
    menu: ['Fellside Rescue Team', 'Home', 'About the Team', 'Callouts', 'Safety Advice', 'Join Us', 'Shop'],
    headline: 'Walker with a broken ankle carried down from the north ridge',
    date: 'Saturday 5 December 2026',
    paragraphs: [
      'The team was called out at 14:10 on Saturday to a walker who had slipped on wet rock near the top of the north ridge and could not put weight on her ankle.',
      'Eleven team members walked in from the valley road, splinted the ankle and carried her down on a stretcher to the waiting ambulance.',
      'The callout lasted four hours and twenty minutes.',
    ],
  },
  {
    lang: 'fr',
    menu: ['Secours en Montagne du Valgrand', 'Accueil', 'Notre équipe', 'Interventions', 'Conseils Pratiques', 'Suivre', 'Boutique'],
    headline: 'Une randonneuse blessée évacuée de la crête nord',
    date: 'Samedi 5 décembre 2026',
    paragraphs: [
      'L’équipe a été appelée samedi à 14 h 10 pour une randonneuse qui avait glissé sur un rocher mouillé près du sommet de la crête nord.',
      'Onze secouristes sont montés depuis la route de la vallée, ont immobilisé sa cheville et l’ont descendue sur une civière jusqu’à l’ambulance.',
      'L’intervention a duré quatre heures vingt.',
    ],
  },
  {
    lang: 'de',
    menu: ['Bergwacht Talheim', 'Startseite', 'Über uns', 'Einsätze', 'Sicherheit Tipps', 'Folgen', 'Shop'],
    headline: 'Wanderin mit gebrochenem Knöchel vom Nordgrat geborgen',
    date: 'Samstag, 5. Dezember 2026',
    paragraphs: [
      'Die Bergwacht wurde am Samstag um 14.10 Uhr zu einer Wanderin gerufen, die nahe dem Gipfel des Nordgrats auf nassem Fels ausgerutscht war.',
      'Elf Einsatzkräfte stiegen von der Talstraße auf, schienten den Knöchel und trugen die Frau auf einer Trage zum wartenden Rettungswagen.',
      'Der Einsatz dauerte vier Stunden und zwanzig Minuten.',
    ],
  },
  {
    lang: 'es',
    menu: ['Rescate de Montaña Valdeoso', 'Inicio', 'El equipo', 'Intervenciones', 'Consejos Útiles', 'Seguir', 'Tienda'],
    headline: 'Rescatada una senderista con el tobillo roto en la cresta norte',
    date: 'Sábado, 5 de diciembre de 2026',
    paragraphs: [
      'El equipo fue avisado el sábado a las 14.10 por una senderista que había resbalado en una roca mojada cerca de la cumbre de la cresta norte.',
      'Once rescatadores subieron desde la carretera del valle, le inmovilizaron el tobillo y la bajaron en camilla hasta la ambulancia.',
      'La intervención duró cuatro horas y veinte minutos.',
    ],
  },
  {
    lang: 'it',
    menu: ['Soccorso Alpino Valforte', 'Home', 'La squadra', 'Interventi', 'Consigli Utili', 'Segui', 'Negozio'],
    headline: 'Escursionista con una caviglia rotta soccorsa sulla cresta nord',
    date: 'Sabato 5 dicembre 2026',
    paragraphs: [
      'La squadra è stata chiamata sabato alle 14.10 per un’escursionista scivolata su una roccia bagnata vicino alla cima della cresta nord.',
      'Undici soccorritori sono saliti dalla strada della valle, le hanno immobilizzato la caviglia e l’hanno portata in barella fino all’ambulanza.',
      'L’intervento è durato quattro ore e venti minuti.',
    ],
  },
  {
    lang: 'pt',
    menu: ['Socorro de Montanha da Serra Alta', 'Início', 'A equipa', 'Ocorrências', 'Conselhos Úteis', 'Seguir', 'Loja'],
    headline: 'Caminhante com tornozelo partido resgatada na crista norte',
    date: 'Sábado, 5 de dezembro de 2026',
    paragraphs: [
      'A equipa foi chamada no sábado às 14h10 por uma caminhante que escorregou numa rocha molhada perto do topo da crista norte.',
      'Onze elementos subiram a partir da estrada do vale, imobilizaram-lhe o tornozelo e levaram-na de maca até à ambulância.',
      'A operação durou quatro horas e vinte minutos.',
    ],
  },
  {
    lang: 'nl',
    menu: ['Bergredding Hoogdal', 'Home', 'Over het team', 'Inzetten', 'Veilig Wandelen', 'Volgen', 'Winkel'],
    headline: 'Wandelaarster met gebroken enkel van de noordkam gehaald',
    date: 'Zaterdag 5 december 2026',
    paragraphs: [
      'Het team werd zaterdag om 14.10 uur opgeroepen voor een wandelaarster die bij de top van de noordkam op een natte rots was uitgegleden.',
      'Elf teamleden liepen vanaf de dalweg naar boven, spalkten de enkel en droegen haar op een brancard naar de ambulance.',
      'De inzet duurde vier uur en twintig minuten.',
    ],
  },
  {
    lang: 'pl',
    menu: ['Górskie Pogotowie Wysoka Dolina', 'Strona główna', 'O zespole', 'Akcje', 'Porady Turystyczne', 'Obserwuj', 'Sklep'],
    headline: 'Turystka ze złamaną kostką zniesiona z północnej grani',
    date: 'Sobota, 5 grudnia 2026',
    paragraphs: [
      'Ratownicy zostali wezwani w sobotę o 14.10 do turystki, która pośliznęła się na mokrej skale w pobliżu szczytu północnej grani.',
      'Jedenastu ratowników podeszło od drogi w dolinie, unieruchomiło kostkę i zniosło kobietę na noszach do karetki.',
      'Akcja trwała cztery godziny i dwadzieścia minut.',
    ],
  },
  {
    lang: 'tr',
    menu: ['Yüksekova Dağ Kurtarma', 'Ana Sayfa', 'Ekibimiz', 'Müdahaleler', 'Güvenlik Önerileri', 'Bizi takip edin', 'Mağaza'],
    headline: 'Kuzey sırtında bileği kırılan yürüyüşçü kurtarıldı',
    date: '5 Aralık 2026 Cumartesi',
    paragraphs: [
      'Ekip cumartesi saat 14.10’da, kuzey sırtının zirvesine yakın ıslak bir kayada kayan bir yürüyüşçü için çağrıldı.',
      'On bir ekip üyesi vadi yolundan yürüyerek çıktı, bileği sabitledi ve kadını sedyeyle bekleyen ambulansa taşıdı.',
      'Müdahale dört saat yirmi dakika sürdü.',
    ],
  },
];

describe('a menu item of two capitalised words over a follow link', () => {
  it.each(CASES.map((page) => [page.lang, page] as const))('%s: is no byline', (_lang, page) => {
    const article = cleanLines([...page.menu, page.headline, page.date, ...page.paragraphs]);
    expect(article.byline).toBeNull();
    expect(article.title).toBe(page.headline);
  });
});

describe('an author’s card over its follow button under the headline', () => {
  it('is still the byline', () => {
    const page = CASES[0]!;
    const article = cleanLines([...page.menu, page.headline, 'Martha Glenwood', 'Follow', page.date, ...page.paragraphs]);
    expect(article.byline).toBe('Martha Glenwood');
  });
});
