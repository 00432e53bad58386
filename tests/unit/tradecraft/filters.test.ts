/**
 * Grades and markings as filters: the article list by source grade and
 * marking, the evidence locker by the source's grade, the highlight's
 * credibility and its marking — each narrowing to exactly the items so
 * graded or marked, and together with the other filters.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listArticles } from '../../../electron/library/articles.ts';
import { listAllHighlights } from '../../../electron/library/evidence.ts';
import type { ArticleFilters, HighlightFilters } from '../../../shared/organize.ts';
import { annotatedLibrary, type AnnotatedLibrary } from '../../helpers/annotated-library.ts';

let fixture: AnnotatedLibrary;

beforeEach(() => {
  fixture = annotatedLibrary();
  const { db } = fixture.library;
  const [ports, rtl] = fixture.articleIds as [number, number, number];
  db.prepare("UPDATE articles SET source_grade = 'B', marking = 'GREEN' WHERE id = ?").run(ports);
  db.prepare("UPDATE articles SET source_grade = 'E', marking = 'RED' WHERE id = ?").run(rtl);
  db.prepare("UPDATE highlights SET credibility = 2, marking = 'AMBER' WHERE exact = 'moved customs inspections inland'").run();
  db.prepare("UPDATE highlights SET credibility = 2 WHERE exact = 'أربعة أيام'").run();
});
afterEach(() => fixture.library.close());

const titles = (filters: ArticleFilters) => listArticles(fixture.library.db, { ...filters, offset: 0, limit: 50 }).items.map((a) => a.title);
const quotes = (filters: HighlightFilters) => listAllHighlights(fixture.library.db, { ...filters, offset: 0, limit: 50 }).items.map((i) => i.highlight.quote.exact).sort();

describe('filtering by grades and markings', () => {
  it.each<[string, ArticleFilters, string[]]>([
    ['source grade B', { sourceGrade: 'B' }, ['Ports clear the backlog <fast>']],
    ['source grade A (none)', { sourceGrade: 'A' }, []],
    ['marking RED', { marking: 'RED' }, ['تقرير الميناء']],
    ['marking CLEAR', { marking: 'CLEAR' }, ['Pasted field notes']],
    ['grade E and a highlight colour', { sourceGrade: 'E', highlightColor: 'pink' }, ['تقرير الميناء']],
  ])('the article list by %s', (_label, filters, expected) => {
    expect(titles(filters)).toEqual(expected);
  });

  it.each<[string, HighlightFilters, string[]]>([
    ['credibility 2', { credibility: 2 }, ['moved customs inspections inland', 'أربعة أيام']],
    ['credibility 2 from a B source', { credibility: 2, sourceGrade: 'B' }, ['moved customs inspections inland']],
    ['marking AMBER', { marking: 'AMBER' }, ['moved customs inspections inland']],
    ['source grade E', { sourceGrade: 'E' }, ['أربعة أيام']],
  ])('the evidence locker by %s', (_label, filters, expected) => {
    expect(quotes(filters)).toEqual(expected);
  });

  it('the evidence locker shows each highlight with its source grade, for "B2"', () => {
    const [item] = listAllHighlights(fixture.library.db, { credibility: 2, sourceGrade: 'B', offset: 0, limit: 1 }).items;
    expect(item).toMatchObject({ highlight: { credibility: 2, marking: 'AMBER' }, article: { sourceGrade: 'B' } });
  });
});
