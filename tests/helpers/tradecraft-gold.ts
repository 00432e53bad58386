/**
 * The names-and-dates gold sets (tests/fixtures/tradecraft/gold) read and
 * scored: precision and recall of entities per kind, accuracy of dates and
 * the count of past-tense events dated after their reference date. The bench
 * prints these; a unit test holds them to the targets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractEntities } from '../../shared/tradecraft/entities.ts';
import { ENTITY_KINDS, entityKey, type EntityKind } from '../../shared/tradecraft/entity-key.ts';
import { extractEvents } from '../../shared/tradecraft/events.ts';

const GOLD = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'tradecraft', 'gold');
/**
 * Parts the extractors were made general on: dev and held-out, then fresh,
 * unseen, unseen-2 … unseen-7, each written blind and then used for tuning
 * (unseen from 2026-12-06, unseen-2 from 2026-12-06 evening, unseen-3 from
 * 2026-12-06 night, unseen-4 from 2026-12-07, unseen-5 from 2026-12-07 later,
 * unseen-6 and unseen-7 from stop 26 on 2026-12-07, unseen-8 from stop 27 on
 * 2026-12-07 later, unseen-9 from stop 28, unseen-10 from stop 29, unseen-11 from stop 30, unseen-12 from stop 31).
 */
export const TUNED_PARTS = ['dev', 'held-out', 'fresh', 'unseen', 'unseen-2', 'unseen-3', 'unseen-4', 'unseen-5', 'unseen-6', 'unseen-7', 'unseen-8', 'unseen-9', 'unseen-10', 'unseen-11', 'unseen-12'] as const;
/**
 * Parts written blind and not tuned on: the honest measure of how the
 * extractors generalize. A new one is added here (its files beside the
 * others: entities-<part>.txt, dates-<part>.json), and its floors in
 * tests/unit/tradecraft/gold.test.ts once measured.
 */
export const BLIND_PARTS = ['unseen-13', 'unseen-14'] as const;
export const GOLD_PARTS = [...TUNED_PARTS, ...BLIND_PARTS] as const;
export type GoldPart = (typeof GOLD_PARTS)[number];

const KIND_OF_MARK: Record<string, EntityKind> = { P: 'person', O: 'organization', L: 'place' };

export interface GoldArticle {
  id: string;
  lang: string;
  text: string;
  /** Every entity the article names, as "kind:folded name". */
  entities: Set<string>;
}

/** A gold article as written, its names still marked (`{P|Putin|Vladimir Putin}`). */
export interface MarkedArticle {
  id: string;
  lang: string;
  marked: string;
}

/** `{P|Putin|Vladimir Putin}` → text "Putin", entity person "Vladimir Putin". */
export function parseArticle({ id, lang, marked }: MarkedArticle): GoldArticle {
  const entities = new Set<string>();
  const text = marked.replace(/\{([POL])\|([^|}]+)(?:\|([^}]+))?\}/gu, (_, mark: string, written: string, entity?: string) => {
    entities.add(`${KIND_OF_MARK[mark]}:${entityKey(entity ?? written)}`);
    return written;
  });
  return { id, lang, text, entities };
}

/** A part's articles with their marks, before they are read into text and entities. */
export function readMarkedGold(part: GoldPart): MarkedArticle[] {
  const source = fs.readFileSync(path.join(GOLD, `entities-${part}.txt`), 'utf8');
  return source
    .split(/^=== /mu)
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => {
      const [header, ...lines] = chunk.split('\n');
      const [id, lang] = header!.trim().split(/\s+/u);
      return { id: id!, lang: lang!, marked: lines.join('\n').trim() };
    });
}

export function readEntityGold(part: GoldPart): GoldArticle[] {
  return readMarkedGold(part).map(parseArticle);
}

export interface KindScore {
  kind: EntityKind;
  gold: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
}

export interface EntityScore {
  kinds: KindScore[];
  /** Per article: what was found and not in the gold set, and what was missed. */
  errors: Array<{ id: string; extra: string[]; missed: string[] }>;
}

