/**
 * Whether bylines are read on page heads written in site styles and languages
 * no development copy has: a bare name between the headline and the story, a
 * name with its agency or place, degrees around a name, author labels in more
 * languages, forum posters, mail senders — and what must not be read as a
 * person (interface labels, topics, an agency's bureau, a date's label).
 */
import { describe, expect, it } from 'vitest';
import { parseByline } from '../../../shared/textdump/byline.ts';
import { cleanTextDump } from '../../../shared/textdump/clean.ts';
import { readMetaLine } from '../../../shared/textdump/meta.ts';
import { isPersonName, lowerCaseWords } from '../../../shared/textdump/person-name.ts';

function bylineOf(lines: readonly string[]): string | null {
  const result = cleanTextDump(lines.join('\n'));
  if (!result.ok) throw new Error(result.reason);
  return result.article.byline;
}

/** A page's head in one language: the site, a section, the headline, a standfirst, then the story's two first paragraphs. */
interface StoryHead {
  lang: string;
  site: string;
  section: string;
  headline: string;
  deck: string;
  paragraphs: [string, string];
  name: string;
  /** A line of the page's interface or a topic, in its language, that must not be read as the author. */
  label: string;
}

const HEADS: StoryHead[] = [
  {
    lang: 'en',
    site: 'The Lantern Review',
    section: 'Science',
    headline: 'Why the tide gauges on the east coast disagree',
    deck: 'Two instruments a mile apart have drifted by four centimetres since spring.',
    paragraphs: [
      'For most of the last decade the two tide gauges at the mouth of the estuary told the same story, give or take a few millimetres on a stormy night.',
      'Since April they have not, and the engineers who maintain them have spent the summer trying to work out which of the two has moved.',
    ],
    name: 'Rowan Achterberg',
    label: 'Social Sharing',
  },
  {
    lang: 'de',
    site: 'Rheinblick',
    section: 'Wirtschaft',
    headline: 'Warum die Fähren am Niederrhein seltener fahren',
    deck: 'Die Betreiber finden kaum noch Personal für die Abendschichten.',
    paragraphs: [
      'Wer abends mit dem Fahrrad über den Rhein will, muss seit dem Sommer länger warten, weil zwei der drei Fähren nach sieben Uhr nicht mehr fahren.',
      'Die Betreiber sagen, sie hätten die Stellen seit Monaten ausgeschrieben, aber kaum Bewerbungen für die späten Schichten erhalten.',
    ],
    name: 'Friederike von Aschwege',
    label: 'Artikel teilen',
  },
  {
    lang: 'fr',
    site: 'La Gazette du Vercors',
    section: 'Territoire',
    headline: 'Les refuges de montagne manquent de gardiens pour l’hiver',
    deck: 'Trois refuges sur dix pourraient rester fermés faute de candidats.',
    paragraphs: [
      'À quelques semaines de l’ouverture de la saison, plusieurs refuges du massif n’ont toujours pas trouvé de gardien pour les mois d’hiver.',
      'Les communes propriétaires disent avoir reçu deux fois moins de candidatures que l’an dernier, et s’inquiètent pour les randonneurs.',
    ],
    name: 'Jean-Baptiste Lefèvre',
    label: 'Partager Imprimer',
  },
  {
    lang: 'es',
    site: 'Diario del Cantábrico',
    section: 'Sociedad',
    headline: 'Las lonjas del norte prueban la subasta en línea',
    deck: 'Los pescadores podrán vender desde el barco antes de llegar a puerto.',
    paragraphs: [
      'Las cofradías de tres puertos del norte empezarán en enero a subastar parte del pescado por internet mientras los barcos todavía están en el mar.',
      'Los responsables del proyecto explican que el sistema permitirá a los compradores conocer la captura con varias horas de antelación.',
    ],
    name: 'María José de la Fuente',
    label: 'Compartir Comentarios',
  },
  {
    lang: 'it',
    site: 'Il Corriere delle Valli',
    section: 'Territorio',
    headline: 'Le malghe chiedono aiuto per le strade di accesso',
    deck: 'Dopo le frane di ottobre molti alpeggi sono raggiungibili solo a piedi.',
    paragraphs: [
      'Le frane di ottobre hanno interrotto le strade che portano a una decina di malghe, e i pastori temono di non poter risalire in primavera.',
      'I comuni della valle hanno chiesto alla regione un fondo straordinario per riparare i tratti più danneggiati prima del disgelo.',
    ],
    name: 'Giulia Bortolotti',
    label: 'Condividi Commenti',
  },
  {
    lang: 'pt',
    site: 'Jornal do Minho',
    section: 'Região',
    headline: 'Os moinhos do rio voltam a moer para as escolas',
    deck: 'Uma associação recuperou quatro moinhos e recebe turmas todas as semanas.',
    paragraphs: [
      'Quatro moinhos de água que estavam parados há mais de trinta anos voltaram a funcionar graças ao trabalho de uma associação de moradores.',
      'Todas as semanas chegam turmas das escolas da região para ver como se fazia a farinha e para provar o pão cozido no forno comunitário.',
    ],
    name: 'João Pedro dos Santos',
    label: 'Partilhar Notícias',
  },
  {
    lang: 'nl',
    site: 'Dagblad van de Delta',
    section: 'Regio',
    headline: 'Waarom de pont bij Hoedekenskerke vaker uitvalt',
    deck: 'De veerdienst kampt met storingen aan een motor van dertig jaar oud.',
    paragraphs: [
      'Reizigers die met de pont de Westerschelde willen oversteken, staan deze herfst vaker voor een dichte slagboom dan in de jaren daarvoor.',
      'De exploitant zegt dat een van de twee motoren steeds vaker stilvalt en dat de onderdelen ervan nauwelijks nog te krijgen zijn.',
    ],
    name: 'Sanne van der Veen',
    label: 'Delen Reageren',
  },
  {
    lang: 'pl',
    site: 'Kurier Pomorski',
    section: 'Region',
    headline: 'Rybacy z Helu liczą straty po sztormie',
    deck: 'Woda zniszczyła dwa pomosty i część sieci w porcie.',
    paragraphs: [
      'Sztorm, który w nocy z piątku na sobotę przeszedł nad Zatoką Pucką, zniszczył dwa drewniane pomosty i część sieci należących do miejscowych rybaków.',
      'Właściciele łodzi szacują, że naprawy potrwają co najmniej miesiąc, a pierwsze połowy będą możliwe dopiero po świętach.',
    ],
    name: 'Katarzyna Wróblewska',
    label: 'Udostępnij Komentarze',
  },
  {
    lang: 'tr',
    site: 'Ege Postası',
    section: 'Gündem',
    headline: 'Zeytin üreticileri hasatta işçi bulamıyor',
    deck: 'Bazı bahçelerde zeytinler dalda kalma tehlikesiyle karşı karşıya.',
    paragraphs: [
      'Ege kıyısındaki zeytin üreticileri bu yıl hasat için yeterli işçi bulamadıklarını ve bazı bahçelerde zeytinlerin dalda kalabileceğini söylüyor.',
      'Kooperatif yöneticileri, gündeliklerin geçen yıla göre neredeyse iki katına çıktığını ama yine de çalışacak kimse bulunamadığını anlatıyor.',
    ],
    name: 'Elif Şahin Karaca',
    label: 'Paylaş Yorumlar',
  },
  {
    lang: 'ru',
    site: 'Волжская правда',
    section: 'Общество',
    headline: 'Паромная переправа через Волгу закроется на месяц',
    deck: 'Перевозчик меняет причал, жителям предлагают объезд по мосту.',
    paragraphs: [
      'С понедельника паромная переправа между двумя берегами закроется на ремонт причала, и жителям придётся ездить через мост за сорок километров.',
      'В администрации района обещают пустить дополнительный автобус, но перевозчики говорят, что водителей для него пока не нашли.',
    ],
    name: 'Анна Сергеевна Котова',
    label: 'Поделиться Комментарии',
  },
  {
    lang: 'el',
    site: 'Νησιωτική Ενημέρωση',
    section: 'Κοινωνία',
    headline: 'Τα νησιά ζητούν περισσότερα δρομολόγια τον χειμώνα',
    deck: 'Οι κάτοικοι λένε ότι ένα πλοίο την εβδομάδα δεν φτάνει.',
    paragraphs: [
      'Οι κάτοικοι των μικρών νησιών ζητούν από το υπουργείο να προσθέσει ένα ακόμη δρομολόγιο την εβδομάδα κατά τους χειμερινούς μήνες.',
      'Οι δήμαρχοι λένε ότι με ένα μόνο πλοίο οι ασθενείς χάνουν ραντεβού στο νοσοκομείο και τα σχολεία δυσκολεύονται να βρουν δασκάλους.',
    ],
    name: 'Γιώργος Παπαδόπουλος',
    label: 'Κοινοποίηση Σχόλια',
  },
  {
    lang: 'ar',
    site: 'صحيفة الساحل',
    section: 'محليات',
    headline: 'الصيادون في الميناء القديم يطالبون برصيف جديد',
    deck: 'الرصيف الحالي تضرر في العاصفة الأخيرة ولم يصلح بعد.',
    paragraphs: [
      'طالب الصيادون في الميناء القديم البلدية بإصلاح الرصيف الذي تضرر في العاصفة الأخيرة، قائلين إنهم لا يستطيعون تفريغ حمولتهم بأمان منذ أسابيع.',
      'وقال رئيس جمعية الصيادين إن البلدية وعدت بإرسال مهندسين لتقييم الأضرار، لكن أحدا لم يأت حتى الآن رغم مرور شهر على العاصفة.',
    ],
    name: 'سلمى يوسف الحداد',
    label: 'شارك الخبر',
  },
];

