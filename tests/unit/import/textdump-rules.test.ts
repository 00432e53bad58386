/**
 * The text-dump cleaner's parts, one describe per module: line
 * normalisation, paragraph rebuilding, dates, bylines, metadata lines, the
 * furniture rules, multi-line blocks, repeats, language, title and site, and
 * the behaviours that only show on a whole text (bios, repeated ledes, story
 * paragraphs that mention cookies or Twitter).
 */
import { describe, expect, it } from 'vitest';
import { bioSubject, isAuthorBio, parseByline, readWireCredits } from '../../../shared/textdump/byline.ts';
import { cleanTextDump, type CleanedDump } from '../../../shared/textdump/clean.ts';
import { asciiDigits, findDate, prefersDayFirst } from '../../../shared/textdump/dates.ts';
import { FURNITURE_RULES, matchFurniture } from '../../../shared/textdump/furniture.ts';
import { caseFolder, guessLanguage } from '../../../shared/textdump/lang.ts';
import { normalizeLines } from '../../../shared/textdump/lines.ts';
import { readMetaLine } from '../../../shared/textdump/meta.ts';
import { detectWrapWidth, rebuildParagraphs } from '../../../shared/textdump/paragraphs.ts';
import { findRepeats } from '../../../shared/textdump/repeats.ts';
import { copyrightHolder } from '../../../shared/textdump/site.ts';
import { readFileName, splitTitleLine } from '../../../shared/textdump/title.ts';
import { countWords } from '../../../shared/text.ts';

