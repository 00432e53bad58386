/**
 * Key judgments: the estimative terms and their ranges, the citation rules,
 * and the library keeping judgments and their citations honest when
 * highlights are deleted (and undone), articles leave the briefing, and
 * briefings are duplicated, deleted and restored.
 */
import { describe, expect, it } from 'vitest';
import { loadBriefingDocument } from '../../../electron/export/briefing-document.ts';
import { createBundle } from '../../../electron/export/bundle.ts';
import { briefingToHtml } from '../../../electron/export/html.ts';
import { briefingToMarkdown } from '../../../electron/export/markdown.ts';
import { importBundle } from '../../../electron/import/bundle.ts';
import { insertArticle } from '../../../electron/library/articles.ts';
import { addArticles, createBriefing, deleteBriefing, duplicateBriefing, removeArticles, restoreBriefing } from '../../../electron/library/briefings.ts';
import { createHighlight, deleteHighlight, restoreHighlight } from '../../../electron/library/highlights.ts';
import {
  createJudgment,
  deleteJudgment,
  listJudgments,
  moveJudgment,
  restoreJudgment,
  setCitations,
  updateJudgment,
} from '../../../electron/library/judgments.ts';
import { openLibrary } from '../../../electron/library/library.ts';
import { calls, type CallArgs, type CallName, type CallValue } from '../../../shared/contract.ts';
import {
  ESTIMATIVE_TERMS,
  LIKELIHOODS,
  estimateLabel,
  footnotesOf,
  likelihoodLabel,
  numberCitations,
  planCitations,
  type CitableHighlight,
  type Judgment,
} from '../../../shared/judgments.ts';
import { makeArticle } from '../../helpers/articles.ts';
import { testBackend } from '../../helpers/backend.ts';
import { errorOf } from '../../helpers/errors.ts';
import { tempDir } from '../../helpers/temp.ts';

const NOW = '2026-11-01T10:00:00.000Z';
const LATER = '2026-11-02T09:30:00.000Z';

describe('estimative language (ICD 203)', () => {
  it.each([
    ['almost-no-chance', 'Almost no chance (1–5%)'],
    ['very-unlikely', 'Very unlikely (5–20%)'],
    ['unlikely', 'Unlikely (20–45%)'],
    ['roughly-even-chance', 'Roughly even chance (45–55%)'],
    ['likely', 'Likely (55–80%)'],
    ['very-likely', 'Very likely (80–95%)'],
    ['almost-certainly', 'Almost certainly (95–99%)'],
  ] as const)('%s reads "%s"', (likelihood, label) => {
    expect(likelihoodLabel(likelihood)).toBe(label);
  });

  it('orders the seven terms from least to most likely, their ranges meeting end to end', () => {
    const ranges = LIKELIHOODS.map((id) => ESTIMATIVE_TERMS[id]);
    expect(ranges).toHaveLength(7);
    ranges.slice(1).forEach((term, i) => expect(term.min).toBe(ranges[i]!.max));
    expect(ranges[0]!.min).toBe(1);
    expect(ranges.at(-1)!.max).toBe(99);
  });

  it('states a whole estimate as term, range and confidence', () => {
    expect(estimateLabel({ likelihood: 'very-likely', confidence: 'high' })).toBe('Very likely (80–95%) · high confidence');
  });
});

