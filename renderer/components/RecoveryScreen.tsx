/**
 * The window when the library cannot be opened: what happened, in plain
 * words, and what can be done — restore the latest backup (the default; the
 * damaged file is set aside first, never deleted), open another library, or
 * quit. A library from a newer version of the app gets no restore offer: it
 * is not damaged, only newer.
 */
import { useId, useState, type FormEvent } from 'react';
import { describeBackupReason, type LibraryStatus } from '../../shared/backup.ts';
import { formatBackupTime } from '../format.ts';
import { formatBytes } from '../import/sources.ts';
import { useAppStore } from '../store/store.ts';
import { AlertIcon } from './icons.tsx';

type Unavailable = Extract<LibraryStatus, { state: 'unavailable' }>;

const TITLES: Record<Unavailable['problem'], string> = {
  damaged: 'The library file is damaged',
  unreadable: 'The library file cannot be read',
  'too-new': 'This library is from a newer version of Briefing Reader',
  'stray-wal': 'A log file beside the library did not belong to it',
  'read-only': 'The library file is read-only',
};

const EXPLANATIONS: Record<Unavailable['problem'], string> = {
  damaged:
    'SQLite’s check of the library found damage, as a failing disk, a full disk or a copy cut short can cause. The app has not opened it and has not changed it.',
  unreadable: 'The file in the library folder is not a library this app can read. The app has not opened it and has not changed it.',
  'too-new':
    'Update Briefing Reader to open it. This version has not opened it and has not changed it; restoring an older backup over it is not offered.',
  'stray-wal':
    'SQLite would have merged it into the library and damaged it, so the app moved it aside instead; nothing was deleted and the library file was not changed. If the app was closed by a crash just now, its last changes may be in that file: restore a backup, or open the library as it is.',
  'read-only':
    'The app keeps every change in the library file, so it cannot work in a file it may not write. Make the file and its folder writable, or open a copy in another folder. Nothing was written beside it.',
};

export function RecoveryScreen({ status }: { status: Unavailable }) {
  const busy = useAppStore((s) => s.libraryBusy);
  const restoreBackup = useAppStore((s) => s.restoreBackup);
  const openLibraryFolder = useAppStore((s) => s.openLibraryFolder);
  const openLibraryAsItIs = useAppStore((s) => s.openLibraryAsItIs);
  const quitApp = useAppStore((s) => s.quitApp);
  const [typing, setTyping] = useState(false);
  const titleId = useId();
  const explanationId = useId();
  const backup = status.latestBackup;

  return (
    <main className="recovery" aria-labelledby={titleId} aria-describedby={explanationId}>
      <div className="recovery-card" data-problem={status.problem}>
        <span className="recovery-icon">
          <AlertIcon />
        </span>
        <h1 className="recovery-title" id={titleId}>
          {TITLES[status.problem]}
        </h1>
        <p className="recovery-explanation" id={explanationId}>
          {EXPLANATIONS[status.problem]}
        </p>
        <details className="recovery-details">
          <summary>What the app found</summary>
          <p className="recovery-message">{status.message}</p>
        </details>
        <p className="recovery-folder">
          Library folder: <code>{status.dir}</code>
        </p>

        {backup ? (
          <p className="recovery-backup">
            Latest backup: <strong>{formatBackupTime(backup.createdAt)}</strong> ({describeBackupReason(backup.reason).toLowerCase()},{' '}
            {formatBytes(backup.bytes)}). Restoring it keeps the damaged file aside as <code>library.db.before-restore-…</code>; nothing is
            deleted.
          </p>
        ) : status.problem !== 'too-new' && status.problem !== 'read-only' ? (
          <p className="recovery-backup">There is no backup of this library in its backups folder.</p>
        ) : null}

        <div className="recovery-actions">
          {backup ? (
            <button type="button" className="button button-primary" autoFocus disabled={busy} onClick={() => void restoreBackup(backup.name)}>
              {busy ? 'Restoring…' : 'Restore latest backup'}
            </button>
          ) : null}
          {status.problem === 'stray-wal' ? (
            <button type="button" className={backup ? 'button' : 'button button-primary'} autoFocus={!backup} disabled={busy} onClick={() => void openLibraryAsItIs()}>
              Open the library as it is
            </button>
          ) : null}
          <button
            type="button"
            className={backup || status.problem === 'stray-wal' ? 'button' : 'button button-primary'}
            autoFocus={!backup && status.problem !== 'stray-wal'}
            disabled={busy}
            aria-expanded={status.canPickFolder ? undefined : typing}
            onClick={() => (status.canPickFolder ? void openLibraryFolder() : setTyping((t) => !t))}
          >
            Open another library…
          </button>
          <button type="button" className="button" onClick={() => void quitApp()}>
            Quit
          </button>
        </div>
        {typing ? <FolderPathForm onOpen={(path) => void openLibraryFolder(path)} busy={busy} /> : null}
      </div>
    </main>
  );
}

/** The preview has no folder dialog: the path is typed. */
function FolderPathForm({ onOpen, busy }: { onOpen: (path: string) => void; busy: boolean }) {
  const [path, setPath] = useState('');
  const inputId = useId();
  const hintId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (path.trim() !== '') onOpen(path.trim());
  };
  return (
    <form className="recovery-folder-form" onSubmit={submit}>
      <label className="settings-label" htmlFor={inputId}>
        Library folder
      </label>
      <div className="recovery-folder-row">
        <input
          id={inputId}
          className="text-input"
          value={path}
          autoFocus
          spellCheck={false}
          placeholder="/home/me/Briefings"
          aria-describedby={hintId}
          onChange={(event) => setPath(event.target.value)}
        />
        <button type="submit" className="button" disabled={busy || path.trim() === ''}>
          Open
        </button>
      </div>
      <p className="field-hint" id={hintId}>
        The full path of a folder with a library, or of an empty folder for a new one.
      </p>
    </form>
  );
}