function clean(lines: readonly string[], fileName?: string): CleanedDump {
  const result = cleanTextDump(lines.join('\n'), fileName === undefined ? {} : { fileName });
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

function ruleFor(line: string, lang: string | null = 'en'): string | null {
  return matchFurniture({ text: line, folded: caseFolder(lang)(line), words: countWords(line) })?.name ?? null;
}

/** Story paragraphs long enough to read as running text. */
const STORY = [
  'The harbour authority of Vellmar said on Monday that it would double its night shifts from next week to clear a backlog of thirty-one grain carriers waiting offshore.',
  'Crane crews will work two overlapping night rotations until at least the end of April, and the dockworkers union has agreed to a premium for the extra hours.',
  'Terminal operators welcomed the decision but warned that the rail link inland, not the quay, would become the next bottleneck before the summer harvest.',
];

describe('normalizeLines', () => {
  it('unifies line breaks and spaces, and drops invisible characters, the BOM and trailing spaces', () => {
    expect(normalizeLines('\uFEFFHarbour\u00A0news  \r\nby\tJane\u200B Doe\r\rEnd\u2028line ')).toEqual(['Harbour news', 'by Jane Doe', '', 'End', 'line']);
  });

  it('keeps the zero-width non-joiner and joiner, which Persian and emoji need', () => {
    expect(normalizeLines('می\u200Cخواهم')).toEqual(['می\u200Cخواهم']);
  });

  it('drops direction marks and other control characters', () => {
    expect(normalizeLines('\u200Fשלום\u200E \u0007ok')).toEqual(['שלום ok']);
  });
});

describe('rebuildParagraphs', () => {
  const wrapped = [
    'The lamp at Skerry Point is lit every evening at the same moment, and',
    'for forty-one years the person lighting it has been Elsa Marr. She',
    'climbs the eighty-six steps of the tower with a thermos of coffee and a',
    'notebook, and writes the weather into a ledger.',
    'The ledger has outlived four keepers.',
    'Skerry Point is one of three lights on the Varne coast that are still',
    'kept by hand, and the last of them will be automated next spring when',
    'its keeper retires after forty-one years on the tower.',
  ];

  it('sees no wrapping in a browser copy, where paragraphs are long single lines', () => {
    expect(detectWrapWidth([...STORY, 'Short line', STORY[0]!, STORY[1]!])).toBeNull();
  });

  it('finds the width of hard-wrapped text', () => {
    expect(detectWrapWidth(wrapped)).toBeGreaterThanOrEqual(68);
    expect(detectWrapWidth(wrapped)).toBeLessThanOrEqual(72);
  });

  it('joins wrapped lines, and breaks where the next word would have fitted after a sentence end', () => {
    const units = rebuildParagraphs(wrapped);
    expect(units.map((unit) => unit.text)).toEqual([
      'The lamp at Skerry Point is lit every evening at the same moment, and for forty-one years the person lighting it has been Elsa Marr. She climbs the eighty-six steps of the tower with a thermos of coffee and a notebook, and writes the weather into a ledger.',
      'The ledger has outlived four keepers.',
      'Skerry Point is one of three lights on the Varne coast that are still kept by hand, and the last of them will be automated next spring when its keeper retires after forty-one years on the tower.',
    ]);
  });

  it('starts a unit at each list item and joins an item’s own wrapped lines', () => {
    const lines = [
      ...wrapped,
      '- the clockwork motor, which is wound twice a night and has its own',
      'shelf of spare parts in the cellar;',
      '- the generator, which starts on the second try;',
      '1. the keeper, who turns seventy next spring.',
    ];
    expect(rebuildParagraphs(lines).map((unit) => unit.text).slice(3)).toEqual([
      '- the clockwork motor, which is wound twice a night and has its own shelf of spare parts in the cellar;',
      '- the generator, which starts on the second try;',
      '1. the keeper, who turns seventy next spring.',
    ]);
  });

  it('rejoins a word hyphenated across a wrap, and a short line that plainly runs on', () => {
    const lines = [...wrapped, 'Marr climbs the eighty-six steps of the tower with a notebook and a well-', 'kept pencil. The weather', 'was fine.'];
    expect(rebuildParagraphs(lines).map((unit) => unit.text).at(-1)).toBe('Marr climbs the eighty-six steps of the tower with a notebook and a well-kept pencil. The weather was fine.');
  });

  it('always separates at blank lines and records the gap', () => {
    const units = rebuildParagraphs(['One', '', '', 'Two', 'Three']);
    expect(units).toEqual([
      { text: 'One', line: 0, afterGap: false },
      { text: 'Two', line: 3, afterGap: true },
      { text: 'Three', line: 4, afterGap: false },
    ]);
  });
});

describe('findDate', () => {
  it.each([
    ['2026-03-02', '2026-03-02'],
    ['2026-03-02T10:15:00+03:00', '2026-03-02T10:15:00+03:00'],
    ['March 2, 2026', '2026-03-02'],
    ['Mar. 2nd, 2026', '2026-03-02'],
    ['Monday, March 2, 2026 at 9:14 pm', '2026-03-02T21:14:00'],
    ['2 March 2026', '2026-03-02'],
    ['the 2nd of March 2026', '2026-03-02'],
    ['March 2, 2026 10:15 AM GMT', '2026-03-02T10:15:00Z'],
    ['Updated 10:15 GMT, 2 March 2026', '2026-03-02T10:15:00Z'],
    ['2 March 2026 · 10:15 EST', '2026-03-02T10:15:00-05:00'],
    ['14/03/2026', '2026-03-14'],
    ['03/14/2026', '2026-03-14'],
    ['02.03.2026', '2026-03-02'],
    ['2 Mart 2026 Pazartesi 10:15', '2026-03-02T10:15:00'],
    ['2 Şubat 2026', '2026-02-02'],
    ['2 ŞUBAT 2026', '2026-02-02'],
    ['12 Ağustos 2026', '2026-08-12'],
    ['٢ مارس ٢٠٢٦', '2026-03-02'],
    ['۲ آذار ۲۰۲۶', '2026-03-02'],
    ['15 تشرين الأول 2026', '2026-10-15'],
    ['2 במרץ 2026', '2026-03-02'],
    ['Paris, le 12 septembre 2026', '2026-09-12'],
    ['14 de noviembre de 2026', '2026-11-14'],
    ['19. März 2026', '2026-03-19'],
    ['9 gennaio 2026', '2026-01-09'],
    ['15 октября 2026, 08:40', '2026-10-15T08:40:00'],
    ['12 листопада 2026', '2026-11-12'],
  ])('reads %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it('reads an ambiguous numeric date month-first without a clue, day-first with one', () => {
    expect(findDate('Published 02/03/2026 10:15')?.iso).toBe('2026-02-03T10:15:00');
    expect(findDate('Published 02/03/2026 10:15', { dayFirst: true })?.iso).toBe('2026-03-02T10:15:00');
  });

  it('says where the date and its time sit in the text', () => {
    expect(findDate('Posted on March 2, 2026 at 9:14 am by Marta')).toEqual({ iso: '2026-03-02T09:14:00', start: 10, end: 34 });
  });

  it.each(['February 30, 2026', '31/04/2026', '2026-13-01', 'March 2', 'in 2026', 'Omar 2, 2026', 'Grain rose 12.50 in 2026'])('finds no date in %s', (text) => {
    expect(findDate(text)).toBeNull();
  });

  it('takes the first of several dates', () => {
    expect(findDate('Published 2 March 2026, updated 3 March 2026')?.iso).toBe('2026-03-02');
  });

  it('reads Arabic-Indic and Persian digits as ASCII digits', () => {
    expect(asciiDigits('٢٠٢٦ / ۲۰۲۶')).toBe('2026 / 2026');
  });
});

describe('prefersDayFirst', () => {
  it('says day-first for languages other than English', () => {
    expect(prefersDayFirst('Yayınlanma 02/03/2026', 'tr')).toBe(true);
  });

  it('says day-first for English only with a clue: a spelled-out day-first date or a day above 12', () => {
    expect(prefersDayFirst('Published 02/03/2026', 'en')).toBe(false);
    expect(prefersDayFirst('Published 02/03/2026. On 2 March 2026 the minister visited.', 'en')).toBe(true);
    expect(prefersDayFirst('Published 02/03/2026. Updated 14/03/2026.', 'en')).toBe(true);
    expect(prefersDayFirst('Published 02/03/2026. On March 2, 2026 the minister visited.', 'en')).toBe(false);
  });
});

