/**
 * A reader gets the headline, not a banner asking them to click, on pages that print a prompt ("Click here to vote for
 * the Community Awards", "Cliquez ici pour …", "… için tıklayın") above the date, with the headline under the date:
 * a line that opens or closes by asking for a click or a tap speaks to the reader and is never the headline, in any
 * language. A headline that only names clicking inside its words stays the headline.
 */
import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../helpers/textdump.ts';

interface PromptPage {
  lang: string;
  site: string;
  prompt: string;
  date: string;
  headline: string;
  paragraphs: [string, string, string];
}

const CASES: PromptPage[] = [
  {
    lang: 'en',
    site: 'Lakeside Online',
    prompt: 'Click here to vote for the 2026 Lakeside Community Awards and name your local heroes',
    date: 'Local News of Thursday, 3 December 2026',
    headline: 'Market traders move to a temporary site as the old hall comes down',
    paragraphs: [
      'Traders at the old market hall began moving their stalls to a temporary site by the bus station on Thursday, as demolition of the hall started.',
      'About three hundred traders, most of them selling cloth and food, had been given until the end of November to leave the hall.',
      'The new market, with room for four hundred stalls, is due to open in 2028.',
    ],
  },
  {
    lang: 'fr',
    site: 'Lac Info',
    prompt: 'Cliquez ici pour voter aux Trophées du Lac 2026 et désigner vos héros locaux',
    date: 'Actualité locale du jeudi 3 décembre 2026',
    headline: 'Les commerçants du marché couvert déménagent avant la démolition',
    paragraphs: [
      'Les commerçants de l’ancien marché couvert ont commencé jeudi à installer leurs étals sur un site provisoire près de la gare routière.',
      'Environ trois cents commerçants, pour la plupart marchands de tissus et d’alimentation, devaient quitter la halle avant la fin novembre.',
      'Le nouveau marché, qui comptera quatre cents étals, doit ouvrir en 2028.',
    ],
  },
  {
    lang: 'de',
    site: 'Seeblick Online',
    prompt: 'Klicken Sie hier, um beim Seeblick-Bürgerpreis 2026 abzustimmen',
    date: 'Lokales vom Donnerstag, 3. Dezember 2026',
    headline: 'Markthändler ziehen vor dem Abriss der alten Halle um',
    paragraphs: [
      'Die Händler der alten Markthalle haben am Donnerstag begonnen, ihre Stände auf ein Ausweichgelände am Busbahnhof zu bringen.',
      'Rund dreihundert Händler, die meisten mit Stoffen und Lebensmitteln, mussten die Halle bis Ende November räumen.',
      'Der neue Markt mit vierhundert Ständen soll 2028 öffnen.',
    ],
  },
  {
    lang: 'es',
    site: 'Lago Digital',
    prompt: 'Haga clic aquí para votar en los Premios Vecinales del Lago 2026',
    date: 'Noticias locales del jueves 3 de diciembre de 2026',
    headline: 'Los comerciantes del mercado se trasladan antes del derribo de la nave',
    paragraphs: [
      'Los comerciantes del viejo mercado empezaron el jueves a trasladar sus puestos a un recinto provisional junto a la estación de autobuses.',
      'Unos trescientos comerciantes, la mayoría de telas y alimentación, tenían hasta finales de noviembre para dejar la nave.',
      'El nuevo mercado, con cuatrocientos puestos, abrirá en 2028.',
    ],
  },
  {
    lang: 'ru',
    site: 'Озёрные новости',
    prompt: 'Нажмите здесь, чтобы проголосовать за премию «Соседи года — 2026»',
    date: 'Новости города, четверг, 3 декабря 2026',
    headline: 'Торговцы старого рынка переезжают на временную площадку перед сносом',
    paragraphs: [
      'Торговцы старого крытого рынка в четверг начали переносить свои прилавки на временную площадку у автовокзала.',
      'Около трёхсот продавцов, в основном тканей и продуктов, должны были освободить здание до конца ноября.',
      'Новый рынок на четыреста мест планируют открыть в 2028 году.',
    ],
  },
  {
    lang: 'tr',
    site: 'Göl Haber',
    prompt: '2026 Göl Mahalle Ödülleri için oy vermek istiyorsanız buraya tıklayın',
    date: '3 Aralık 2026 Perşembe',
    headline: 'Eski hal yıkılırken pazar esnafı geçici alana taşınıyor',
    paragraphs: [
      'Eski kapalı halin esnafı perşembe günü tezgâhlarını otogarın yanındaki geçici alana taşımaya başladı.',
      'Çoğu kumaş ve gıda satan yaklaşık üç yüz esnafın halı kasım sonuna kadar boşaltması gerekiyordu.',
      'Dört yüz tezgâhlı yeni pazarın 2028’de açılması planlanıyor.',
    ],
  },
  {
    lang: 'it',
    site: 'Lago Notizie',
    prompt: 'Clicca qui per votare ai Premi di Quartiere del Lago 2026',
    date: 'Cronaca locale di giovedì 3 dicembre 2026',
    headline: 'I commercianti del mercato coperto traslocano prima della demolizione',
    paragraphs: [
      'I commercianti del vecchio mercato coperto hanno iniziato giovedì a spostare i banchi in un’area provvisoria vicino alla stazione degli autobus.',
      'Circa trecento commercianti, per lo più di stoffe e alimentari, dovevano lasciare la struttura entro la fine di novembre.',
      'Il nuovo mercato, con quattrocento banchi, aprirà nel 2028.',
    ],
  },
  {
    lang: 'pt',
    site: 'Lago Notícias',
    prompt: 'Clique aqui para votar nos Prémios de Bairro do Lago 2026',
    date: 'Notícias locais de quinta-feira, 3 de dezembro de 2026',
    headline: 'Comerciantes do mercado mudam-se antes da demolição do pavilhão',
    paragraphs: [
      'Os comerciantes do antigo mercado coberto começaram na quinta-feira a levar as bancas para um recinto provisório junto à estação rodoviária.',
      'Cerca de trezentos comerciantes, sobretudo de tecidos e alimentação, tinham até ao fim de novembro para sair do pavilhão.',
      'O novo mercado, com quatrocentas bancas, deverá abrir em 2028.',
    ],
  },
  {
    lang: 'nl',
    site: 'Meerbode Online',
    prompt: 'Klik hier om te stemmen voor de Meerbode Buurtprijzen 2026',
    date: 'Lokaal nieuws van donderdag 3 december 2026',
    headline: 'Marktkooplieden verhuizen voor de sloop van de oude hal',
    paragraphs: [
      'De kooplieden van de oude markthal zijn donderdag begonnen hun kramen naar een tijdelijk terrein bij het busstation te brengen.',
      'Zo’n driehonderd kooplieden, de meesten met stoffen en levensmiddelen, moesten de hal voor eind november verlaten.',
      'De nieuwe markt met vierhonderd kramen gaat in 2028 open.',
    ],
  },
  {
    lang: 'pl',
    site: 'Wieści znad Jeziora',
    prompt: 'Kliknij tutaj, aby zagłosować w plebiscycie Sąsiedzkie Nagrody 2026',
    date: 'Wiadomości lokalne, czwartek 3 grudnia 2026',
    headline: 'Kupcy z hali targowej przenoszą się przed rozbiórką budynku',
    paragraphs: [
      'Kupcy ze starej hali targowej zaczęli w czwartek przenosić stoiska na tymczasowy plac przy dworcu autobusowym.',
      'Około trzystu kupców, głównie z tkaninami i żywnością, miało czas do końca listopada na opuszczenie hali.',
      'Nowy targ na czterysta stoisk ma zostać otwarty w 2028 roku.',
    ],
  },
  {
    lang: 'ar',
    site: 'أخبار البحيرة',
    prompt: 'انقر هنا للتصويت في جوائز الحي المتميز لعام 2026',
    date: 'أخبار محلية، الخميس 3 ديسمبر 2026',
    headline: 'تجار السوق القديم ينتقلون إلى موقع مؤقت قبل هدم المبنى',
    paragraphs: [
      'بدأ تجار السوق المسقوف القديم يوم الخميس نقل بسطاتهم إلى موقع مؤقت بجوار محطة الحافلات.',
      'وكان على نحو ثلاثمئة تاجر، معظمهم من باعة الأقمشة والمواد الغذائية، إخلاء المبنى قبل نهاية نوفمبر.',
      'ومن المقرر افتتاح السوق الجديد الذي يضم أربعمئة بسطة في عام 2028.',
    ],
  },
  {
    lang: 'he',
    site: 'חדשות האגם',
    prompt: 'לחצו כאן כדי להצביע בפרס השכונה המצטיינת לשנת 2026',
    date: 'חדשות מקומיות, יום חמישי 3 בדצמבר 2026',
    headline: 'סוחרי השוק הישן עוברים לאתר זמני לפני הריסת המבנה',
    paragraphs: [
      'סוחרי השוק המקורה הישן החלו ביום חמישי להעביר את הדוכנים שלהם לאתר זמני ליד התחנה המרכזית.',
      'כשלוש מאות סוחרים, רובם מוכרי בדים ומזון, נדרשו לפנות את המבנה עד סוף נובמבר.',
      'השוק החדש, עם ארבע מאות דוכנים, צפוי להיפתח ב-2028.',
    ],
  },
  {
    lang: 'id',
    site: 'Kabar Danau',
    prompt: 'Klik di sini untuk memilih dalam Penghargaan Warga Danau 2026',
    date: 'Berita lokal, Kamis 3 Desember 2026',
    headline: 'Pedagang pasar lama pindah ke lokasi sementara sebelum pembongkaran',
    paragraphs: [
      'Para pedagang pasar lama mulai memindahkan lapak mereka ke lokasi sementara di dekat terminal bus pada hari Kamis.',
      'Sekitar tiga ratus pedagang, kebanyakan penjual kain dan bahan makanan, harus meninggalkan gedung sebelum akhir November.',
      'Pasar baru dengan empat ratus lapak dijadwalkan dibuka pada 2028.',
    ],
  },
  {
    lang: 'uk',
    site: 'Озерні новини',
    prompt: 'Натисніть тут, щоб проголосувати за премію «Сусіди року — 2026»',
    date: 'Новини міста, четвер, 3 грудня 2026',
    headline: 'Торговці старого ринку переїжджають на тимчасовий майданчик перед знесенням',
    paragraphs: [
      'Торговці старого критого ринку в четвер почали переносити свої прилавки на тимчасовий майданчик біля автовокзалу.',
      'Близько трьохсот продавців, здебільшого тканин і продуктів, мали звільнити будівлю до кінця листопада.',
      'Новий ринок на чотириста місць планують відкрити у 2028 році.',
    ],
  },
];

describe('a prompt to click above the date, the headline under it', () => {
  it.each(CASES.map((page) => [page.lang, page] as const))('%s: the headline is read, not the prompt', (_lang, page) => {
    const article = cleanLines([page.site, page.prompt, page.date, page.headline, ...page.paragraphs]);
    expect(article.title).toBe(page.headline);
  });
});

describe('a headline that names clicking inside its words', () => {
  it('stays the headline', () => {
    const headline = 'Why readers click on bad news more than good, according to a new study';
    const article = cleanLines([
      'Lakeside Online',
      headline,
      'By Martha Glenwood',
      '3 December 2026',
      'Readers of news sites open stories about accidents and crimes twice as often as stories about good news, a study of two million visits has found.',
      'The researchers followed readers of six regional sites for a year and counted which headlines they opened.',
      'They say editors should not read the numbers as a reason to publish less good news.',
    ]);
    expect(article.title).toBe(headline);
  });
});
