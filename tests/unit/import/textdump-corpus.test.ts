/**
 * The text-dump cleaner on the development corpus (tests/fixtures/textdump-corpus):
 * page copies in many site styles and languages, each with the story it must
 * give back. Every development copy must come out clean but for named known
 * problems, and the part must not fall below its measured quality; a blind
 * set-aside part, when the branch holds one, must be scorable. Then one
 * focused case per failure class the issue lists, on small copies written here.
 */
import { describe, expect, it } from 'vitest';
import { benchTextDumpQuality, readCorpus, scoreCopy, storyLines, summarizeScores } from '../../../bench/textdump-quality.ts';
import { extractDocument } from '../../../electron/import/document.ts';
import { blocksToArticle } from '../../../shared/text.ts';
import { cleanTextDump, type CleanedDump } from '../../../shared/textdump/clean.ts';

const DEV = readCorpus('dev');
/**
 * Development copies that do not come out clean yet, with what goes wrong:
 * the match report's closing sentence stands behind the line-ups and the
 * referee line, which end the story for the footer rule; a photo caption
 * with no credit beside it reads like a short sentence of the story.
 */
const KNOWN_PROBLEMS: Readonly<Record<string, string[]>> = {
  'en-sports-desk': ['lost: Harrowgate travel to Orsund on Tuesday night.'],
  'es-culture-magazine': ['kept: La fachada del cine Albéniz, cerrado desde 2021.', 'furniture kept: La fachada del cine Albéniz, cerrado desde 2021.'],
};
/** The development part's numbers as last measured: a floor that a change must not fall below. */
const MEASURED_DEV = { cleanShare: 0.85, linePrecision: 0.97, lineRecall: 0.98, titleAccuracy: 0.95 };
/** The blind set-aside part: written elsewhere, merged later; a branch may hold none. */
const SET_ASIDE = readCorpus('setaside');

