/**
 * Entity and date extraction within the import budget: at most 30 ms per
 * 1,000 words, over the fixture page copies, the tradecraft news piece and
 * generated 1,200-word articles. Each run extracts every article of a corpus
 * once; its time is reported per 1,000 words of the corpus (a run over many
 * articles, so that one pause of a busy machine does not read as a slow
 * article). Then the quality of names and dates on the gold sets, each part
 * of GOLD_PARTS apart, blind ones marked: precision and recall per entity kind (targets 0.9 and
 * 0.85), date accuracy, and past-tense events dated after their article
 * (target 0). Then the same names with invented ones in their place
 * (tests/helpers/invented-names.ts), kind by kind: how much of the recall
 * rests on lists of known names. Run alone: `node bench/tradecraft.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { countWords } from '../shared/text.ts';
import { extractArticle } from '../shared/tradecraft/extract.ts';
import { ENTITY_KINDS, type EntityKind } from '../shared/tradecraft/entity-key.ts';
import { INVENTED_NAME_LANGS, inventNames } from '../tests/helpers/invented-names.ts';
import { seededRandom } from '../tests/helpers/random.ts';
import {
  BLIND_PARTS,
  GOLD_PARTS,
  parseArticle,
  readDateGold,
  readEntityGold,
  readMarkedGold,
  scoreDates,
  scoreEntities,
  type GoldPart,
  type KindScore,
  type MarkedArticle,
} from '../tests/helpers/tradecraft-gold.ts';
import { paragraphs } from './generate.ts';
import { formatTable, summarize, type Measure } from './stats.ts';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures');
export const TARGET_MS_PER_1000_WORDS = 30;

function fixtureTexts(): string[] {
  const files = [
    ...fs.readdirSync(path.join(FIXTURES, 'textdumps')).map((name) => path.join(FIXTURES, 'textdumps', name)),
    path.join(FIXTURES, 'tradecraft', 'state-visit.txt'),
  ];
  return files
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => fs.readFileSync(file, 'utf8'))
    .filter((text) => countWords(text) >= 50);
}

function generatedTexts(count: number, words: number): string[] {
  const next = seededRandom(7);
  return Array.from({ length: count }, () => paragraphs(next, words).join('\n\n'));
}

function msPer1000Words(name: string, texts: readonly string[], rounds: number): Measure {
  const reference = { lang: 'en', publishedAt: '2026-05-08T09:00:00Z', capturedAt: '2026-05-09T09:00:00Z' };
  for (const text of texts) extractArticle({ ...reference, text });
  const words = texts.reduce((sum, text) => sum + countWords(text), 0);
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    for (const text of texts) extractArticle({ ...reference, text });
    times.push(((performance.now() - started) * 1000) / words);
  }
  return summarize(name, times, { p95AtMost: TARGET_MS_PER_1000_WORDS });
}

/** Both corpora, each article timed per 1,000 words. */
export function benchTradecraft(): Measure[] {
  const fixtures = fixtureTexts();
  return [
    msPer1000Words(`extract names and dates, ms per 1,000 words (${fixtures.length} fixture articles)`, fixtures, 40),
    msPer1000Words('extract names and dates, ms per 1,000 words (50 generated 1,200-word articles)', generatedTexts(50, 1200), 20),
  ];
}

export const PRECISION_TARGET = 0.9;
export const RECALL_TARGET = 0.85;

export interface GoldQuality {
  part: GoldPart;
  articles: number;
  entities: KindScore[];
  dateCases: number;
  dateAccuracy: number;
  /** Date accuracy with each expression's edges as the gold writes them. */
  strictDateAccuracy: number;
  pastDatedAfterReference: number;
  met: boolean;
}

/** Names and dates against the gold sets, each part on its own. */
export function tradecraftQuality(): GoldQuality[] {
  return GOLD_PARTS.map((part) => {
    const articles = readEntityGold(part);
    const entities = scoreEntities(articles).kinds;
    const cases = readDateGold(part);
    const dates = scoreDates(cases);
    const met = entities.every((k) => k.precision >= PRECISION_TARGET && k.recall >= RECALL_TARGET) && dates.pastDatedAfterReference === 0;
    return { part, articles: articles.length, entities, dateCases: cases.length, dateAccuracy: dates.accuracy, strictDateAccuracy: dates.strictAccuracy, pastDatedAfterReference: dates.pastDatedAfterReference, met };
  });
}