describe('parseByline', () => {
  it.each([
    ['By Jane Doe', ['Jane Doe'], true],
    ['BY JANE DOE', ['JANE DOE'], true],
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe'], true],
    ['By Jane Doe, John Roe and Ann Poe', ['Jane Doe', 'John Roe', 'Ann Poe'], true],
    ['Published By: Jane Doe', ['Jane Doe'], true],
    ['Written by Dr. Amara Quist', ['Amara Quist'], true],
    ['By Jane Doe, Harbourline Wire', ['Jane Doe'], true],
    ['By Jane Doe in Vellmar', ['Jane Doe'], true],
    ['By Maria de la Cruz', ['Maria de la Cruz'], true],
    ['Jane Doe, Reporter', ['Jane Doe'], true],
    ['Jane Doe | Senior Correspondent', ['Jane Doe'], true],
    ['Author: Jane Doe', ['Jane Doe'], true],
    ['Yazan: Ayşe Yılmaz', ['Ayşe Yılmaz'], true],
    ['İsmail Doğan, Muhabir', ['İsmail Doğan'], true],
    ['بقلم: سلمى الحداد', ['سلمى الحداد'], true],
    ['מאת דנה לוי', ['דנה לוי'], true],
    ['Marta Kowal', ['Marta Kowal'], false],
    ['Scritto da Giulia Ferraresi', ['Giulia Ferraresi'], true],
    ['Texto: Irene Castaño', ['Irene Castaño'], true],
  ])('reads %s', (line, names, explicit) => {
    expect(parseByline(line)).toMatchObject({ names, explicit });
  });

  it('reads several authors as a list, in order', () => {
    expect(parseByline('By Jane Doe, John Roe and Ann Poe')?.names).toEqual(['Jane Doe', 'John Roe', 'Ann Poe']);
  });

  it.each([
    ['Reporters Without Borders', 'Reporters Without Borders'],
    ['Byzantine Trade Routes', 'Byzantine Trade Routes'],
  ])('reads %s as a bare name, not as a label and a name', (line, name) => {
    expect(parseByline(line)).toMatchObject({ names: [name], explicit: false });
  });

  it.each([
    'By Monday, the port had reopened.',
    'By the numbers',
    'Harbour',
    'Jane Doe, who runs the port',
    'The harbour authority said on Monday that it would double its night shifts.',
  ])('does not read %s as a byline', (line) => {
    expect(parseByline(line)).toBeNull();
  });

  it("reads the reporters from a wire story's credits", () => {
    expect(readWireCredits('(Reporting by Mira Castell in Vellmar; Additional reporting by Tomas Reyes; Editing by Helen Park)')?.names).toEqual([
      'Mira Castell',
    ]);
    expect(readWireCredits('(Editing by Helen Park)')).toBeNull();
  });
});

describe('author bios', () => {
  it.each([
    ['Jane Doe is a senior correspondent covering energy.', ['Jane Doe']],
    ['Jane Doe writes about shipping and ports.', ['Jane Doe']],
    ['Dr. Amara Quist is a senior fellow at the Meridian Policy Institute.', ['Amara Quist']],
    ['Jane Doe, a former harbour pilot, has covered shipping since 2015.', ['Jane Doe']],
    ["Ayşe Yılmaz, Kıyı Postası'nın ekonomi muhabiridir.", ['Ayşe Yılmaz']],
    ['سلمى الحداد صحفية متخصصة في شؤون الطاقة.', ['سلمى الحداد']],
    ['דנה לוי היא כתבת הכלכלה של העיתון.', ['דנה לוי']],
    ['Jonas Behrendt schreibt seit 2019 über Netze und Energie.', ['Jonas Behrendt']],
    ['Lucía Ferrándiz es investigadora principal del programa.', ['Lucía Ferrándiz']],
  ])('reads %s as a bio', (paragraph, names) => {
    expect(isAuthorBio(paragraph, names)).toBe(true);
  });

  it.each([
    ['Jane Doe is a senior correspondent covering energy.', ['John Roe']],
    ['Jane Doelling is a dock worker.', ['Jane Doe']],
    ['The port, Jane Doe said, is a mess.', ['Jane Doe']],
    ['Jane Doe said the port would reopen.', ['Jane Doe']],
    ['Jane Doe is a senior correspondent.', []],
  ])('does not read %s as a bio of %j', (paragraph, names) => {
    expect(isAuthorBio(paragraph, names)).toBe(false);
  });

  it('names the subject of a bio, and with no byline to confirm it asks for a job title', () => {
    expect(bioSubject('Jane Doe is a senior correspondent covering energy.')).toBe('Jane Doe');
    expect(bioSubject('Jane Doe is a senior correspondent covering energy.', true)).toBe('Jane Doe');
    expect(bioSubject('Tova Lindgren is the third person to run the port in five years.', true)).toBeNull();
  });
});

describe('readMetaLine', () => {
  const read = (line: string, dayFirst = false) => readMetaLine(line, caseFolder('en'), { dayFirst });

  it('reads a byline and a date sharing a line with badges', () => {
    const meta = read('By Jane Doe | March 2, 2026 · 4 min read');
    expect(meta?.byline?.names).toEqual(['Jane Doe']);
    expect(meta?.date?.iso).toBe('2026-03-02');
  });

  it('reads a date and a byline in one phrase', () => {
    const meta = read('Posted on March 2, 2026 by Marta Kowal');
    expect([meta?.byline?.names, meta?.date?.iso]).toEqual([['Marta Kowal'], '2026-03-02']);
  });

  it('takes a bare name beside a date on the same line as a byline, but not as certain', () => {
    expect(read('Marta Kowal · Mar 2, 2026')?.byline).toMatchObject({ names: ['Marta Kowal'], explicit: false });
  });

  it('prefers the published date to the updated one, and says which it found', () => {
    expect(read('Updated 3 March 2026 | Published 2 March 2026')).toMatchObject({ date: { iso: '2026-03-02' }, dateKind: 'published' });
    expect(read('Last updated: 3 March 2026')).toMatchObject({ date: { iso: '2026-03-03' }, dateKind: 'updated' });
  });

  it('lets a section label share a line with a date', () => {
    expect(read('Business | 2 March 2026')?.date?.iso).toBe('2026-03-02');
  });

  it('reads the Gregorian date of a line that prints the Hijri one beside it', () => {
    expect(read('الخميس 4 رجب 1448هـ - الموافق 17 ديسمبر 2026م', true)?.date?.iso).toBe('2026-12-17');
  });

  it.each([
    'Vellmar on March 2, 2026: the day the port stopped',
    'The port reopened on 2 March 2026 after a six-month repair.',
    'Marta Kowal',
    'Business',
  ])('does not read %s as metadata', (line) => {
    expect(read(line)).toBeNull();
  });
});

