/**
 * A reader gets the headline, not the link over it, on pages that print a way back or onwards as a line opening with
 * a left-pointing arrow or closing with a right-pointing one ("‹ Back to current status", "← Zurück zur Übersicht",
 * "Nächste Meldung ›"), in any language: the arrow makes the line a link, whatever its words. Headlines that open or
 * close with a quotation mark (« … ») or hold an arrow inside ("Lyon → Turin") stay headlines.
 */
import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../helpers/textdump.ts';

interface ArrowHead {
  lang: string;
  site: string;
  link: string;
  headline: string;
  date: string;
  paragraphs: [string, string, string];
}

const CASES: ArrowHead[] = [
  {
    lang: 'en',
    site: 'Lumenhost Status',
    link: '‹ Back to current status',
    headline: 'Delayed e-mail delivery for customers in the western region',
    date: 'Posted Dec 4, 2026 - 09:15 UTC',
    paragraphs: [
      'Between 07:40 and 08:55 UTC on December 4, messages sent to customers in the western region were delayed by up to forty minutes.',
      'The delay was caused by a full disk on one of the queue servers, which stopped accepting new messages until it was cleared.',
      'We have added an alert on disk space for every queue server, and the current status of every service stays on this status page.',
    ],
  },
  {
    lang: 'fr',
    site: 'Mairie de Valbonne-sur-Loue',
    link: '← Retour aux actualités',
    headline: 'La piscine municipale rouvre après six mois de travaux',
    date: 'Publié le 4 décembre 2026',
    paragraphs: [
      'La piscine municipale rouvrira ses portes lundi, après six mois de travaux de rénovation du bassin et des vestiaires.',
      'Les horaires restent les mêmes qu’avant la fermeture, avec une ouverture prolongée le jeudi soir jusqu’à 21 heures.',
      'Les abonnements en cours ont été prolongés de la durée de la fermeture, comme l’indiquent les actualités de la commune.',
    ],
  },
  {
    lang: 'de',
    site: 'Gemeinde Lindenau',
    link: '‹ Zurück zur Übersicht',
    headline: 'Hallenbad öffnet nach sechs Monaten Umbau wieder',
    date: 'Veröffentlicht am 4. Dezember 2026',
    paragraphs: [
      'Das Hallenbad der Gemeinde öffnet am Montag nach sechs Monaten Umbau wieder seine Türen, das Becken und die Umkleiden wurden erneuert.',
      'Die Öffnungszeiten bleiben wie vor der Schließung, donnerstags ist das Bad künftig bis 21 Uhr geöffnet.',
      'Laufende Jahreskarten wurden um die Dauer der Schließung verlängert, eine Übersicht der Tarife liegt an der Kasse aus.',
    ],
  },
  {
    lang: 'es',
    site: 'Ayuntamiento de Valdeolmos',
    link: '← Volver a noticias',
    headline: 'La piscina municipal reabre tras seis meses de obras',
    date: 'Publicado el 4 de diciembre de 2026',
    paragraphs: [
      'La piscina municipal volverá a abrir el lunes, después de seis meses de obras de renovación del vaso y de los vestuarios.',
      'El horario será el mismo que antes del cierre, con apertura ampliada los jueves por la tarde hasta las nueve.',
      'Los abonos vigentes se han prorrogado el tiempo que ha durado el cierre.',
    ],
  },
  {
    lang: 'ru',
    site: 'Администрация Озёрска',
    link: '← Назад к новостям',
    headline: 'Городской бассейн открывается после полугодового ремонта',
    date: '4 декабря 2026',
    paragraphs: [
      'Городской бассейн откроется в понедельник после шести месяцев ремонта чаши и раздевалок, сообщили в администрации.',
      'Расписание останется прежним, а по четвергам бассейн будет работать до девяти вечера.',
      'Действующие абонементы продлены на срок закрытия.',
    ],
  },
  {
    lang: 'tr',
    site: 'Gölova Belediyesi',
    link: '‹ Haberlere geri dön',
    headline: 'Kapalı yüzme havuzu altı aylık tadilatın ardından yeniden açılıyor',
    date: '4 Aralık 2026',
    paragraphs: [
      'Belediyenin kapalı yüzme havuzu, havuz ve soyunma odalarında altı ay süren tadilatın ardından pazartesi günü yeniden açılıyor.',
      'Çalışma saatleri kapanış öncesiyle aynı kalacak, perşembe akşamları ise havuz saat dokuza kadar açık olacak.',
      'Geçerli abonelikler kapalı kalınan süre kadar uzatıldı.',
    ],
  },
  {
    lang: 'it',
    site: 'Comune di Valmorena',
    link: '‹ Torna alle notizie',
    headline: 'La piscina comunale riapre dopo sei mesi di lavori',
    date: 'Pubblicato il 4 dicembre 2026',
    paragraphs: [
      'La piscina comunale riaprirà lunedì, dopo sei mesi di lavori di rinnovo della vasca e degli spogliatoi.',
      'Gli orari restano quelli di prima della chiusura, con apertura prolungata il giovedì sera fino alle 21.',
      'Gli abbonamenti in corso sono stati prolungati per la durata della chiusura.',
    ],
  },
  {
    lang: 'pt',
    site: 'Câmara Municipal de Vale Fundo',
    link: '← Voltar às notícias',
    headline: 'Piscina municipal reabre depois de seis meses de obras',
    date: 'Publicado em 4 de dezembro de 2026',
    paragraphs: [
      'A piscina municipal volta a abrir na segunda-feira, depois de seis meses de obras de renovação do tanque e dos balneários.',
      'O horário mantém-se igual ao de antes do encerramento, com abertura prolongada às quintas-feiras até às 21 horas.',
      'As assinaturas em curso foram prolongadas pelo tempo do encerramento.',
    ],
  },
  {
    lang: 'nl',
    site: 'Gemeente Oosterweide',
    link: '‹ Terug naar nieuws',
    headline: 'Zwembad gaat na zes maanden verbouwing weer open',
    date: '4 december 2026',
    paragraphs: [
      'Het gemeentelijke zwembad gaat maandag weer open, na zes maanden verbouwing van het bad en de kleedkamers.',
      'De openingstijden blijven gelijk aan die van voor de sluiting, op donderdagavond is het bad voortaan tot negen uur open.',
      'Lopende abonnementen zijn verlengd met de duur van de sluiting.',
    ],
  },
  {
    lang: 'pl',
    site: 'Urząd Gminy Jeziorany',
    link: '← Powrót do aktualności',
    headline: 'Basen miejski znów otwarty po sześciu miesiącach remontu',
    date: '4 grudnia 2026',
    paragraphs: [
      'Basen miejski zostanie ponownie otwarty w poniedziałek, po sześciu miesiącach remontu niecki i szatni.',
      'Godziny otwarcia pozostają takie jak przed zamknięciem, a w czwartki basen będzie czynny do godziny 21.',
      'Trwające karnety przedłużono o czas zamknięcia.',
    ],
  },
  {
    lang: 'ar',
    site: 'بلدية وادي السلام',
    link: 'العودة إلى الأخبار ←',
    headline: 'إعادة افتتاح المسبح البلدي بعد ستة أشهر من الترميم',
    date: '4 ديسمبر 2026',
    paragraphs: [
      'يعاد افتتاح المسبح البلدي يوم الاثنين بعد ستة أشهر من أعمال ترميم الحوض وغرف تبديل الملابس.',
      'وتبقى مواعيد العمل كما كانت قبل الإغلاق، مع تمديد الدوام مساء الخميس حتى التاسعة.',
      'وقد مددت الاشتراكات السارية بقدر مدة الإغلاق.',
    ],
  },
  {
    lang: 'he',
    site: 'עיריית עמק השלום',
    link: 'חזרה לחדשות →',
    headline: 'הבריכה העירונית נפתחת מחדש אחרי חצי שנה של שיפוצים',
    date: '4 בדצמבר 2026',
    paragraphs: [
      'הבריכה העירונית תיפתח מחדש ביום שני, לאחר שישה חודשים של שיפוץ הבריכה וחדרי ההלבשה.',
      'שעות הפתיחה יישארו כפי שהיו לפני הסגירה, ובימי חמישי הבריכה תהיה פתוחה עד תשע בערב.',
      'המינויים הקיימים הוארכו בזמן הסגירה.',
    ],
  },
  {
    lang: 'id',
    site: 'Pemerintah Kota Telaga',
    link: '‹ Kembali ke berita',
    headline: 'Kolam renang kota dibuka lagi setelah enam bulan renovasi',
    date: '4 Desember 2026',
    paragraphs: [
      'Kolam renang kota akan dibuka kembali pada hari Senin setelah enam bulan renovasi kolam dan ruang ganti.',
      'Jam buka tetap sama seperti sebelum penutupan, dan pada Kamis malam kolam buka sampai pukul sembilan.',
      'Langganan yang masih berlaku diperpanjang selama masa penutupan.',
    ],
  },
  {
    lang: 'uk',
    site: 'Озерська міська рада',
    link: '← Назад до новин',
    headline: 'Міський басейн знову відкривається після пів року ремонту',
    date: '4 грудня 2026',
    paragraphs: [
      'Міський басейн знову відкриється в понеділок після шести місяців ремонту чаші та роздягалень.',
      'Графік роботи залишиться таким, як до закриття, а по четвергах басейн працюватиме до дев’ятої вечора.',
      'Чинні абонементи продовжено на час закриття.',
    ],
  },
];

