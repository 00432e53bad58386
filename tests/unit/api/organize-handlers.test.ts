/**
 * Organizing through the contract, as the renderer does it: tags on articles
 * and highlights, a rename that clashes, the list filtered by tag and sorted,
 * the evidence locker, and highlights sent to a briefing — with the events
 * that make the windows reload.
 */
import { describe, expect, it, vi } from 'vitest';
import { useCallingBackend } from '../../helpers/backend.ts';

const start = useCallingBackend();

describe('organizing through the handlers', () => {
  it('tags the sample articles and a highlight, filters and sorts by them, and tells the windows', async () => {
    const { backend, call } = start();
    const seen = vi.fn();
    backend.events.subscribe(seen);
    const { items } = await call('listArticles', {});
    const ids = items.map((a) => a.id);
    const ports = await call('tagItems', { kind: 'article', ids, name: 'Ports' });
    const made = await call('createHighlight', { articleId: ids[0]!, start: 0, end: 7, color: 'blue' });
    await call('tagItems', { kind: 'highlight', ids: [made.id], name: 'ports' });
    expect(await call('listTags', {})).toEqual([{ id: ports.id, name: 'Ports', articleCount: 2, highlightCount: 1, listedArticleCount: 2 }]);

    const byTitle = await call('listArticles', { tagId: ports.id, sort: 'title' });
    expect(byTitle.items.map((a) => a.title)).toEqual([...items.map((a) => a.title)].sort((a, b) => a.localeCompare(b)));
    expect(byTitle.items[0]!.tags).toEqual([{ id: ports.id, name: 'Ports' }]);
    expect((await call('listHighlights', { articleId: ids[0]! }))[0]!.tags).toEqual([{ id: ports.id, name: 'Ports' }]);

    expect(seen.mock.calls.map((args: unknown[]) => args[1])).toEqual([
      { kinds: ['tags', 'articles'] },
      { kinds: ['highlights'] },
      { kinds: ['tags', 'highlights'] },
    ]);
  });

  it('refuses a rename onto another tag as a CONFLICT that offers the merge, then merges', async () => {
    const { backend, call } = start();
    const [first] = (await call('listArticles', {})).items;
    const grain = await call('tagItems', { kind: 'article', ids: [first!.id], name: 'Grain' });
    const cereals = await call('createTag', { name: 'Cereals' });
    const clash = await backend.dispatch('renameTag', { id: cereals.id, name: 'grain' });
    expect(clash).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'There is already a tag named “Grain”. Merge “Cereals” into “Grain” to make them one tag.' },
    });
    expect(await call('mergeTags', { sourceId: cereals.id, targetId: grain.id })).toMatchObject({ name: 'Grain', articleCount: 1 });
    const deleted = await call('deleteTag', { id: grain.id });
    expect(deleted).toEqual({ name: 'Grain', articleIds: [first!.id], highlightIds: [] });
    expect(await call('listTags', {})).toEqual([]);
    expect(await call('restoreTag', { deleted })).toMatchObject({ name: 'Grain', articleCount: 1 });
  });

  it('lists highlights across the library and sends their articles to a briefing', async () => {
    const { call } = start();
    const { items } = await call('listArticles', {});
    const a = await call('createHighlight', { articleId: items[0]!.id, start: 0, end: 7, color: 'pink', note: 'Key *claim*' });
    const b = await call('createHighlight', { articleId: items[1]!.id, start: 0, end: 7, color: 'pink' });
    await call('createHighlight', { articleId: items[1]!.id, start: 10, end: 20, color: 'green' });
    const locker = await call('listAllHighlights', { color: 'pink' });
    expect(locker.total).toBe(2);
    expect(locker.items.map((item) => [item.highlight.id, item.article.title])).toEqual(
      expect.arrayContaining([
        [a.id, items[0]!.title],
        [b.id, items[1]!.title],
      ]),
    );
    const briefing = await call('createBriefing', { title: 'Evidence for Monday' });
    expect(await call('addHighlightsToBriefing', { briefingId: briefing.id, highlightIds: [a.id, b.id] })).toEqual({ added: 2, articles: 2 });
    expect((await call('getBriefing', { id: briefing.id })).articleCount).toBe(2);
  });

  it('lists the sites for the site filter', async () => {
    const { call } = start();
    const sites = await call('listSites', {});
    expect(sites.reduce((sum, s) => sum + s.count, 0)).toBe(2);
  });
});
