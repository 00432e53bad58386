/**
 * A reader gets the headline, not the photo's caption, when a caption stands between the byline and the first
 * paragraph closed by its credit or by when and where the picture was taken, with no brackets around it: "… on
 * Thursday. Photo: Jane Doe" and its kin in every language, the Korean "… 있다. 사진=구청 제공" (photo = provided by
 * the district office), the Chinese "…。图／周雨桐" and the Japanese "…＝４日、港町" (on the 4th, at the harbour) or
 * "…＝市提供". The caption goes with the picture; headlines that use the same signs ("東証大引け＝続伸") stay headlines.
 */
import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../helpers/textdump.ts';

interface CaptionedHead {
  lang: string;
  site: string;
  headline: string;
  byline: string;
  date: string;
  caption: string;
  paragraphs: [string, string, string];
}

const CASES: CaptionedHead[] = [
  {
    lang: 'en',
    site: 'The Harbour Courier',
    headline: 'Volunteers replant the dunes after the winter storms',
    byline: 'By Martha Glenwood',
    date: '4 December 2026',
    caption: 'Volunteers plant marram grass on the north dunes on Thursday. Photo: Tom Hesketh',
    paragraphs: [
      'More than two hundred volunteers spent Thursday replanting the north dunes, which lost a third of their grass in the storms of last winter.',
      'The council supplied forty thousand marram grass plugs, and a local school brought its older pupils for the morning.',
      'Rangers say the new grass should hold the sand before the spring tides arrive.',
    ],
  },
  {
    lang: 'fr',
    site: 'Le Courrier des Vallées',
    headline: 'Les bénévoles replantent les dunes après les tempêtes',
    byline: 'Par Hélène Marchetti',
    date: '4 décembre 2026',
    caption: 'Des bénévoles plantent des oyats sur les dunes du nord, jeudi. Photo : Luc Ferrand',
    paragraphs: [
      'Plus de deux cents bénévoles ont replanté jeudi les dunes du nord, qui avaient perdu un tiers de leur végétation lors des tempêtes de l’hiver dernier.',
      'La commune a fourni quarante mille plants d’oyats, et une école voisine a envoyé ses grands élèves pour la matinée.',
      'Les gardes du littoral espèrent que les plants tiendront le sable avant les grandes marées du printemps.',
    ],
  },
  {
    lang: 'de',
    site: 'Küstenbote Online',
    headline: 'Freiwillige bepflanzen die Dünen nach den Winterstürmen neu',
    byline: 'Von Jonas Wittkamp',
    date: '4. Dezember 2026',
    caption: 'Freiwillige setzen am Donnerstag Strandhafer in die Norddünen. Foto: Anke Brüning',
    paragraphs: [
      'Mehr als zweihundert Freiwillige haben am Donnerstag die Norddünen neu bepflanzt, die in den Stürmen des vergangenen Winters ein Drittel ihres Bewuchses verloren hatten.',
      'Die Gemeinde stellte vierzigtausend Strandhaferpflanzen bereit, und eine Schule aus dem Ort schickte ihre älteren Schüler.',
      'Die Ranger hoffen, dass die Pflanzen den Sand vor den Frühjahrsfluten halten.',
    ],
  },
  {
    lang: 'es',
    site: 'Diario de la Costa',
    headline: 'Los voluntarios replantan las dunas tras los temporales',
    byline: 'Por Lucía Barrionuevo',
    date: '4 de diciembre de 2026',
    caption: 'Voluntarios plantan barrón en las dunas del norte el jueves. Foto: Andrés Peñalver',
    paragraphs: [
      'Más de doscientos voluntarios replantaron el jueves las dunas del norte, que perdieron un tercio de su vegetación en los temporales del invierno pasado.',
      'El ayuntamiento aportó cuarenta mil plantones de barrón y un colegio cercano envió a sus alumnos mayores durante la mañana.',
      'Los guardas confían en que las plantas sujeten la arena antes de las mareas de primavera.',
    ],
  },
  {
    lang: 'ru',
    site: 'Вести Побережья',
    headline: 'Волонтёры восстанавливают дюны после зимних штормов',
    byline: 'Автор: Ольга Веретенникова',
    date: '4 декабря 2026',
    caption: 'Волонтёры высаживают песколюб на северных дюнах в четверг. Фото: Иван Зорин',
    paragraphs: [
      'Более двухсот волонтёров в четверг высаживали траву на северных дюнах, которые потеряли треть растительности во время штормов прошлой зимы.',
      'Администрация выделила сорок тысяч саженцев песколюба, а соседняя школа прислала на утро старшеклассников.',
      'Егеря надеются, что трава удержит песок до весенних приливов.',
    ],
  },
  {
    lang: 'tr',
    site: 'Kıyı Gazetesi',
    headline: 'Gönüllüler fırtınaların ardından kumulları yeniden yeşillendirdi',
    byline: 'Yazan: Elif Karadağlı',
    date: '4 Aralık 2026',
    caption: 'Gönüllüler perşembe günü kuzey kumullarına kum otu dikti. Fotoğraf: Murat Sezgin',
    paragraphs: [
      'İki yüzü aşkın gönüllü perşembe günü, geçen kışın fırtınalarında bitki örtüsünün üçte birini kaybeden kuzey kumullarını yeniden yeşillendirdi.',
      'Belediye kırk bin kum otu fidesi sağladı, yakındaki bir okul da büyük sınıf öğrencilerini sabah saatlerinde gönderdi.',
      'Korucular, fidelerin bahar gelgitlerinden önce kumu tutmasını umuyor.',
    ],
  },
  {
    lang: 'it',
    site: 'La Gazzetta del Litorale',
    headline: 'I volontari ripiantano le dune dopo le mareggiate',
    byline: 'Di Chiara Montebelli',
    date: '4 dicembre 2026',
    caption: 'Volontari piantano ammofila sulle dune a nord, giovedì mattina. Foto: Paolo Sartori',
    paragraphs: [
      'Oltre duecento volontari hanno ripiantato giovedì le dune a nord, che avevano perso un terzo della vegetazione nelle mareggiate dello scorso inverno.',
      'Il comune ha fornito quarantamila piantine di ammofila e una scuola vicina ha mandato i ragazzi più grandi per la mattinata.',
      'I guardiaparco sperano che le piante trattengano la sabbia prima delle maree di primavera.',
    ],
  },
  {
    lang: 'pt',
    site: 'Jornal do Litoral',
    headline: 'Voluntários replantam as dunas depois das tempestades',
    byline: 'Por Mariana Quintela',
    date: '4 de dezembro de 2026',
    caption: 'Voluntários plantam estorno nas dunas do norte na quinta-feira. Foto: Rui Valadares',
    paragraphs: [
      'Mais de duzentos voluntários replantaram na quinta-feira as dunas do norte, que perderam um terço da vegetação nas tempestades do inverno passado.',
      'A câmara forneceu quarenta mil plantas de estorno e uma escola próxima enviou os alunos mais velhos durante a manhã.',
      'Os vigilantes esperam que as plantas segurem a areia antes das marés vivas da primavera.',
    ],
  },
  {
    lang: 'nl',
    site: 'Het Kustblad',
    headline: 'Vrijwilligers beplanten de duinen opnieuw na de stormen',
    byline: 'Door Sanne Verhoeckx',
    date: '4 december 2026',
    caption: 'Vrijwilligers planten donderdag helmgras in de noordelijke duinen. Foto: Pieter Molenkamp',
    paragraphs: [
      'Ruim tweehonderd vrijwilligers hebben donderdag de noordelijke duinen opnieuw beplant, die in de stormen van vorige winter een derde van hun begroeiing verloren.',
      'De gemeente leverde veertigduizend helmgrasplantjes en een school uit de buurt stuurde haar oudste leerlingen.',
      'De boswachters hopen dat het gras het zand vasthoudt voor de springtijen van het voorjaar.',
    ],
  },
  {
    lang: 'pl',
    site: 'Kurier Nadmorski',
    headline: 'Wolontariusze obsadzają wydmy po zimowych sztormach',
    byline: 'Autor: Katarzyna Wierzbowska',
    date: '4 grudnia 2026',
    caption: 'Wolontariusze sadzą piaskownicę na północnych wydmach w czwartek. Zdjęcie: Marek Zalewski',
    paragraphs: [
      'Ponad dwustu wolontariuszy obsadzało w czwartek północne wydmy, które podczas zeszłorocznych sztormów straciły jedną trzecią roślinności.',
      'Gmina przekazała czterdzieści tysięcy sadzonek piaskownicy, a pobliska szkoła przysłała na cały ranek starszych uczniów.',
      'Strażnicy liczą, że rośliny utrzymają piasek przed wiosennymi przypływami.',
    ],
  },
  {
    lang: 'ar',
    site: 'صحيفة الساحل',
    headline: 'متطوعون يعيدون تشجير الكثبان بعد عواصف الشتاء',
    byline: 'بقلم سلمى الرفاعي',
    date: '4 ديسمبر 2026',
    caption: 'متطوعون يزرعون الأعشاب على الكثبان الشمالية يوم الخميس. تصوير: كريم العطار',
    paragraphs: [
      'شارك أكثر من مئتي متطوع يوم الخميس في إعادة تشجير الكثبان الشمالية التي فقدت ثلث غطائها النباتي خلال عواصف الشتاء الماضي.',
      'وقدمت البلدية أربعين ألف شتلة، وأرسلت مدرسة قريبة طلابها الكبار للمشاركة طوال الصباح.',
      'ويأمل الحراس أن تثبت الشتلات الرمال قبل مد الربيع.',
    ],
  },
  {
    lang: 'he',
    site: 'חדשות החוף',
    headline: 'מתנדבים שותלים מחדש את הדיונות אחרי סערות החורף',
    byline: 'מאת נועה ברקוביץ',
    date: '4 בדצמבר 2026',
    caption: 'מתנדבים שותלים עשב חולות בדיונות הצפוניות ביום חמישי. צילום: יואב שטרן',
    paragraphs: [
      'יותר ממאתיים מתנדבים שתלו ביום חמישי מחדש את הדיונות הצפוניות, שאיבדו שליש מהצמחייה שלהן בסערות החורף שעבר.',
      'העירייה סיפקה ארבעים אלף שתילים, ובית ספר סמוך שלח את תלמידי השכבות הבוגרות לכל הבוקר.',
      'הפקחים מקווים שהשתילים יחזיקו את החול לפני הגאות של האביב.',
    ],
  },
  {
    lang: 'id',
    site: 'Warta Pesisir',
    headline: 'Relawan menanami kembali bukit pasir setelah badai',
    byline: 'Oleh Ratna Wulandari',
    date: '4 Desember 2026',
    caption: 'Relawan menanam rumput pantai di bukit pasir utara pada hari Kamis. Foto: Agus Santoso',
    paragraphs: [
      'Lebih dari dua ratus relawan menanami kembali bukit pasir utara pada hari Kamis, yang kehilangan sepertiga tanamannya akibat badai musim lalu.',
      'Pemerintah kota menyediakan empat puluh ribu bibit rumput pantai, dan sebuah sekolah di dekatnya mengirim siswa kelas atas.',
      'Para penjaga berharap tanaman itu menahan pasir sebelum pasang besar datang.',
    ],
  },
  {
    lang: 'uk',
    site: 'Вісті Узбережжя',
    headline: 'Волонтери відновлюють дюни після зимових штормів',
    byline: 'Автор: Оксана Приходько',
    date: '4 грудня 2026',
    caption: 'Волонтери висаджують траву на північних дюнах у четвер. Фото: Андрій Гнатюк',
    paragraphs: [
      'Понад двісті волонтерів у четвер висаджували траву на північних дюнах, які втратили третину рослинності під час штормів минулої зими.',
      'Громада виділила сорок тисяч саджанців, а сусідня школа надіслала на ранок старшокласників.',
      'Єгері сподіваються, що трава втримає пісок до весняних припливів.',
    ],
  },
  {
    lang: 'ja (date and place)',
    site: '東海新報デジタル',
    headline: '砂丘に植栽、ボランティア２００人参加　冬の高潮に備え',
    byline: '佐藤美咲 記者',
    date: '2026年12月5日 05:00',
    caption: '北側の砂丘に苗を植えるボランティアの人たち。冬の高潮に備えて砂を固める＝４日、港町北浜',
    paragraphs: [
      '冬の高潮で砂が流された港町北浜の砂丘で４日、市民ボランティア約２００人が海浜植物の苗を植えた。市が用意した苗は約４万株で、地元の中学生も参加した。',
      '砂丘は昨冬の高潮で植生の３分の１を失い、一部では遊歩道まで砂が流れ込んでいた。市は来春までに残りの区画にも植栽を広げる方針だ。',
      '参加した中学２年の生徒は「自分たちが植えた苗が根付いて、砂浜を守ってくれたらうれしい」と話した。',
    ],
  },
  {
    lang: 'ja (provided by)',
    site: '東海新報デジタル',
    headline: '砂丘の植栽、完了まで３年　市が計画発表',
    byline: '佐藤美咲 記者',
    date: '2026年12月5日 05:00',
    caption: '市が公開した砂丘の植栽計画の完成予想図。遊歩道沿いに海浜植物を植える＝市提供',
    paragraphs: [
      '港町市は４日、高潮で傷んだ北浜の砂丘に海浜植物を植える計画を発表した。３年かけて約１２万株を植え、砂の流出を防ぐ。',
      '事業費は約１億２千万円で、国の補助金を活用する。苗の一部は地元の中学校と高校で育ててもらう。',
      '市の担当者は「市民と一緒に砂浜を守る仕組みにしたい」と話した。',
    ],
  },
  {
    lang: 'ko',
    site: '해안일보',
    headline: '겨울 폭풍에 깎인 북쪽 모래언덕, 자원봉사자 200명이 되살린다',
    byline: '정하늘 기자',
    date: '입력 2026.12.04 18:30',
    caption: '자원봉사자들이 4일 북쪽 모래언덕에서 갯그령을 심고 있다. 사진=해안구청 제공',
    paragraphs: [
      '자원봉사자 200여 명이 4일 지난겨울 폭풍으로 식생의 3분의 1을 잃은 북쪽 모래언덕에서 갯그령 모종 4만 포기를 심었다.',
      '구청은 모종과 장비를 지원했고 인근 중학교 학생들도 오전 내내 작업에 참여했다.',
      '구청 관계자는 봄철 만조 전까지 모래가 자리를 잡을 것으로 기대한다고 밝혔다.',
    ],
  },
  {
    lang: 'zh',
    site: '滨海日报',
    headline: '两百名志愿者补种北岸沙丘 防春季大潮侵蚀',
    byline: '记者：周雨桐',
    date: '2026-12-04 18:30',
    caption: '志愿者在北岸沙丘补种固沙植物，为春季大潮做准备。图／林佳蓉',
    paragraphs: [
      '本周四，两百多名志愿者来到北岸沙丘补种固沙植物。去年冬季的风暴让这片沙丘损失了三分之一的植被。',
      '区政府提供了四万株幼苗，附近一所中学也派出高年级学生参加了整个上午的劳动。',
      '护林员希望这些植物能在春季大潮到来之前把沙子固定住。',
    ],
  },
];

