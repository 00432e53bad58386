/**
 * The text-dump cleaner on whole page copies: one row per fixture in
 * tests/fixtures/textdumps, each a browser copy of a page in a different
 * site's style, with the story it must give back and the furniture it must not.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanTextDump, EMPTY_TEXT, NO_ARTICLE_TEXT, type CleanedDump } from '../../../shared/textdump/clean.ts';

const FIXTURES = new URL('../../fixtures/textdumps/', import.meta.url);

function readFixture(name: string): string {
  return fs.readFileSync(new URL(name, FIXTURES), 'utf8');
}

function cleanFixture(name: string, fileName?: string): CleanedDump {
  const result = cleanTextDump(readFixture(name), fileName === undefined ? {} : { fileName });
  if (!result.ok) throw new Error(`${name}: ${result.reason}`);
  return result.article;
}

interface FixtureRow {
  file: string;
  title: string;
  byline: string | null;
  bylineBio?: string;
  siteName: string | null;
  publishedAt: string | null;
  lang: string;
  dir: 'ltr' | 'rtl';
  paragraphCount: number;
  first: string;
  last: string;
  /** Rules that must have fired: the fixture exists to exercise them. */
  rules: string[];
  /** Page furniture: none of these may appear in any paragraph. */
  furniture: string[];
}

