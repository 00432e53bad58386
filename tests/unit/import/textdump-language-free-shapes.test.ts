/**
 * Rules from the eleventh and twelfth blind parts (stop 28), each read from a line's shape rather than from a list of
 * one language's words, so that they hold on sites and languages the corpus has not seen. Each holds on invented lines
 * and leaves the look-alikes alone.
 */
import { describe, expect, it } from 'vitest';
import { cleanTextDump } from '../../../shared/textdump/clean.ts';
import { matchFurniture } from '../../../shared/textdump/furniture.ts';
import { caseFolder } from '../../../shared/textdump/lang.ts';
import { RULES_ONLY, type TextDumpModel } from '../../../shared/textdump/learned.ts';
import { countWords } from '../../../shared/text.ts';
import { cleanLines } from '../../helpers/textdump.ts';

/** The subheadings of a cleaned page. */
function headingsOf(lines: readonly string[]): string[] {
  return cleanLines(lines).blocks.filter((block) => block.kind !== 'paragraph').map((block) => block.text);
}

/** The furniture rule a line matches on its own, or null. */
function ruleFor(line: string): string | null {
  return matchFurniture({ text: line, folded: caseFolder(null)(line), words: countWords(line) })?.name ?? null;
}

describe('a one-sentence caption closed by a labelled name, whatever the label word', () => {
  it.each([
    ['a Finnish credit', 'Lossi odottaa lähtöä Vellmarin satamassa. Kuva: Aino Laine'],
    ['a Spanish courtesy', 'Escena de «El faro del norte». Cortesía: Brisa Films'],
    ['a Vietnamese photo credit with an agency', 'Bộ trưởng phát biểu tại hội nghị. Ảnh: TTX/Lan Anh'],
    ['a Hungarian source', 'A komp a vellmari kikötőben. Forrás: Kikötői Hivatal'],
    ['a Czech credit after a closing quotation mark', 'Trajekt „Severka“ u mola. Snímek: Petr Dvořák'],
  ])('drops %s', (_, line) => {
    expect(ruleFor(line)).toBe('photo-caption');
  });

  it.each([
    ["a transcript's turn that ends on a stop", 'He paused for a moment. Marten: Thank you.'],
    ['two sentences before the label', 'The vote passed. It was close. Result: Approved'],
    ['a lower-case phrase after the colon', 'The mayor opened the meeting. Next: the harbour budget'],
    ['a headline with a colon and no sentence before it', 'Harbour Budget: What Changes In April'],
    [
      'a paragraph longer than a caption',
      'The harbour board met on Tuesday evening to weigh the ferry timetable for the winter months and the cost of keeping crews on standby through the storms that closed the port twice last year. Chair: Ilse Marten',
    ],
  ])('keeps %s', (_, line) => {
    expect(ruleFor(line)).toBeNull();
  });
});

describe('a breadcrumb of three steps or more, whatever a step holds', () => {
  it.each([
    ['a year and a number in a step', 'Expeditions › RV Tern › Cruise TN-2026/07 › Logbook'],
    ['a German path with a year', 'Projekte » Nordsee 2026 » Messreihe 3'],
    ['plain greater-than signs', 'Home > Reports > 2026 > Harbour'],
  ])('is a row of links: %s', (_, line) => {
    expect(ruleFor(line)).toBe('link-row');
  });

  it.each([
    ['one arrow before a headline with a year', 'Analysis › Harbour budget 2026'],
    ['a step that is a sentence', 'News › Harbour › The board voted on Tuesday to extend the night ferry season until October.'],
  ])('leaves %s', (_, line) => {
    expect(ruleFor(line)).toBeNull();
  });
});

