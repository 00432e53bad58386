/**
 * Handling: exporting a briefing leaves out every article and highlight
 * marked more restrictively than the briefing, and says what and why.
 */
import { describe, expect, it } from 'vitest';
import type { BriefingDocument } from '../../../shared/briefing-document.ts';
import type { Article, PlacedHighlight, TlpMarking } from '../../../shared/model.ts';
import { describeEvaluation, evaluationCode } from '../../../shared/tradecraft/grades.ts';
import { itemsAllowedIn, markingAllows } from '../../../shared/tradecraft/handling.ts';

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