export function formatQuality(quality: readonly GoldQuality[]): string {
  const rows = [['gold set', 'kind', 'precision', 'recall', 'correct/found/gold', 'met']];
  for (const part of quality) {
    const blind = (BLIND_PARTS as readonly GoldPart[]).includes(part.part) ? 'blind, ' : '';
    for (const k of part.entities) {
      rows.push([`${part.part} (${blind}${part.articles} articles)`, k.kind, k.precision.toFixed(3), k.recall.toFixed(3), `${k.correct}/${k.found}/${k.gold}`, k.precision >= PRECISION_TARGET && k.recall >= RECALL_TARGET ? 'yes' : 'NO']);
    }
    rows.push([`${part.part} (${blind}${part.dateCases} date cases)`, 'dates', `accuracy ${part.dateAccuracy.toFixed(3)} (edges as written: ${part.strictDateAccuracy.toFixed(3)})`, `past after ref: ${part.pastDatedAfterReference}`, '', part.pastDatedAfterReference === 0 ? 'yes' : 'NO']);
  }
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => row[col]!.length)));
  return rows.map((row) => row.map((cell, col) => cell.padEnd(widths[col]!)).join('  ')).join('\n');
}

export interface InventedNameQuality {
  /** A gold part, or "all" for every part together. */
  part: GoldPart | 'all';
  kind: EntityKind;
  /** Articles in a language the rewriter invents names for; both scores are over these alone. */
  articles: number;
  real: KindScore;
  /** Pooled over INVENTED_NAME_DRAWS draws: its counts are that many times the part's. */
  invented: KindScore;
}

/** Draws of invented names pooled per row: one draw's words move a part's recall by several points, three by about one. */
export const INVENTED_NAME_DRAWS = 3;

function inventedNameRows(part: GoldPart | 'all', articles: readonly MarkedArticle[]): InventedNameQuality[] {
  const real = scoreEntities(articles.map(parseArticle)).kinds;
  return ENTITY_KINDS.map((kind) => ({
    part,
    kind,
    articles: articles.length,
    real: real.find((k) => k.kind === kind)!,
    invented: scoreEntities(
      Array.from({ length: INVENTED_NAME_DRAWS }, (_, draw) => articles.map((article) => parseArticle(inventNames(article, kind, draw)))).flat(),
    ).kinds.find((k) => k.kind === kind)!,
  }));
}

/** Each kind scored on the gold as written and with that kind's names invented, per part and over all parts. */
export function inventedNameQuality(): InventedNameQuality[] {
  const byPart = GOLD_PARTS.map((part) => ({ part, articles: readMarkedGold(part).filter((article) => INVENTED_NAME_LANGS.includes(article.lang)) }));
  return [...byPart.flatMap(({ part, articles }) => inventedNameRows(part, articles)), ...inventedNameRows('all', byPart.flatMap(({ articles }) => articles))];
}

export function formatInventedNames(quality: readonly InventedNameQuality[]): string {
  const rows = [['gold set, with invented names', 'kind', 'real P/R', 'invented P/R', 'recall change', `invented correct/found/gold, ${INVENTED_NAME_DRAWS} draws`]];
  for (const { part, kind, articles, real, invented } of quality) {
    const change = ((invented.recall - real.recall) * 100).toFixed(1);
    rows.push([`${part} (${articles} articles)`, kind, `${real.precision.toFixed(3)}/${real.recall.toFixed(3)}`, `${invented.precision.toFixed(3)}/${invented.recall.toFixed(3)}`, `${change} pt`, `${invented.correct}/${invented.found}/${invented.gold}`]);
  }
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => row[col]!.length)));
  return rows.map((row) => row.map((cell, col) => cell.padEnd(widths[col]!)).join('  ')).join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const measures = benchTradecraft();
  const quality = tradecraftQuality();
  const inventedNames = inventedNameQuality();
  console.log(`\n${formatTable(measures)}\n\n${formatQuality(quality)}\n\n${formatInventedNames(inventedNames)}\n`);
  console.log(JSON.stringify({ date: new Date().toISOString(), node: process.version, measures, quality, inventedNames }));
  process.exitCode = measures.every((m) => m.met !== false) && quality.every((q) => q.met) ? 0 : 1;
}
