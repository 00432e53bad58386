/**
 * The PDF a client receives, read back with poppler as they would read it:
 * the cover keeps its handling line, margin notes that cannot stand beside
 * their passage become endnotes under the same number, the text is set
 * ragged right (no stretched gaps), a judgment whose cited passage the
 * marking keeps out says so, quotes are not quoted twice, a source grade is a
 * label on the line, and a legend says what the colours used mean. Before
 * exporting, the Export dialog says which key judgment loses a citation.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type Preview } from '../../electron/bridge/preview.ts';
import { insertArticle } from '../../electron/library/articles.ts';
import { addToBriefing } from '../../electron/library/briefings.ts';
import type { CallArgs, CallName, CallValue } from '../../shared/contract.ts';
import type { PdfOptions } from '../../shared/export.ts';
import type { HighlightColor } from '../../shared/highlights.ts';
import { makeArticle } from '../helpers/articles.ts';
import { useApp, type PreviewSession } from '../helpers/chromium.ts';

const TITLE = 'Depot staffing: what the client asked';
const GREEN_DEFINITION = 'Limited disclosure, recipients can spread this within their community.';

/** A report of our own whose long words leave justified lines with wide gaps when nothing hyphenates them. */
const STAFFING_REPORT = [
  'Harbour master Ilse Varga told the night crews on Tuesday that the quay would stay closed to bulk carriers until the inland depots can clear their backlog.',
  '“We will not reopen the quay before May,” the harbour master said, adding that the decision rested with the transport ministry.',
  'The interdepartmental telecommunications reorganisation left counterintelligence liaison responsibilities unassigned, characteristically undocumented, and administratively incomprehensible to newly transferred supervisors.',
  'Internationalisation of the depot workforce, notwithstanding considerable intergovernmental encouragement, remained disproportionately concentrated among subcontracted telecommunications maintenance technicians.',
  ...Array.from(
    { length: 16 },
    (_, i) =>
      `Shift ${i + 1}: the depot supervisors recorded ${40 + i * 3} arrivals and ${12 + i} departures, and noted that the ` +
      'refrigerated containers waited longest because only one inspector on each shift is certified to open them. ' +
      'Union representatives said the overtime budget for the quarter had already been spent by the middle of February.',
  ),
];

/** A long note, the kind that cannot all stand in the margin beside a short line. */
function longNote(topic: string): string {
  return (
    `${topic}: the analyst's reading, at length. ` +
    'The figure comes from the depot log, which the authority keeps itself and which no auditor has checked; ' +
    'the union disputes the overtime numbers, and the ministry has not answered our questions about certification. ' +
    'Treat it as indicative, and compare it with the harbour camera counts before quoting it to the client.'
  );
}

interface Mark {
  quote: string;
  color: HighlightColor;
  note: string;
}

const MARKS: Mark[] = [
  { quote: '“We will not reopen the quay before May,”', color: 'pink', note: 'The harbour master, on the record.' },
  { quote: 'recorded 43 arrivals', color: 'yellow', note: longNote('Arrivals on shift 2') },
  { quote: 'and 13 departures', color: 'yellow', note: longNote('Departures on shift 2') },
  { quote: 'only one inspector on each shift is certified', color: 'blue', note: longNote('Certification') },
];
/** Graded, without a note: its code prints after it as a label. */
const GRADED = 'recorded 46 arrivals';
/** Marked AMBER in a GREEN briefing, and cited by the first key judgment. */
const RESTRICTED = 'recorded 49 arrivals';

let preview: Preview;
let briefingId: number;
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-client-'));
const files: Record<string, string> = {};

async function call<K extends CallName>(name: K, args: CallArgs<K>): Promise<CallValue<K>> {
  const result = await preview.backend.dispatch(name, args);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as CallValue<K>;
}

async function print(name: string, options: PdfOptions): Promise<string> {
  const file = path.join(out, `${name}.pdf`);
  fs.writeFileSync(file, await preview.printPdf({ briefingId, options }));
  return file;
}

/** pdftotext's pages: laid out as printed, or (layout false) each block's text in reading order. */
function pagesOf(file: string, layout = true): string[] {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}

function flat(text: string): string {
  return text.replace(/(\w)-\n\s*(\w)/g, '$1$2').replace(/\s+/g, ' ');
}

/** A page's text without its running header (title, marking) and footer (marking, "Page X of Y"). */
function bodyOf(page: string): string {
  return page
    .split('\n')
    .filter((line) => !line.includes(TITLE) && !/Page \d+ of \d+/.test(line))
    .join('\n')
    .trim();
}

interface Word {
  xMin: number;
  xMax: number;
  text: string;
}

