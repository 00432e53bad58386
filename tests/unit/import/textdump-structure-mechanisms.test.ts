/**
 * The cleaner's rules from the ninth and tenth blind parts, each asked of a page's structure rather than of one site's
 * words: which of two labelled bylines is the story's, a reading time given as a range, a field among fields, a date
 * under the headline, a closing note on the data, a list's point under the headline, digits in a Chinese, Japanese or
 * Korean headline, a share bar's last button, a call to act inside another word, and a quoted headline over its
 * standfirst. Each holds on invented copies in several languages and leaves the look-alikes alone.
 */
import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../helpers/textdump.ts';

/** Three paragraphs of an invented story in each language the cases use. */
const STORY: Record<string, string[]> = {
  en: [
    'The harbour board of Vellmar voted on Tuesday to extend the night ferry service to the outer islands until the end of October, after a summer in which crossings were full on most evenings.',
    'Board chair Ilse Marten said the extension would cost about 400,000 crowns and would be paid from the harbour reserve rather than from higher fares.',
    'Islanders had asked for the longer season at three public meetings this spring, saying the last ferry at seven left workers stranded on the mainland.',
  ],
  tr: [
    'Vellmar liman kurulu salı günü gece feribot seferlerini ekim sonuna kadar uzatma kararı aldı; yaz boyunca akşam seferlerinin çoğu tamamen doldu.',
    'Kurul başkanı Ilse Marten, uzatmanın yaklaşık 400 bin krona mal olacağını ve bedelin bilet zammıyla değil liman yedeğinden karşılanacağını söyledi.',
    'Adalılar bu bahar yapılan üç halk toplantısında daha uzun bir sezon istemiş, saat yedideki son feribotun işçileri karada bıraktığını anlatmıştı.',
  ],
  fa: [
    'هیئت بندر ولمار روز سه‌شنبه تصمیم گرفت خدمات کشتی شبانه به جزایر بیرونی را تا پایان مهر تمدید کند، پس از تابستانی که بیشتر سفرهای عصر پر بود.',
    'رئیس هیئت گفت هزینه این تمدید حدود چهارصد هزار کرون است و از ذخیره بندر پرداخت می‌شود، نه از افزایش بهای بلیت.',
    'ساکنان جزایر در سه نشست عمومی این بهار خواستار فصل طولانی‌تر شده بودند و گفته بودند آخرین کشتی ساعت هفت کارگران را در خشکی جا می‌گذارد.',
  ],
  de: [
    'Der Hafenrat von Vellmar hat am Dienstag beschlossen, die Nachtfähre zu den äußeren Inseln bis Ende Oktober fahren zu lassen, nachdem die Abendfahrten den ganzen Sommer über ausgebucht waren.',
    'Die Ratsvorsitzende Ilse Marten sagte, die Verlängerung koste rund 400.000 Kronen und werde aus der Hafenrücklage bezahlt, nicht über höhere Fahrpreise.',
    'Die Inselbewohner hatten in drei Bürgerversammlungen im Frühjahr eine längere Saison verlangt, weil die letzte Fähre um sieben Uhr Pendler auf dem Festland zurücklasse.',
  ],
  pt: [
    'O conselho do porto de Vellmar decidiu na terça-feira manter a balsa noturna para as ilhas exteriores até o fim de outubro, depois de um verão com as travessias da noite lotadas.',
    'A presidente do conselho, Ilse Marten, disse que a prorrogação custará cerca de 400 mil coroas e será paga com a reserva do porto, sem aumento das passagens.',
    'Os moradores das ilhas pediram a temporada mais longa em três audiências públicas nesta primavera, dizendo que a última balsa das sete deixava trabalhadores no continente.',
  ],
  ko: [
    '벨마르 항만위원회는 화요일 외곽 섬으로 가는 야간 여객선 운항을 10월 말까지 연장하기로 의결했다. 올여름 저녁 운항편은 대부분 만석이었다.',
    '위원장은 연장 비용이 약 40만 크로나이며 요금 인상이 아니라 항만 적립금으로 충당한다고 밝혔다.',
    '섬 주민들은 올봄 세 차례 공청회에서 마지막 배가 일곱 시에 떠나 노동자들이 육지에 발이 묶인다며 운항 기간 연장을 요구해 왔다.',
  ],
  zh: [
    '维尔马港务委员会周二决定，将开往外岛的夜班渡轮延长运营至十月底。今年夏天，大多数晚间航班都已满员。',
    '委员会主席表示，延长运营的费用约为四十万克朗，将由港口储备金支付，而不是提高票价。',
    '岛上居民今年春天在三次公开会议上要求延长运营季，称七点的末班船让在大陆上班的人无法回家。',
  ],
  he: [
    'מועצת הנמל של ולמר החליטה ביום שלישי להאריך את שירות המעבורת הלילית לאיים החיצוניים עד סוף אוקטובר, אחרי קיץ שבו רוב ההפלגות בערב היו מלאות.',
    'יושבת ראש המועצה אמרה כי ההארכה תעלה כארבע מאות אלף קרונות ותמומן מקרן המילואים של הנמל ולא מהעלאת מחירי הכרטיסים.',
    'תושבי האיים ביקשו עונה ארוכה יותר בשלוש אסיפות ציבוריות באביב, ואמרו שהמעבורת האחרונה בשבע משאירה עובדים ביבשה.',
  ],
};