/** Invented story paragraphs, one per section, in two languages. */
const SECTIONS = {
  en: [
    'Observers from twelve countries followed the vote in the coastal districts, where turnout was higher than at any election since the islands gained their own council.',
    'Two regional stations gave the governing list most of their evening bulletins, while the smaller lists bought little airtime and relied on town-hall meetings.',
    'Polling stations opened on time and closed without incident, though queues at the ferry terminal stations ran past the official closing hour.',
  ],
  ro: [
    'Consiliul portului din Vellmar a aprobat marți prelungirea curselor de noapte ale feribotului spre insulele exterioare până la sfârșitul lunii octombrie.',
    'Costul prelungirii, de aproximativ patru sute de mii de coroane, va fi acoperit din rezerva portului, fără majorarea prețului biletelor.',
    'Locuitorii insulelor au cerut un sezon mai lung în trei adunări publice din această primăvară, spunând că ultimul feribot pleacă prea devreme.',
  ],
};

describe('subheadings in capitals on a page that prints no blank lines', () => {
  it.each([
    [
      'English sections, one of them long',
      ['Harbour elections were orderly, observers say', SECTIONS.en[0]!, 'MEDIA', SECTIONS.en[1]!, 'WHAT THE OBSERVERS SAW ON ELECTION DAY', SECTIONS.en[2]!],
      ['MEDIA', 'WHAT THE OBSERVERS SAW ON ELECTION DAY'],
    ],
    [
      'Romanian sections under a lead-in ending in a colon',
      ['Hotărârile consiliului portului din 3 decembrie', 'În ședința de astăzi, consiliul a adoptat următoarele decizii:', 'ORDONANȚE', SECTIONS.ro[0]!, SECTIONS.ro[1]!, 'HOTĂRÂRI', SECTIONS.ro[2]!],
      ['ORDONANȚE', 'HOTĂRÂRI'],
    ],
  ])('are kept as subheadings: %s', (_, page, headings) => {
    expect(headingsOf(page)).toEqual(headings);
  });

  it('keeps the sentence ending in a colon that announces the sections', () => {
    const page = ['Hotărârile consiliului portului din 3 decembrie', 'În ședința de astăzi, consiliul a adoptat următoarele decizii:', 'ORDONANȚE', SECTIONS.ro[0]!, SECTIONS.ro[1]!, 'HOTĂRÂRI', SECTIONS.ro[2]!];
    expect(cleanLines(page).paragraphs[0]).toBe('În ședința de astăzi, consiliul a adoptat următoarele decizii:');
  });

  it.each([
    ['one capital line alone inside the story', ['Harbour elections were orderly, observers say', SECTIONS.en[0]!, 'EXCLUSIVE', SECTIONS.en[1]!, SECTIONS.en[2]!]],
    ['a capital kicker over the headline', ['ELECTIONS', 'Harbour elections were orderly, observers say', ...SECTIONS.en]],
  ])('leaves %s out', (_, page) => {
    expect(headingsOf(page)).toEqual([]);
  });

  it('does not take a short label ending in a colon over the sections for the story', () => {
    const page = ['Hotărârile consiliului portului din 3 decembrie', 'Decizii:', 'ORDONANȚE', SECTIONS.ro[0]!, SECTIONS.ro[1]!, 'HOTĂRÂRI', SECTIONS.ro[2]!];
    expect(cleanLines(page).paragraphs).not.toContain('Decizii:');
  });
});

describe('a headline printed twice', () => {
  const headline = 'Night ferries to the outer islands will run until October';
  const page = ['Harbour TV', 'Now playing', '', headline, headline, '0:00 / 2:47', 'By Ilse Marten', ...SECTIONS.en];
  /** Headline weights that pick the upper copy, the one set apart by a blank line; the learned model may pick either. */
  const upperCopy: TextDumpModel = { ...RULES_ONLY, title: { afterGap: 50 } };

  it.each([
    ['the upper copy', upperCopy],
    ['the lower copy', RULES_ONLY],
  ])('stays out of the story whichever copy is read as the headline: %s', (_, model) => {
    const result = cleanTextDump(page.join('\n'), { model });
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.title).toBe(headline);
    expect(result.article.paragraphs).toEqual(SECTIONS.en);
  });

  it('leaves a paragraph that opens with the headline and goes on', () => {
    const opening = `${headline}, the harbour board decided on Tuesday after a summer of full crossings.`;
    expect(cleanLines(['Harbour TV', headline, opening, ...SECTIONS.en]).paragraphs).toContain(opening);
  });
});