/** The lines of a page as poppler finds them, each with its words' boxes (pdftotext -bbox-layout). */
function linesOf(file: string, page: number): Word[][] {
  const xhtml = execFileSync('pdftotext', ['-bbox-layout', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  return [...xhtml.matchAll(/<line [^>]*>([\s\S]*?)<\/line>/g)].map(([, line]) =>
    [...line!.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map(([, xMin, xMax, text]) => ({
      xMin: Number(xMin),
      xMax: Number(xMax),
      text: text!,
    })),
  );
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

beforeAll(async () => {
  const dataDir = path.join(out, 'data');
  preview = await startPreview({ libraryDir: path.join(dataDir, 'library'), dataDir });
  const briefing = await call('createBriefing', { title: TITLE });
  briefingId = briefing.id;
  await call('updateBriefing', { id: briefingId, marking: 'GREEN', author: 'R. Analyst' });
  let articleId = 0;
  preview.backend.library.transaction((db) => {
    articleId = insertArticle(db, makeArticle({ title: 'Depot night shifts under strain', siteName: 'Harbour Desk', paragraphs: STAFFING_REPORT }));
    addToBriefing(db, briefingId, articleId, new Date().toISOString());
  });
  const { text } = await call('getArticle', { id: articleId });
  const highlight = (quote: string, color: HighlightColor, note: string) => {
    const start = text.indexOf(quote);
    expect(start, quote).toBeGreaterThanOrEqual(0);
    return call('createHighlight', { articleId, start, end: start + quote.length, color, note });
  };
  for (const mark of MARKS) await highlight(mark.quote, mark.color, mark.note);
  await call('setSourceGrade', { id: articleId, grade: 'B' });
  const graded = await highlight(GRADED, 'yellow', '');
  await call('setHighlightCredibility', { id: graded.id, credibility: 2 });
  const restricted = await highlight(RESTRICTED, 'blue', 'Union figure, not for the client.');
  await call('setHighlightMarking', { id: restricted.id, marking: 'AMBER' });

  // Judgments enough to run the cover onto a second page; the first cites a passage the marking keeps out.
  await call('createJudgment', {
    briefingId,
    text: 'Depot staffing, not quay capacity, limits throughput through the spring.',
    likelihood: 'likely',
    confidence: 'moderate',
    highlightIds: [graded.id, restricted.id],
  });
  for (let i = 2; i <= 9; i++) {
    await call('createJudgment', {
      briefingId,
      text: `Judgment ${i}: the certification bottleneck persists unless the ministry certifies more inspectors before the harvest, and the union accepts the overtime terms it rejected in February.`,
      likelihood: 'roughly-even-chance',
      confidence: 'low',
    });
  }

  files.margin = await print('margin-a4', { content: 'full', paper: 'a4', notes: 'margin', timeline: false });
  files.letter = await print('margin-letter', { content: 'full', paper: 'letter', notes: 'margin', timeline: false });
  files.digest = await print('digest-a4', { content: 'digest', paper: 'a4', notes: 'margin', timeline: false });
});

afterAll(async () => {
  await preview?.close();
  if (!process.env.KEEP_PDF) fs.rmSync(out, { recursive: true, force: true });
});

describe('the PDF a client receives', () => {
  it.each(['margin', 'letter', 'digest'])('(%s) explains the marking on the cover’s first page, and a long cover runs on with more than a stray line', (name) => {
    const pages = pagesOf(files[name]!);
    expect(flat(pages[0]!)).toContain(GREEN_DEFINITION);
    expect(flat(pages[1]!)).toContain('Judgment 9');
    expect(flat(bodyOf(pages[1]!)).length).toBeGreaterThan(150);
  });

  it('prints as endnotes, under their numbers, the margin notes that cannot stand beside their passage', () => {
    const pages = pagesOf(files.margin!).map(flat);
    const text = pages.join(' ');
    expect(text).toContain('NOTES THAT DID NOT FIT IN THE MARGIN');
    const endnotes = text.slice(text.indexOf('NOTES THAT DID NOT FIT IN THE MARGIN'));
    // The first, short note stays in the margin; some long ones are moved, each under its number in the text (reading order).
    expect(endnotes).not.toContain(MARKS[0]!.note);
    const report = flat(STAFFING_REPORT.join(' '));
    const numbered = [...MARKS].sort((a, b) => report.indexOf(a.quote) - report.indexOf(b.quote)).map((mark, index) => ({ ...mark, number: index + 1 }));
    const inReadingOrder = flat(pagesOf(files.margin!, false).join(' '));
    const moved = numbered.filter((mark) => endnotes.includes(flat(mark.note).slice(0, 60)));
    expect(moved.length).toBeGreaterThan(0);
    for (const mark of moved) {
      // Number, colour label, the article's source grade, the passage: "3 KEY FACT B “and 13 departures”".
      expect(endnotes).toContain(`${mark.number} ${mark.color === 'yellow' ? 'KEY FACT' : 'QUESTION'} B “${mark.quote}”`);
      expect(inReadingOrder, `the number after “${mark.quote}”`).toContain(`${mark.quote} ${mark.number}`);
    }
    // Every note left in the margin stands on the page of its passage.
    for (const mark of MARKS.filter((candidate) => !moved.some((m) => m.quote === candidate.quote))) {
      const page = pages.findIndex((candidate) => candidate.includes(mark.quote));
      expect(pages[page], mark.quote).toContain(flat(mark.note).slice(0, 20));
    }
  });

  it('sets the articles ragged right: no line stretched wider than its neighbours', () => {
    const report = flat(STAFFING_REPORT.join(' '));
    const articlePage = pagesOf(files.margin!).findIndex((page) => page.includes('ARTICLE 1 ·')) + 1;
    // The lines of the report's own words: not its header, margin notes or lines with a note number.
    const lines = [articlePage, articlePage + 1]
      .flatMap((page) => linesOf(files.margin!, page))
      .filter((words) => words.length >= 3 && report.includes(words.map((word) => word.text).join(' ')));
    const gaps = lines.flatMap((words) => words.slice(1).map((word, i) => word.xMin - words[i]!.xMax));
    expect(gaps.length).toBeGreaterThan(50);
    expect(Math.max(...gaps) / median(gaps)).toBeLessThan(1.6);
  });

  it('says under a key judgment that its cited passage was withheld by the marking', () => {
    const cover = flat(pagesOf(files.margin!).slice(0, 2).join(' '));
    expect(cover).toMatch(/Depot staffing, not quay capacity, limits throughput through the spring\.\s*1\s*Citation withheld under TLP:GREEN: the cited passage is marked TLP:AMBER\./);
    expect(cover).toContain(`“${GRADED}”`);
    expect(cover).not.toContain(RESTRICTED);
  });

  it('quotes a passage that starts with a quote mark once, in the endnotes and in the digest', () => {
    for (const file of [files.margin!, files.digest!]) {
      const text = flat(pagesOf(file).join(' '));
      expect(text).toContain('“We will not reopen the quay before May,”');
      expect(text).not.toMatch(/“\s*“|”\s*”/);
    }
  });

  it('prints a highlight’s evaluation as a label on the line, not a raised number', () => {
    const text = flat(pagesOf(files.margin!).join(' '));
    expect(text).toContain(`${GRADED} Source B2`);
    const page = pagesOf(files.margin!).findIndex((candidate) => flat(candidate).includes(`${GRADED} Source B2`)) + 1;
    const line = linesOf(files.margin!, page).find((words) => words.some((word) => word.text === 'B2'));
    const label = line!.find((word) => word.text === 'B2')!;
    const source = line!.find((word) => word.text === 'Source')!;
    expect(source.xMax).toBeLessThan(label.xMin);
  });

  it('has a legend of the highlight colours used, and only those', () => {
    const contents = flat(pagesOf(files.margin!).find((page) => /^\s*Contents\s*$/m.test(page))!);
    expect(contents).toMatch(/HIGHLIGHT COLOURS Key fact Question Quote/);
    expect(contents).not.toContain('Claim');
    expect(contents).not.toContain('Follow-up');
  });
});

describe('exporting a judgment whose citation the marking keeps out', () => {
  const start = useApp();

  async function prepare(session: PreviewSession): Promise<void> {
    const dispatch = async <K extends CallName>(name: K, args: CallArgs<K>): Promise<CallValue<K>> => {
      const result = await session.preview.backend.dispatch(name, args);
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      return result.value as CallValue<K>;
    };
    const [sample] = await dispatch('listBriefings', {});
    const briefing = await dispatch('getBriefing', { id: sample!.id });
    await dispatch('updateBriefing', { id: briefing.id, marking: 'GREEN' });
    const article = await dispatch('getArticle', { id: briefing.articles[0]!.id });
    const quote = 'fell from nine days to four';
    const at = article.text.indexOf(quote);
    const cited = await dispatch('createHighlight', { articleId: article.id, start: at, end: at + quote.length, color: 'yellow', note: '' });
    await dispatch('createJudgment', { briefingId: briefing.id, text: 'Queues stay short through the spring.', likelihood: 'likely', confidence: 'low', highlightIds: [cited.id] });
    await dispatch('setHighlightMarking', { id: cited.id, marking: 'RED' });
  }

  it('warns in the dialog which key judgment loses a citation, and the PDF says it was withheld', async () => {
    const session = await start();
    const { page } = session;
    await page.getByRole('navigation', { name: 'Library' }).waitFor();
    await prepare(session);
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Sample briefing/ }).click();
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export briefing' });
    await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/^Key judgment 1 loses a cited passage/);
    await expect.poll(() => dialog.getByRole('region', { name: /left out/ }).getByRole('listitem').allTextContents()).toEqual(['TLP:REDHighlight“fell from nine days to four”cited by key judgment 1']);
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await page.getByRole('status').filter({ hasText: 'Exported as PDF' }).waitFor();

    const [file] = fs.readdirSync(session.preview.exportDir);
    const cover = flat(execFileSync('pdftotext', ['-l', '1', path.join(session.preview.exportDir, file!), '-'], { encoding: 'utf8' }));
    expect(cover).toMatch(/Queues stay short through the spring\. Citation withheld under TLP:GREEN: the cited passage is marked TLP:RED\./);
    expect(cover).not.toContain('fell from nine days to four');
    expect(session.pageErrors).toEqual([]);
  });
});
