import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../../electron/api/backend.ts';
import type { CallArgs, CallName, CallValue } from '../../../shared/contract.ts';
import { testBackend } from '../../helpers/backend.ts';

let current: Backend | undefined;
afterEach(() => current?.close());

function start(options?: Parameters<typeof testBackend>[0]) {
  const made = testBackend(options);
  current = made.backend;
  /** Calls through dispatch exactly as the renderer would, and unwraps the value. */
  async function call<K extends CallName>(name: K, args: CallArgs<K>): Promise<CallValue<K>> {
    const result = await made.backend.dispatch(name, args);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as CallValue<K>;
  }
  return { ...made, call };
}

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
