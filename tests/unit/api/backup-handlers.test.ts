import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/api/backend.ts';
import type { CallArgs, CallName } from '../../../shared/contract.ts';
import { testBackend } from '../../helpers/backend.ts';
import { damage, writeLibrary } from '../../helpers/corrupt.ts';
import { startSite } from '../../helpers/site.ts';
import { tempDir } from '../../helpers/temp.ts';

let current: Backend | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

function start(options?: Parameters<typeof testBackend>[0]) {
  const { backend } = testBackend(options);
  current = backend;
  return { backend, call: <K extends CallName>(name: K, args: CallArgs<K>) => backend.dispatch(name, args) };
}

describe('backup calls over the real handlers', () => {
  it('backs up now, lists the backup, and restores it with the change undone', async () => {
    const { backend, call } = start();
    const made = await call('backupNow', {});
    expect(made).toMatchObject({ ok: true, value: { backup: { reason: 'manual' } } });
    await call('createBriefing', { title: 'After the backup' });
    const listed = await call('listBackups', {});
    const name = listed.ok ? (listed.value as Array<{ name: string }>)[0]!.name : '';
    const restored = await call('restoreBackup', { name });
    expect(restored).toMatchObject({ ok: true, value: { missingAssets: 0, setAsidePath: expect.stringContaining('before-restore-') } });
    expect(backend.library.db.prepare('SELECT count(*) FROM briefings').pluck().get()).toBe(1);
  });

  it.each(['../library.db', '/etc/passwd', 'library.db', 'library-2026-11-23T13-05-09Z-manual.db/../../x'])(
    'refuses %j as a backup name before touching anything',
    async (name) => {
      const { call } = start();
      expect(await call('restoreBackup', { name })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENTS' } });
    },
  );

  it('refuses to swap the library while an import is running', { timeout: 30_000 }, async () => {
    const site = await startSite({ '/slow': (_req, res) => setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end('<title>x</title>'), 400) });
    const { call } = start();
    await call('backupNow', {});
    const listed = await call('listBackups', {});
    const name = listed.ok ? (listed.value as Array<{ name: string }>)[0]!.name : '';
    const importing = call('importBatch', { batchId: 'slow-batch', items: [{ kind: 'url', url: site.url('/slow') }] });
    expect(await call('restoreBackup', { name })).toMatchObject({ ok: false, error: { code: 'BUSY', message: expect.stringMatching(/An import is running/) } });
    await importing;
  });

  it('without a folder dialog (the preview), opens another library only from an absolute path', async () => {
    const { backend, call } = start();
    expect(await call('openLibraryFolder', {})).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENTS' } });
    expect(await call('openLibraryFolder', { path: 'relative/folder' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENTS' } });
    const other = tempDir('other');
    expect(await call('openLibraryFolder', { path: other })).toEqual({ ok: true, value: { state: 'open', dir: other } });
    expect(backend.settings.get().libraryDir).toBe(other);
    expect(fs.existsSync(path.join(other, 'library.db'))).toBe(true);
  });

  it('on a damaged library: every library call says so, the status explains, the file is unchanged', async () => {
    const libraryDir = tempDir('library');
    const file = writeLibrary(libraryDir);
    damage(file, 'cut short');
    const before = fs.readFileSync(file);
    const { call } = start({ libraryDir });
    expect(await call('listBriefings', {})).toMatchObject({
      ok: false,
      error: { code: 'LIBRARY_UNAVAILABLE', message: expect.stringMatching(/damaged.*Restore a backup or open another library/s) },
    });
    expect(await call('getLibraryStatus', {})).toMatchObject({ ok: true, value: { state: 'unavailable', problem: 'damaged', latestBackup: null, canPickFolder: false } });
    expect(await call('backupNow', {})).toMatchObject({ ok: false, error: { code: 'LIBRARY_UNAVAILABLE' } });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
