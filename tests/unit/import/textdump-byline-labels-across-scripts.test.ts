/**
 * A reader gets the author of a story whose byline line opens with the word for "by" or "author" of its language,
 * on its own line under the headline, whatever the script: "By", "Par", "Von", "Por", "Автор:", "Yazan:", "Di",
 * "Door", "Autor:", "بقلم", "מאת", "Oleh", Serbian Cyrillic "Аутор:", Thai "โดย" (where names have no capitals) and
 * Chinese "报道：" (reported by). A line that only opens with such a word inside a sentence is not taken for a byline.
 */
import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../helpers/textdump.ts';

interface LabelledByline {
  lang: string;
  site: string;
  headline: string;
  byline: string;
  date: string;
  paragraphs: [string, string, string];
  /** The author as the reader should see it. */
  author: string;
}

const CASES: LabelledByline[] = [
  {
    lang: 'en',
    site: 'The Harbour Courier',
    headline: 'Night ferries return to the island route',
    byline: 'By Martha Glenwood',
    date: '4 December 2026',
    paragraphs: [
      'The night ferries between the harbour and the island will run again from Monday, the operator said on Thursday, after a winter without them.',
      'Two boats will share the crossing, leaving every ninety minutes until one in the morning, and tickets will cost the same as in the daytime.',
      'Islanders had asked for the service back since the spring, when the last late boat was withdrawn for lack of crew.',
    ],
    author: 'Martha Glenwood',
  },
  {
    lang: 'fr',
    site: 'Le Courrier des Vallées',
    headline: 'Le marché couvert rouvre après deux ans de travaux',
    byline: 'Par Hélène Marchetti',
    date: '4 décembre 2026',
    paragraphs: [
      'Le marché couvert de la ville rouvrira ses portes samedi matin, après deux années de travaux sur sa charpente et sa toiture.',
      'Une trentaine de commerçants y retrouveront leur emplacement, et quatre nouveaux étals seront attribués à des producteurs du canton.',
      'La mairie promet des horaires élargis le vendredi soir pendant tout l’hiver, à titre d’essai.',
    ],
    author: 'Hélène Marchetti',
  },
  {
    lang: 'de',
    site: 'Talbote Online',
    headline: 'Neue Radbrücke über die Lenne freigegeben',
    byline: 'Von Jonas Wittkamp',
    date: '4. Dezember 2026',
    paragraphs: [
      'Die neue Radbrücke über die Lenne ist am Donnerstag nach vierzehn Monaten Bauzeit für den Verkehr freigegeben worden.',
      'Sie verbindet den Bahnhof mit dem Gewerbegebiet am anderen Ufer und erspart Pendlern einen Umweg von fast zwei Kilometern.',
      'Die Baukosten lagen mit 3,1 Millionen Euro leicht unter der Planung, teilte die Stadtverwaltung mit.',
    ],
    author: 'Jonas Wittkamp',
  },
  {
    lang: 'es',
    site: 'Diario del Valle',
    headline: 'El ayuntamiento amplía el horario de la biblioteca municipal',
    byline: 'Por Lucía Barrionuevo',
    date: '4 de diciembre de 2026',
    paragraphs: [
      'La biblioteca municipal abrirá también los domingos por la mañana a partir de enero, según anunció el ayuntamiento este jueves.',
      'La ampliación responde a una petición de los estudiantes, que llenan las salas de lectura durante la época de exámenes.',
      'El consistorio contratará a dos personas más para cubrir el nuevo horario durante todo el año.',
    ],
    author: 'Lucía Barrionuevo',
  },
  {
    lang: 'ru',
    site: 'Вести Приречья',
    headline: 'В Приреченске открылся новый детский сад',
    byline: 'Автор: Ольга Веретенникова',
    date: '4 декабря 2026',
    paragraphs: [
      'В Приреченске в четверг открылся новый детский сад на двести сорок мест, строительство которого заняло полтора года.',
      'В здании есть бассейн, спортивный зал и отдельные группы для детей младше трёх лет, сообщили в городской администрации.',
      'Очередь в детские сады района после открытия сократится почти вдвое, подсчитали в управлении образования.',
    ],
    author: 'Ольга Веретенникова',
  },
  {
    lang: 'tr',
    site: 'Kıyı Gazetesi',
    headline: 'Sahil yolundaki bisiklet şeridi tamamlandı',
    byline: 'Yazan: Elif Karadağlı',
    date: '4 Aralık 2026',
    paragraphs: [
      'Sahil yolu boyunca uzanan on iki kilometrelik bisiklet şeridinin yapımı perşembe günü tamamlandı ve şerit kullanıma açıldı.',
      'Belediye, şeridin limandan eski fener bölgesine kadar kesintisiz ilerlediğini ve gece boyunca aydınlatılacağını açıkladı.',
      'Projenin toplam maliyeti on dokuz milyon lira olarak açıklandı.',
    ],
    author: 'Elif Karadağlı',
  },
  {
    lang: 'it',
    site: 'La Gazzetta del Lago',
    headline: 'Riapre il sentiero panoramico sopra il lago',
    byline: 'Di Chiara Montebelli',
    date: '4 dicembre 2026',
    paragraphs: [
      'Il sentiero panoramico che corre sopra il lago riapre sabato, dopo otto mesi di lavori per mettere in sicurezza i tratti franati in primavera.',
      'Sono stati rifatti i parapetti in legno e posati nuovi cartelli con le distanze tra i paesi della sponda orientale.',
      'Il comune chiede agli escursionisti di non uscire dal tracciato nei giorni di pioggia.',
    ],
    author: 'Chiara Montebelli',
  },
  {
    lang: 'pt',
    site: 'Jornal da Serra',
    headline: 'Nova linha de autocarro liga as aldeias da serra à cidade',
    byline: 'Por Mariana Quintela',
    date: '4 de dezembro de 2026',
    paragraphs: [
      'Uma nova linha de autocarro passa a ligar, a partir de segunda-feira, sete aldeias da serra ao centro da cidade.',
      'Os autocarros farão quatro viagens por dia nos dias úteis e duas aos sábados, com bilhete gratuito para maiores de sessenta e cinco anos.',
      'A câmara municipal pagará metade do custo do serviço durante os primeiros dois anos.',
    ],
    author: 'Mariana Quintela',
  },
  {
    lang: 'nl',
    site: 'Het Polderblad',
    headline: 'Gemeente plant honderd nieuwe bomen langs de dijk',
    byline: 'Door Sanne Verhoeckx',
    date: '4 december 2026',
    paragraphs: [
      'De gemeente plant deze winter honderd nieuwe bomen langs de dijk, ter vervanging van de populieren die vorig jaar zijn gekapt.',
      'Het gaat om eiken en essen die beter tegen de wind kunnen en minder snel omvallen bij storm.',
      'Bewoners mogen in januari meehelpen bij het planten op twee zaterdagen.',
    ],
    author: 'Sanne Verhoeckx',
  },
  {
    lang: 'pl',
    site: 'Kurier Nadrzeczny',
    headline: 'Nowy most pieszy połączy oba brzegi rzeki',
    byline: 'Autor: Katarzyna Wierzbowska',
    date: '4 grudnia 2026',
    paragraphs: [
      'Nowy most pieszy połączy oba brzegi rzeki w centrum miasta, a jego budowa ruszy na wiosnę przyszłego roku.',
      'Kładka będzie miała sto dwadzieścia metrów długości i zostanie oświetlona przez całą noc, zapowiedział prezydent miasta.',
      'Koszt inwestycji oszacowano na dwadzieścia cztery miliony złotych.',
    ],
    author: 'Katarzyna Wierzbowska',
  },
  {
    lang: 'ar',
    site: 'صحيفة الساحل',
    headline: 'افتتاح مكتبة عامة جديدة في وسط المدينة',
    byline: 'بقلم سلمى الرفاعي',
    date: '4 ديسمبر 2026',
    paragraphs: [
      'افتتحت البلدية يوم الخميس مكتبة عامة جديدة في وسط المدينة تضم أكثر من أربعين ألف كتاب وقاعة للمطالعة تتسع لمئتي شخص.',
      'وقال رئيس البلدية إن المكتبة ستفتح أبوابها حتى العاشرة مساء طوال أيام الأسبوع لتخدم الطلاب والعاملين.',
      'وتضم المكتبة أيضا ركنا للأطفال وقاعة للمحاضرات مجهزة بالكامل.',
    ],
    author: 'سلمى الرفاعي',
  },
  {
    lang: 'he',
    site: 'חדשות העמק',
    headline: 'שביל אופניים חדש נפתח לאורך הנחל',
    byline: 'מאת נועה ברקוביץ',
    date: '4 בדצמבר 2026',
    paragraphs: [
      'שביל אופניים חדש לאורך הנחל נפתח ביום חמישי לציבור, לאחר שנה של עבודות ושיקום הגדות.',
      'השביל מחבר בין שתי השכונות הצפוניות לבין מרכז העיר, ולאורכו הוצבו ספסלים ועמדות שתייה.',
      'העירייה מתכננת להאריך את השביל בשני קילומטרים נוספים בשנה הבאה.',
    ],
    author: 'נועה ברקוביץ',
  },
  {
    lang: 'id',
    site: 'Warta Pesisir',
    headline: 'Pasar ikan baru dibuka di pelabuhan lama',
    byline: 'Oleh Ratna Wulandari',
    date: '4 Desember 2026',
    paragraphs: [
      'Pasar ikan baru di kawasan pelabuhan lama resmi dibuka pada hari Kamis setelah pembangunan selama delapan bulan.',
      'Pasar itu menampung lebih dari seratus pedagang yang sebelumnya berjualan di tepi jalan dekat dermaga.',
      'Pemerintah kota berjanji menjaga kebersihan pasar dengan petugas khusus setiap pagi.',
    ],
    author: 'Ratna Wulandari',
  },
  {
    lang: 'uk',
    site: 'Вісті Надріччя',
    headline: 'У місті відкрили нову амбулаторію для сімейних лікарів',
    byline: 'Автор: Оксана Приходько',
    date: '4 грудня 2026',
    paragraphs: [
      'У четвер у місті відкрили нову амбулаторію, де прийматимуть шість сімейних лікарів і педіатр.',
      'Будівлю звели за рік на місці старої котельні, а обладнання для неї закупили коштом обласного бюджету.',
      'До амбулаторії вже записалися понад чотири тисячі мешканців навколишніх вулиць.',
    ],
    author: 'Оксана Приходько',
  },
  {
    lang: 'sr',
    site: 'Поречке новине',
    headline: 'Нови пешачки мост спаја обе обале реке',
    byline: 'Аутор: Јелена Стаменковић',
    date: '4. децембар 2026.',
    paragraphs: [
      'Нови пешачки мост у центру града биће отворен у суботу, након четрнаест месеци радова на обе обале реке.',
      'Мост је дугачак сто двадесет метара и биће осветљен током целе ноћи, саопштили су из градске управе.',
      'Радови су коштали нешто мање од планираних двеста милиона динара.',
    ],
    author: 'Јелена Стаменковић',
  },
  {
    lang: 'th',
    site: 'ข่าวชายฝั่งออนไลน์',
    headline: 'เทศบาลเปิดสะพานคนเดินข้ามแม่น้ำแห่งใหม่',
    byline: 'โดย สุนิสา วงศ์ทอง',
    date: '4 ธันวาคม 2569',
    paragraphs: [
      'เทศบาลเมืองเปิดสะพานคนเดินข้ามแม่น้ำแห่งใหม่อย่างเป็นทางการเมื่อวันพฤหัสบดี หลังใช้เวลาก่อสร้างนานกว่าหนึ่งปี ทำให้ชาวบ้านสองฝั่งเดินทางสะดวกขึ้นมาก',
      'สะพานมีความยาวหนึ่งร้อยยี่สิบเมตร และติดตั้งไฟส่องสว่างตลอดทั้งคืน เพื่อความปลอดภัยของผู้ที่สัญจรไปมาในเวลากลางคืน',
      'นายกเทศมนตรีกล่าวว่า เทศบาลจะปลูกต้นไม้ริมทางเดินทั้งสองฝั่งภายในต้นปีหน้า',
    ],
    author: 'สุนิสา วงศ์ทอง',
  },
  {
    lang: 'zh',
    site: '滨海日报',
    headline: '滨海新建人行桥正式通行 两岸居民出行更方便',
    byline: '报道：周雨桐',
    date: '2026-12-04 10:30',
    paragraphs: [
      '滨海市区新建的人行桥于本周四正式通行，工程历时十四个月，连接了河流两岸的老城区和新城区。',
      '大桥全长一百二十米，夜间全程照明，桥面还设有休息座椅和观景平台，方便市民散步。',
      '市政府表示，明年春天将在桥两端种植树木，并增设自行车停放点。',
    ],
    author: '周雨桐',
  },
];