describe('a bare name between the headline and the story', () => {
  it.each(HEADS)('reads the author in $lang', ({ site, section, headline, deck, paragraphs, name }) => {
    expect(bylineOf([site, section, headline, deck, name, '', ...paragraphs])).toBe(name);
  });

  it.each(HEADS)('reads it without a standfirst in $lang', ({ site, section, headline, paragraphs, name }) => {
    expect(bylineOf([site, section, headline, name, '', ...paragraphs])).toBe(name);
  });

  it.each(HEADS)('reads no author from an interface label in $lang', ({ site, section, headline, deck, paragraphs, label }) => {
    expect(bylineOf([site, section, headline, deck, label, '', ...paragraphs])).toBeNull();
  });

  it.each(HEADS)('reads no author from a name printed above the headline, away from the story, in $lang', ({ site, headline, deck, paragraphs, name }) => {
    // Above the headline with nothing to tie it to the story, a short capitalised line is a menu or a section.
    expect(bylineOf([site, name, headline, deck, '', ...paragraphs])).toBeNull();
  });

  it.each(['Kuala Lumpur', 'Rio de Janeiro', 'Santa Rosa'])('reads no author from the dateline place "%s"', (place) => {
    const head = HEADS[0]!;
    expect(bylineOf([head.site, head.headline, head.deck, place, '', ...head.paragraphs])).toBeNull();
  });

  it('reads no author from a topic whose words the page writes in lower case', () => {
    const head = HEADS[0]!;
    expect(bylineOf([head.site, head.headline, head.deck, 'Tide Gauges', '', ...head.paragraphs])).toBeNull();
  });
});