function clean(text: string): CleanedDump {
  const result = cleanTextDump(text);
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

/** A browser copy of a page: a header, the parts around the story, the story's paragraphs, a footer. */
function pageCopy(parts: { header?: string[]; top: string[]; story: string[]; footer?: string[] }): string {
  return [...(parts.header ?? ['The Harbour Courier', 'News', 'Business', 'Sign in']), '', ...parts.top, '', parts.story.join('\n\n'), '', ...(parts.footer ?? ['© 2026 The Harbour Courier'])].join('\n');
}

/** Four paragraphs of an invented story. */
const STORY = [
  'The harbour board of Vellmar voted on Tuesday to extend the night ferry service to the outer islands until the end of October, after a summer in which crossings were full on most evenings.',
  'Board chair Ilse Marten said the extension would cost about 400,000 crowns and would be paid from the harbour reserve rather than from higher fares.',
  'Islanders had asked for the longer season at three public meetings this spring, saying the last ferry at seven left workers stranded on the mainland.',
  'The board will review passenger numbers in November before deciding whether to run the service all year.',
];

describe('the development corpus', () => {
  it('holds at least 40 copies in at least 25 site styles and several languages', () => {
    expect(DEV.length).toBeGreaterThanOrEqual(40);
    expect(new Set(DEV.map((copy) => copy.expect.style)).size).toBeGreaterThanOrEqual(25);
    for (const lang of ['en', 'tr', 'ar', 'fr', 'ru', 'de', 'es']) expect(DEV.map((copy) => copy.expect.lang)).toContain(lang);
  });

  it.each(DEV.map((copy) => [copy.name, copy] as const))('%s comes out clean: title, byline, subheadings and exactly the story lines', (name, copy) => {
    expect(storyLines(copy).length).toBeGreaterThanOrEqual(3);
    expect(scoreCopy(copy).problems).toEqual(KNOWN_PROBLEMS[name] ?? []);
  });

  it('does not fall below the quality measured on the development part', () => {
    const { dev } = benchTextDumpQuality(['dev']);
    expect(dev.cleanShare).toBeGreaterThanOrEqual(MEASURED_DEV.cleanShare);
    expect(dev.linePrecision).toBeGreaterThanOrEqual(MEASURED_DEV.linePrecision);
    expect(dev.lineRecall).toBeGreaterThanOrEqual(MEASURED_DEV.lineRecall);
    expect(dev.titleAccuracy).toBeGreaterThanOrEqual(MEASURED_DEV.titleAccuracy);
  });

  it('counts a copy as not clean when a line it keeps is furniture by the expectations', () => {
    const copy = DEV.find((entry) => entry.name === 'en-paywall-daily')!;
    const stricter = { ...copy, expect: { ...copy.expect, furniture: [...copy.expect.furniture, 'Opposition councillor Dina Shah'] } };
    const score = scoreCopy(stricter);
    expect(score.clean).toBe(false);
    expect(score.problems).toContain(`kept: ${copy.text.split('\n').find((line) => line.startsWith('Opposition councillor'))!.slice(0, 90)}`);
    expect(summarizeScores([score]).linePrecision).toBeLessThan(1);
  });
});

// The set-aside part's targets are reported by the bench, not held here: it is measured, never tuned on.
describe.skipIf(SET_ASIDE.length === 0)('the blind set-aside part (skipped when this branch holds no set-aside copies)', () => {
  it('holds at least 10 copies, each in a site style the development part does not have', () => {
    expect(SET_ASIDE.length).toBeGreaterThanOrEqual(10);
    const devStyles = new Set(DEV.map((copy) => copy.expect.style));
    for (const copy of SET_ASIDE) expect(devStyles.has(copy.expect.style), copy.name).toBe(false);
  });

  it.each(SET_ASIDE.map((copy) => [copy.name, copy] as const))('%s names a story of at least three lines that the bench can score', (_name, copy) => {
    expect(storyLines(copy).length).toBeGreaterThanOrEqual(3);
    expect(scoreCopy(copy).story).toBeGreaterThanOrEqual(3);
  });
});

describe('the failure classes the issue lists', () => {
  it('never takes the title from a subscription strip, an issue line, a contents entry or the author', () => {
    const article = clean(
      pageCopy({
        header: ['The Harbour Courier', 'Subscribe - $1/wk', 'Sign in'],
        top: ['From the March 2025 issue · 14 min read', 'In this issue', '1. Night ferries', '2. The island school', '', 'Night ferries to the outer islands will run until October', 'Ilse Marten', 'March 4, 2026'],
        story: STORY,
      }),
    );
    expect(article.title).toBe('Night ferries to the outer islands will run until October');
    expect(article.byline).toBe('Ilse Marten');
    expect(article.paragraphs).toEqual(STORY);
  });

  it('drops a related box inside the story: its heading, topic label, headline and teaser', () => {
    const box = ['Related', 'Transport', 'Island school gets a new roof before winter', 'The roof repair will take six weeks and lessons will move to the church hall while it lasts.'];
    const story = [...STORY.slice(0, 2), box.join('\n'), ...STORY.slice(2)];
    const article = clean(pageCopy({ top: ['Night ferries will run until October', 'By Ilse Marten'], story }));
    expect(article.paragraphs).toEqual(STORY);
  });

  it('drops social lines with handles and links, inside the story and after it', () => {
    const story = [...STORY.slice(0, 3), "Follow our harbour team's latest videos @ HarbourCourier on YouTube: https://youtube.example/harbourcourier", STORY[3]!];
    const article = clean(
      pageCopy({ top: ['Night ferries will run until October', 'By Ilse Marten'], story, footer: ['Get more Courier content at Twitter: @harbourcourier', 'Facebook: Harbour Courier https://facebook.example/courier'] }),
    );
    expect(article.paragraphs).toEqual(STORY);
  });

  it('reads "Published By:" as the byline and keeps the closing third-person bio out of the body', () => {
    const article = clean(
      pageCopy({
        top: ['Night ferries will run until October', 'Published By: Arjun Hegde', 'Last Updated: March 3, 2026'],
        story: STORY,
        footer: ['Published By:', 'Arjun Hegde', 'Arjun Hegde is a senior correspondent with the Harbour Courier. He has covered the islands for a decade.', '© 2026 The Harbour Courier'],
      }),
    );
    expect(article.byline).toBe('Arjun Hegde');
    expect(article.paragraphs).toEqual(STORY);
  });

  it('drops pull quotes, price tickers, photo credits, view counts, disclaimers and gallery counters', () => {
    const story = [
      STORY[0]!,
      '"A ferry at seven is no use to anyone who works a late shift."',
      '— Islander Jo Varga',
      STORY[1]!,
      'Item 1 of 2',
      'Passengers board the night ferry at Vellmar, March 3, 2026. Courier/Lena Varga/File Photo Purchase Licensing Rights',
      STORY[2]!,
      STORY[3]!,
    ];
    const article = clean(
      pageCopy({
        top: ['BRENT 82.50 +1.2%', 'GOLD 2,318.00 -0.3%', '', 'Night ferries will run until October', 'By Ilse Marten', 'March 4, 2026', 'Okunma: 2.418'],
        story,
        footer: ['Disclaimer: This article is for information only and does not constitute investment advice.', '© 2026 The Harbour Courier'],
      }),
    );
    expect(article.paragraphs).toEqual(STORY);
  });

  it('stores subheadings as h2 headings in the article HTML', () => {
    const story = [STORY[0]!, STORY[1]!, 'What the islanders asked for', STORY[2]!, STORY[3]!];
    const article = clean(pageCopy({ top: ['Night ferries will run until October', 'By Ilse Marten'], story }));
    expect(article.blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'h2', 'paragraph', 'paragraph']);
    const { html, text } = blocksToArticle(article.blocks);
    expect(html).toContain('<h2>What the islanders asked for</h2>');
    expect(text.split('\n\n')).toEqual(story);
  });

  it('imports a pasted copy with its subheading stored as an h2 and the excerpt from the first paragraph', () => {
    const story = [STORY[0]!, STORY[1]!, 'What the islanders asked for', STORY[2]!, STORY[3]!];
    const source = pageCopy({ top: ['Night ferries will run until October', 'By Ilse Marten'], story });
    const document = extractDocument({ kind: 'text', source, baseUrl: null, label: 'pasted text' });
    expect(document.html).toContain('<h2>What the islanders asked for</h2>');
    expect(document.html.match(/<p>/g)).toHaveLength(4);
    expect(document.text.split('\n\n')).toEqual(story);
    expect(document.excerpt).toBe(STORY[0]!.slice(0, 300));
  });

  it("drops a wire editor's initials, an audio length and a partnership note, and ends the story at ENDS", () => {
    const story = [...STORY, 'ENDS', 'Notes to editors', 'The harbour board publishes its minutes on its website.'];
    const article = clean(
      pageCopy({
        top: ['Night ferries will run until October', 'By Ilse Marten', 'Audio: 2 Min.'],
        story,
        footer: ['lfr/jmc', 'This story was produced in partnership with the Island Gazette.', 'Republish this story'],
      }),
    );
    expect(article.paragraphs).toEqual(STORY);
  });

  it('never takes the title from a "Label: value" field, a UI line or a section name above the date', () => {
    const article = clean(
      pageCopy({
        top: ['Text size: A A A', 'Transport', 'March 4, 2026', 'Notice type: Timetable change', '', 'Night ferries to the outer islands will run until October'],
        story: STORY,
      }),
    );
    expect(article.title).toBe('Night ferries to the outer islands will run until October');
    expect(article.paragraphs).toEqual(STORY);
  });

  it('drops calls to follow the site, a box ending in its button and a note on what the page is, and keeps a closing "Thank you."', () => {
    const story = [
      ...STORY.slice(0, 2),
      'Your gift keeps the night ferries running for islanders. £25 pays for one crossing. Donate now',
      ...STORY.slice(2),
      'Thank you.',
      'Have you seen a ferry cancelled? Send us a message on WhatsApp.',
      'This summary is prepared by the harbour office for general information.',
    ];
    const article = clean(pageCopy({ top: ['Night ferries will run until October', 'By Ilse Marten'], story }));
    expect(article.paragraphs).toEqual([...STORY, 'Thank you.']);
  });

  it('ends the story at an author line under it, and reads that line as the byline', () => {
    const story = [...STORY, 'Report: Ilse Marten', 'The ferry service is funded by the Vellmar harbour board. The views expressed are not the board’s.'];
    const article = clean(pageCopy({ top: ['Night ferries will run until October', 'March 4, 2026'], story }));
    expect(article.byline).toBe('Ilse Marten');
    expect(article.paragraphs).toEqual(STORY);
  });

  it("keeps a live page's time stamps in the story, with the headline under each as a subheading", () => {
    const entries = ['16:42 GMT', 'Night ferry extended', STORY[0]!, '15:10 GMT', 'Board chair speaks', STORY[1]!, '14:05 GMT', 'Islanders asked for it', STORY[2]!];
    const article = clean(pageCopy({ top: ['Vellmar ferries live: night service extended to October', 'Live reporting by Ilse Marten', 'Pinned'], story: entries }));
    expect(article.byline).toBe('Ilse Marten');
    expect(article.paragraphs).toEqual(entries);
    expect(article.blocks.filter((block) => block.kind === 'h2').map((block) => block.text)).toEqual(['Night ferry extended', 'Board chair speaks', 'Islanders asked for it']);
  });

  it('reads subheadings written in capitals, the one-word ones too', () => {
    const story = [STORY[0]!, STORY[1]!, 'WHAT THE ISLANDERS ASKED FOR', STORY[2]!, 'DECISION', STORY[3]!];
    const article = clean(pageCopy({ top: ['Night ferries will run until October', 'By Ilse Marten'], story }));
    expect(article.paragraphs).toEqual(story);
    expect(article.blocks.filter((block) => block.kind === 'h2').map((block) => block.text)).toEqual(['WHAT THE ISLANDERS ASKED FOR', 'DECISION']);
  });

  it('finds the story in a language without cased letters or a Latin stop-word list', () => {
    const story = [
      'أعلن مجلس الميناء يوم الثلاثاء تمديد خدمة العبارات الليلية إلى الجزر الخارجية حتى نهاية أكتوبر، بعد صيف امتلأت فيه الرحلات في معظم الأمسيات.',
      'وقالت رئيسة المجلس إن التمديد سيكلف نحو أربعمئة ألف وسيدفع من احتياطي الميناء بدلا من رفع الأسعار.',
      'وكان سكان الجزر قد طالبوا بموسم أطول في ثلاثة اجتماعات عامة هذا الربيع.',
    ];
    const article = clean(pageCopy({ header: ['بوابة الميناء', 'الرئيسية', 'أخبار'], top: ['تمديد خدمة العبارات الليلية حتى أكتوبر', 'عدد المشاهدات: 2.840'], story, footer: ['تابعونا على تويتر: @harbour_news', 'جميع الحقوق محفوظة'] }));
    expect(article.title).toBe('تمديد خدمة العبارات الليلية حتى أكتوبر');
    expect(article.paragraphs).toEqual(story);
  });
});
