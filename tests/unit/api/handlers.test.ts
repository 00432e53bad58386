import { describe, expect, it, vi } from 'vitest';
import { useCallingBackend } from '../../helpers/backend.ts';

const start = useCallingBackend();

describe('the handlers over a real library', () => {
  it('shows the sample briefing with its two articles on a first run', async () => {
    const { call } = start();
    const [sample] = await call('listBriefings', {});
    expect(sample).toMatchObject({ title: 'Sample briefing: northern corridor', articleCount: 2, marking: 'GREEN' });
    const briefing = await call('getBriefing', { id: sample!.id });
    expect(briefing.summary).toMatch(/Port queues/);
    const article = await call('getArticle', { id: briefing.articles[0]!.id });
    expect(article.text.split('\n\n')).toHaveLength(4);
    expect(article.html).toMatch(/^<p>Average waiting time/);
  });

  it('tells the renderer what changed after each write', async () => {
    const { backend, call } = start();
    const seen = vi.fn();
    backend.events.subscribe(seen);
    const created = await call('createBriefing', { title: 'Morning brief' });
    await call('updateBriefing', { id: created.id, marking: 'AMBER+STRICT' });
    await call('setReadingStatus', { id: 1, status: 'read' });
    await call('updateSettings', { theme: 'dark' });
    expect(seen.mock.calls).toEqual([
      ['libraryChanged', { kinds: ['briefings'] }],
      ['libraryChanged', { kinds: ['briefings'] }],
      ['libraryChanged', { kinds: ['articles'] }],
      ['libraryChanged', { kinds: ['settings'] }],
    ]);
    expect((await call('getBriefing', { id: created.id })).marking).toBe('AMBER+STRICT');
    expect((await call('getSettings', {})).theme).toBe('dark');
  });

  it('reports a missing briefing as NOT_FOUND with a sentence, not a stack', async () => {
    const { backend } = start();
    expect(await backend.dispatch('getBriefing', { id: 404 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'There is no briefing with id 404 in this library.' },
    });
  });

  it.each([
    ['javascript:alert(1)', /not javascript: links/],
    ['file:///etc/passwd', /not file: links/],
    ['data:text/html,hi', /not data: links/],
    ['https://user:secret@example.org/', /user name or password/],
    ['not a url', /not a valid web address/],
  ])('never opens %s in the system browser', async (url, reason) => {
    const { backend, openExternal } = start();
    const result = await backend.dispatch('openExternal', { url });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_URL' } });
    if (!result.ok) expect(result.error.message).toMatch(reason);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('opens an https link in the system browser', async () => {
    const { call, openExternal } = start();
    expect(await call('openExternal', { url: 'https://example.org/report?id=7' })).toEqual({ opened: true });
    expect(openExternal).toHaveBeenCalledWith('https://example.org/report?id=7');
  });
});

describe('briefings', () => {
  async function weekly(call: ReturnType<typeof start>['call']) {
    const created = await call('createBriefing', { title: 'Weekly', date: '2026-03-02' });
    const { briefing, added } = await call('addArticlesToBriefing', { briefingId: created.id, articleIds: [2, 1, 2] });
    expect(added).toEqual([2, 1]);
    return briefing;
  }

  it('adds, reorders and removes articles, and undoes the removal', async () => {
    const { backend, call } = start();
    const seen = vi.fn();
    backend.events.subscribe(seen);
    const briefing = await weekly(call);
    expect(briefing).toMatchObject({ date: '2026-03-02', articleCount: 2 });
    expect((await call('moveArticleInBriefing', { briefingId: briefing.id, articleId: 1, index: 0 })).articles.map((a) => a.id)).toEqual([1, 2]);
    const { removed, briefing: after } = await call('removeArticlesFromBriefing', { briefingId: briefing.id, articleIds: [1] });
    expect(after.articles.map((a) => a.id)).toEqual([2]);
    expect(removed).toEqual([{ articleId: 1, position: 0, addedAt: expect.any(String) }]);
    const restored = await call('restoreArticlesToBriefing', { briefingId: briefing.id, places: removed });
    expect(restored.articles.map((a) => a.id)).toEqual([1, 2]);
    expect(seen.mock.calls.every(([, payload]) => (payload as { kinds: string[] }).kinds.includes('briefings'))).toBe(true);
    expect(seen).toHaveBeenCalledTimes(5);
  });

  it('duplicates a briefing, deletes it, and brings it back with the same id', async () => {
    const { call } = start();
    const briefing = await weekly(call);
    await call('updateBriefing', { id: briefing.id, marking: 'RED', author: 'Desk 4', summary: '**Bottom line**' });
    const copy = await call('duplicateBriefing', { id: briefing.id });
    expect(copy).toMatchObject({ title: 'Weekly (copy)', marking: 'RED', author: 'Desk 4', summary: '**Bottom line**', date: '2026-03-02' });
    expect(copy.articles.map((a) => a.id)).toEqual([2, 1]);

    const before = await call('getBriefing', { id: briefing.id });
    const deleted = await call('deleteBriefing', { id: briefing.id });
    expect((await call('listBriefings', {})).map((b) => b.title)).not.toContain('Weekly');
    // The undo payload crosses the contract as JSON, and comes back as the same briefing.
    const restored = await call('restoreBriefing', { deleted: JSON.parse(JSON.stringify(deleted)) as typeof deleted });
    expect(restored).toEqual(before);
  });

  it.each([
    ['moveArticleInBriefing', { briefingId: 1, articleId: 1, index: 9 }, 'INVALID_ARGUMENTS', /no place 10; choose 1 to 2/],
    ['moveArticleInBriefing', { briefingId: 404, articleId: 1, index: 0 }, 'NOT_FOUND', /no briefing with id 404/],
    ['addArticlesToBriefing', { briefingId: 1, articleIds: [1, 77] }, 'NOT_FOUND', /no article with id 77/],
    ['removeArticlesFromBriefing', { briefingId: 1, articleIds: [5] }, 'NOT_FOUND', /Article 5 is not in the briefing/],
    ['deleteBriefing', { id: 404 }, 'NOT_FOUND', /no briefing with id 404/],
  ] as const)('refuses %s(%j) with a sentence and changes nothing', async (name, args, code, message) => {
    const { backend } = start();
    const before = await backend.dispatch('getBriefing', { id: 1 });
    const result = await backend.dispatch(name, args);
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (!result.ok) expect(result.error.message).toMatch(message);
    expect(await backend.dispatch('getBriefing', { id: 1 })).toEqual(before);
  });
});

describe('highlights', () => {
  const quote = 'moved customs inspections from the quay to inland depots';

  async function sampleArticle(call: ReturnType<typeof start>['call']) {
    const article = await call('getArticle', { id: 1 });
    const startAt = article.text.indexOf(quote);
    return { article, startAt, endAt: startAt + quote.length };
  }

  it('highlights a selection: main writes the quote and its context from its own copy of the text', async () => {
    const { call } = start();
    const { article, startAt, endAt } = await sampleArticle(call);
    const created = await call('createHighlight', { articleId: 1, start: startAt, end: endAt, color: 'green', note: 'Key change' });
    expect(created.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: quote,
      prefix: article.text.slice(startAt - 32, startAt),
      suffix: article.text.slice(endAt, endAt + 32),
    });
    const [listed] = await call('listHighlights', { articleId: 1 });
    expect(listed).toMatchObject({ id: created.id, color: 'green', note: 'Key change', anchor: { status: 'anchored', start: startAt, end: endAt } });
  });

  it('changes colour and note, deletes, and undoes the delete with the same id', async () => {
    const { call } = start();
    const { startAt, endAt } = await sampleArticle(call);
    const created = await call('createHighlight', { articleId: 1, start: startAt, end: endAt, color: 'yellow' });
    expect(await call('updateHighlight', { id: created.id, color: 'purple', note: 'Ask the port' })).toMatchObject({ color: 'purple', note: 'Ask the port' });
    const deleted = await call('deleteHighlight', { id: created.id });
    expect(await call('listHighlights', { articleId: 1 })).toEqual([]);
    const restored = await call('restoreHighlight', { highlight: deleted });
    expect(restored).toEqual(deleted);
    expect(await call('listHighlights', { articleId: 1 })).toHaveLength(1);
  });

  it('shows a highlight whose passage left the article as orphaned, with its quote and note', async () => {
    const { backend, call } = start();
    const { startAt, endAt } = await sampleArticle(call);
    await call('createHighlight', { articleId: 1, start: startAt, end: endAt, color: 'blue', note: 'Check' });
    backend.library.db.prepare('UPDATE articles SET text = ? WHERE id = 1').run('The article was rewritten entirely.');
    const [orphan] = await call('listHighlights', { articleId: 1 });
    expect(orphan).toMatchObject({ quote: { exact: quote }, note: 'Check', anchor: { status: 'orphaned' } });
  });

  it.each([
    [{ articleId: 1, start: 10, end: 5, color: 'yellow' }, /ends after it starts/],
    [{ articleId: 1, start: 0, end: 10, color: 'red' }, /color/],
    [{ articleId: 1, start: 0, end: 99_999, color: 'yellow' }, /not inside the article/],
    [{ articleId: 999, start: 0, end: 5, color: 'yellow' }, /no article with id 999/],
  ])('refuses %j', async (args, message) => {
    const { backend } = start();
    const result = await backend.dispatch('createHighlight', args);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
    expect(backend.library.db.prepare('SELECT count(*) FROM highlights').pluck().get()).toBe(0);
  });
});

describe('reading position and article notes', () => {
  it('remembers how far the reader got, and an unread article becomes "reading"', async () => {
    const { backend, call } = start();
    const seen = vi.fn();
    backend.events.subscribe(seen);
    expect(await call('setReadingPosition', { id: 1, position: 0.4 })).toEqual({ readingStatus: 'reading' });
    expect(await call('setReadingPosition', { id: 1, position: 0.6 })).toEqual({ readingStatus: 'reading' });
    expect(seen).toHaveBeenCalledTimes(1);
    expect(await call('getArticle', { id: 1 })).toMatchObject({ readingPosition: 0.6, readingStatus: 'reading' });
    expect((await backend.dispatch('setReadingPosition', { id: 1, position: 1.5 })).ok).toBe(false);
  });

  it('saves, replaces and removes the note on an article', async () => {
    const { call } = start();
    expect(await call('getArticleNote', { articleId: 1 })).toBeNull();
    await call('saveArticleNote', { articleId: 1, body: 'First **thoughts**' });
    expect(await call('saveArticleNote', { articleId: 1, body: 'Revised view' })).toMatchObject({ articleId: 1, body: 'Revised view' });
    expect(await call('getArticleNote', { articleId: 1 })).toMatchObject({ body: 'Revised view' });
    expect(await call('saveArticleNote', { articleId: 1, body: '  ' })).toBeNull();
    expect(await call('getArticleNote', { articleId: 1 })).toBeNull();
  });

  it('keeps the colour names the analyst chose', async () => {
    const { call } = start();
    const settings = await call('updateSettings', { highlightLabels: { yellow: 'Indicator', blue: 'Gap' } });
    expect(settings.highlightLabels).toEqual({ yellow: 'Indicator', blue: 'Gap' });
    expect((await call('updateSettings', { highlightLabels: { blue: 'Open question' } })).highlightLabels).toEqual({ yellow: 'Indicator', blue: 'Open question' });
  });
});

describe('the briefing document every export draws from', () => {
  it('holds the briefing, its articles in order, their highlights in reading order and their notes', async () => {
    const { call } = start();
    const [sample] = await call('listBriefings', {});
    const briefing = await call('getBriefing', { id: sample!.id });
    const [first, second] = briefing.articles;
    const text = (await call('getArticle', { id: first!.id })).text;
    const later = await call('createHighlight', { articleId: first!.id, start: 40, end: 60, color: 'blue', note: 'second' });
    const earlier = await call('createHighlight', { articleId: first!.id, start: 0, end: 20, color: 'yellow' });
    await call('saveArticleNote', { articleId: second!.id, body: 'Check with the port authority.' });

    const document = await call('getBriefingDocument', { id: sample!.id });

    expect(document.briefing).toMatchObject({ id: sample!.id, title: briefing.title, marking: 'GREEN', summary: briefing.summary });
    expect(document.briefing).not.toHaveProperty('articles');
    expect(document.articles.map((entry) => entry.article.id)).toEqual([first!.id, second!.id]);
    expect(document.articles[0]!.article.text).toBe(text);
    expect(document.articles[0]!.highlights.map((h) => h.id)).toEqual([earlier.id, later.id]);
    expect(document.articles[0]!.note).toBeNull();
    expect(document.articles[1]).toMatchObject({ highlights: [], note: 'Check with the port authority.' });
  });

  it('reports a missing briefing as NOT_FOUND', async () => {
    const { backend } = start();
    expect(await backend.dispatch('getBriefingDocument', { id: 404 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