describe('isPersonName', () => {
  // A mail address's words are not the page's ordinary words.
  const page = lowerCaseWords('the climate is changing, and climate change is news; sharing the tide data with everyone, read more about us. ines.carvalho at example.org');
  it.each([
    ['Jane Whitlow', null],
    ['Maria de la Cruz', 'es'],
    ['Jean-Luc Moreau', 'fr'],
    ["Siobhán O'Neill", 'en'],
    ['J. R. Hartley', 'en'],
    ['Theresa May', 'en'],
    ['Ayşe Yılmaz', 'tr'],
    ['Kovács Anna', 'hu'],
    ['Nguyễn Văn An', 'vi'],
    ['Анна Петрова', 'ru'],
    ['Γιώργος Παπαδόπουλος', 'el'],
    ['سلمى الحداد', 'ar'],
    ['דנה לוי', 'he'],
    ['प्रिया शर्मा', 'hi'],
    ['佐藤 美咲', 'ja'],
    ['林晓雯', 'zh'],
    ['김민지', 'ko'],
    ['Ines Carvalho', 'en'],
    ['Omar Said', 'en'],
    ['Jane WHITLOW', 'fr'],
    ['DUBOIS Claire', 'fr'],
  ])('reads %s as a name', (text, lang) => {
    expect(isPersonName(text, page, lang)).toBe(true);
  });

  it.each([
    ['Social Sharing', 'en'],
    ['Climate Change', 'en'],
    ['Read More', 'en'],
    ['About Us', 'en'],
    ['Facebook Twitter', null],
    ['Artikel teilen', 'de'],
    ['Compartir Noticia', 'es'],
    ['Paylaş Yorumlar', 'tr'],
    ['Поделиться Статьёй', 'ru'],
    ['شارك الخبر', 'ar'],
    ['Section 4 Notes', 'en'],
    ['Harbour', 'en'],
    ['J. R.', 'en'],
    ['The Long And Winding Road Home', 'en'],
    ['LATEST NEWS', 'en'],
    ['Opinion Column', 'en'],
    ['Wirtschaft Analyse', 'de'],
    ['Мнение Колонка', 'ru'],
    ['Kuala Lumpur', 'ms'],
    ['Rio de Janeiro', 'pt'],
    ['Buenos Aires', 'es'],
    ['Santa Rosa', 'es'],
    ['Hong Kong', 'en'],
    ['CLIMATE CHANGE', 'en'],
  ])('reads %s as no name', (text, lang) => {
    expect(isPersonName(text, page, lang)).toBe(false);
  });
});

/** A short line beside the date under the headline that is a section, a topic, a button or the outlet, in several languages. */
const NOT_PEOPLE_BESIDE_DATE: Array<{ lang: string; lines: string[] }> = [
  { lang: 'en', lines: ['The Harbour Times', 'Port board doubles night shifts at the terminal', 'Latest News | 2 March 2026'] },
  { lang: 'en', lines: ['The Harbour Times', 'Port board doubles night shifts at the terminal', 'Night Shifts', '2 March 2026'] },
  { lang: 'en', lines: ['The Harbour Times', 'Port board doubles night shifts at the terminal', '2 March 2026', 'Print Article'] },
  { lang: 'de', lines: ['Nordkurier', 'Hafen verdoppelt die Nachtschichten am Terminal', 'Artikel Teilen · 02.03.2026'] },
  { lang: 'fr', lines: ['Le Courrier', 'Le port double les postes de nuit au terminal', 'Partager Imprimer', '2 mars 2026'] },
  { lang: 'es', lines: ['Diario del Puerto', 'El puerto duplica los turnos de noche en la terminal', 'Últimas Noticias | 2 de marzo de 2026'] },
  { lang: 'es', lines: ['Diario del Puerto', 'El puerto duplica los turnos de noche en la terminal', 'Turnos Nocturnos', '2 de marzo de 2026'] },
];

const BODY_BY_LANG: Readonly<Record<string, readonly string[]>> = {
  en: ['The harbour board approved a plan on Tuesday to double the number of night shifts at the container terminal, citing a backlog of ships.', 'Officials said the shifts would change in January and would be reviewed after six months of operation at the terminal.'],
  de: ['Der Hafenbeirat hat am Dienstag beschlossen, die Zahl der Nachtschichten am Containerterminal zu verdoppeln, weil sich die Schiffe stauen.', 'Die Änderung soll im Januar in Kraft treten und nach sechs Monaten überprüft werden, sagte eine Sprecherin des Hafens.'],
  fr: ['Le conseil du port a approuvé mardi un plan visant à doubler le nombre de postes de nuit au terminal à conteneurs, en raison des retards.', 'Le changement entrera en vigueur en janvier et sera réexaminé après six mois, a indiqué une porte-parole du port.'],
  es: ['La autoridad portuaria aprobó el martes un plan para duplicar los turnos nocturnos en la terminal de contenedores por el retraso de los barcos.', 'Los responsables explicaron que los turnos nocturnos cambiarán en enero y se revisarán después de seis meses de funcionamiento.'],
};

describe('a short line beside the date that is no person', () => {
  it.each(NOT_PEOPLE_BESIDE_DATE)('reads no author in $lang: $lines.2', ({ lang, lines }) => {
    expect(bylineOf([...lines, '', ...BODY_BY_LANG[lang]!])).toBeNull();
  });

  it.each([
    ['en', ['The Harbour Times', 'Port board doubles night shifts at the terminal', 'Jane Whitlow | 2 March 2026'], 'Jane Whitlow'],
    ['en', ['The Harbour Times', 'Port board doubles night shifts at the terminal', 'Omar Said and Jane Whitlow | 2 March 2026'], 'Omar Said and Jane Whitlow'],
    ['fr', ['Le Courrier', 'Le port double les postes de nuit au terminal', 'Claire DUBOIS', '2 mars 2026'], 'Claire DUBOIS'],
    ['de', ['Nordkurier', 'Hafen verdoppelt die Nachtschichten am Terminal', 'Anna-Lena Brückner', '02.03.2026'], 'Anna-Lena Brückner'],
    ['es', ['Diario del Puerto', 'El puerto duplica los turnos de noche en la terminal', 'Lucía Gómez Ferrer · 2 de marzo de 2026'], 'Lucía Gómez Ferrer'],
  ])('still reads a person beside the date in %s', (lang, lines, name) => {
    expect(bylineOf([...lines, '', ...BODY_BY_LANG[lang]!])).toBe(name);
  });
});