describe('furniture rules', () => {
  it('have unique names and a reason each', () => {
    const names = FURNITURE_RULES.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of FURNITURE_RULES) expect(rule.reason).toMatch(/^[a-z]/);
  });

  it.each([
    ['Skip to main content', 'skip-link'],
    ['4 min read', 'reading-time'],
    ['Doe, J. (2026). Grain routes after the strike. Meridian Institute.', 'citation'],
    ['Präsentiert von', 'advertisement'],
    ['© RIPRODUZIONE RISERVATA', 'copyright'],
    ['Abonnez-vous pour continuer à lire nos articles sans limite.', 'paywall'],
    ['Cet article vous a-t-il été utile ?', 'page-feedback'],
    ['Fehler gefunden? Schreiben Sie uns.', 'page-feedback'],
    ['Dieser Artikel wurde am 3. Juni aktualisiert.', 'print-note'],
    ['Inscrivez-vous à notre newsletter pour recevoir chaque matin l’essentiel.', 'site-promo'],
    ['Melden Sie sich für unseren Newsletter an.', 'site-promo'],
    ['Únete a nuestro canal de WhatsApp y recibe las noticias del día.', 'site-promo'],
    ['Подписывайтесь на наш канал, чтобы не пропустить новости.', 'site-promo'],
    ['Видео', 'media-control'],
    ['Cet article a été publié dans le numéro 12.', 'print-note'],
    ['1 min', 'reading-time'],
    ['Reading time: 5 minutes', 'reading-time'],
    ['5 dk okuma', 'reading-time'],
    ['3 hours ago', 'relative-time'],
    ['Photo: Lena Varga/Coastal Ledger', 'photo-credit'],
    ['Lena Varga and Tom Hale © Vellmar Press Agency', 'photo-credit'],
    ['Lena Varga/Coastal Ledger', 'photo-credit'],
    ['Dockers queue at the north gate on Monday. Photo: Lena Varga/Coastal Ledger', 'photo-caption'],
    ['Image caption, Dockers queue at the north gate', 'photo-caption'],
    ['Advertisement', 'advertisement'],
    ['ADVERTISEMENT', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['Share', 'share-bar'],
    ['Share on Facebook (opens in new window)', 'share-bar'],
    ['Twitter · Facebook · WhatsApp · Email', 'share-bar'],
    ['Follow our videos @ video.nordviktv.example', 'social-link'],
    ['Twitter: @nordviktv', 'social-link'],
    ['Facebook: Nordvik TV News', 'social-link'],
    ['Follow us on Instagram', 'social-link'],
    ['https://video.nordviktv.example/channel/42', 'bare-url'],
    ['www.nordviktv.example/live', 'bare-url'],
    ['Subscribe to our newsletter', 'newsletter'],
    ['Sign up for the Morning Briefing and get it in your inbox', 'newsletter'],
    ['Thanks for reading The Tidewater Brief!', 'newsletter'],
    ['We use cookies to improve your experience. By continuing you accept our cookie policy.', 'cookie-banner'],
    ['Accept all cookies', 'consent-button'],
    ['Manage preferences', 'consent-button'],
    ['12 comments', 'comments-heading'],
    ['Comments (14)', 'comments-heading'],
    ['View all comments', 'comment-count'],
    ['© 2026 The Coastal Ledger. All rights reserved.', 'copyright'],
    ['Related', 'related-heading'],
    ['More from Meridian Policy Institute', 'related-heading'],
    ['You may also like', 'related-heading'],
    ['Most read', 'related-heading'],
    ['Read more: Harbour strike ends after six weeks', 'related-link'],
    ['Topics: Energy, Infrastructure', 'tag-list'],
    ['Home › World › Europe', 'link-row'],
    ['Privacy | Terms | Contact', 'link-row'],
    ['Sign in', 'navigation'],
    ['Back to top', 'navigation'],
    ['BREAKING NEWS', 'section-label'],
    ['12', 'counter'],
    ['* * *', 'counter'],
    ['Media enquiries: press@ministry.example', 'contact-line'],
    ['ENDS', 'end-marker'],
    ['This article appears in the April 2026 issue of The Lantern Review.', 'print-note'],
    ['Is this page useful?', 'page-feedback'],
    ['Listen to this article', 'media-control'],
    ['About the author', 'about-author-heading'],
    ['From:', 'field-label'],
    ['Have you seen a claim you want us to check? Send it to us on WhatsApp.', 'channel-promo'],
    ["Télécharger l'application pour vos appareils iOS ou Android.", 'channel-promo'],
    ['Your gift can help families hit by the floods. £25 provides a hygiene kit. Donate now', 'button-box'],
    ['This summary is prepared by the Parliamentary Library for general information.', 'disclaimer'],
    ['Hinweis: Die Inhalte dienen ausschließlich der Information.', 'disclaimer'],
    ['The research was funded by the Natural Environment Research Council.', 'disclaimer'],
    ['Die Veranstaltung wurde gefördert vom Auswärtigen Amt.', 'disclaimer'],
    ['[1] Bello, A. et al. (2026). Deep carbon in seagrass sediments. Marine Ecology Letters.', 'citation'],
    ['Поддержите независимую журналистику — оформите подписку от 3 евро в месяц.', 'paywall'],
    ['A wheeled howitzer during acceptance firing in October. (Photo: Ministry of Defence/K. Ozols)', 'photo-caption'],
    ['Un sapo partero en una charca de la sierra. / IBM-CSIC', 'photo-caption'],
    ['FAO/Aïssata Kaboré', 'photo-credit'],
    ['Publicidade', 'advertisement'],
    ['Check against delivery.', 'print-note'],
    ['Page 2 of 2', 'counter'],
    ['Tap to expand', 'expand-control'],
    ['Cliquez pour agrandir', 'expand-control'],
    ['Bu haber 2.047 kez okundu.', 'view-count'],
    ['This article has been read 3,210 times.', 'view-count'],
    ['Seite 3 von 5', 'counter'],
    ['Video duration 2:41', 'media-length'],
    ['تبلیغات', 'advertisement'],
    ['^ "Harbour dredging resumes". Coastal Gazette. 4 May 2021.', 'citation'],
  ])('drops %s as %s', (line, rule) => {
    expect(ruleFor(line)).toBe(rule);
  });

  it.each([
    ['ilgili haberler', 'İLGİLİ HABERLER', 'tr', 'related-heading'],
    ['Turkish sharing', 'Paylaş', 'tr', 'share-bar'],
    ['Turkish newsletter', 'Bültenimize abone olun', 'tr', 'newsletter'],
    ['Turkish cookies', 'Sitemizde çerezler kullanıyoruz. Devam ederek çerez politikamızı kabul etmiş olursunuz.', 'tr', 'cookie-banner'],
    ['Turkish advertising', 'Reklam', 'tr', 'advertisement'],
    ['Arabic read-also', 'اقرأ أيضا', 'ar', 'related-heading'],
    ['Arabic read-also link', 'اقرأ أيضا: افتتاح سوق السمك الجديد', 'ar', 'related-link'],
    ['Arabic advertising', 'إعلان', 'ar', 'advertisement'],
    ['Arabic reading time', '٤ دقائق للقراءة', 'ar', 'reading-time'],
    ['Hebrew read-more', 'קראו עוד', 'he', 'related-heading'],
    ['Hebrew advertising', 'פרסומת', 'he', 'advertisement'],
    ['Hebrew sharing', 'שתפו', 'he', 'share-bar'],
  ])('drops %s', (_name, line, lang, rule) => {
    expect(ruleFor(line, lang)).toBe(rule);
  });

  it('folds Turkish text the Turkish way only: dotted capitals match, and English capitals keep their dots', () => {
    expect(caseFolder('tr')('İLGİLİ HABERLER')).toBe('ilgili haberler');
    expect(caseFolder('en')('RELATED')).toBe('related');
    expect(caseFolder('tr')('RELATED')).toBe('related');
    expect(caseFolder('tr')('LINKS')).toBe('lınks');
  });

  it.each([
    'The regulator found that forty of the sixty sites set advertising cookies before visitors could refuse consent, and ordered them to change their banners.',
    '"We use cookies only where the law allows," a spokesperson for the ferry company said.',
    'When I posted the first photos on Twitter last spring, a retired shipwright wrote to me.',
    'She said on Twitter that the port would respond.',
    'Facebook and Twitter both declined to comment.',
    'Advertising revenue fell by a third.',
    'Share prices in Orsund rose by four percent.',
    'Follow the money, he said.',
    'Read the full report on the ministry website.',
    'The cooperative said it had more than 400 members.',
    'Residents can sign up for flood warnings by text message.',
    'Related companies in the group were not affected.',
    'Harbour strike ends after six weeks',
    'We baked four kinds of cookies for the fair and sold out by noon.',
    'Support for the plan came from the unions, whose members received updates by email.',
    'Reporting by the Ledger has shown that the backlog doubled in a month.',
    'Below, we list the six villages the fund will protect.',
    'The minister said the video by the opposition was misleading.',
    'Grain/Timber Exports Rise',
    'Discussion',
    'Responses',
    '2. Recommendations',
    'Wir haben unsere Mitglieder gebeten, sich bis Freitag anzumelden, sagte sie.',
    'Nous avons inscrit nos enfants à la cantine dès la rentrée, raconte une mère.',
    'Ci sono nostre colleghe che hanno donato il sangue, dice la presidente.',
    'Doe, who chairs the committee, said in 2026 that the plan would wait.',
    'A post shared more than 40,000 times on Facebook and WhatsApp claims that admissions tripled.',
    '"We will answer every question on WhatsApp," the mayor said.',
    'US regulators opened an inquiry into the Telegram channel last week.',
    'The bridge project is funded by the state government and the port.',
    'The ferry leaves at seven. Islanders say it is too early.',
    'Thank you.',
  ])('keeps the story line %s', (line) => {
    expect(ruleFor(line)).toBeNull();
  });

  it('keeps Turkish story lines that use a furniture word in passing', () => {
    expect(ruleFor('Kooperatife abone olan 146 balıkçı, projeye destek verdi.', 'tr')).toBeNull();
    expect(ruleFor('Paylaşım ekonomisi kıyı köylerinde hızla büyüyor.', 'tr')).toBeNull();
  });
});

