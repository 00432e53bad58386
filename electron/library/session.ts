/**
 * The library the app has open, or why it has none. Opening never throws:
 * a damaged, unreadable or too-new file leaves the session "unavailable",
 * every library call then fails with a message that says so, and the window
 * offers to restore a backup or open another folder. Restoring and switching
 * folders happen here, with the library closed and nothing deleted.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupResult, LibraryProblemKind, LibraryStatus, RestoreResult } from '../../shared/backup.ts';
import { BriefingError } from '../../shared/result.ts';
import { backupIfDue, backupLibrary, countMissingAssets, listBackups, restoreLibraryFile } from './backup.ts';
import { openLibrary, type Library } from './library.ts';
import { libraryFiles } from './open.ts';

export interface LibrarySessionOptions {
  dir: string;
  /** Seed the sample briefing when an open creates a library. */
  seedSample: boolean;
  /** Whether main can show a folder picker (the app) or takes a typed path (the preview). */
  canPickFolder: boolean;
  /** Closes other connections to the library file (the search workers') before it is moved, replaced or closed. */
  releaseReaders?: () => Promise<void>;
  now?: () => Date;
}

export interface LibrarySession {
  /** The open library; every member fails with LIBRARY_UNAVAILABLE while there is none. */
  readonly library: Library;
  status(): LibraryStatus;
  /** The open library's cached images folder, or null while none is open. */
  assetsDir(): string | null;
  listBackups(): BackupInfo[];
  backupNow(): Promise<BackupResult>;
  /** The start-of-day backup, if none was made today; nothing while the library is unavailable or closed. */
  backupIfDue(): Promise<BackupResult | null>;
  /** Puts the named backup (from listBackups) in place of the library and opens it. */
  restore(name: string): Promise<RestoreResult>;
  /** Opens the library as it is after a stray write-ahead log was moved aside (the recovery screen's choice). */
  openAsItIs(): Promise<LibraryStatus>;
  /** Opens the library in another folder (creating one in an empty folder). */
  openFolder(dir: string): Promise<LibraryStatus>;
  close(): Promise<void>;
}

type State = { kind: 'open'; library: Library } | { kind: 'unavailable'; problem: LibraryProblemKind; message: string };

function problemOf(error: unknown): { problem: LibraryProblemKind; message: string } {
  if (error instanceof BriefingError) {
    if (error.code === 'LIBRARY_TOO_NEW') return { problem: 'too-new', message: error.message };
    if (error.code === 'LIBRARY_DAMAGED') return { problem: 'damaged', message: error.message };
    if (error.code === 'LIBRARY_READ_ONLY') return { problem: 'read-only', message: error.message };
    return { problem: 'unreadable', message: error.message };
  }
  return { problem: 'unreadable', message: `The library could not be opened: ${(error as Error).message ?? String(error)}` };
}

export function createLibrarySession(options: LibrarySessionOptions): LibrarySession {
  const now = options.now ?? (() => new Date());
  let dir = libraryFiles(options.dir).dir;
  /** The backup or restore under way: the next one waits for it. */
  let pending: Promise<unknown> = Promise.resolve();

  /**
   * Opens the library in `folder`. When a write-ahead log had to be moved aside,
   * the window says so first (the recovery screen), and the library stays closed
   * until the analyst chooses to open it as it is or to restore a backup.
   */
  const tryOpen = (folder: string): State => {
    try {
      const opened = openLibrary(folder, { seedSample: options.seedSample, verify: true, now: () => now().toISOString() });
      if (opened.strayWal === null) return { kind: 'open', library: opened };
      opened.close();
      return { kind: 'unavailable', problem: 'stray-wal', message: opened.strayWal.message };
    } catch (error) {
      return { kind: 'unavailable', ...problemOf(error) };
    }
  };
  let state = tryOpen(dir);
  let closed = false;

  const current = (): Library => {
    if (state.kind === 'open') return state.library;
    throw new BriefingError('LIBRARY_UNAVAILABLE', `${state.message} Restore a backup or open another library.`);
  };

  /** Runs `work` after whatever backup or restore is under way. */
  const serial = <T>(work: () => T | Promise<T>): Promise<T> => {
    const run = pending.then(work, work);
    pending = run.catch(() => undefined);
    return run;
  };

  const library: Library = {
    get files() {
      return current().files;
    },
    get db() {
      return current().db;
    },
    get created() {
      return current().created;
    },
    get strayWal() {
      return current().strayWal;
    },
    transaction: (work) => current().transaction(work),
    info: () => current().info(),
    check: () => current().check(),
    close: () => current().close(),
  };

  const status = (): LibraryStatus => {
    if (state.kind === 'open') return { state: 'open', dir };
    return {
      state: 'unavailable',
      dir,
      problem: state.problem,
      message: state.message,
      latestBackup: state.problem === 'too-new' || state.problem === 'read-only' ? null : (listBackups(dir)[0] ?? null),
      canPickFolder: options.canPickFolder,
    };
  };

  const releaseReaders = options.releaseReaders ?? (() => Promise.resolve());
  const closeCurrent = () => {
    if (state.kind === 'open') state.library.close();
  };

  return {
    library,
    status,
    assetsDir: () => (state.kind === 'open' ? state.library.files.assetsDir : null),
    listBackups: () => listBackups(dir),

    backupNow: () =>
      serial(() => {
        const open = current();
        return backupLibrary(open.db, open.files, { reason: 'manual', now: now() });
      }),

    backupIfDue: () =>
      serial(() => {
        if (closed || state.kind !== 'open') return null;
        return backupIfDue(state.library.db, state.library.files, now());
      }),

    restore: (name) =>
      serial(async () => {
        const backup = listBackups(dir).find((b) => b.name === name);
        if (!backup) throw new BriefingError('NOT_FOUND', `There is no backup named ${name} in ${path.join(dir, 'backups')}.`);
        if (state.kind === 'unavailable' && state.problem === 'too-new') {
          throw new BriefingError(
            'LIBRARY_TOO_NEW',
            'This library was written by a newer version of Briefing Reader; restoring an older backup over it is refused. Update the app, or open another library.',
          );
        }
        await releaseReaders();
        closeCurrent();
        let setAsidePath: string | null;
        try {
          ({ setAsidePath } = restoreLibraryFile(dir, backup.path, now()));
        } finally {
          state = tryOpen(dir);
        }
        const opened = current();
        return { restored: backup, setAsidePath, missingAssets: countMissingAssets(opened.db, opened.files.assetsDir) };
      }),

    openAsItIs: () =>
      serial(() => {
        if (state.kind === 'unavailable' && state.problem === 'stray-wal') state = tryOpen(dir);
        return status();
      }),

    openFolder: (folder) =>
      serial(async () => {
        const target = path.resolve(folder);
        if (!fs.existsSync(target) || !fs.statSync(target).isDirectory()) {
          throw new BriefingError('NOT_FOUND', `There is no folder at ${target}.`);
        }
        const next = tryOpen(target);
        if (next.kind === 'unavailable') {
          throw new BriefingError(next.problem === 'too-new' ? 'LIBRARY_TOO_NEW' : 'LIBRARY_UNREADABLE', next.message);
        }
        await releaseReaders();
        closeCurrent();
        state = next;
        dir = libraryFiles(target).dir;
        return status();
      }),

    close: async () => {
      closed = true;
      await pending;
      await releaseReaders();
      closeCurrent();
    },
  };
}