describe('bylines with an agency, a place, degrees, or a label in more languages', () => {
  it.each([
    ['Jane Whitlow (Reuters)', ['Jane Whitlow'], false],
    ['Lukas Brandt, dpa', ['Lukas Brandt'], false],
    ['Jane Whitlow in Vellmar', ['Jane Whitlow'], false],
    ['Par Claire Dubois avec AFP', ['Claire Dubois'], true],
    ['Di Marco Ferri con ANSA', ['Marco Ferri'], true],
    ['Mgr. Tereza Horáková, Ph.D.', ['Tereza Horáková'], false],
    ['Ing. Petr Svoboda, CSc.', ['Petr Svoboda'], false],
    ['Dott.ssa Giulia Neri, giornalista', ['Giulia Neri'], true],
    ['Prof. Dr. Hanna Kuusisto', ['Hanna Kuusisto'], false],
    ['Kirjoittaja: Aino Virtanen', ['Aino Virtanen'], true],
    ['Szerző: Kovács Anna', ['Kovács Anna'], true],
    ['Författare: Linnea Berg', ['Linnea Berg'], true],
    ['Forfatter: Mads Holm', ['Mads Holm'], true],
    ['From: Jane Whitlow', ['Jane Whitlow'], true],
    ['Od: Jan Novák', ['Jan Novák'], true],
    ['Von: Jonas Wirth', ['Jonas Wirth'], true],
    ['Posted by u/harbour_watcher', ['harbour_watcher'], true],
    ['u/kanal_nord', ['kanal_nord'], true],
    ['Gönderen: @denizci_1987', ['denizci_1987'], true],
    ['Lucie Marchand, analytička', ['Lucie Marchand'], true],
    ['Aino Virtanen, toimittaja', ['Aino Virtanen'], true],
    ['By Jane Whitlow and Omar Reyes, Harbourline Wire', ['Jane Whitlow', 'Omar Reyes'], true],
    ['Von Anna Brückner, Jonas Wirth und Lea Roth, Hamburg', ['Anna Brückner', 'Jonas Wirth', 'Lea Roth'], true],
    ['Napisała: Anna Nowak', ['Anna Nowak'], true],
    ['Piše: Ivana Horvat', ['Ivana Horvat'], true],
    ['Napsal: Jan Novák', ['Jan Novák'], true],
    // A team named by its initials and its unit signs a release; an agency's initials and a city are a bureau (below).
    ['by KPA Communications Team', ['KPA Communications Team'], true],
    ['Posted by NHRC Media Unit', ['NHRC Media Unit'], true],
    // A broadcaster's reporter, labelled with the verb "reports" ("Informa:", "Reporta:", "Relata:").
    ['Informa: Beatriz Santamaría', ['Beatriz Santamaría'], true],
    ['Reporta: João Mendes', ['João Mendes'], true],
    ['Relata: Carla Duarte', ['Carla Duarte'], true],
    // Arabic: a role after the Arabic comma, co-authors joined by "و" on the word, a label stretched by the tatweel.
    ['بقلم سلمى الحداد، مراسلة الوادي', ['سلمى الحداد'], true],
    ['بقلم سلمى الحداد وكريم العطار', ['سلمى الحداد', 'كريم العطار'], true],
    ['كتب: سلمى الحداد وكريم العطار ونادية سمير', ['سلمى الحداد', 'كريم العطار', 'نادية سمير'], true],
    ['بقلـم سلمى الحداد', ['سلمى الحداد'], true],
    // A middle name that opens with "و" (Walid) ends the line, so it is no co-author.
    ['بقلم سلمى وليد الحداد', ['سلمى وليد الحداد'], true],
    // Hebrew joins co-authors by "ו" on the word too, after "מאת" (by) or "כתב:"/"כתבה:" (wrote).
    ['מאת דנה לוי ונועם כהן', ['דנה לוי', 'נועם כהן'], true],
    ['כתבה: דנה לוי ונועם כהן', ['דנה לוי', 'נועם כהן'], true],
    ['כתב: נועם כהן, ורד שחר ודנה לוי', ['נועם כהן', 'ורד שחר', 'דנה לוי'], true],
  ])('reads %s', (line, names, explicit) => {
    expect(parseByline(line)).toMatchObject({ names, explicit });
  });

  it.each([
    ['Arabic', ['أخبار الساحل', 'مدينة الميناء تفتح خطوط حافلات جديدة', 'بقلم سلمى الحداد وكريم العطار', '4 ديسمبر 2026', '', 'أعلنت البلدية اليوم أن خطوط الحافلات الجديدة ستبدأ العمل في الشهر المقبل بعد عامين من التخطيط والأشغال في الطرق الرئيسية.', '', 'وقال رئيس قسم النقل إن الخطوط ستربط الأحياء الشمالية بمنطقة الميناء وتختصر زمن الرحلة لآلاف السكان كل يوم.'], 'سلمى الحداد وكريم العطار'],
    ['Hebrew', ['חדשות החוף', 'עיר הנמל פותחת קווי אוטובוס חדשים', 'מאת דנה לוי ונועם כהן', '4.12.2026', '', 'העירייה הודיעה היום כי קווי האוטובוס החדשים יתחילו לפעול בחודש הבא, אחרי שנתיים של תכנון ועבודות בכבישים המרכזיים.', '', 'לדברי ראש מחלקת התחבורה, הקווים יחברו בין השכונות הצפוניות לבין אזור הנמל ויקצרו את זמני הנסיעה של אלפי תושבים בכל יום.'], 'דנה לוי ונועם כהן'],
  ])('reads two co-authors joined by "and" on the word under a headline in %s, and joins them so', (_script, lines, byline) => {
    expect(bylineOf(lines)).toBe(byline);
  });

  it.each([
    'by PIB Delhi',
    'AA Ankara',
    'Von ANSA Roma',
    '@harbour_times',
    'harbour_watcher',
    'Jane Whitlow, who runs the port',
    'Jane Whitlow in the harbour since 2019',
    'By Jane Whitlow with the tide turning, the port reopened.',
    'Informa: la carretera sigue cortada',
  ])('reads no byline in %s', (line) => {
    expect(parseByline(line)).toBeNull();
  });

  it.each([
    'प्रविष्टि तिथि: 04 DEC 2026 5:40PM',
    'تاريخ النشر: 04 ديسمبر 2026',
    'Julkaisupäivä: 4.12.2026',
  ])('reads a date, and no author, in "%s"', (line) => {
    const meta = readMetaLine(line, (text) => text.toLowerCase(), { dayFirst: true });
    expect(meta?.date).not.toBeNull();
    expect(meta?.byline ?? null).toBeNull();
  });

  it.each(['Santander, 05/12/2026 - 13:05 h.', 'Kiel, 05.12.2026, 13.05 Uhr', 'Leeds, 05/12/2026 13:05 hrs'])('reads the date and time, the place before them and the clock\'s unit after, in "%s"', (line) => {
    const meta = readMetaLine(line, (text) => text.toLowerCase(), { dayFirst: true });
    expect(meta?.date?.iso).toBe('2026-12-05T13:05:00');
    expect(meta?.byline ?? null).toBeNull();
  });
});