describe('a labelled byline between the headline and the story', () => {
  it.each([
    ['an English forwarded e-mail', ['From: Dana Whitcombe <dana@county.example>', 'Sent: Monday, December 7, 2026 8:14 AM', 'Subject: FW: Ferry news', 'Night ferries to the outer islands will run until October', 'By Oren Castellano'], 'Oren Castellano', STORY.en!],
    ['a Turkish forwarded e-mail', ['Kimden: Serkan Aydemir <serkan@koop.example>', 'Gönderildi: 4 Aralık 2026 Cuma 09:26', 'Konu: İLT: Liman bülteni', 'Gece feribotları ekim sonuna kadar çalışacak', 'Yazan: Elif Karamollaoğlu'], 'Elif Karamollaoğlu', STORY.tr!],
  ])('wins over a labelled one above the headline: %s', (_page, head, byline, story) => {
    expect(cleanLines([...head, '', ...story]).byline).toBe(byline);
  });

  it('leaves a labelled byline above the headline as the byline when none stands under it', () => {
    expect(cleanLines(['By Oren Castellano', 'Night ferries to the outer islands will run until October', '4 December 2026', '', ...STORY.en!]).byline).toBe('Oren Castellano');
  });
});

describe('a reading time given as a range of minutes', () => {
  it.each([
    ['an English reader view', ['harbourcourier.example', 'Night ferries to the outer islands will run until October', 'The Harbour Courier', 'Priya Lindqvist', '9–11 minutes'], 'Priya Lindqvist', STORY.en!],
    ['a Persian reader view', ['bandar.example.ir', 'کشتی‌های شبانه تا پایان مهر به جزایر می‌روند', 'روزنامه بندر', 'مریم فرهادی', '۶ تا ۸ دقیقه'], 'مریم فرهادی', STORY.fa!],
    ['a German reader view', ['hafenbote.example', 'Die Nachtfähre fährt bis Ende Oktober', 'Der Hafenbote', 'Jana Roth', '4-6 Minuten'], 'Jana Roth', STORY.de!],
  ])('makes the bare name over it the byline: %s', (_page, head, byline, story) => {
    const article = cleanLines([...head, ...story]);
    expect(article.byline).toBe(byline);
    expect(article.paragraphs).toEqual(story);
  });

  it('is a range that grows: a name over a score line is no byline', () => {
    expect(cleanLines(['harbourcourier.example', 'Vellmar take the island derby', 'The Harbour Courier', 'Priya Lindqvist', '12 – 9 Vellmar', ...STORY.en!]).byline).toBeNull();
  });
});

describe('a line under the headline that is mostly digits and names none of the story', () => {
  it('is the headline\'s date, not its deck', () => {
    const article = cleanLines(['Boletim nº 4 – Balsa noturna no Vale do Porto', 'Atualizado às 18h do dia 05/12/2026', '', ...STORY.pt!]);
    expect(article.title).toBe('Boletim nº 4 – Balsa noturna no Vale do Porto');
    expect(article.paragraphs).toEqual(STORY.pt);
  });

  it('stays the deck when it names the story\'s things, digits and all', () => {
    const deck = '2027年1月より外島航路で夜間便を10月末まで延長';
    const story = ['ヴェルマー港湾委員会は火曜日、外島への夜間フェリーの運航を10月末まで延長することを決めた。今夏は夕方の便の多くが満席だった。', '委員長は、延長の費用は約40万クローネで、運賃の値上げではなく港の積立金で賄うと述べた。', '島の住民は今春の3回の公聴会で、7時の最終便では本土で働く人が帰れないとして、外島航路の運航期間の延長を求めていた。'];
    expect(cleanLines(['外島航路の夜間フェリー、運航を延長', deck, '', ...story]).paragraphs[0]).toBe(deck);
  });
});

describe('a closing section on how the figures were made', () => {
  it.each([
    ['English', 'Methodology', 'We used the harbour board\'s ticket counts for every crossing between May and September.', STORY.en!],
    ['Dutch', 'Over deze cijfers', 'De cijfers komen uit de kaartverkoop van het havenbestuur voor alle overtochten van mei tot september.', STORY.en!],
    ['Swedish', 'Om statistiken', 'Statistiken bygger på hamnstyrelsens biljettförsäljning för alla överfarter mellan maj och september.', STORY.en!],
    ['German', 'Über die Daten', 'Die Zahlen stammen aus dem Ticketverkauf des Hafenrats für alle Überfahrten von Mai bis September.', STORY.de!],
  ])('ends the story (%s)', (_lang, heading, note, story) => {
    expect(cleanLines(['Night ferries to the outer islands will run until October', 'By Ilse Marten', '', ...story, heading, note]).paragraphs).toEqual(story);
  });

  it('does not end anything as a menu item above the story, nor as a subheading that tells the story', () => {
    const story = [STORY.en![0]!, 'What the ticket counts show', STORY.en![1]!, STORY.en![2]!];
    expect(cleanLines(['Harbour Courier', 'Methods', 'Datasets', 'Night ferries to the outer islands will run until October', 'By Ilse Marten', '', ...story]).paragraphs).toEqual(story);
  });
});