describe('blocks of furniture', () => {
  it('drops a related block of headlines and lets the story continue after it', () => {
    const article = clean(['Harbour shifts double', '', STORY[0]!, 'Related', 'Grain prices climb again', 'Dock unions vote on overtime', STORY[1]!, STORY[2]!]);
    expect(article.paragraphs).toEqual(STORY);
    expect(article.removed.filter((entry) => entry.rule === 'related-block').map((entry) => entry.line)).toEqual([
      'Grain prices climb again',
      'Dock unions vote on overtime',
    ]);
  });

  it('drops a related block of headlines with teasers, dates and badges, to the end', () => {
    const article = clean([
      'Harbour shifts double',
      ...STORY,
      'You may also like',
      'Grain prices climb as river ice season lingers',
      'Mills in Harsk say they can wait another month, but not two.',
      '3 hours ago',
      'Dock unions vote on weekend overtime',
      'The vote closes on Friday and the result is expected next week.',
    ]);
    expect(article.paragraphs).toEqual(STORY);
  });

  it('keeps a short story paragraph after a block of headlines without teasers', () => {
    const article = clean(['Harbour shifts double', STORY[0]!, 'Read more', 'Grain prices climb again', 'Dock unions vote on overtime', 'The port declined to comment.', STORY[1]!]);
    expect(article.paragraphs).toEqual([STORY[0], 'The port declined to comment.', STORY[1]]);
  });

  it('drops a comments section below the story, but only a counter above it', () => {
    const article = clean(['Harbour shifts double', '12 comments', ...STORY, '12 comments', 'Ida Brekke', 'Great reporting, thank you for covering the night shifts at last.', 'Reply']);
    expect(article.paragraphs).toEqual(STORY);
    expect(article.removed.map((entry) => entry.rule)).toContain('comments-section');
  });

  it('drops a caption on the line above its credit', () => {
    const article = clean(['Harbour shifts double', STORY[0]!, '', 'Dockers at the north gate at dawn.', 'Lena Varga/Coastal Ledger', '', STORY[1]!]);
    expect(article.paragraphs).toEqual([STORY[0], STORY[1]]);
  });

  it('keeps a story paragraph that stands a blank line above a photo credit', () => {
    const article = clean(['Harbour shifts double', STORY[0]!, '', 'The port declined to comment.', '', 'Photo: Lena Varga', '', STORY[1]!]);
    expect(article.paragraphs).toEqual([STORY[0], 'The port declined to comment.', STORY[1]]);
  });

  it('drops the value under a field name above the story', () => {
    const article = clean(['Harbour shifts double', 'From:', 'Vellmar Port Authority', 'Published', '2 March 2026', ...STORY]);
    expect(article.paragraphs).toEqual(STORY);
    expect(article.publishedAt).toBe('2026-03-02');
  });
});