describe("a site's section read where a byline stands", () => {
  const headline = 'الهيئة تمدد رحلات العبّارة الليلية حتى أكتوبر';
  const story = [
    'قرر مجلس ميناء فيلمار يوم الثلاثاء تمديد رحلات العبّارة الليلية إلى الجزر الخارجية حتى نهاية أكتوبر، بعد صيف امتلأت فيه معظم الرحلات المسائية.',
    'وقالت رئيسة المجلس إن تكلفة التمديد تبلغ نحو أربعمئة ألف كرونة وستُدفع من احتياطي الميناء وليس من زيادة أسعار التذاكر.',
    'وكان سكان الجزر قد طالبوا بموسم أطول في ثلاثة اجتماعات عامة هذا الربيع، قائلين إن العبّارة الأخيرة في السابعة تترك العمال على البر.',
  ];
  const menu = ['هيئة الميناء', 'جمهورية فيلمار', 'English', 'الرئيسية', 'عن الهيئة', 'الخدمات الإلكترونية', 'المركز الإعلامي', 'تواصل معنا', 'خدمة البلاغات: 1777'];
  const release = ['بيان صحفي', 'رقم البيان: 42/2026', 'التاريخ: 03 ديسمبر 2026', headline, ...story];

  it.each([
    ['parted by a slash', 'المركز الإعلامي / البيانات الصحفية'],
    ['parted by an arrow', 'المركز الإعلامي › البيانات الصحفية'],
  ])('is no author when the menu prints it alone too: a path %s', (_, path) => {
    expect(cleanLines([...menu, path, ...release]).byline).toBeNull();
  });

  it("leaves an author's name over a role when the header does not print the name", () => {
    const headlineEn = 'Night ferries to the outer islands will run until October';
    expect(cleanLines(['Harbour Authority', 'Home', 'Media Centre', headlineEn, 'Ilse Marten / Harbour Correspondent', 'Date: 3 December 2026', ...SECTIONS.en]).byline).toBe('Ilse Marten');
  });
});

describe('the link that closes a box of listings inside the story', () => {
  const headline = 'Night ferries to the outer islands will run until October';
  const box = ['Crossings you may like', 'Night ferry · Vellmar · 18:40', 'Island hopper · Tern · 07:10'];

  it.each([
    ['naming the box', 'View all crossings'],
    ['in another language, naming the box', 'Alle crossings anzeigen'],
  ])('is dropped, not taken for a subheading: %s', (_, link) => {
    const article = cleanLines([headline, 'By Ilse Marten', SECTIONS.en[0]!, SECTIONS.en[1]!, ...box, link, SECTIONS.en[2]!]);
    expect(article.blocks.every((block) => block.kind === 'paragraph')).toBe(true);
    expect(article.paragraphs).toEqual(SECTIONS.en);
  });

  it('leaves a subheading under the box that names its own section', () => {
    const page = [headline, 'By Ilse Marten', SECTIONS.en[0]!, SECTIONS.en[1]!, ...box, 'What the islanders asked for', SECTIONS.en[2]!];
    expect(headingsOf(page)).toEqual(['What the islanders asked for']);
  });
});

describe("a press contact's card after the story", () => {
  const headline = 'Night ferries to the outer islands will run until October';

  it.each([
    ['over a telephone number', '+47 22 55 01 92'],
    ['over an e-mail address', 'press@harbour.example'],
  ])('is not the author: a name and role %s', (_, reach) => {
    expect(cleanLines(['Harbour Authority', 'News', headline, ...SECTIONS.en, 'Press contact', 'Oren Castellano, Media Analyst', reach, 'Terms of use', 'Contact us']).byline).toBeNull();
  });

  it("leaves the author's name and role under the headline, whatever follows it", () => {
    expect(cleanLines(['Harbour Authority', 'News', headline, 'Oren Castellano, Media Analyst', 'oren.castellano@harbour.example', ...SECTIONS.en]).byline).toBe('Oren Castellano');
  });
});