/** The page: the site's name, the headline, the labelled byline and the date, the story. */
function page(head: LabelledByline): string[] {
  return [head.site, head.headline, head.byline, head.date, ...head.paragraphs];
}

describe('a byline line opening with the label of its language', () => {
  it.each(CASES.map((head) => [head.lang, head] as const))('%s: the author is read and the headline stays the headline', (_lang, head) => {
    const article = cleanLines(page(head));
    expect(article.byline).toBe(head.author);
    expect(article.title).toBe(head.headline);
    expect(article.paragraphs).not.toContain(head.byline);
  });
});

/** A story line opening with the label's word inside a sentence: no byline, and the line is not taken for one. */
const NOT_BYLINES: Array<{ lang: string; lines: string[]; line: string }> = [
  {
    lang: 'sr',
    line: 'Аутор пројекта, архитекта из Београда, каже да ће мост бити завршен до пролећа следеће године.',
    lines: [
      'Поречке новине',
      'Нови пешачки мост спаја обе обале реке',
      'Нови пешачки мост у центру града биће отворен у суботу, након четрнаест месеци радова на обе обале реке.',
      'Аутор пројекта, архитекта из Београда, каже да ће мост бити завршен до пролећа следеће године.',
      'Радови су коштали нешто мање од планираних двеста милиона динара, саопштили су из градске управе.',
    ],
  },
  {
    lang: 'th',
    line: 'โดยเฉพาะช่วงเย็นวันศุกร์ มีผู้คนจำนวนมากมาเดินเล่นและถ่ายรูปบนสะพานแห่งใหม่นี้อย่างคึกคัก',
    lines: [
      'ข่าวชายฝั่งออนไลน์',
      'เทศบาลเปิดสะพานคนเดินข้ามแม่น้ำแห่งใหม่',
      'เทศบาลเมืองเปิดสะพานคนเดินข้ามแม่น้ำแห่งใหม่อย่างเป็นทางการเมื่อวันพฤหัสบดี หลังใช้เวลาก่อสร้างนานกว่าหนึ่งปี ทำให้ชาวบ้านสองฝั่งเดินทางสะดวกขึ้นมาก',
      'โดยเฉพาะช่วงเย็นวันศุกร์ มีผู้คนจำนวนมากมาเดินเล่นและถ่ายรูปบนสะพานแห่งใหม่นี้อย่างคึกคัก',
      'นายกเทศมนตรีกล่าวว่า เทศบาลจะปลูกต้นไม้ริมทางเดินทั้งสองฝั่งภายในต้นปีหน้า',
    ],
  },
  {
    lang: 'zh',
    line: '报道指出，大桥建成后两岸居民往返时间将缩短二十分钟，沿岸商铺的客流也明显增加。',
    lines: [
      '滨海日报',
      '滨海新建人行桥正式通行 两岸居民出行更方便',
      '滨海市区新建的人行桥于本周四正式通行，工程历时十四个月，连接了河流两岸的老城区和新城区。',
      '报道指出，大桥建成后两岸居民往返时间将缩短二十分钟，沿岸商铺的客流也明显增加。',
      '市政府表示，明年春天将在桥两端种植树木，并增设自行车停放点。',
    ],
  },
];