const ROWS: FixtureRow[] = [
  {
    file: 'news-wire.txt',
    title: 'Vellmar port authority doubles night shifts as grain backlog grows',
    byline: 'Mira Castell',
    siteName: 'Harbourline Wire',
    publishedAt: '2026-03-02T10:15:00Z',
    lang: 'en',
    dir: 'ltr',
    paragraphCount: 6,
    first:
      "VELLMAR, March 2 (Harbourline Wire) - The port authority of Vellmar will double its night shifts from next week to clear a backlog of grain carriers that has grown to thirty-one ships, the authority's director said on Monday, as a late thaw on the northern rivers pushed more cargo onto the coast.",
    last: 'The authority said it would publish weekly queue figures on its website until the backlog falls below ten ships.',
    rules: ['skip-link', 'related-heading', 'related-block', 'wire-credits', 'policy-link', 'share-bar', 'relative-time', 'copyright'],
    furniture: [
      'Skip to main content',
      'Sign In',
      '3 min read',
      'Updated 2 hours ago',
      'Related Coverage',
      'Grain prices climb as river ice season lingers',
      'Dock unions in Orsund vote on weekend overtime',
      'Reporting by',
      'Editing by Helen Park',
      'Our Standards',
      'LinkedIn',
      'Read Next',
      'Orsund ferry operator raises winter fares',
      '3 hours ago',
      'About Harbourline Wire',
      'Contact Us',
      'All rights reserved',
    ],
  },
  {
    file: 'thinktank-blog.txt',
    title: 'Cold storage, warm politics: why the Sarn Valley grid needs a winter reserve',
    byline: 'Amara Quist',
    bylineBio:
      'Amara Quist is a senior fellow in the Energy and Climate Program at the Meridian Policy Institute, where she writes about grid resilience and the politics of storage. She previously advised the Sarn Valley regional assembly on network tariffs.',
    siteName: 'Meridian Policy Institute',
    publishedAt: '2026-03-02',
    lang: 'en',
    dir: 'ltr',
    paragraphCount: 8,
    first:
      "Every February the Sarn Valley grid runs the same experiment, and every February it very nearly fails. Demand for heat peaks in the same fortnight that the valley's run-of-river plants fall to their lowest output, and the regional operator spends the gap buying imported power at whatever price the interconnector will bear.",
    last: 'None of this requires new law. It requires the assembly to decide that the cost of doing nothing is now visible enough to act on.',
    rules: ['author-bio', 'tag-list', 'share-bar', 'related-block', 'newsletter', 'link-row'],
    furniture: [
      'Publications',
      'Donate',
      'Commentary',
      'Published By',
      '5 min read',
      'Share this',
      'Topics:',
      'senior fellow',
      'More from Meridian Policy Institute',
      'The hidden cost of cheap batteries',
      'Subscribe to Meridian Weekly',
      'in your inbox',
      'Email address',
      'Sign up',
      'Privacy Policy',
    ],
  },
  {
    file: 'newspaper-cookie-wall.txt',
    title: 'Ferry cooperative in Lindqvist Sound votes to buy its own ships',
    byline: 'Henrik Solberg',
    siteName: 'The Coastal Ledger',
    publishedAt: '2026-03-02',
    lang: 'en',
    dir: 'ltr',
    paragraphCount: 7,
    first:
      'The island cooperative will borrow 14 million crowns to replace a leasing deal that members say has cost them a decade of unreliable crossings.',
    last: 'The first of the two ships is due to enter service in September, after a refit in Varne. Until then the leasing company will continue to run the route under a short extension agreed last month.',
    rules: ['cookie-banner', 'consent-button', 'photo-caption', 'photo-credit', 'advertisement', 'repeated-text', 'comments-heading'],
    furniture: [
      'We use cookies',
      'Accept all',
      'Manage preferences',
      'THE COASTAL LEDGER',
      '4 min read',
      'Passengers wait for the morning crossing',
      '© Coastal Ledger Photo Desk',
      'Advertisement',
      'Story continues below',
      'Most read',
      'Storm closes coastal road',
      'Harbour café owner',
      'Morning Briefing',
      'Enter your email',
      'By signing up',
      'Comments (14)',
      'Show comments',
      'Cookie settings',
    ],
  },
  {
    file: 'newsletter-archive.txt',
    title: 'Three things the Orsund budget hides',
    byline: 'Marta Kowal',
    siteName: 'The Tidewater Brief',
    publishedAt: '2026-03-02',
    lang: 'en',
    dir: 'ltr',
    paragraphCount: 10,
    // The standfirst under the headline is story, as the corpus counts it (README, "Standfirsts in the corpus").
    first: "The council's numbers add up. The assumptions under them do not.",
    last: 'None of this means the budget is dishonest. It means the comfortable headline depends on three assumptions that councillors should test in public before they vote.',
    rules: ['newsletter', 'comments-heading', 'comments-section', 'counter'],
    furniture: [
      'Share this post',
      'Copy link',
      'Thanks for reading',
      'Subscribe for free',
      'Likes',
      'Restacks',
      'Discussion about this post',
      'Write a comment',
      'Jonas Berg',
      'deserves a post of its own',
      'Collection notice',
      'Get the app',
      'home of independent writing',
    ],
  },
  {
    file: 'arabic-news.txt',
    title: 'محطة تحلية جديدة تضاعف إمدادات المياه في مرسى البحيرة',
    byline: 'سلمى الحداد',
    bylineBio: 'سلمى الحداد صحفية متخصصة في شؤون الطاقة والمياه في صحيفة الساحل اليوم.',
    siteName: 'الساحل اليوم',
    publishedAt: '2026-03-02',
    lang: 'ar',
    dir: 'rtl',
    paragraphCount: 5,
    first:
      'افتتحت بلدية مرسى البحيرة صباح الاثنين محطة جديدة لتحلية مياه البحر، قالت إنها ستضاعف كمية المياه الصالحة للشرب التي تصل إلى أحياء المدينة الشرقية خلال أشهر الصيف، بعد ثلاث سنوات من الانقطاعات المتكررة.',
    last: 'ويقول مهندسون في البلدية إن المرحلة الثانية من المشروع ستشمل تجديد شبكة الأنابيب القديمة التي يضيع منها نحو ربع المياه قبل وصولها إلى المنازل، ومن المتوقع أن تبدأ أعمالها في الخريف المقبل.',
    rules: ['skip-link', 'reading-time', 'related-heading', 'advertisement', 'share-bar', 'social-link', 'author-bio', 'copyright'],
    furniture: [
      'تخطي إلى المحتوى',
      'الرئيسية',
      'بقلم',
      'دقائق للقراءة',
      'اقرأ أيضا',
      'ارتفاع أسعار الأعلاف',
      'إعلان',
      'واتساب',
      'تابعونا',
      'الأكثر قراءة',
      'مهرجان الصيد السنوي',
      'جميع الحقوق محفوظة',
      'سياسة الخصوصية',
    ],
  },
  {
    file: 'hebrew-news.txt',
    title: 'מצפה הכוכבים בגבעת אלון נפתח מחדש לקהל אחרי שיפוץ של שנתיים',
    byline: 'נועה ברק',
    siteName: 'חדשות העמק',
    publishedAt: '2026-03-02',
    lang: 'he',
    dir: 'rtl',
    paragraphCount: 5,
    first:
      'מצפה הכוכבים העירוני בגבעת אלון נפתח מחדש ביום שני לקהל הרחב, לאחר שיפוץ שנמשך שנתיים וכלל החלפה של הכיפה המסתובבת והתקנה של טלסקופ חדש בקוטר של שישים סנטימטרים.',
    last: 'לדברי ד"ר אלמוג, המצפה מתכנן גם סדנאות לילה למשפחות בחודשי הקיץ, כשהשמיים בעמק בהירים במיוחד. העירייה בוחנת בנוסף הצבת תאורה מעומעמת ברחובות הסמוכים, כדי שאור העיר לא יפריע לתצפיות. תושבים רבים סיפרו כי ביקרו במצפה לראשונה כילדים, ושמחו לחזור אליו עם ילדיהם שלהם.',
    rules: ['skip-link', 'reading-time', 'related-heading', 'advertisement', 'share-bar', 'comments-heading', 'copyright'],
    furniture: ['דלג לתוכן', 'מאת נועה ברק', 'זמן קריאה', 'קראו עוד', 'שבילי אופניים', 'פרסומת', 'שתפו', 'פייסבוק', 'אין תגובות', 'כל הזכויות שמורות'],
  },
  {
    file: 'turkish-news.txt',
    title: 'Akçaköy balıkçıları kendi soğuk hava deposunu kuruyor',
    byline: 'Ayşe Yılmaz',
    bylineBio: "Ayşe Yılmaz, Kıyı Postası'nın ekonomi muhabiridir.",
    siteName: 'Kıyı Postası',
    publishedAt: '2026-03-02T10:15:00',
    lang: 'tr',
    dir: 'ltr',
    paragraphCount: 5,
    first:
      'Akçaköy Balıkçılar Kooperatifi, yıllardır tüccarlara düşük fiyatla satmak zorunda kaldıkları avlarını saklayabilmek için limanın yanına kendi soğuk hava deposunu kurma kararı aldı. Kooperatif başkanı İsmail Doğan, deponun yaz sonuna kadar hizmete gireceğini söyledi.',
    last: "Belediye Başkanı Şükrü Güneş ise deponun yanına bir balık hali kurulması için kooperatifle görüştüklerini açıkladı. Güneş, iki projenin birlikte Akçaköy'e yılda binlerce ziyaretçi çekebileceğini söyledi. Deponun inşaatına nisan ayında başlanması planlanıyor.",
    rules: ['cookie-banner', 'consent-button', 'section-label', 'related-heading', 'advertisement', 'tag-list', 'newsletter', 'author-bio'],
    furniture: [
      'Ana içeriğe geç',
      'KIYI POSTASI',
      'Giriş Yap',
      'çerezler kullanıyoruz',
      'Tümünü kabul et',
      'EKONOMİ',
      'Yazan:',
      'dk okuma',
      'İLGİLİ HABERLER',
      'Liman genişletme ihalesi',
      'Reklam',
      'Paylaş',
      'Bağlantıyı kopyala',
      'Etiketler',
      'muhabiridir',
      'Bültenimize',
      'Abone ol',
      'Yorumlar',
      'Hayırlı olsun',
      'Tüm hakları saklıdır',
    ],
  },
  {
    file: 'magazine-longread.txt',
    title: 'The Last Lighthouse Keepers of the Varne Coast',
    byline: 'Nora Fenwick',
    siteName: 'The Lantern Review',
    publishedAt: '2026-03-14',
    lang: 'en',
    dir: 'ltr',
    paragraphCount: 11,
    first:
      'On a stretch of shoreline where automation arrived late, three families still tend the lamps. What happens to the coast when the last of them retires?',
    last: 'When Marr retires, the ministry plans to automate Skerry Point. The lamp will keep turning, and ships will not notice the difference. But the ledger will stop, and the coast will lose the only witness that has watched it every single night.',
    rules: ['link-row', 'photo-credit', 'print-note', 'related-heading'],
    furniture: [
      'THE LANTERN REVIEW',
      'Features | Essays',
      'Words by',
      'Photographs by Tomas Reyes',
      '12 min read',
      'This article appears',
      'Subscribe to The Lantern Review',
      'Print and digital',
      "The ferryman's daughter",
    ],
  },
  {
    file: 'gov-press-release.txt',
    title: 'Minister announces 12 million fund for tidal flood defences in the Sarn estuary',
    byline: null,
    siteName: 'Ministry of Coastal Affairs',
    publishedAt: '2026-03-02',
    lang: 'en',
    dir: 'ltr',
    paragraphCount: 10,
    first: 'The fund will pay for new sluice gates, raised embankments and a warning system for six estuary villages.',
    last: 'The Sarn Estuary Partnership, which brings together the district council, the water authority and landowners, will oversee the work. Construction of the first sluice gate is expected to begin in June, subject to planning approval.',
    rules: ['cookie-banner', 'consent-button', 'field-label', 'field-value', 'end-marker', 'contact-line', 'page-feedback'],
    furniture: [
      'Cookies on Ministry',
      'analytics cookies',
      'View cookies',
      'Press release',
      'From:',
      'Ministry of Coastal Affairs and Minister Clara Voss',
      'ENDS',
      'Media enquiries',
      'press.office@',
      'Share this page',
      'Is this page useful',
      'Report a problem',
      'Guidance and regulation',
      'Accessibility statement',
    ],
  },
  {
    file: 'blog-comments.txt',
    title: 'Restoring a 1958 clinker dinghy: the first three months',
    byline: 'Jonas Lind',
    siteName: 'Salt & Timber',
    publishedAt: '2026-03-02',
    lang: 'en',
    dir: 'ltr',
    paragraphCount: 5,
    first:
      "The dinghy arrived in November on the back of a neighbour's trailer, upside down and full of leaves. She is a twelve-foot clinker boat built in Orsund in 1958, larch on oak frames, and she had spent the last twenty years under a hedge behind a holiday cottage. The owner's daughter gave her to me on the condition that I send photographs when she floats again.",
    last: "Next month I will start on the planks, which means learning to cut the bevels on the lands by hand. The shipwright's notes are clear about the method and less clear about how long it will take. I suspect the answer is longer than I would like.",
    rules: ['share-bar', 'related-block', 'tag-list', 'comments-heading', 'comments-section'],
    furniture: [
      "A boatbuilder's notebook",
      'Posted on',
      'Share this:',
      'Like this:',
      'Loading...',
      'Steam-bending oak frames',
      'In "Techniques"',
      'Tagged:',
      'Fitting out the workshop',
      'thoughts on',
      'Ida Brekke says',
      'original thwarts',
      'Reply',
      'Required fields',
      'Post Comment',
      'Powered by',
    ],
  },
  {
    file: 'windows-nbsp.txt',
    title: 'Night bus route to link Harsk and the upper valley villages',
    byline: 'Tomas Brandt',
    siteName: 'The Valley Courier',
    // No clue that the page writes day-first, so 02/03/2026 reads month-first.
    publishedAt: '2026-02-03T10:15:00',
    lang: 'en',
    dir: 'ltr',
    paragraphCount: 5,
    first:
      'A night bus will run between Harsk and the five villages of the upper valley from next month, the regional transport board decided on Thursday, ending a gap in services that has left shift workers without a way home after the last train at 22:40.',
    last: 'The bus operator, Valley Coaches, said it would hire four additional drivers and that the first departures were planned for the first Monday of next month, subject to the final timetable being approved by the board.',
    rules: ['skip-link', 'link-row', 'advertisement', 'share-bar', 'related-block'],
    furniture: ['Skip to main content', 'Home › Region', 'Reporter', 'Published 02/03/2026', 'Advertisement', 'Share this article', 'More from Region', 'science block', 'Privacy | Terms'],
  },
  {
    file: 'tv-news.txt',
    title: 'Tarn road bridge reopens after six-month repair',
    byline: 'Petra Holm',
    siteName: 'Nordvik TV',
    publishedAt: '2026-03-02T08:40:00',
    lang: 'en',
    dir: 'ltr',
    paragraphCount: 5,
    first:
      'The Tarn road bridge reopened to traffic on Monday morning, six months after a barge strike cracked one of its piers and forced drivers onto a 40-kilometre detour.',
    last: 'The barge\'s owner has agreed to pay most of the repair bill, estimated at 3.4 million, the agency said. A speed limit of 50 kilometres an hour will stay in place until the road surface is renewed in May.',
    rules: ['reading-time', 'photo-caption', 'photo-credit', 'social-link', 'related-heading'],
    furniture: [
      'Programmes',
      '1 min',
      'By Petra Holm',
      'Lena Varga and Tom Hale',
      'Nordvik Picture Agency',
      'Follow our videos',
      '@nordviktv',
      'Facebook: Nordvik TV News',
      'www.nordviktv.example/live',
      'Weather warning for the coast',
    ],
  },
];