describe('what a judgment may cite (pure rules)', () => {
  const highlights = new Map<number, CitableHighlight>([
    [1, { id: 1, articleId: 10, quote: 'in the briefing', inBriefing: true }],
    [2, { id: 2, articleId: 11, quote: 'elsewhere', inBriefing: false }],
  ]);

  it('cites a highlight of the briefing, keeping a copy of its words and article', () => {
    expect(planCitations([], [1], highlights)).toEqual({ ok: true, citations: [{ highlightId: 1, articleId: 10, quote: 'in the briefing' }] });
  });

  it.each([
    ['a highlight outside the briefing', [2], 'not in this briefing'],
    ['a highlight that does not exist', [99], 'no highlight with id 99'],
    ['the same highlight twice', [1, 1], 'each highlight once'],
  ])('refuses %s', (_case, requested, reason) => {
    const plan = planCitations([], requested, highlights);
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.reason).toContain(reason);
  });

  it('keeps a citation it already holds, even when its highlight is gone, and reorders it', () => {
    const held = [{ highlightId: 99, articleId: 12, quote: 'deleted words' }];
    expect(planCitations(held, [1, 99], highlights)).toEqual({
      ok: true,
      citations: [{ highlightId: 1, articleId: 10, quote: 'in the briefing' }, held[0]],
    });
  });

  it('numbers citations as footnotes in reading order, one number per passage however often it is cited', () => {
    const judgment = (id: number, ids: number[]) => ({ id, citations: ids.map((highlightId) => ({ highlightId })) }) as unknown as Judgment;
    const numbered = numberCitations([judgment(1, [5, 6]), judgment(2, []), judgment(3, [7, 5])]);
    expect(numbered.map((c) => [c.judgmentId, c.highlightId, c.number])).toEqual([
      [1, 5, 1],
      [1, 6, 2],
      [3, 7, 3],
      [3, 5, 1],
    ]);
    expect(footnotesOf(numbered).map((c) => [c.highlightId, c.number])).toEqual([
      [5, 1],
      [6, 2],
      [7, 3],
    ]);
  });

  it.each([
    ['an empty judgment', { briefingId: 1, text: '   ', likelihood: 'likely', confidence: 'low' }],
    ['a term ICD 203 does not have', { briefingId: 1, text: 'x', likelihood: 'probably', confidence: 'low' }],
    ['a confidence that is not low, moderate or high', { briefingId: 1, text: 'x', likelihood: 'likely', confidence: 'certain' }],
    ['a judgment of a book’s length', { briefingId: 1, text: 'x'.repeat(2001), likelihood: 'likely', confidence: 'low' }],
    ['51 citations', { briefingId: 1, text: 'x', likelihood: 'likely', confidence: 'low', highlightIds: Array.from({ length: 51 }, (_, i) => i + 1) }],
    ['a highlight cited twice', { briefingId: 1, text: 'x', likelihood: 'likely', confidence: 'low', highlightIds: [3, 3] }],
  ])('the contract refuses %s', (_case, args) => {
    expect(calls.createJudgment.args.safeParse(args).success).toBe(false);
  });
});

/** A briefing with two articles (A, B) and a third (C) only in the library, each with one highlight. */
function setUp() {
  const library = openLibrary(tempDir());
  const { db } = library;
  const article = (name: string, sentence: string) => insertArticle(db, makeArticle({ title: `Article ${name}`, siteName: `Site ${name}`, paragraphs: [sentence] }));
  const a = article('A', 'The ministry confirmed the convoy left the port at dawn.');
  const b = article('B', 'Satellite images show the depot was emptied overnight.');
  const c = article('C', 'An unrelated report about fisheries quotas.');
  const briefingId = createBriefing(db, 'Port watch', NOW).id;
  addArticles(db, briefingId, [a, b], NOW);
  const highlight = (articleId: number, words: string) => {
    const text = db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(articleId) as string;
    const start = text.indexOf(words);
    return createHighlight(db, { articleId, start, end: start + words.length, color: 'yellow' }, NOW);
  };
  const convoy = highlight(a, 'the convoy left the port at dawn');
  const depot = highlight(b, 'the depot was emptied overnight');
  const fisheries = highlight(c, 'fisheries quotas');
  const judgment = (text: string, highlightIds: number[] = []) =>
    createJudgment(db, { briefingId, text, likelihood: 'very-likely', confidence: 'high', highlightIds }, NOW);
  const statuses = (id: number) => listJudgments(db, briefingId).find((j) => j.id === id)!.citations.map((c) => [c.quote, c.status]);
  return { library, db, briefingId, a, b, c, convoy, depot, fisheries, judgment, statuses };
}