/** A forum's post: the board, how long ago it went up and the poster's user name, then the post's title and text. */
const FORUM_POSTS: Array<{ name: string; lines: string[]; poster: string | null }> = [
  {
    name: 'English board, the poster under the time',
    lines: ['r/harbours', 'Join', '6 hr. ago', 'quay_walker_88', 'Night shifts at the container terminal are doubling. Anyone here working them?'],
    poster: 'quay_walker_88',
  },
  {
    name: 'Turkish board, the poster over the time',
    lines: ['Denizcilik Forumu', 'Konular', 'liman_kedisi', '3 saat önce', 'Gece vardiyaları iki katına çıkıyor, çalışan var mı?'],
    poster: 'liman_kedisi',
  },
  {
    name: 'French board, the time in short form',
    lines: ['Forum des ports', 'Sujets', 'il y a 2 h', 'marin_du_nord', 'Les postes de nuit doublent au terminal, quelqu’un les fait ?'],
    poster: 'marin_du_nord',
  },
  {
    name: 'a reference code with no time beside it',
    lines: ['Harbour notices', 'ref_2026_114', 'Night shifts at the container terminal are doubling from January'],
    poster: null,
  },
  {
    name: 'a time beside a word with no digit or underscore',
    lines: ['Harbour board', 'harbours', '6 hr. ago', 'Night shifts at the container terminal are doubling from January'],
    poster: null,
  },
];

describe('a forum post\'s poster', () => {
  const post = [
    'I have been on the night rota at the terminal for two years and the backlog of ships has never been this long, so the new shifts make sense to me.',
    'What worries me is that nobody has said where the extra crane drivers will come from before the new rota starts in January.',
  ];
  it.each(FORUM_POSTS)('$name', ({ lines, poster }) => {
    expect(bylineOf([...lines, '', ...post])).toBe(poster);
  });

  // A bulletin board prints the poster and the time on one line under the topic's title, "Post by <name> » <weekday> <date>".
  it.each([
    ['Beitrag von rostlaube_62 » Sa 5. Dez 2026, 21:12', 'rostlaube_62'],
    ['Message par vieux_tracteur » sam. 5 déc. 2026 21:12', 'vieux_tracteur'],
    ['Mensaje por Tractorista77 » sáb 5 dic 2026 21:12', 'Tractorista77'],
    ['Inlägg av traktor_pelle » lör 5 dec 2026 21:12', 'traktor_pelle'],
  ])('reads the poster on a board\'s post line "%s"', (line, poster) => {
    expect(bylineOf(['Harbour Workers Board', 'Board index ‹ Terminals', 'Night shifts at the container terminal are doubling', line, ...post])).toBe(poster);
  });

  it('reads the name, not a weekday, when no separator stands before the date', () => {
    expect(readMetaLine('Por Ana Mar | 5 dic 2026', (text) => text.toLowerCase(), { dayFirst: true })?.byline?.names).toEqual(['Ana Mar']);
  });
});