describe('findRepeats', () => {
  const fold = caseFolder('en');

  it('keeps the second of two equal copies when the first opens the text (a standfirst), else the first', () => {
    expect(findRepeats([STORY[0]!, STORY[0]!, STORY[1]!], fold)).toEqual(new Set([0]));
    expect(findRepeats([STORY[1]!, STORY[0]!, STORY[2]!, STORY[0]!], fold)).toEqual(new Set([3]));
  });

  it('sees through case, punctuation and spacing', () => {
    expect(findRepeats([STORY[1]!, STORY[0]!, STORY[0]!.toUpperCase().replace(/,/g, ' ;')], fold)).toEqual(new Set([2]));
  });

  it('keeps the fuller copy of a truncated excerpt, a pull quote or a lightly edited copy', () => {
    const excerpt = `${STORY[0]!.slice(0, 90)}…`;
    expect(findRepeats([excerpt, STORY[0]!], fold)).toEqual(new Set([0]));
    expect(findRepeats([STORY[1]!, 'two overlapping night rotations until at least the end of April', STORY[2]!], fold)).toEqual(new Set([1]));
    const edited = STORY[0]!.replace('thirty-one', '31');
    expect(findRepeats([STORY[0]!, STORY[1]!, edited], fold)).toEqual(new Set([2]));
  });

  it('leaves different paragraphs and short lines alone', () => {
    expect(findRepeats([...STORY, 'Reply', 'Reply'], fold)).toEqual(new Set());
  });
});