/** Spaces as the cleaner writes them: a Japanese headline's ideographic spaces come out as plain ones. */
function squashed(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

/** The page: the site's name, the headline, the byline and the date, the caption, the story. */
function page(head: CaptionedHead): string[] {
  return [head.site, head.headline, head.byline, head.date, head.caption, ...head.paragraphs];
}

describe('a caption closed by its credit, or by when and where the picture was taken', () => {
  it.each(CASES.map((head) => [head.lang, head] as const))('%s: the headline stays the headline and the caption leaves the story', (_lang, head) => {
    const article = cleanLines(page(head));
    expect(article.title).toBe(squashed(head.headline));
    expect(article.paragraphs).not.toContain(head.caption);
    expect(article.paragraphs[0]).toBe(head.paragraphs[0]);
  });
});

describe('lines that use the same signs and are no caption', () => {
  it('a Japanese market headline with its "＝" stays the headline', () => {
    const headline = '東証大引け＝続伸、半導体株に買い　円安も追い風';
    const article = cleanLines([
      '東海新報デジタル',
      headline,
      '2026年12月4日 15:30',
      '４日の東京株式市場で日経平均株価は続伸し、前日比３２０円高で取引を終えた。半導体関連株に買いが集まり、円安も輸出株を支えた。',
      '市場では「米国の金利低下への期待が強まっている」との声が聞かれた。東証プライム市場の売買代金は約４兆円だった。',
      '一方、小売りや不動産の一部銘柄には利益確定の売りが出た。',
    ]);
    expect(article.title).toBe(squashed(headline));
  });

  it('a Korean story paragraph about photographs stays in the story', () => {
    const paragraph = '전시에는 지난 10년 동안 주민들이 찍은 사진 120점이 걸렸으며, 구청은 내년에도 같은 전시를 열 계획이라고 밝혔다.';
    const article = cleanLines([
      '해안일보',
      '주민이 찍은 해안 10년, 구청 로비에서 사진전',
      '정하늘 기자',
      '입력 2026.12.04 18:30',
      '해안구청은 4일부터 한 달 동안 구청 로비에서 주민들이 찍은 해안 풍경 사진을 모은 전시회를 연다고 밝혔다.',
      paragraph,
      '관람은 무료이며 평일 오전 9시부터 오후 6시까지 할 수 있다.',
    ]);
    expect(article.paragraphs).toContain(paragraph);
  });

  it('an English story sentence that ends on the word "photo" after its full stop stays in the story', () => {
    const paragraph = 'The club has kept every year’s team photograph since 1952. Photo albums from the early years are on show in the bar until Christmas.';
    const article = cleanLines([
      'The Harbour Courier',
      'Rowing club marks seventy years on the river',
      'By Martha Glenwood',
      '4 December 2026',
      'The rowing club celebrated its seventieth year on Thursday with a regatta for former members, some of whom first rowed for the club in the 1950s.',
      paragraph,
      'The club now has two hundred members and plans a new boathouse for 2028.',
    ]);
    expect(article.paragraphs).toContain(paragraph);
  });
});
