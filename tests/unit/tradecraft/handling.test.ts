/**
 * Handling: exporting a briefing leaves out every article and highlight
 * marked more restrictively than the briefing, and says what and why.
 */
import { describe, expect, it } from 'vitest';
import type { BriefingDocument } from '../../../shared/briefing-document.ts';
import type { CitationStatus } from '../../../shared/judgments.ts';
import type { Article, PlacedHighlight, TlpMarking } from '../../../shared/model.ts';
import { describeEvaluation, evaluationCode } from '../../../shared/tradecraft/grades.ts';
import {
  citedByJudgments,
  describeLeftOut,
  itemsAllowedIn,
  leftOutWarning,
  markingAllows,
  withheldCitations,
  type LeftOutItem,
} from '../../../shared/tradecraft/handling.ts';

const ORDER: TlpMarking[] = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'];

function article(id: number, marking: TlpMarking): Article {
  return {
    id,
    title: `Article ${id}`,
    byline: null,
    siteName: null,
    url: null,
    publishedAt: null,
    savedAt: '2026-05-01T00:00:00.000Z',
    excerpt: null,
    wordCount: 10,
    readingStatus: 'unread',
    tags: [],
    highlightTags: [],
    sourceGrade: 'B',
    marking,
    lang: 'en',
    dir: 'ltr',
    html: '<p>text</p>',
    text: 'text',
    contentHash: `hash-${id}`,
    readingPosition: 0,
  };
}

function highlight(id: number, articleId: number, marking: TlpMarking): PlacedHighlight {
  return {
    id,
    articleId,
    quote: { type: 'TextQuoteSelector', exact: `The quoted passage number ${id}`, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 4 },
    color: 'yellow',
    note: '',
    tags: [],
    credibility: 2,
    marking,
    createdAt: '2026-05-01T00:00:00.000Z',
    updatedAt: '2026-05-01T00:00:00.000Z',
    anchor: { status: 'anchored', start: 0, end: 4, method: 'position', score: 1 },
  };
}

/** One article per marking, each with one highlight per marking. */
function documentWithEveryMarking(): BriefingDocument {
  return {
    briefing: { id: 1, title: 'Port security', marking: 'AMBER', articleCount: 5, updatedAt: '', author: '', summary: '', date: '2026-05-01', createdAt: '' },
    articles: ORDER.map((marking, a) => ({
      article: article(a + 1, marking),
      highlights: ORDER.map((hMarking, h) => highlight((a + 1) * 10 + h, a + 1, hMarking)),
      note: null,
    })),
    judgments: [],
    generatedAt: '2026-05-02T00:00:00.000Z',
  };
}

describe('TLP order', () => {
  it.each(ORDER.flatMap((container, c) => ORDER.map((item, i) => [container, item, i <= c] as const)))(
    'under TLP:%s an item marked TLP:%s may go out: %s',
    (container, item, allowed) => {
      expect(markingAllows(container, item)).toBe(allowed);
    },
  );
});

describe('itemsAllowedIn', () => {
  it.each(ORDER.map((marking, rank) => [marking, rank + 1] as const))(
    'a TLP:%s briefing keeps the %i least restrictive articles, and in each the highlights it may share',
    (marking, kept) => {
      const { document, leftOut } = itemsAllowedIn(marking, documentWithEveryMarking());
      expect(document.articles.map((entry) => entry.article.marking)).toEqual(ORDER.slice(0, kept));
      for (const entry of document.articles) expect(entry.highlights.map((h) => h.marking)).toEqual(ORDER.slice(0, kept));
      const articlesLeftOut = leftOut.filter((item) => item.kind === 'article');
      const highlightsLeftOut = leftOut.filter((item) => item.kind === 'highlight');
      expect(articlesLeftOut.map((item) => item.marking)).toEqual(ORDER.slice(kept));
      // Highlights of a left-out article go with it and are not listed again.
      expect(highlightsLeftOut).toHaveLength(kept * (ORDER.length - kept));
    },
  );

  it('lists each left-out item with its title or quote and a reason a person can read', () => {
    const { leftOut } = itemsAllowedIn('GREEN', documentWithEveryMarking());
    expect(leftOut).toContainEqual({
      kind: 'article',
      id: 5,
      label: 'Article 5',
      articleId: 5,
      marking: 'RED',
      reason: "Marked TLP:RED, more restrictive than the briefing's TLP:GREEN.",
    });
    expect(leftOut).toContainEqual({
      kind: 'highlight',
      id: 12,
      label: 'The quoted passage number 12',
      articleId: 1,
      marking: 'AMBER',
      reason: "Marked TLP:AMBER, more restrictive than the briefing's TLP:GREEN.",
    });
  });

  /** A judgment citing one passage, as listJudgments gives it. */
  const citing = (highlightId: number, status: CitationStatus, articleId: number | null): BriefingDocument['judgments'][number] => ({
    id: 1,
    briefingId: 1,
    text: 'Inspections will very likely resume.',
    likelihood: 'very-likely',
    confidence: 'moderate',
    citations: [
      {
        highlightId,
        status,
        quote: `The quoted passage number ${highlightId}`,
        source: articleId === null ? null : { articleId, title: `Article ${articleId}`, siteName: null, url: null, publishedAt: null, savedAt: '2026-05-01T00:00:00.000Z' },
      },
    ],
    createdAt: '',
    updatedAt: '',
  });

  it.each<[string, BriefingDocument['judgments'][number], Array<[number, TlpMarking]>, boolean, LeftOutItem['kind'] | null]>([
    ['a GREEN passage under AMBER', citing(12, 'cited', 1), [[12, 'GREEN']], true, null],
    ['a RED passage under AMBER, also left out as a highlight', citing(14, 'cited', 1), [[14, 'RED']], false, 'highlight'],
    ['a passage outside the briefing marked RED', citing(900, 'outside-briefing', 40), [[900, 'RED']], false, 'citation'],
    ['a deleted highlight of a CLEAR article', citing(901, 'missing', 1), [[901, 'CLEAR']], true, null],
    ['a deleted highlight whose article is gone: marking unknown', citing(902, 'missing', null), [], false, 'citation'],
  ])('a judgment citing %s: footnote kept or left out and listed', (_, judgment, markings, kept, listedAs) => {
    const document = { ...documentWithEveryMarking(), judgments: [judgment] };
    const { document: allowed, leftOut } = itemsAllowedIn('AMBER', document, new Map(markings));
    const highlightId = judgment.citations[0]!.highlightId;
    expect(allowed.judgments[0]!.citations.length).toBe(kept ? 1 : 0);
    expect(leftOut.filter((item) => item.id === highlightId).map((item) => item.kind)).toEqual(listedAs === null ? [] : [listedAs]);
  });

  it('keeps every citation under TLP:RED, even one whose marking is unknown', () => {
    const document = { ...documentWithEveryMarking(), briefing: { ...documentWithEveryMarking().briefing, marking: 'RED' as const }, judgments: [citing(902, 'missing', null)] };
    expect(itemsAllowedIn('RED', document).document.judgments[0]!.citations).toHaveLength(1);
  });

  it('leaves the document it was given unchanged', () => {
    const original = documentWithEveryMarking();
    const copy = structuredClone(original);
    itemsAllowedIn('CLEAR', original);
    expect(original).toEqual(copy);
  });
});