describe('whole-text behaviour', () => {
  it('keeps a lede repeated under the photo once, in the story', () => {
    const article = clean([
      'Harbour shifts double',
      STORY[0]!,
      'Lena Varga and Tom Hale © Vellmar Press Agency',
      '',
      STORY[0]!,
      STORY[1]!,
      STORY[2]!,
    ]);
    expect(article.paragraphs).toEqual(STORY);
  });

  it('keeps a standfirst repeated as the first paragraph once', () => {
    const article = clean(['Harbour shifts double', STORY[0]!, 'By Jane Doe', '4 min read', STORY[0]!, STORY[1]!, STORY[2]!]);
    expect(article.paragraphs).toEqual(STORY);
    expect(article.removed).toContainEqual({ line: STORY[0], rule: 'repeated-text' });
  });

  it('moves closing bio paragraphs about the byline’s author into bylineBio', () => {
    const article = clean([
      'Harbour shifts double',
      'By Jane Doe',
      ...STORY,
      'Jane Doe is a senior correspondent covering shipping and ports.',
      'Jane Doe previously reported from Orsund for six years.',
    ]);
    expect(article.byline).toBe('Jane Doe');
    expect(article.paragraphs).toEqual(STORY);
    expect(article.bylineBio).toBe('Jane Doe is a senior correspondent covering shipping and ports. Jane Doe previously reported from Orsund for six years.');
  });

  it('keeps a closing paragraph about someone other than the author', () => {
    const article = clean(['Harbour shifts double', 'By Jane Doe', ...STORY, 'Tova Lindgren is the third director the port has had in five years.']);
    expect(article.bylineBio).toBeNull();
    expect(article.paragraphs.at(-1)).toBe('Tova Lindgren is the third director the port has had in five years.');
  });

  it('takes the bio under an "About the author" heading, and its subject as the byline when there is none', () => {
    const article = clean(['Harbour shifts double', ...STORY, 'About the author', 'Jane Doe is a maritime historian and writes about ports.']);
    expect([article.byline, article.bylineBio]).toEqual(['Jane Doe', 'Jane Doe is a maritime historian and writes about ports.']);
    expect(article.paragraphs).toEqual(STORY);
  });

  it('keeps story paragraphs that mention cookies, consent or Twitter, and drops the banner', () => {
    const cookieStory = 'The regulator found that forty of the sixty sites set advertising cookies before visitors could refuse consent, and ordered them to change their banners.';
    const twitterStory = 'When I posted the first photos on Twitter last spring, a retired shipwright wrote to say he had built boats of the same type.';
    const article = clean([
      'We use cookies to give you the best experience. By clicking Accept, you consent to our use of cookies.',
      'Accept',
      'Regulator fines sixty websites over consent banners',
      cookieStory,
      twitterStory,
      STORY[2]!,
      'Twitter: @coastalledger',
    ]);
    expect(article.paragraphs).toEqual([cookieStory, twitterStory, STORY[2]]);
  });

  it('drops the page header above the headline and the labels between it and the story', () => {
    const article = clean(['The Coastal Ledger', 'World', 'Business', 'Harbour shifts double as grain backlog grows', 'Exclusive', 'Jane Doe', '2 March 2026', ...STORY]);
    expect(article.title).toBe('Harbour shifts double as grain backlog grows');
    expect(article.byline).toBe('Jane Doe');
    expect(article.paragraphs).toEqual(STORY);
  });

  it('takes the upper of a headline and its longer subheading', () => {
    const article = clean(['Harbour night shifts double', 'Night crews will work two rotations until the thirty-one waiting ships are cleared', ...STORY]);
    expect(article.title).toBe('Harbour night shifts double');
  });

  it('keeps a story’s subheadings, lists and short closing line', () => {
    const article = clean(['Harbour shifts double', STORY[0]!, 'What the union wants', STORY[1]!, 'a night premium;', 'a rest day after four shifts.', STORY[2]!, 'The vote is on Friday.']);
    expect(article.paragraphs).toEqual([STORY[0], 'What the union wants', STORY[1], 'a night premium;', 'a rest day after four shifts.', STORY[2], 'The vote is on Friday.']);
  });

  it('ends the story at the first furniture below it, dropping footer blurbs after it', () => {
    const article = clean(['Harbour shifts double', ...STORY, 'Share', 'Print and digital editions from 9 a month.']);
    expect(article.paragraphs).toEqual(STORY);
  });

  it('drops a blurb sentence that ends the page behind page-end furniture', () => {
    const article = clean(['Harbour shifts double', ...STORY, 'Share', 'Facebook', 'Email', 'The Coastal Ledger is not responsible for the content of external sites.']);
    expect(article.paragraphs).toEqual(STORY);
  });

  it('keeps a closing paragraph that follows a related box, even above a copyright footer', () => {
    const closing = 'The union will put the new rota to a vote of its members on Friday.';
    const article = clean(['Harbour shifts double', STORY[0]!, STORY[1]!, 'Related', 'Grain prices climb again', 'Dock unions vote on overtime', closing, '© 2026 The Coastal Ledger']);
    expect(article.paragraphs).toEqual([STORY[0], STORY[1], closing]);
  });

  it('reads a name beside a date as a byline below the headline, and as a section above it', () => {
    const below = clean(['Harbour night shifts double', 'Marta Kowal · Mar 2, 2026', ...STORY]);
    const above = clean(['World News | 2 March 2026', 'Harbour night shifts double', ...STORY]);
    expect([below.byline, below.publishedAt, below.title]).toEqual(['Marta Kowal', '2026-03-02', 'Harbour night shifts double']);
    expect([above.byline, above.publishedAt, above.title]).toEqual([null, '2026-03-02', 'Harbour night shifts double']);
  });

  it('reads a byline from a name above a line that gives only a job', () => {
    const article = clean(['Harbour shifts double', 'Kofi Mensah', 'Northshire reporter', ...STORY]);
    expect(article.byline).toBe('Kofi Mensah');
    expect(article.paragraphs).toEqual(STORY);
  });

  it('drops an image source line and the caption under a lone caption label', () => {
    const article = clean(['Harbour shifts double', 'Image source, Vellmar Port Authority', 'Image caption,', 'Cranes at the north quay at night', ...STORY]);
    expect(article.paragraphs).toEqual(STORY);
    expect(article.removed).toContainEqual({ line: 'Cranes at the north quay at night', rule: 'photo-caption' });
  });

  it('splits a page-title headline from its site', () => {
    const article = clean(['Harbour shifts double | The Coastal Ledger', ...STORY]);
    expect([article.title, article.siteName]).toEqual(['Harbour shifts double', 'The Coastal Ledger']);
  });

  it('reads a hard-wrapped text into its paragraphs', () => {
    const article = clean([
      'Harbour shifts double',
      '',
      'The harbour authority of Vellmar said on Monday that it would double',
      'its night shifts from next week to clear a backlog of thirty-one grain',
      'carriers waiting offshore.',
      '',
      'Crane crews will work two overlapping night rotations until at least',
      'the end of April, and the dockworkers union has agreed to a premium for',
      'the extra hours.',
      '',
      'Terminal operators welcomed the decision but warned that the rail link',
      'inland, not the quay, would become the next bottleneck before the',
      'summer harvest.',
    ]);
    expect(article.paragraphs).toEqual(STORY);
  });

  it('falls back to the file name, then to the opening words, for a text without a headline line', () => {
    const text = [STORY[0]!, STORY[1]!];
    expect(clean(text, 'harbour-shifts-double-as-backlog-grows.txt').title).toBe('harbour shifts double as backlog grows');
    expect(clean(text).title).toBe('The harbour authority of Vellmar said on Monday that it would double…');
  });
});

