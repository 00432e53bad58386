/**
 * Co-authors as the cleaner returns them: the names a byline gives, joined in
 * the article's own language ("Claire Dubois et Marc Lefèvre", "سلمى الحداد
 * ونادية فرح"), never with an English "and" between names of another language.
 * Every page head below is invented.
 */
import { describe, expect, it } from 'vitest';
import { cleanTextDump } from '../../../shared/textdump/clean.ts';

/** A page's head and story: the headline, the byline line as printed, a date line and three paragraphs. */
interface CoauthoredCopy {
  lang: string;
  headline: string;
  byline: string;
  date: string;
  paragraphs: [string, string, string];
  /** The byline the cleaner returns: the names joined as the language joins them. */
  expected: string;
}

const COPIES: CoauthoredCopy[] = [
  {
    lang: 'en',
    headline: 'Ferry operators agree a shared winter timetable',
    byline: 'By Clara Dawson, Mark Lever and Ruth Okafor',
    date: 'March 12, 2026',
    paragraphs: [
      'The three ferry operators on the estuary agreed on Tuesday to run a shared timetable through the winter months, ending years of competing sailings.',
      'Passengers will be able to use one ticket on any crossing, and the operators say the change will cut waiting times at both piers by half.',
      'The harbour board said it would review the arrangement in the spring, after the first full season of joint sailings has been counted.',
    ],
    expected: 'Clara Dawson, Mark Lever and Ruth Okafor',
  },
  {
    lang: 'fr',
    headline: 'Le port de Vellmar rouvre son marché aux poissons',
    byline: 'Par Claire Dubois et Marc Lefèvre',
    date: '12 mars 2026',
    paragraphs: [
      "La mairie de Vellmar a rouvert dimanche matin le vieux marché aux poissons après deux ans de travaux, et les pêcheurs pourront y vendre chaque jour de l'aube jusqu'à midi.",
      "Selon le directeur du marché, les nouveaux étals sont entièrement réfrigérés, et les pêcheurs n'auront plus à vendre leur prise sur le quai pendant les chaleurs de l'été.",
      'Quelques habitants craignent le bruit et la circulation dans le quartier, mais la mairie promet que les travaux se feront de jour et en accord avec le comité local.',
    ],
    expected: 'Claire Dubois et Marc Lefèvre',
  },
  {
    lang: 'de',
    headline: 'Die Fähre nach Nordholm fährt wieder im Stundentakt',
    byline: 'Von Anna Kessler und Jonas Brandt',
    date: '12. März 2026',
    paragraphs: [
      'Nach drei Monaten mit eingeschränktem Betrieb fährt die Fähre zwischen dem Hafen und der Insel Nordholm seit Montag wieder jede Stunde.',
      'Die Reederei hatte im Winter zwei ihrer Schiffe in die Werft geschickt, weil die Motoren nach mehr als zwanzig Jahren ersetzt werden mussten.',
      'Für die Pendler auf der Insel ist das eine gute Nachricht, denn viele von ihnen arbeiten in der Stadt und waren bisher auf den Bus über den Damm angewiesen.',
    ],
    expected: 'Anna Kessler und Jonas Brandt',
  },
  {
    lang: 'es',
    headline: 'El puerto de Valdemora amplía el horario del mercado de pescado',
    byline: 'Por Lucía Herrera y Tomás Varela',
    date: '12 de marzo de 2026',
    paragraphs: [
      'El ayuntamiento de Valdemora anunció el martes que el mercado de pescado del puerto abrirá también por las tardes a partir del mes que viene.',
      'Según la concejala de comercio, los pescadores llevaban años pidiendo el cambio, porque muchos vuelven del mar después del mediodía y no tenían dónde vender.',
      'Los vecinos del barrio del puerto temen el ruido de los camiones, pero el ayuntamiento asegura que la carga y la descarga se harán por la entrada norte.',
    ],
    expected: 'Lucía Herrera y Tomás Varela',
  },
  {
    lang: 'it',
    headline: 'Il traghetto per Isola Piana torna a viaggiare ogni ora',
    byline: 'di Giulia Ferraro e Marco Bellini',
    date: '12 marzo 2026',
    paragraphs: [
      "Dopo tre mesi di servizio ridotto, il traghetto tra il porto e Isola Piana è tornato da lunedì a partire ogni ora, dalle sei del mattino fino a sera.",
      "La compagnia aveva mandato in cantiere due delle sue navi durante l'inverno, perché i motori avevano più di vent'anni e andavano sostituiti.",
      "Per i pendolari dell'isola è una buona notizia, perché molti lavorano in città e finora dovevano prendere l'autobus che passa sulla diga.",
    ],
    expected: 'Giulia Ferraro e Marco Bellini',
  },
  {
    lang: 'pt',
    headline: 'O porto de Vilamar reabre o mercado do peixe depois das obras',
    byline: 'Por Beatriz Lopes e Rui Carvalho',
    date: '12 de março de 2026',
    paragraphs: [
      'A câmara municipal de Vilamar reabriu no domingo o antigo mercado do peixe, depois de dois anos de obras que deixaram os pescadores a vender no cais.',
      'Segundo o diretor do mercado, as novas bancas são todas refrigeradas, e os pescadores já não terão de vender o peixe ao sol durante o verão.',
      'Alguns moradores temem o barulho e o trânsito no bairro, mas a câmara garante que as cargas serão feitas de manhã cedo e pela entrada do norte.',
    ],
    expected: 'Beatriz Lopes e Rui Carvalho',
  },
  {
    lang: 'tr',
    headline: 'Liman kentinde yeni otobüs hatları gelecek ay açılıyor',
    byline: 'Yazan: Ayşe Yılmaz ve Emre Kaya',
    date: '12 Mart 2026',
    paragraphs: [
      'Belediye salı günü yaptığı açıklamada, kuzey mahallelerini liman bölgesine bağlayacak yeni otobüs hatlarının gelecek ay hizmete gireceğini duyurdu.',
      'Ulaşım dairesi başkanına göre yeni hatlar, her gün binlerce kişinin yolculuk süresini yarım saate kadar kısaltacak ve aktarma ihtiyacını azaltacak.',
      'Bazı esnaf ise yol çalışmalarının dükkânlarının önündeki park yerlerini kapatmasından endişe ediyor, ancak belediye çalışmaların gece yapılacağını söylüyor.',
    ],
    expected: 'Ayşe Yılmaz ve Emre Kaya',
  },
  {
    lang: 'ar',
    headline: 'مدينة الميناء تفتح خطوط حافلات جديدة',
    byline: 'بقلم سلمى الحداد ونادية فرح وكريم منصور',
    date: '12 مارس 2026',
    paragraphs: [
      'أعلنت البلدية يوم الثلاثاء أن خطوط الحافلات الجديدة ستبدأ العمل في الشهر المقبل بعد عامين من التخطيط والأشغال في الطرق الرئيسية.',
      'وقال رئيس قسم النقل إن الخطوط ستربط الأحياء الشمالية بمنطقة الميناء وتختصر زمن الرحلة لآلاف السكان كل يوم، وإن التذاكر ستكون موحدة.',
      'ويخشى بعض التجار من أن تغلق الأشغال مواقف السيارات أمام محلاتهم، لكن البلدية تقول إن العمل سيجري في الليل وفي عطلة نهاية الأسبوع.',
    ],
    expected: 'سلمى الحداد ونادية فرح وكريم منصور',
  },
  {
    lang: 'he',
    headline: 'עיר הנמל פותחת קווי אוטובוס חדשים',
    byline: 'מאת דנה לוי ונועם כהן',
    date: '12.3.2026',
    paragraphs: [
      'העירייה הודיעה היום כי קווי האוטובוס החדשים יתחילו לפעול בחודש הבא, אחרי שנתיים של תכנון ועבודות בכבישים המרכזיים.',
      'לדברי ראש מחלקת התחבורה, הקווים יחברו בין השכונות הצפוניות לבין אזור הנמל ויקצרו את זמני הנסיעה של אלפי תושבים בכל יום.',
      'חלק מבעלי החנויות חוששים שהעבודות יסגרו את החניות מול העסקים שלהם, אך העירייה אומרת שהעבודות ייעשו בלילות ובסופי שבוע.',
    ],
    expected: 'דנה לוי ונועם כהן',
  },
];

describe('co-authors joined in the article’s language', () => {
  it.each(COPIES.map((copy) => [copy.lang, copy] as const))('joins the co-authors of a copy in %s as that language does', (lang, copy) => {
    const result = cleanTextDump([copy.headline, copy.byline, copy.date, ...copy.paragraphs].join('\n\n'));
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.lang).toBe(lang);
    expect(result.article.byline).toBe(copy.expected);
  });
});