describe('judgments in the library', () => {
  it('saves a judgment with its term, confidence and citations in order, each with its source', () => {
    const { db, briefingId, convoy, depot, judgment } = setUp();
    const made = judgment('The shipment has already left.', [depot.id, convoy.id]);
    expect(listJudgments(db, briefingId)).toEqual([made]);
    expect(made).toMatchObject({ text: 'The shipment has already left.', likelihood: 'very-likely', confidence: 'high' });
    expect(made.citations.map((c) => [c.quote, c.status, c.source?.title, c.source?.siteName])).toEqual([
      ['the depot was emptied overnight', 'cited', 'Article B', 'Site B'],
      ['the convoy left the port at dawn', 'cited', 'Article A', 'Site A'],
    ]);
  });

  it('edits the text, term and confidence, and sets citations in a new order', () => {
    const { db, convoy, depot, judgment } = setUp();
    const made = judgment('First draft.', [convoy.id]);
    updateJudgment(db, made.id, { text: 'Second draft.', likelihood: 'unlikely', confidence: 'low' }, LATER);
    const cited = setCitations(db, made.id, [depot.id, convoy.id], LATER);
    expect(cited).toMatchObject({ text: 'Second draft.', likelihood: 'unlikely', confidence: 'low', updatedAt: LATER });
    expect(cited.citations.map((c) => c.highlightId)).toEqual([depot.id, convoy.id]);
  });

  it('refuses to cite a highlight whose article is not in the briefing, and changes nothing', () => {
    const { db, convoy, fisheries, judgment } = setUp();
    const made = judgment('Only port evidence.', [convoy.id]);
    const error = errorOf(() => setCitations(db, made.id, [convoy.id, fisheries.id], LATER));
    expect(error.message).toMatch(/not in this briefing; add the article to the briefing first.*Nothing was changed/);
    expect(setCitations(db, made.id, [convoy.id], LATER).citations).toHaveLength(1);
  });

  it('reorders judgments, keeping positions 0..n-1', () => {
    const { db, briefingId, judgment } = setUp();
    const [one, , three] = ['One.', 'Two.', 'Three.'].map((text) => judgment(text));
    expect(moveJudgment(db, three!.id, 0, LATER).map((j) => j.text)).toEqual(['Three.', 'One.', 'Two.']);
    expect(moveJudgment(db, three!.id, 2, LATER).map((j) => j.text)).toEqual(['One.', 'Two.', 'Three.']);
    expect(db.prepare('SELECT position FROM judgments WHERE briefing_id = ? ORDER BY position').pluck().all(briefingId)).toEqual([0, 1, 2]);
    expect(errorOf(() => moveJudgment(db, one!.id, 3, LATER)).message).toContain('no place 4');
  });

  it('deletes a judgment and puts it back in its place, with its citations, on undo', () => {
    const { db, briefingId, convoy, judgment } = setUp();
    judgment('One.');
    const middle = judgment('Two.', [convoy.id]);
    judgment('Three.');
    const deleted = deleteJudgment(db, middle.id, LATER);
    expect(listJudgments(db, briefingId).map((j) => j.text)).toEqual(['One.', 'Three.']);
    const back = restoreJudgment(db, deleted, LATER);
    expect(back.map((j) => j.text)).toEqual(['One.', 'Two.', 'Three.']);
    expect(back[1]).toEqual(middle);
  });

  it('shows a citation of a deleted highlight as missing, with the words it cited, and whole again after undo', () => {
    const { db, convoy, depot, judgment, statuses } = setUp();
    const made = judgment('The shipment has left.', [convoy.id, depot.id]);
    const removed = deleteHighlight(db, convoy.id);
    expect(statuses(made.id)).toEqual([
      ['the convoy left the port at dawn', 'missing'],
      ['the depot was emptied overnight', 'cited'],
    ]);
    // Still editable: the missing citation may stay (and move) while another is set.
    expect(setCitations(db, made.id, [depot.id, convoy.id], LATER).citations.map((c) => c.status)).toEqual(['cited', 'missing']);
    restoreHighlight(db, removed);
    expect(statuses(made.id)).toEqual([
      ['the depot was emptied overnight', 'cited'],
      ['the convoy left the port at dawn', 'cited'],
    ]);
  });

  it('never takes a new highlight that reuses a deleted one’s id for the cited passage', () => {
    const { db, a, convoy, judgment, statuses } = setUp();
    const made = judgment('The shipment has left.', [convoy.id]);
    db.prepare('DELETE FROM highlights WHERE id >= ?').run(convoy.id);
    const reused = createHighlight(db, { articleId: a, start: 4, end: 12, color: 'pink' }, LATER);
    expect(reused.id).toBe(convoy.id);
    expect(statuses(made.id)).toEqual([['the convoy left the port at dawn', 'missing']]);
  });

  it('marks a citation whose article left the briefing as outside it, and cited again when it is back', () => {
    const { db, briefingId, a, convoy, judgment, statuses } = setUp();
    const made = judgment('The shipment has left.', [convoy.id]);
    removeArticles(db, briefingId, [a], LATER);
    expect(statuses(made.id)).toEqual([['the convoy left the port at dawn', 'outside-briefing']]);
    addArticles(db, briefingId, [a], LATER);
    expect(statuses(made.id)).toEqual([['the convoy left the port at dawn', 'cited']]);
  });

  it('copies judgments and their citations with a duplicated briefing; the copy is its own', () => {
    const { db, briefingId, convoy, depot, judgment } = setUp();
    judgment('One.', [convoy.id]);
    judgment('Two.', [depot.id, convoy.id]);
    const copy = duplicateBriefing(db, briefingId, LATER);
    const copied = listJudgments(db, copy.id);
    expect(copied.map((j) => [j.text, j.citations.map((c) => [c.highlightId, c.status])])).toEqual([
      ['One.', [[convoy.id, 'cited']]],
      ['Two.', [[depot.id, 'cited'], [convoy.id, 'cited']]],
    ]);
    updateJudgment(db, copied[0]!.id, { text: 'Changed in the copy.' }, LATER);
    expect(listJudgments(db, briefingId)[0]!.text).toBe('One.');
  });

  it('brings a deleted briefing back with its judgments in order and their citations', () => {
    const { db, briefingId, convoy, depot, judgment } = setUp();
    judgment('One.', [convoy.id]);
    judgment('Two.', [depot.id]);
    const before = listJudgments(db, briefingId);
    const deleted = deleteBriefing(db, briefingId);
    expect(db.prepare('SELECT count(*) FROM judgment_citations').pluck().get()).toBe(0);
    expect(calls.restoreBriefing.args.safeParse({ deleted }).success).toBe(true);
    restoreBriefing(db, deleted);
    expect(listJudgments(db, briefingId)).toEqual(before);
  });
});