describe('language and direction', () => {
  it.each([
    [STORY.join(' '), 'en', 'ltr'],
    ['Kooperatif başkanı İsmail Doğan, deponun yaz sonuna kadar hizmete gireceğini söyledi ve üyelere teşekkür etti.', 'tr', 'ltr'],
    ['افتتحت بلدية مرسى البحيرة صباح الاثنين محطة جديدة لتحلية مياه البحر.', 'ar', 'rtl'],
    ['مدیر بندر گفت که کشتی‌ها باید چند روز دیگر منتظر بمانند و این مشکل به زودی حل می‌شود.', 'fa', 'rtl'],
    ['מצפה הכוכבים העירוני בגבעת אלון נפתח מחדש ביום שני לקהל הרחב.', 'he', 'rtl'],
    ['Der Hafen von Vellmar verdoppelt die Nachtschichten, und die Gewerkschaft ist mit dem Plan nicht zufrieden.', 'de', 'ltr'],
    ['Порт Вельмар удваивает ночные смены, чтобы разгрузить очередь судов.', 'ru', 'ltr'],
    ['12345 67890', null, 'ltr'],
    // Han characters outnumber the kana here, yet only Japanese writes kana.
    ['北海道旭川市議会は十二月定例会で新市庁舎建設費追加予算案を可決した。', 'ja', 'ltr'],
    ['北海道旭川市议会十二月例会通过新市政厅建设追加预算案。', 'zh', 'ltr'],
  ])('guesses %#', (text, lang, dir) => {
    expect(guessLanguage(text)).toEqual({ lang, dir });
  });
});

describe('title and site helpers', () => {
  it('reads a saved file name', () => {
    expect(readFileName('/home/analyst/Harbour strike ends - The Coastal Ledger.txt')).toEqual({ title: 'Harbour strike ends', site: 'The Coastal Ledger' });
    expect(readFileName('harbour_strike_ends_after_six_weeks.md')).toEqual({ title: 'harbour strike ends after six weeks', site: null });
    expect(readFileName('Pasted text')).toBeNull();
  });

  it('splits a headline from a site only at a pipe, or at a dash before a site the page names', () => {
    expect(splitTitleLine('Harbour strike ends | The Coastal Ledger', [])).toEqual({ title: 'Harbour strike ends', site: 'The Coastal Ledger' });
    expect(splitTitleLine('Vellmar - a port in crisis', [])).toEqual({ title: 'Vellmar - a port in crisis', site: null });
    expect(splitTitleLine('Harbour strike ends - The Coastal Ledger', ['The Coastal Ledger'])).toEqual({ title: 'Harbour strike ends', site: 'The Coastal Ledger' });
  });

  it.each([
    ['© 2026 The Coastal Ledger. All rights reserved.', 'The Coastal Ledger'],
    ['Copyright © 2024–2026 Meridian Policy Institute', 'Meridian Policy Institute'],
    ['The Coastal Ledger © 2026', 'The Coastal Ledger'],
    ['© ٢٠٢٦ الساحل اليوم. جميع الحقوق محفوظة.', 'الساحل اليوم'],
    ['© 2026 The Harsk Gazette Ltd. All rights reserved.', 'The Harsk Gazette'],
    ['© 2026. All rights reserved.', null],
  ])('reads the holder of %s', (line, holder) => {
    expect(copyrightHolder(line)).toBe(holder);
  });
});