/** A page's head with the author's bare name on the first line under the headline, over a dateline's city, buttons or an unread date, then the story. */
const NAMES_UNDER_HEADLINE: Array<{ name: string; lines: string[]; byline: string | null }> = [
  {
    name: 'Brazilian portal, the name over the city and a share bar',
    lines: [
      'Folha do Litoral',
      'Cidades',
      'Porto de Santos amplia fila de navios à espera de atracação',
      'Renata Albuquerque',
      'Santos',
      'Compartilhar',
      'WhatsApp',
      '',
      'A fila de navios à espera de atracação no Porto de Santos chegou a 38 embarcações nesta semana, o maior número desde o início do ano, segundo a autoridade portuária.',
      'Os operadores atribuem o atraso às chuvas de novembro, que interromperam o embarque de grãos por quase dez dias nos terminais da margem esquerda.',
    ],
    byline: 'Renata Albuquerque',
  },
  {
    name: 'Hindi daily, the name over the city and a date the page writes in words',
    lines: [
      'दैनिक समाचार',
      'राज्य',
      'नर्मदा तट पर नए घाट का निर्माण अगले महीने से शुरू होगा',
      'अमित त्रिपाठी',
      'जबलपुर',
      'साझा करें',
      '',
      'नगर निगम ने नर्मदा तट पर नए घाट के निर्माण को मंजूरी दे दी है और काम अगले महीने से शुरू होने की उम्मीद है, अधिकारियों ने बुधवार को बताया।',
      'घाट पर श्रद्धालुओं के लिए चौड़ी सीढ़ियाँ, रोशनी और बैठने की जगह बनाई जाएगी, जिसकी कुल लागत लगभग बारह करोड़ रुपये आंकी गई है।',
    ],
    byline: 'अमित त्रिपाठी',
  },
  {
    name: 'English desk label under the headline, its words used in the story',
    lines: [
      'Coastal Ledger',
      'Harbour authority delays the dredging of the north channel',
      'Harbour Desk',
      'Share',
      '',
      'The harbour authority has delayed the dredging of the north channel until spring, its board said on Tuesday, after the contractor asked for more time.',
      'Pilots say the channel is already too shallow at low tide for the larger ferries, and the harbour desk has logged three groundings since August.',
    ],
    byline: null,
  },
  {
    name: 'Arabic label under the headline, its word used in the story',
    lines: [
      'بوابة الأسواق',
      'تعلن شركة الخليج للملاحة عن توقيع عقد لبناء ثلاث سفن جديدة',
      'نص البيان',
      'الرياض',
      '',
      'أعلنت شركة الخليج للملاحة في البيان الذي نشرته اليوم عن توقيع عقد مع حوض بناء سفن لبناء ثلاث سفن جديدة لنقل الحاويات بقيمة إجمالية تبلغ مئتي مليون دولار.',
      'وقالت الشركة إن تسليم السفن سيبدأ في عام 2028، وإن العقد سيمول من موارد الشركة الذاتية وقرض مصرفي طويل الأجل.',
    ],
    byline: null,
  },
  {
    name: 'a list of columnists under the headline',
    lines: [
      'The Weekly Review',
      'Opinion columns from the harbour towns this week',
      'Mara Lindqvist',
      'Tomas Berglund',
      'Updated every Friday',
      '',
      'This week our columnists look at the ferry timetable, the new fish market and the long argument over the old customs house on the quay.',
      'Each of them has lived in the harbour towns for decades and has watched the quays change from cargo to leisure over that time.',
    ],
    byline: null,
  },
];

describe('a bare name on the first line under the headline', () => {
  it.each(NAMES_UNDER_HEADLINE)('$name', ({ lines, byline }) => {
    expect(bylineOf(lines)).toBe(byline);
  });
});

describe('a Chinese reporter line with the place reported from', () => {
  it.each([
    ['記者林佳蓉／花蓮報導', ['林佳蓉']],
    ['〔記者王大明、李小華／台北報導〕', ['王大明', '李小華']],
    ['记者张伟/北京报道', ['张伟']],
  ])('reads "%s"', (text, names) => {
    expect(parseByline(text)?.names).toEqual(names);
  });

  it.each(['花蓮縣／綜合報導', '台北報導'])('reads no reporter in "%s"', (text) => {
    expect(parseByline(text)).toBeNull();
  });
});

/** The story under each head: two long paragraphs, in the head's language. */
const LONE_LABEL_HEADS: Array<{ name: string; lines: string[]; byline: string | null }> = [
  {
    name: 'Polish think tank, "Autor:" over the name and a job in words no list holds',
    lines: [
      'Instytut Spraw Morskich',
      'Analizy',
      'Porty Bałtyku po roku sankcji: kto zyskał na przeładunkach',
      'Autor:',
      'Katarzyna Wiśniewska',
      'starsza specjalistka programu gospodarki morskiej',
      '03.12.2026',
      '',
      'Przeładunki w polskich portach wzrosły w ubiegłym roku o dziewięć procent, a największy przyrost odnotował terminal kontenerowy w Gdańsku, który przejął część ładunków z portów rosyjskich.',
      'Porty w Szczecinie i Świnoujściu rosły wolniej, bo ich nabrzeża obsługują głównie węgiel i zboże, na które popyt w regionie spadł po łagodnej zimie.',
    ],
    byline: 'Katarzyna Wiśniewska',
  },
  {
    name: 'Turkish magazine, "Yazar:" over the name',
    lines: [
      'Deniz ve Kıyı Dergisi',
      'Karadeniz kıyısında hamsi av sezonu erken kapanabilir',
      'Yazar:',
      'Mehmet Kaya',
      'Okuma süresi 4 dk',
      '',
      'Karadeniz kıyısındaki balıkçılar, hamsi stoklarının geçen yılın yarısına düştüğünü ve av sezonunun bu yıl erken kapanabileceğini söylüyor.',
      'Bakanlık yetkilileri, stok ölçümlerinin ocak ayında tamamlanacağını ve kararın sonuçlara göre verileceğini açıkladı.',
    ],
    byline: 'Mehmet Kaya',
  },
  {
    name: 'a label over a newsroom\'s desk names no person',
    lines: [
      'Gazeta Portowa',
      'Gdynia wydłuża nabrzeże promowe o sto metrów',
      'Autor:',
      'Redakcja',
      '04.12.2026',
      '',
      'Zarząd portu w Gdyni podpisał umowę na wydłużenie nabrzeża promowego o sto metrów, co pozwoli obsługiwać większe promy kursujące do Szwecji.',
      'Prace mają potrwać dwa lata i będą prowadzone tak, aby nie przerywać rozkładu rejsów w sezonie letnim.',
    ],
    byline: null,
  },
];

describe('a byline label on its own line over the name', () => {
  it.each(LONE_LABEL_HEADS)('$name', ({ lines, byline }) => {
    expect(bylineOf(lines)).toBe(byline);
  });
});

