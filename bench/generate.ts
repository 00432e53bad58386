/**
 * Makes large libraries for the benchmarks: N articles of realistic length
 * (about 1,200 words in paragraphs), highlights and notes, in a few seconds and
 * always the same for the same seed.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { insertArticle } from '../electron/library/articles.ts';
import { addToBriefing, createBriefing } from '../electron/library/briefings.ts';
import { openLibrary } from '../electron/library/library.ts';
import { countWords, paragraphsToArticle } from '../shared/text.ts';
import { seededRandom } from '../tests/helpers/random.ts';

export interface LibrarySize {
  articles: number;
  wordsPerArticle: number;
  highlights: number;
  notes: number;
  briefings: number;
  /** Tags on articles (0–3 each) and on one highlight in ten. */
  tags: number;
}

export const TEN_THOUSAND: LibrarySize = { articles: 10_000, wordsPerArticle: 1_200, highlights: 50_000, notes: 20_000, briefings: 50, tags: 40 };

const VOCABULARY = (
  'the of and to in a is that for on with as by at from ministry officials said report port trade talks ' +
  'agreement border security minister election coalition parliament budget energy pipeline grain exports ' +
  'sanctions delegation summit ceasefire region capital province analysts according statement spokesman ' +
  'government opposition vote turnout inflation currency reserves shipping corridor inspection customs ' +
  'harbour fleet navy exercise drills airspace treaty ratification visit envoy negotiations framework ' +
  'İstanbul Ankara Yeşilada Erdoğan Kılıçdaroğlu Şırnak Gdańsk Kraków Zürich São Paulo Bogotá Reykjavík'
).split(' ');

function sentence(next: () => number): string {
  const length = 8 + Math.floor(next() * 18);
  const words = Array.from({ length }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]!);
  const first = words[0]!;
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${words.join(' ')}.`;
}

export function paragraphs(next: () => number, words: number): string[] {
  const result: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences = Array.from({ length: 3 + Math.floor(next() * 4) }, () => sentence(next));
    const paragraph = sentences.join(' ');
    count += paragraph.split(' ').length;
    result.push(paragraph);
  }
  return result;
}

/** Builds (or reuses, if already built with the same size) a library in `dir`. */
export function generateLibrary(dir: string, size: LibrarySize, seed = 1): { dir: string; reused: boolean; seconds: number } {
  const marker = path.join(dir, 'generated.json');
  const wanted = JSON.stringify({ size, seed, version: 2 });
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === wanted) return { dir, reused: true, seconds: 0 };
  fs.rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  const next = seededRandom(seed);
  const library = openLibrary(dir);
  const now = new Date(Date.UTC(2026, 0, 1)).getTime();
  library.transaction((db) => {
    const insertHighlight = db.prepare(
      `INSERT INTO highlights (article_id, exact, prefix, suffix, start_offset, end_offset, color, note, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertNote = db.prepare('INSERT INTO notes (article_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)');
    const briefingIds = Array.from({ length: size.briefings }, (_, i) => createBriefing(db, `Generated briefing ${i + 1}`, new Date(now).toISOString()).id);
    const insertTag = db.prepare('INSERT INTO tags (name) VALUES (?)');
    const tagIds = Array.from({ length: size.tags }, (_, i) => Number(insertTag.run(`Topic ${i + 1}`).lastInsertRowid));
    const tagArticle = db.prepare('INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING');
    const tagHighlight = db.prepare('INSERT INTO highlight_tags (highlight_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING');
    const markRead = db.prepare("UPDATE articles SET reading_status = 'read' WHERE id = ?");
    const someTag = () => tagIds[Math.floor(next() * tagIds.length)];
    const texts: string[] = [];
    for (let i = 0; i < size.articles; i++) {
      const { html, text } = paragraphsToArticle(paragraphs(next, size.wordsPerArticle));
      const savedAt = new Date(now + i * 60_000).toISOString();
      const id = insertArticle(db, {
        url: `https://news.example/${i}`,
        canonicalUrl: `https://news.example/${i}`,
        title: sentence(next).slice(0, 90),
        byline: `Reporter ${i % 97}`,
        siteName: `Site ${i % 31}`,
        publishedAt: savedAt,
        savedAt,
        lang: 'en',
        dir: 'ltr',
        excerpt: text.slice(0, 160),
        html,
        text,
        wordCount: countWords(text),
        contentHash: createHash('sha256').update(text).digest('hex'),
      });
      texts[id] = text;
      const briefingId = briefingIds[i % briefingIds.length];
      if (briefingId !== undefined && next() < 0.3) addToBriefing(db, briefingId, id, savedAt);
      for (let t = Math.floor(next() * 4); t > 0 && tagIds.length > 0; t--) tagArticle.run(id, someTag());
      if (next() < 0.4) markRead.run(id);
    }
    const at = new Date(now).toISOString();
    const colors = ['yellow', 'green', 'blue', 'pink', 'purple'];
    for (let h = 0; h < size.highlights; h++) {
      const articleId = 1 + Math.floor(next() * size.articles);
      const text = texts[articleId]!;
      const start = Math.floor(next() * Math.max(1, text.length - 200));
      const end = start + 20 + Math.floor(next() * 150);
      const { lastInsertRowid } = insertHighlight.run(
        articleId,
        text.slice(start, end),
        text.slice(Math.max(0, start - 32), start),
        text.slice(end, end + 32),
        start,
        end,
        colors[h % colors.length],
        h % 3 === 0 ? sentence(next) : '',
        at,
        at,
      );
      if (tagIds.length > 0 && h % 10 === 0) tagHighlight.run(lastInsertRowid, someTag());
    }
    for (let n = 0; n < size.notes; n++) insertNote.run(1 + Math.floor(next() * size.articles), sentence(next), at, at);
  });
  library.db.pragma('wal_checkpoint(TRUNCATE)');
  library.close();
  fs.writeFileSync(marker, wanted);
  return { dir, reused: false, seconds: (performance.now() - started) / 1000 };
}