describe('judgments travel with the briefing', () => {
  it('exports judgments to Markdown and HTML with footnotes quoting each cited passage and its source', () => {
    const { db, briefingId, convoy, depot, judgment } = setUp();
    judgment('The shipment has already <left> the port.', [convoy.id, depot.id]);
    judgment('Nothing links the fisheries report.');
    const document = loadBriefingDocument(db, briefingId, LATER);
    const markdown = briefingToMarkdown(document, { fullText: false });
    expect(markdown).toContain('1. **Very likely (80–95%) · high confidence** — The shipment has already &lt;left&gt; the port.[^1][^2]'); // escaped, so no Markdown viewer reads it as a tag
    expect(markdown).toContain('2. **Very likely (80–95%) · high confidence** — Nothing links the fisheries report.\n');
    expect(markdown).toMatch(/\[\^1\]: “the convoy left the port at dawn” — Article A, Site A, https:\/\/example\.test\/articles\/\d+ \(2026-01-01\)/);
    expect(markdown).toMatch(/\[\^2\]: “the depot was emptied overnight” — Article B, Site B/);
    const html = briefingToHtml(document, { readAsset: () => null });
    expect(html).toContain('<span class="estimate">Very likely (80–95%) · high confidence</span>The shipment has already &lt;left&gt; the port.');
    expect(html).toContain('<a href="#citation-2">2</a>');
    expect(html).toMatch(/<li id="citation-1">“the convoy left the port at dawn” — Article A, Site A/);
  });

  it('says in the exports when a cited highlight was deleted', () => {
    const { db, briefingId, convoy, judgment } = setUp();
    judgment('The shipment has left.', [convoy.id]);
    deleteHighlight(db, convoy.id);
    const markdown = briefingToMarkdown(loadBriefingDocument(db, briefingId, LATER), { fullText: false });
    expect(markdown).toContain('[^1]: “the convoy left the port at dawn” The cited highlight was deleted; this is the passage as it was cited.');
  });

  it('carries judgments in a bundle and re-points their citations at the importing library’s highlights, once', async () => {
    const source = setUp();
    source.judgment('The shipment has left.', [source.depot.id, source.convoy.id]);
    source.judgment('Unrelated.', []);
    const bytes = createBundle(source.library, source.briefingId, LATER);

    const target = openLibrary(tempDir());
    // The target already has an unrelated highlight, so ids differ between the libraries.
    const other = insertArticle(target.db, makeArticle({ paragraphs: ['Some words to highlight first.'] }));
    createHighlight(target.db, { articleId: other, start: 0, end: 4, color: 'blue' }, NOW);
    const first = await importBundle(target, bytes, { now: LATER });
    expect(first.judgmentsAdded).toBe(2);
    const imported = listJudgments(target.db, first.briefingId);
    expect(imported.map((j) => [j.text, j.likelihood, j.confidence, j.citations.map((c) => [c.quote, c.status])])).toEqual([
      ['The shipment has left.', 'very-likely', 'high', [['the depot was emptied overnight', 'cited'], ['the convoy left the port at dawn', 'cited']]],
      ['Unrelated.', 'very-likely', 'high', []],
    ]);
    expect(imported[0]!.citations.map((c) => c.highlightId)).not.toEqual([source.depot.id, source.convoy.id]);

    const again = await importBundle(target, bytes, { now: LATER });
    expect(again).toMatchObject({ briefingMerged: true, judgmentsAdded: 0 });
    expect(listJudgments(target.db, first.briefingId)).toEqual(imported);
  });

  it('leaves out of a bundle the citations its colleague could not read', async () => {
    const { library, db, briefingId, a, convoy, depot, judgment } = setUp();
    judgment('The shipment has left.', [convoy.id, depot.id]);
    removeArticles(db, briefingId, [a], LATER);
    const target = openLibrary(tempDir());
    const summary = await importBundle(target, createBundle(library, briefingId, LATER), { now: LATER });
    expect(listJudgments(target.db, summary.briefingId)[0]!.citations.map((c) => c.quote)).toEqual(['the depot was emptied overnight']);
  });
});

describe('judgments through the contract', () => {
  it('a refused edit changes nothing: words, estimate and citations stay as they were', async () => {
    const { backend } = testBackend();
    try {
      const call = async <K extends CallName>(name: K, args: CallArgs<K>) => {
        const result = await backend.dispatch(name, args);
        if (!result.ok) throw new Error(result.error.message);
        return result.value as CallValue<K>;
      };
      const [sample] = await call('listBriefings', {});
      const { articles } = await call('getBriefing', { id: sample!.id });
      const highlight = await call('createHighlight', { articleId: articles[0]!.id, start: 0, end: 7, color: 'yellow' });
      const briefing = await call('createBriefing', { title: 'Elsewhere' });
      const made = await call('createJudgment', { briefingId: briefing.id, text: 'Queues stay short.', likelihood: 'likely', confidence: 'moderate' });
      const refused = await backend.dispatch('updateJudgment', { id: made.id, text: 'Changed words.', likelihood: 'unlikely', highlightIds: [highlight.id] });
      expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENTS', message: expect.stringContaining('add the article to the briefing first') } });
      expect(await call('listJudgments', { briefingId: briefing.id })).toEqual([made]);
    } finally {
      await backend.close();
    }
  });
});