/** A listen or download button beside the date under the author's name: a control, not a second author. */
const BUTTON_UNDER_NAME_HEADS: Array<{ name: string; lines: string[]; byline: string }> = [
  {
    name: 'Persian broadcaster, a "listen to this report" button',
    lines: [
      'رادیو ساحل',
      'اقتصاد',
      'صادرات خرما از بندر بوشهر دو برابر شد',
      'مریم احمدی',
      '۱۴ آذر ۱۴۰۵',
      'شنیدن گزارش',
      '',
      'صادرات خرما از بندر بوشهر در هشت ماه نخست سال نسبت به مدت مشابه سال گذشته دو برابر شده است و بیشتر محموله‌ها به کشورهای حاشیه خلیج فارس رفته‌اند.',
      'بازرگانان می‌گویند کاهش هزینه حمل دریایی و افزایش تقاضا در بازارهای منطقه مهم‌ترین دلیل این رشد بوده است.',
    ],
    byline: 'مریم احمدی',
  },
  {
    name: 'Ukrainian analysis, a "download PDF" button under the date',
    lines: [
      'Аналітичний центр «Причал»',
      'Дослідження',
      'Як порти Дунаю змінили логістику зерна за два роки',
      'Ірина Коваленко',
      '02.12.2026',
      'Завантажити PDF',
      '',
      'За два роки порти Дунаю стали одним з головних маршрутів для українського зерна, і їхня частка в експорті зросла з кількох відсотків до майже третини.',
      'Автори дослідження порахували, що пропускна здатність причалів зросла втричі, але черги суден на рейді досі тривають до тижня.',
    ],
    byline: 'Ірина Коваленко',
  },
];

describe('a listen or download button under the author\'s name', () => {
  it.each(BUTTON_UNDER_NAME_HEADS)('$name', ({ lines, byline }) => {
    expect(bylineOf(lines)).toBe(byline);
  });
});

/** A closing note that opens "This is …" and names journalists: a disclaimer, whose first word is no author. */
const CLOSING_NOTES: Array<{ name: string; note: string }> = [
  { name: 'English disclaimer', note: 'This is not an official record. The notes are prepared by the press office as a service to journalists.' },
  { name: 'German disclaimer', note: 'Dies ist keine amtliche Niederschrift. Die Notizen erstellt der Pressedienst für Journalisten.' },
  { name: 'French disclaimer', note: 'Cette note est un service aux journalistes et ne constitue pas un compte rendu officiel.' },
];

describe('a closing disclaimer opening with "This is"', () => {
  const story = [
    'Port Authority of Vellmar',
    'Weekly briefing: dredging schedule and winter berths',
    '4 December 2026',
    '',
    'The port authority said dredging of the north channel would resume on Monday after the storm delayed the work by a week, and that pilots had been told of the new schedule.',
    'Winter berths for fishing boats will be assigned by lot this year, because more boats applied than the inner harbour can hold during the closed season.',
  ];
  it.each(CLOSING_NOTES)('$name', ({ note }) => {
    expect(bylineOf([...story, note])).toBeNull();
  });
});

/** A poster's display name over their own user name, as forums and social posts print them. */
const NAME_OVER_HANDLE: Array<{ name: string; lines: string[]; byline: string | null }> = [
  {
    name: 'Portuguese forum, the user name under the display name',
    lines: [
      'Fórum Mobilidade Urbana',
      'Entrar',
      'Resultados da contagem de ciclistas na ponte nova em novembro',
      'Transportes',
      'Ana Ribeiro',
      '@ana_ribeiro',
      'Moderadora',
      '',
      'Olá a todos, aqui ficam os resultados da contagem de ciclistas que fizemos na ponte nova durante as duas primeiras semanas de novembro, com a ajuda de quarenta voluntários.',
      'Contámos em média 1.300 passagens por dia útil, quase o dobro do ano passado, e a maior parte entre as oito e as nove da manhã.',
    ],
    byline: 'Ana Ribeiro',
  },
  {
    name: 'German social post, a federated handle',
    lines: [
      'Beitrag',
      'Jonas Weber',
      '@jonasweber@sozial.example',
      'Fähre nach Föhr fällt morgen wegen Sturm aus',
      '',
      'Die Reederei hat eben mitgeteilt, dass morgen alle Fähren nach Föhr und Amrum wegen des Sturms ausfallen, und die Züge auf dem Damm fahren nur bis zum Vormittag.',
      'Wer morgen auf die Inseln muss, sollte heute noch fahren oder sich auf Übernachtungen am Festland einstellen, schreibt die Reederei.',
    ],
    byline: 'Jonas Weber',
  },
];

describe('a display name over its own user name', () => {
  it.each(NAME_OVER_HANDLE)('$name', ({ lines, byline }) => {
    expect(bylineOf(lines)).toBe(byline);
  });
});

/** An agency and its reporter on one line right under the date, shaped as a photo credit: the story's signature unless a caption goes with it. */
const AGENCY_REPORTER_HEADS: Array<{ name: string; lines: string[]; byline: string | null }> = [
  {
    name: 'Greek broadcaster, the agency and reporter under the dates',
    lines: [
      'Εθνικό Ραδιόφωνο',
      'Οικονομία',
      'Ρεκόρ στις εξαγωγές ελαιολάδου από την Κρήτη φέτος',
      '05.12.2026 17:32',
      'Πρακτορείο Ειδήσεων / Μαρία Λάμπρου',
      'Κοινοποίηση',
      '',
      'Οι εξαγωγές ελαιολάδου από την Κρήτη αναμένεται να φτάσουν σε επίπεδο ρεκόρ φέτος, καθώς η παραγωγή ανέκαμψε μετά από δύο δύσκολες χρονιές, σύμφωνα με τους συνεταιρισμούς του νησιού.',
      'Οι παραγωγοί ωστόσο ανησυχούν για τις τιμές, που έχουν πέσει σχεδόν κατά ένα τρίτο από πέρσι, ενώ το κόστος για λιπάσματα και καύσιμα παραμένει υψηλό.',
    ],
    byline: 'Μαρία Λάμπρου',
  },
  {
    name: 'Spanish agency story, the agency and reporter under the date',
    lines: [
      'Noticias del Campo',
      'Economía',
      'Las exportaciones de aceite de Jaén crecen un 20 % hasta noviembre',
      '05/12/2026 17:32',
      'Agencia Costa / Pedro Gómez',
      '',
      'Las exportaciones de aceite de oliva de la provincia de Jaén crecieron un 20 % entre enero y noviembre respecto al mismo periodo del año anterior, según los datos de la Cámara de Comercio.',
      'Los productores advierten, sin embargo, de que los precios en origen han caído casi un tercio y de que los costes de los fertilizantes siguen en máximos.',
    ],
    byline: 'Pedro Gómez',
  },
  {
    name: 'a photo credit under the date with its caption under it',
    lines: [
      'Noticias del Campo',
      'Economía',
      'Las exportaciones de aceite de Jaén crecen un 20 % hasta noviembre',
      '05/12/2026 17:32',
      'Agencia Costa / Pedro Gómez',
      'Olivos en la campiña de Jaén',
      '',
      'Las exportaciones de aceite de oliva de la provincia de Jaén crecieron un 20 % entre enero y noviembre respecto al mismo periodo del año anterior, según los datos de la Cámara de Comercio.',
      'Los productores advierten, sin embargo, de que los precios en origen han caído casi un tercio y de que los costes de los fertilizantes siguen en máximos.',
    ],
    byline: null,
  },
];