describe("a line opening with a list's dash or bullet under the headline", () => {
  it.each([
    ['Korean', '외곽 섬 야간 여객선, 10월 말까지 연장 운항', '- 여름 저녁 운항편 대부분 만석 … 항만 적립금으로 비용 충당', STORY.ko!],
    ['English', 'Night ferries to the outer islands will keep running', '- Evening crossings were full all summer long', STORY.en!],
  ])('is a point under the headline, never the headline (%s)', (_lang, title, point, story) => {
    expect(cleanLines(['Harbour board', 'Home > News', title, point, '', ...story]).title).toBe(title);
  });

  it('leaves a headline with a dash inside it', () => {
    expect(cleanLines(['Harbour board', 'Night ferries – the outer islands keep their late crossings', '', ...STORY.en!]).title).toBe('Night ferries – the outer islands keep their late crossings');
  });
});

describe('digits in a Chinese, Japanese or Korean headline', () => {
  it.each([
    ['Chinese', '2026年12月4日维尔马港务委员会例行记者会', STORY.zh!],
    ['Korean', '11월 야간 여객선 운항 612편, 전년보다 늘어', STORY.ko!],
  ])('count a number as one character, so a dated headline is one (%s)', (_lang, title, story) => {
    expect(cleanLines(['港口新闻网', '首页', '新闻', '当前位置：首页 > 新闻 > 记者会', title, '2026-12-04 18:30', '【打印】 【关闭窗口】', '【字体：大 中 小】', '', ...story]).title).toBe(title);
  });

  it('still make a Latin line of numbers no headline', () => {
    expect(cleanLines(['Harbour board', 'Night ferries to the outer islands will run until October', 'Nr. 412/2026', '', ...STORY.en!]).title).toBe('Night ferries to the outer islands will run until October');
  });
});

describe("a short line under a share bar's buttons", () => {
  it.each([
    ['Hebrew', 'המעבורת הלילית לאיים תפעל עד סוף אוקטובר', ['שתפו:', 'פייסבוק', 'וואטסאפ', 'העתקת קישור'], STORY.he!],
    ['Persian, under an English bar', 'Night ferries to the outer islands will run until October', ['Share', 'Facebook', 'کپی لینک'], STORY.en!],
  ])('is the bar\'s last button, not a byline (%s)', (_lang, title, bar, story) => {
    expect(cleanLines([title, '05.12.2026', ...bar, '', ...story]).byline).toBeNull();
  });

  it("stays the author's card over a job line", () => {
    expect(cleanLines(['Night ferries to the outer islands will run until October', '3 March 2026', 'Share', 'Save', 'Tom Ashby', 'Environment reporter', '', ...STORY.en!]).byline).toBe('Tom Ashby');
  });
});

describe('a call to act in Arabic, Hebrew or Persian', () => {
  const closing = 'בעקבות החשיבות של הממצא הוחלט לשנות את לוח הזמנים, והנמל מתכנן להנגיש את האתר לציבור בשנה הבאה.';
  it('is a whole word: "בעקבות" (following) holds no "עקבו" (follow), so the closing paragraph stays', () => {
    expect(cleanLines(['המעבורת הלילית לאיים תפעל עד סוף אוקטובר', '05.12.2026', '', ...STORY.he!, closing]).paragraphs).toEqual([...STORY.he!, closing]);
  });

  it('still marks a note asking the reader to follow the site', () => {
    const note = 'עקבו אחרינו באתר הנמל לעדכונים על לוח ההפלגות.';
    expect(cleanLines(['המעבורת הלילית לאיים תפעל עד סוף אוקטובר', '05.12.2026', '', ...STORY.he!, note]).paragraphs).toEqual(STORY.he);
  });
});

describe('a quoted headline over a standfirst sentence over the byline', () => {
  it.each([
    ['English', '“I just want the late ferry back”', 'After a summer of full crossings, islanders are counting the days to the extended night service.', 'By Amina Yusufu', STORY.en!],
    ['German', '„Wir wollen die späte Fähre zurück“', 'Nach einem Sommer voller Überfahrten zählen die Inselbewohner die Tage bis zur längeren Nachtfähre.', 'Von Amina Yusufu', STORY.de!],
  ])('stands where the headline stands (%s)', (_lang, title, standfirst, byline, story) => {
    expect(cleanLines(['Harbour Relief', 'Donate now', 'News and stories', 'Stories', title, standfirst, byline, '3 December 2026', '', ...story]).title).toBe(title);
  });
});
