/**
 * A key judgment cites a passage the briefing's marking keeps out: every
 * export says "Citation withheld" where its footnote would be, in the words
 * the PDF uses (shared/tradecraft/handling.ts), and none quotes the passage.
 */
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderExport } from '../../../electron/export/export.ts';
import { createJudgment } from '../../../electron/library/judgments.ts';
import { withheldCitationsNote } from '../../../shared/tradecraft/handling.ts';
import { annotatedLibrary, NOW, type AnnotatedLibrary } from '../../helpers/annotated-library.ts';

const WITHHELD = 'Citation withheld under TLP:GREEN: the cited passage is marked TLP:AMBER.';
const SECRET_QUOTE = 'nine days to four';
const OPEN_QUOTE = 'moved customs inspections inland';

let source: AnnotatedLibrary;

/** A GREEN briefing with two judgments: the first cites an AMBER highlight and a CLEAR one, the second only the CLEAR one. */
beforeEach(() => {
  source = annotatedLibrary();
  const db = source.library.db;
  db.prepare("UPDATE briefings SET marking = 'GREEN' WHERE id = ?").run(source.briefingId);
  const highlightId = (exact: string) => db.prepare('SELECT id FROM highlights WHERE exact = ?').pluck().get(exact) as number;
  db.prepare("UPDATE highlights SET marking = 'AMBER' WHERE id = ?").run(highlightId(SECRET_QUOTE));
  createJudgment(
    db,
    { briefingId: source.briefingId, text: 'Queues will stay short.', likelihood: 'likely', confidence: 'moderate', highlightIds: [highlightId(SECRET_QUOTE), highlightId(OPEN_QUOTE)] },
    NOW,
  );
  createJudgment(db, { briefingId: source.briefingId, text: 'Customs moved inland.', likelihood: 'very-likely', confidence: 'high', highlightIds: [highlightId(OPEN_QUOTE)] }, NOW);
});
afterEach(() => source.library.close());

const exported = async (format: 'markdown' | 'html') =>
  new TextDecoder().decode(await renderExport({ library: source.library, now: () => NOW }, { briefingId: source.briefingId, format }));

describe('a citation the marking withholds', () => {
  it('is said once under its judgment in the Markdown, the kept citation still a footnote', async () => {
    const markdown = await exported('markdown');
    const judgments = markdown.slice(markdown.indexOf('## Key judgments'), markdown.indexOf('\n## ', markdown.indexOf('## Key judgments') + 1));
    expect(judgments).toContain(`1. **Likely (55–80%) · moderate confidence** — Queues will stay short.[^1]\n\n   *${WITHHELD}*`);
    expect(judgments).toMatch(/\n2\. \*\*Very likely[^\n]*Customs moved inland\.\[\^1\]\n/);
    expect(judgments.match(/withheld/g)).toHaveLength(1);
    expect(judgments).toContain(`[^1]: “${OPEN_QUOTE}”`);
    expect(judgments).not.toContain(SECRET_QUOTE);
  });

  it('is said under its judgment in the HTML, where the PDF says it', async () => {
    const { document } = new JSDOM(await exported('html')).window;
    const items = [...document.querySelectorAll('.judgment-list > li')];
    expect(items.map((item) => item.querySelector('.citation-withheld')?.textContent ?? null)).toEqual([WITHHELD, null]);
    expect(items.map((item) => item.querySelectorAll('sup.citation-ref').length)).toEqual([1, 1]);
    expect(document.querySelector('.judgments')?.textContent).not.toContain(SECRET_QUOTE);
  });

  it('reads as the PDF reads it: how many, under which marking, marked what', () => {
    const item = (id: number, marking: 'AMBER' | 'RED') => ({ kind: 'citation' as const, id, label: '', articleId: 1, marking, reason: '', judgments: [2] });
    expect(withheldCitationsNote([item(1, 'AMBER')], 1, 'GREEN')).toBe('');
    expect(withheldCitationsNote([item(1, 'AMBER')], 2, 'GREEN')).toBe(WITHHELD);
    expect(withheldCitationsNote([item(1, 'AMBER'), item(2, 'RED'), item(3, 'RED')], 2, 'CLEAR')).toBe(
      '3 citations withheld under TLP:CLEAR: the cited passages are marked TLP:AMBER, TLP:RED.',
    );
  });
});