describe('cleaning the fixture page copies', () => {
  it.each(ROWS)('$file gives back its story and none of its furniture', (row) => {
    const article = cleanFixture(row.file);
    expect(article.title).toBe(row.title);
    expect(article.byline).toBe(row.byline);
    expect(article.bylineBio).toBe(row.bylineBio ?? null);
    expect(article.siteName).toBe(row.siteName);
    expect(article.publishedAt).toBe(row.publishedAt);
    expect(article.lang).toBe(row.lang);
    expect(article.dir).toBe(row.dir);
    expect(article.paragraphs[0]).toBe(row.first);
    expect(article.paragraphs.at(-1)).toBe(row.last);
    expect(article.paragraphs).toHaveLength(row.paragraphCount);
    for (const furniture of row.furniture) {
      for (const paragraph of article.paragraphs) expect(paragraph, `"${furniture}" survived`).not.toContain(furniture);
    }
    const rulesFired = new Set(article.removed.map((entry) => entry.rule));
    for (const rule of row.rules) expect(rulesFired, `rule ${rule}`).toContain(rule);
  });

  it.each(ROWS)('$file: paragraphs are clean single-spaced text, and every dropped line says why', (row) => {
    const article = cleanFixture(row.file);
    for (const paragraph of article.paragraphs) {
      expect(paragraph).not.toMatch(/[\r\n\t\u00A0\u200B\uFEFF]| {2}|^\s|\s$/u);
    }
    expect(article.paragraphs).not.toContain(article.title);
    for (const entry of article.removed) {
      expect(entry.rule).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      // Only a copy of a story paragraph (the lede again under the photo) may read like one.
      if (!['repeated-text', 'photo-caption'].includes(entry.rule)) expect(article.paragraphs).not.toContain(entry.line);
    }
  });

  it('finds the headline and the site from the file name a page was saved under', () => {
    const text = [
      'Pilots need sleep',
      'Night shifts, short rests and a letter to the port authority signed by fourteen of its pilots',
      '',
      'Pilots who guide ships into the port of Vellmar are working longer shifts than the safety code allows, according to a letter sent to the port authority last week.',
    ].join('\n');
    const named = cleanTextDump(text, { fileName: 'C:\\Users\\analyst\\Pilots need sleep - The Coastal Ledger.txt' });
    expect(named.ok && [named.article.title, named.article.siteName]).toEqual(['Pilots need sleep', 'The Coastal Ledger']);
  });

  it("lets a masthead the page repeats outweigh a file name's site", () => {
    const article = cleanFixture('tv-news.txt', 'Tarn road bridge reopens after six-month repair - Nordvik Television.txt');
    expect([article.title, article.siteName]).toEqual(['Tarn road bridge reopens after six-month repair', 'Nordvik TV']);
  });

  it('gives the same story whether the copy has blank lines between elements or none', () => {
    for (const row of ROWS.filter((r) => r.file !== 'magazine-longread.txt')) {
      const packed = readFixture(row.file)
        .split(/\r?\n/)
        .filter((line) => line.trim() !== '')
        .join('\n');
      const result = cleanTextDump(packed);
      expect(result.ok && result.article.paragraphs, row.file).toEqual(cleanFixture(row.file).paragraphs);
    }
  });
});

describe('texts with no article', () => {
  it.each([
    ['an empty string', ''],
    ['only white space, line breaks and invisible characters', readFixture('empty.txt')],
  ])('refuses %s as empty', (_name, text) => {
    expect(cleanTextDump(text)).toEqual({ ok: false, reason: EMPTY_TEXT });
  });

  it('refuses a copy that is all page furniture, saying so', () => {
    expect(cleanTextDump(readFixture('only-furniture.txt'))).toEqual({ ok: false, reason: NO_ARTICLE_TEXT });
  });

  it('words its refusals as sentences a person can act on', () => {
    for (const reason of [EMPTY_TEXT, NO_ARTICLE_TEXT]) expect(reason).toMatch(/^[A-Z].*\.$/);
  });
});
