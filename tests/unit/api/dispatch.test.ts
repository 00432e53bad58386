import { describe, expect, it, vi } from 'vitest';
import { createDispatch, type Handlers } from '../../../electron/api/dispatch.ts';
import { CALL_NAMES, type CallName } from '../../../shared/contract.ts';
import { BriefingError } from '../../../shared/result.ts';

/** Every handler a spy, so a test can prove that a bad payload never reached one. */
function spyHandlers(): Handlers {
  return Object.fromEntries(CALL_NAMES.map((name) => [name, vi.fn(() => ({ handled: name }))])) as unknown as Handlers;
}

const huge = 'x'.repeat(1_000_000);

const invalidPayloads: Array<[CallName, unknown, RegExp]> = [
  ['getBriefing', {}, /id/],
  ['getBriefing', { id: '1' }, /id/],
  ['getBriefing', { id: 1.5 }, /id/],
  ['getBriefing', { id: -3 }, /id/],
  ['getBriefing', { id: 1, extra: true }, /extra/],
  ['getBriefing', [1], /expected object/i],
  ['getBriefing', 'id=1', /expected object/i],
  ['createBriefing', { title: '' }, /title: A title cannot be empty/],
  ['createBriefing', { title: '   ' }, /title: A title cannot be empty/],
  ['createBriefing', { title: huge }, /at most 300/],
  ['createBriefing', { title: 42 }, /title/],
  ['updateBriefing', { id: 1, marking: 'PURPLE' }, /marking/],
  ['updateBriefing', { id: 1, summary: huge }, /at most 100,000/],
  ['createBriefing', { title: 'Weekly', date: '2026-02-30' }, /date: A date is written YYYY-MM-DD/],
  ['updateBriefing', { id: 1, date: 'next Monday' }, /date/],
  ['addArticlesToBriefing', { briefingId: 1, articleIds: [] }, /Name at least one article/],
  ['addArticlesToBriefing', { briefingId: 1, articleIds: ['3'] }, /articleIds/],
  ['addArticlesToBriefing', { briefingId: 1, articleIds: Array.from({ length: 10_001 }, (_, i) => i + 1) }, /At most 10,000 articles/],
  ['removeArticlesFromBriefing', { briefingId: 1 }, /articleIds/],
  ['moveArticleInBriefing', { briefingId: 1, articleId: 2, index: -1 }, /index/],
  ['moveArticleInBriefing', { briefingId: 1, articleId: 2, index: 0.5 }, /index/],
  ['restoreArticlesToBriefing', { briefingId: 1, places: [{ articleId: 2, position: 0, addedAt: 'yesterday' }] }, /addedAt/],
  ['restoreBriefing', { deleted: { briefing: { id: 1 }, items: [], notes: [] } }, /deleted.briefing.title/],
  [
    'restoreBriefing',
    {
      deleted: {
        briefing: { id: 1, title: 'x', author: '', summary: '', marking: 'CLEAR', date: '2026-01-01', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', sneaky: 1 },
        items: [],
        notes: [],
      },
    },
    /sneaky/,
  ],
  ['listArticles', { limit: 100_000 }, /limit/],
  ['listArticles', { offset: -1 }, /offset/],
  ['listArticles', { status: 'skimmed' }, /status/],
  ['setReadingStatus', { id: 1 }, /status/],
  ['listArticles', { sort: 'popularity' }, /sort/],
  ['listArticles', { direction: 'up' }, /direction/],
  ['listArticles', { savedFrom: '5 March' }, /savedFrom: A date is written YYYY-MM-DD/],
  ['listArticles', { highlightColor: 'orange' }, /highlightColor/],
  ['listArticles', { hasNotes: 'yes' }, /hasNotes/],
  ['listArticles', { tagId: 0 }, /tagId/],
  ['listAllHighlights', { color: 'orange' }, /color/],
  ['listAllHighlights', { text: huge }, /at most 200/],
  ['listAllHighlights', { limit: 501 }, /limit/],
  ['addHighlightsToBriefing', { briefingId: 1, highlightIds: [] }, /highlightIds/],
  ['createTag', { name: '   ' }, /name: A tag needs a name/],
  ['createTag', { name: 'x'.repeat(101) }, /at most 100/],
  ['renameTag', { id: 1 }, /name/],
  ['mergeTags', { sourceId: 1 }, /targetId/],
  ['tagItems', { kind: 'briefing', ids: [1], name: 'Ports' }, /kind/],
  ['tagItems', { kind: 'article', ids: [], name: 'Ports' }, /ids/],
  ['untagItems', { kind: 'highlight', ids: [1, 'two'], tagId: 1 }, /ids/],
  ['updateSettings', { theme: 'neon' }, /theme/],
  ['updateSettings', { windowBounds: { width: 1, height: 1 } }, /windowBounds/],
  ['updateSettings', { reader: { fontSize: 200 } }, /fontSize/],
  ['updateSettings', { libraryDir: '/etc' }, /libraryDir/],
  ['openExternal', { url: huge }, /url/],
  ['openExternal', {}, /url/],
  ['getLibraryInfo', { sneaky: 1 }, /sneaky/],
];

describe('dispatch', () => {
  it.each(invalidPayloads)('refuses %s(%j) before any service runs', async (name, args, message) => {
    const handlers = spyHandlers();
    const result = await createDispatch(handlers)(name, args);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_ARGUMENTS');
    expect(result.error.message).toMatch(message);
    expect(result.error.message.length).toBeLessThan(2000);
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('ends a message written as a sentence with one full stop, not two', async () => {
    const result = await createDispatch(spyHandlers())('importBatch', { batchId: 'short', items: [{ kind: 'text', text: 'x' }] });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENTS', message: 'Invalid arguments for importBatch: batchId: A batch id is 8 to 64 letters, digits, _ or -.' } });
  });

  it.each([['deleteEverything'], ['__proto__'], ['constructor'], [42], [null], ['toString']])(
    'refuses a call that is not in the contract: %j',
    async (name) => {
      const handlers = spyHandlers();
      const result = await createDispatch(handlers)(name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
      for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
    },
  );

  it('passes valid arguments, with defaults filled in, to exactly one handler', async () => {
    const handlers = spyHandlers();
    const result = await createDispatch(handlers)('listArticles', { briefingId: 3 });
    expect(result).toEqual({ ok: true, value: { handled: 'listArticles' } });
    expect(handlers.listArticles).toHaveBeenCalledWith({ briefingId: 3, offset: 0, limit: 100 });
  });

  it('passes sort and filters through, and trims tag names before they reach the library', async () => {
    const handlers = spyHandlers();
    const dispatch = createDispatch(handlers);
    await dispatch('listArticles', { sort: 'title', tagId: 2, publishedFrom: '2026-01-31', hasNotes: true });
    expect(handlers.listArticles).toHaveBeenCalledWith({ sort: 'title', tagId: 2, publishedFrom: '2026-01-31', hasNotes: true, offset: 0, limit: 100 });
    await dispatch('tagItems', { kind: 'article', ids: [1, 2], name: '  Grain   corridor ' });
    expect(handlers.tagItems).toHaveBeenCalledWith({ kind: 'article', ids: [1, 2], name: 'Grain corridor' });
  });

  it('trims titles before they reach the library', async () => {
    const handlers = spyHandlers();
    await createDispatch(handlers)('createBriefing', { title: '  Weekly  ' });
    expect(handlers.createBriefing).toHaveBeenCalledWith({ title: 'Weekly' });
  });

  it('carries a service error across with its code and the words written for the user', async () => {
    const handlers = spyHandlers();
    handlers.getArticle = () => {
      throw new BriefingError('NOT_FOUND', 'There is no article with id 9 in this library.');
    };
    expect(await createDispatch(handlers)('getArticle', { id: 9 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'There is no article with id 9 in this library.' },
    });
  });

  it('turns an unexpected failure into an INTERNAL error and logs it', async () => {
    const handlers = spyHandlers();
    handlers.listBriefings = () => Promise.reject(new Error('database is locked'));
    const log = vi.fn();
    const result = await createDispatch(handlers, log)('listBriefings', {});
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'listBriefings failed unexpectedly: database is locked' } });
    expect(log).toHaveBeenCalledOnce();
  });
});