/** Entity-level scoring per article: each entity an article names counts once, by kind and folded full name. */
export function scoreEntities(articles: readonly GoldArticle[]): EntityScore {
  const tally = new Map(ENTITY_KINDS.map((kind) => [kind, { gold: 0, found: 0, correct: 0 }]));
  const errors: EntityScore['errors'] = [];
  for (const article of articles) {
    const found = new Set(extractEntities(article.text, article.lang).map((m) => `${m.kind}:${entityKey(m.name)}`));
    for (const item of article.entities) tally.get(item.split(':')[0] as EntityKind)!.gold++;
    for (const item of found) {
      const counts = tally.get(item.split(':')[0] as EntityKind)!;
      counts.found++;
      if (article.entities.has(item)) counts.correct++;
    }
    const extra = [...found].filter((item) => !article.entities.has(item));
    const missed = [...article.entities].filter((item) => !found.has(item));
    if (extra.length > 0 || missed.length > 0) errors.push({ id: article.id, extra, missed });
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
  return {
    kinds: ENTITY_KINDS.map((kind) => {
      const { gold, found, correct } = tally.get(kind)!;
      return { kind, gold, found, correct, precision: ratio(correct, found), recall: ratio(correct, gold) };
    }),
    errors,
  };
}

export interface GoldDateCase {
  id: string;
  publishedAt: string | null;
  capturedAt: string;
  /** The article's language; absent: English. */
  lang?: string;
  past: boolean;
  text: string;
  /** [expression, ISO date or null for undated]. */
  events: Array<[string, string | null]>;
}

export function readDateGold(part: GoldPart): GoldDateCase[] {
  return JSON.parse(fs.readFileSync(path.join(GOLD, `dates-${part}.json`), 'utf8')) as GoldDateCase[];
}

export interface DateScore {
  /** Expected events found with the right date, over expected events plus events found that should not be; a found event counts as the gold one when it is the same mention (`sameMention`). */
  accuracy: number;
  /** The same, with a found expression counted only when written as the gold one (`sameExpression`). */
  strictAccuracy: number;
  expected: number;
  correct: number;
  spurious: number;
  /** Events of past-tense cases dated after the article's reference date. */
  pastDatedAfterReference: number;
  errors: Array<{ id: string; expected: Array<[string, string | null]>; found: Array<[string, string | null]> }>;
}

/** "on Sunday," and "Sunday" are one expression written alike: a preposition or trailing comma does not make a date wrong. */
function sameExpression(a: string, b: string): boolean {
  return bareExpression(a) === bareExpression(b);
}

function bareExpression(expression: string): string {
  return expression.replace(/^(?:on|in)\s+/iu, '').replace(/[\s,.;:]+$/u, '').toLowerCase();
}

/**
 * Whether a found expression and a gold one are the same mention: one holds the other ("nel 2029" and "2029", "с 1
 * октября 2017 года" and "1 октября 2017 года"). Gold writers draw a mention's edges differently from language to
 * language; the date is what an analyst reads. This is TempEval-3's relaxed match, under which it scores a date's value.
 */
export function sameMention(found: string, gold: string): boolean {
  const [a, b] = [bareExpression(found), bareExpression(gold)];
  return a !== '' && b !== '' && (a.includes(b) || b.includes(a));
}

export function scoreDates(cases: readonly GoldDateCase[]): DateScore {
  let expected = 0;
  let correct = 0;
  let spurious = 0;
  let strictCorrect = 0;
  let strictSpurious = 0;
  let pastDatedAfterReference = 0;
  const errors: DateScore['errors'] = [];
  for (const item of cases) {
    const found = extractEvents(item.text, { publishedAt: item.publishedAt, capturedAt: item.capturedAt, lang: item.lang ?? null });
    const reference = (item.publishedAt ?? item.capturedAt).slice(0, 10);
    const pairs = found.map((event): [string, string | null] => [event.expression, event.date]);
    const rightUnder = (same: (found: string, gold: string) => boolean) =>
      item.events.filter(([expression, date]) => pairs.some(([e, d]) => same(e, expression) && d === date)).length;
    const extraUnder = (same: (found: string, gold: string) => boolean) => pairs.filter(([e]) => !item.events.some(([x]) => same(e, x))).length;
    const right = rightUnder(sameMention);
    const extra = extraUnder(sameMention);
    expected += item.events.length;
    correct += right;
    spurious += extra;
    strictCorrect += rightUnder(sameExpression);
    strictSpurious += extraUnder(sameExpression);
    if (item.past) pastDatedAfterReference += found.filter((event) => event.date !== null && event.date > reference).length;
    if (right < item.events.length || extra > 0) errors.push({ id: item.id, expected: item.events, found: pairs });
  }
  const share = (right: number, extra: number) => Math.round((right / Math.max(1, expected + extra)) * 1000) / 1000;
  return { accuracy: share(correct, spurious), strictAccuracy: share(strictCorrect, strictSpurious), expected, correct, spurious, pastDatedAfterReference, errors };
}
