/**
 * Margin notes in a briefing that mixes directions: an English article's
 * notes stand in the right-hand margin, after the end of its lines; an Arabic
 * or Hebrew article's in the left-hand one, after the end of its lines too,
 * never over the side where its text starts. Read back with poppler's word
 * boxes, in one export.
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
import { makeArticle } from '../helpers/articles.ts';

/** Our own short reports, one per direction; each note carries a token that names its article (the Hebrew one is in Hebrew). */
const ARTICLES = [
  {
    name: 'English',
    lang: 'en',
    dir: 'ltr',
    title: 'Vellmar queues shorten',
    paragraphs: [
      'The harbour authority of Vellmar said on Tuesday that truck queues at the northern gates fell from nine days to four within a month.',
      'Officials credited the move of customs inspections from the quay to inland depots for most of the change.',
      'A chamber of commerce adviser warned that February is usually quiet and that the figures may not hold through the harvest season.',
    ],
    quote: 'customs inspections from the quay to inland depots',
    note: 'Mechanism claimed by the authority NOTE-EN',
    token: 'NOTE-EN',
    script: /^[A-Za-z]+[,.]?$/,
  },
  {
    name: 'Arabic',
    lang: 'ar',
    dir: 'rtl',
    title: 'طوابير ميناء فالمار',
    paragraphs: [
      'أعلنت هيئة ميناء فالمار يوم الثلاثاء أن طوابير الشاحنات عند البوابات الشمالية تقلصت من تسعة أيام إلى أربعة خلال شهر واحد.',
      'وقال مسؤولون في الهيئة إن نقل التفتيش الجمركي من الرصيف إلى المستودعات الداخلية هو السبب الرئيسي لهذا التحسن.',
      'غير أن مستشارا في غرفة التجارة حذر من أن شهر فبراير هادئ عادة وأن الأرقام قد لا تصمد في موسم الحصاد.',
    ],
    quote: 'نقل التفتيش الجمركي من الرصيف إلى المستودعات الداخلية',
    note: 'Mechanism claimed by the authority NOTE-AR',
    token: 'NOTE-AR',
    script: /[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]/,
  },
  {
    name: 'Hebrew',
    lang: 'he',
    dir: 'rtl',
    title: 'התורים בנמל ולמאר',
    paragraphs: [
      'רשות הנמל של ולמאר הודיעה ביום שלישי כי התורים של המשאיות בשערים הצפוניים התקצרו מתשעה ימים לארבעה בתוך חודש.',
      'לדברי פקידים ברשות, העברת בדיקות המכס מהרציף למחסנים הפנימיים היא הסיבה העיקרית לשיפור.',
      'יועץ בלשכת המסחר הזהיר כי פברואר שקט בדרך כלל וכי הנתונים עשויים שלא להחזיק מעמד בעונת הקציר.',
    ],
    quote: 'העברת בדיקות המכס מהרציף למחסנים הפנימיים',
    note: 'המנגנון שהרשות טוענת לו NOTE-HE',
    token: 'NOTE-HE',
    script: /[\u0590-\u05FF]/,
  },
] as const;

let preview: Preview;
let file: string;
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-rtl-'));

async function call<K extends CallName>(name: K, args: CallArgs<K>): Promise<CallValue<K>> {
  const result = await preview.backend.dispatch(name, args);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as CallValue<K>;
}

interface Word {
  xMin: number;
  xMax: number;
  yMin: number;
  text: string;
}

/** A page's words with their boxes, in points (pdftotext -bbox). */
function wordsOf(page: number): Word[] {
  const xhtml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  return [...xhtml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map(([, xMin, yMin, xMax, text]) => ({
    xMin: Number(xMin),
    yMin: Number(yMin),
    xMax: Number(xMax),
    text: text!,
  }));
}

/** The page (from 1) that prints a word. */
function pageWith(token: string): number {
  const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f');
  return pages.findIndex((page) => page.includes(token)) + 1;
}

beforeAll(async () => {
  const dataDir = path.join(out, 'data');
  preview = await startPreview({ libraryDir: path.join(dataDir, 'library'), dataDir });
  const briefing = await call('createBriefing', { title: 'Vellmar gates in three languages' });
  for (const article of ARTICLES) {
    let articleId = 0;
    preview.backend.library.transaction((db) => {
      articleId = insertArticle(db, makeArticle({ title: article.title, lang: article.lang, dir: article.dir, siteName: 'Harbour Desk', paragraphs: [...article.paragraphs] }));
      addToBriefing(db, briefing.id, articleId, new Date().toISOString());
    });
    const { text } = await call('getArticle', { id: articleId });
    const start = text.indexOf(article.quote);
    expect(start, article.quote).toBeGreaterThanOrEqual(0);
    await call('createHighlight', { articleId, start, end: start + article.quote.length, color: 'yellow', note: article.note });
  }
  file = path.join(out, 'mixed.pdf');
  fs.writeFileSync(file, await preview.printPdf({ briefingId: briefing.id, options: { content: 'full', paper: 'a4', notes: 'margin', timeline: false } }));
});

afterAll(async () => {
  await preview?.close();
  if (!process.env.KEEP_PDF) fs.rmSync(out, { recursive: true, force: true });
});

describe('margin notes in a briefing of left-to-right and right-to-left articles', () => {
  it.each(ARTICLES.map((article) => [article.name, article] as const))('(%s) stand beside the end of the lines, clear of the text column', (_name, article) => {
    const page = pageWith(article.token);
    expect(page, article.token).toBeGreaterThan(0);
    const words = wordsOf(page);
    const token = words.find((word) => word.text === article.token)!;
    const noteWords = new Set(article.note.split(' '));
    // The article's own words on that page: its script, not the note's words, not the running header or footer.
    const body = words.filter((word) => article.script.test(word.text) && !noteWords.has(word.text) && word.yMin > 60 && word.yMin < 780);
    expect(body.length, 'the article’s words on its page').toBeGreaterThan(20);
    const columnLeft = Math.min(...body.map((word) => word.xMin));
    const columnRight = Math.max(...body.map((word) => word.xMax));
    if (article.dir === 'rtl') {
      expect(token.xMax, 'the note ends before the text column starts on the left').toBeLessThan(columnLeft);
    } else {
      expect(token.xMin, 'the note starts after the text column ends on the right').toBeGreaterThan(columnRight);
    }
  });
});