describe('a link with an arrow over the headline', () => {
  it.each(CASES.map((head) => [head.lang, head] as const))('%s: the headline is read, not the link', (_lang, head) => {
    const article = cleanLines([head.site, head.link, head.headline, ...head.paragraphs, head.date]);
    expect(article.title).toBe(head.headline);
    expect(article.paragraphs).not.toContain(head.link);
  });

  it('the next item’s link under the story, with its arrow after it, is no headline either', () => {
    const head = CASES[0]!;
    const article = cleanLines([head.site, head.link, head.headline, ...head.paragraphs, head.date, 'Next incident: Slow dashboard in the eastern region ›']);
    expect(article.title).toBe(head.headline);
  });
});

describe('headlines that open or close with other signs', () => {
  it('a French headline in guillemets stays the headline', () => {
    const headline = '« Nous rouvrirons la piscine avant l’été » : le maire tient sa promesse';
    const article = cleanLines(['Mairie de Valbonne-sur-Loue', headline, 'Publié le 4 décembre 2026', ...CASES[1]!.paragraphs]);
    expect(article.title).toBe(headline);
  });

  it('an English headline with an arrow inside stays the headline', () => {
    const headline = 'Lyon → Turin: the night train returns in the spring';
    const article = cleanLines([
      'Rail Journal Online',
      headline,
      'By Martha Glenwood',
      '4 December 2026',
      'The night train between Lyon and Turin will run again from April, the two rail companies said on Thursday, after four years without it.',
      'The train will leave Lyon at ten in the evening and reach Turin before seven, with sleeping cars and a car for bicycles.',
      'Tickets go on sale in January.',
    ]);
    expect(article.title).toBe(headline);
  });
});