describe('evaluation codes', () => {
  it.each([
    ['B', 2, 'B2', 'B2 (source: usually reliable; information: probably true)'],
    ['F', 6, 'F6', 'F6 (source: reliability cannot be judged; information: truth cannot be judged)'],
    ['A', null, 'A', 'A (source: completely reliable)'],
    [null, 3, '3', '3 (information: possibly true)'],
    [null, null, null, 'Not evaluated'],
  ] as const)('%s and %s read as %s', (grade, credibility, code, description) => {
    expect(evaluationCode(grade, credibility)).toBe(code);
    expect(describeEvaluation(grade, credibility)).toBe(description);
  });
});

describe('key judgments whose cited passages the marking keeps out', () => {
  /** A judgment citing the highlights given, each in its own article's numbering (`10 * article + rank`). */
  const judgment = (id: number, highlightIds: number[]): BriefingDocument['judgments'][number] => ({
    id,
    briefingId: 1,
    text: `Judgment ${id}.`,
    likelihood: 'likely',
    confidence: 'low',
    citations: highlightIds.map((highlightId) => ({
      highlightId,
      status: 'cited' as const,
      quote: `The quoted passage number ${highlightId}`,
      source: { articleId: Math.floor(highlightId / 10), title: 'Article', siteName: null, url: null, publishedAt: null, savedAt: null },
    })),
    createdAt: '',
    updatedAt: '',
  });
  const markings = new Map<number, TlpMarking>(ORDER.flatMap((a, i) => ORDER.map((h, j) => [(i + 1) * 10 + j, ORDER[Math.max(i, j)]!] as [number, TlpMarking])));

  it('tells each left-out passage which judgments (numbered as printed) cite it', () => {
    // Under GREEN: 11 (CLEAR article, GREEN highlight) goes out; 12 (AMBER highlight) and 31 (AMBER article) do not.
    const document = { ...documentWithEveryMarking(), judgments: [judgment(7, [11, 12]), judgment(8, [11]), judgment(9, [12, 31])] };
    const { document: allowed, leftOut } = itemsAllowedIn('GREEN', document, markings);
    expect(allowed.judgments.map((j) => j.citations.map((c) => c.highlightId))).toEqual([[11], [11], []]);
    expect(leftOut.find((item) => item.kind === 'highlight' && item.id === 12)?.judgments).toEqual([1, 3]);
    expect(leftOut.find((item) => item.kind === 'citation' && item.id === 31)?.judgments).toEqual([3]);
    expect(withheldCitations(leftOut, 1).map((item) => item.id)).toEqual([12]);
    expect(withheldCitations(leftOut, 2)).toEqual([]);
    expect(withheldCitations(leftOut, 3).map((item) => item.id)).toEqual([12, 31]);
  });

  it('says so in the warning before an export', () => {
    const document = { ...documentWithEveryMarking(), judgments: [judgment(7, [12]), judgment(8, [12])] };
    const { leftOut } = itemsAllowedIn('GREEN', document, markings);
    const item = leftOut.find((candidate) => candidate.id === 12)!;
    expect(citedByJudgments(item)).toBe('cited by key judgments 1 and 2');
    expect(describeLeftOut(item)).toBe('Highlight “The quoted passage number 12” — TLP:AMBER (cited by key judgments 1 and 2)');
    expect(leftOutWarning('GREEN', leftOut)).toContain('(cited by key judgments 1 and 2)');
  });
});