describe('an agency and its reporter under the date', () => {
  it.each(AGENCY_REPORTER_HEADS)('$name', ({ lines, byline }) => {
    expect(bylineOf(lines)).toBe(byline);
  });
});

/** Co-authors' cards under the headline, each a name over a job line: every author is read, in order, and joined in the page's language. */
const COAUTHOR_CARD_HEADS: Array<{ name: string; lines: string[]; byline: string }> = [
  {
    name: 'German institute, two cards',
    lines: [
      'Institut für Meerespolitik',
      'Kommentar',
      'Die Ostsee braucht eine Reparaturflotte für ihre Kabel',
      'Anna Berger',
      'Wissenschaftliche Mitarbeiterin, Forscherin im Programm Meeressicherheit',
      'Jonas Albrecht',
      'Senior Fellow',
      '2. Dezember 2026',
      '',
      'Seit den Kabelbrüchen der letzten Jahre investieren die Ostseestaaten vor allem in Überwachung. Wer ein beschädigtes Kabel repariert und wie schnell, ist dagegen kaum geregelt.',
      'Europaweit gibt es nur eine Handvoll Reparaturschiffe, und die meisten sind an private Betreiber gebunden, die zuerst ihre eigenen Verträge bedienen.',
    ],
    byline: 'Anna Berger und Jonas Albrecht',
  },
  {
    name: 'Spanish think tank, three cards',
    lines: [
      'Centro de Estudios Atlánticos',
      'Análisis',
      'Los puertos del Cantábrico ante la electrificación de los muelles',
      'Lucía Herrera',
      'Investigadora principal',
      'Mateo Ibarra',
      'Analista de energía',
      'Sofía Quintana',
      'Directora del programa de transporte',
      '1 de diciembre de 2026',
      '',
      'Los puertos del Cantábrico tendrán que ofrecer electricidad en los muelles a los grandes buques antes de 2030, y la mayoría apenas ha empezado las obras necesarias.',
      'El coste de conectar cada muelle a la red varía mucho según la potencia disponible en la zona, y en algunos casos obliga a construir nuevas subestaciones.',
    ],
    byline: 'Lucía Herrera, Mateo Ibarra y Sofía Quintana',
  },
  {
    name: 'one card, then the page\'s links',
    lines: [
      'Institut für Meerespolitik',
      'Die Ostsee braucht eine Reparaturflotte für ihre Kabel',
      'Anna Berger',
      'Wissenschaftliche Mitarbeiterin, Forscherin im Programm Meeressicherheit',
      'Alle Beiträge',
      'Als PDF herunterladen',
      '2. Dezember 2026',
      '',
      'Seit den Kabelbrüchen der letzten Jahre investieren die Ostseestaaten vor allem in Überwachung. Wer ein beschädigtes Kabel repariert und wie schnell, ist dagegen kaum geregelt.',
      'Europaweit gibt es nur eine Handvoll Reparaturschiffe, und die meisten sind an private Betreiber gebunden, die zuerst ihre eigenen Verträge bedienen.',
    ],
    byline: 'Anna Berger',
  },
];

describe('co-authors\' cards under the headline', () => {
  it.each(COAUTHOR_CARD_HEADS)('$name', ({ lines, byline }) => {
    expect(bylineOf(lines)).toBe(byline);
  });
});

describe('a job line that reads as "Name, Job" under the author\'s name', () => {
  it.each([
    ['English think tank', ['Harbour Policy Institute', 'Why ports need their own power plants', 'Priya Nair', 'Chief Economist, Research Director', '2 December 2026'], 'Priya Nair'],
    ['Italian foundation', ['Fondazione Porti e Territori', 'Perché i porti hanno bisogno di energia propria', 'Chiara Benedetti', 'Ricercatrice Senior, Direttrice del programma energia', '2 dicembre 2026'], 'Chiara Benedetti'],
  ])('%s', (_name, head, byline) => {
    const story = [
      'Ports that want to electrify their quays are finding that the local grid cannot supply the power ships need at berth, and the upgrades take longer than the ships can wait.',
      'A port that builds its own supply, from wind turbines on the breakwater or batteries charged at night, can offer shore power years before the grid reaches it.',
    ];
    expect(bylineOf([...head, '', ...story])).toBe(byline);
  });
});

describe('a breadcrumb trail whose sections read like a job', () => {
  it.each(['Home / Analytics / Energy', 'Inicio › Análisis › Energía', 'Start > Redaktion > Analysen'])('reads no byline in "%s"', (text) => {
    expect(parseByline(text)).toBeNull();
  });

  it.each([
    ['Jane Doe / Reuters', 'Jane Doe'],
    ['Jane Doe, Reporter / Energy desk', 'Jane Doe'],
  ])('still reads "%s"', (text, name) => {
    expect(parseByline(text)?.names).toEqual([name]);
  });
});