describe('a story line that opens with the word of a byline label', () => {
  it.each(NOT_BYLINES.map((row) => [row.lang, row] as const))('%s: names no author and is not dropped as a byline', (_lang, row) => {
    const article = cleanLines(row.lines);
    expect(article.byline).toBeNull();
    expect(article.removed).not.toContainEqual({ line: row.line, rule: 'metadata' });
  });
});

describe('a Thai headline of long phrases over its byline', () => {
  it('is the headline, not a name: Thai spaces part phrases, and a name is two short ones', () => {
    const headline = 'ชาวประมงริมฝั่งเร่งซ่อมเรือก่อนมรสุม หวั่นคลื่นลมแรงซ้ำรอบสอง';
    const caption = 'ชาวประมงช่วยกันซ่อมเรือประมงขนาดเล็กที่ท่าเรือริมชายหาด อ.เมือง';
    const article = cleanLines([
      'ข่าวชายฝั่งออนไลน์',
      headline,
      'โดย สุนิสา วงศ์ทอง',
      'แชร์',
      caption,
      'ชาวประมงพื้นบ้านในหลายอำเภอริมชายฝั่งต่างเร่งซ่อมแซมเรือและอุปกรณ์จับปลาก่อนที่มรสุมลูกใหม่จะพัดเข้ามาในสัปดาห์หน้า หลังกรมอุตุนิยมวิทยาประกาศเตือนคลื่นลมแรง',
      'ชาวประมงรายหนึ่งกล่าวว่า เมื่อมรสุมรอบที่แล้วเรือหลายลำได้รับความเสียหายอย่างหนัก รอบนี้จึงต้องเตรียมตัวให้พร้อมมากกว่าเดิม',
      'เจ้าหน้าที่ประมงจังหวัดแนะนำให้ชาวประมงงดออกเรือในช่วงที่มีประกาศเตือนภัย และติดตามข่าวสารอย่างใกล้ชิด',
    ]);
    expect(article.title).toBe(headline);
    expect(article.byline).toBe('สุนิสา วงศ์ทอง');
  });
});
