/**
 * "Restore from backup…": the library's backups (when, why, how big), newest
 * first, and a second step that says plainly what a restore does before it
 * does it — the current file is set aside, not deleted.
 */
import { useId, useState } from 'react';
import { describeBackupReason, type BackupInfo } from '../../shared/backup.ts';
import { formatBackupTime } from '../format.ts';
import { formatBytes } from '../import/sources.ts';
import { useAppStore } from '../store/store.ts';
import { ReaderDialog } from './ReaderDialog.tsx';

export function BackupsDialog() {
  const open = useAppStore((s) => s.backupsDialogOpen);
  return open ? <BackupsDialogBody /> : null;
}

function BackupsDialogBody() {
  const backups = useAppStore((s) => s.backups);
  const busy = useAppStore((s) => s.libraryBusy);
  const dir = useAppStore((s) => s.libraryState?.dir ?? null);
  const close = useAppStore((s) => s.closeBackupsDialog);
  const backUpNow = useAppStore((s) => s.backUpNow);
  const restoreBackup = useAppStore((s) => s.restoreBackup);
  const [chosenName, setChosenName] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const chosen = backups?.find((b) => b.name === chosenName) ?? backups?.[0] ?? null;

  if (confirming && chosen) {
    return (
      <ReaderDialog
        title="Restore this backup?"
        className="backups-dialog"
        onClose={close}
        description={`The library will be as it was on ${formatBackupTime(chosen.createdAt)}.`}
        footer={
          <>
            <button type="button" className="button" onClick={() => setConfirming(false)} disabled={busy}>
              Back
            </button>
            <button type="button" className="button button-primary" autoFocus disabled={busy} onClick={() => void restoreBackup(chosen.name)}>
              {busy ? 'Restoring…' : 'Restore backup'}
            </button>
          </>
        }
      >
        <ul className="backups-consequences">
          <li>
            The current library file is <strong>set aside, not deleted</strong>: it is kept as{' '}
            <code>library.db.before-restore-…</code>
            {dir ? (
              <>
                {' '}
                in <code className="backups-path">{dir}</code>
              </>
            ) : null}
            .
          </li>
          <li>Articles, highlights and notes saved after this backup are not in the restored library; they stay in the set-aside file.</li>
          <li>Cached images stay where they are; the app says if the restored articles miss any.</li>
        </ul>
      </ReaderDialog>
    );
  }

  return (
    <ReaderDialog
      title="Restore from backup"
      className="backups-dialog"
      onClose={close}
      description="The app backs up the library at the first start of each day and before every upgrade. It keeps the last 7 days, 4 weeks, 5 manual backups and 2 from before upgrades."
      footer={
        <>
          <button type="button" className="button button-quiet backups-now" disabled={busy} onClick={() => void backUpNow()}>
            Back up now
          </button>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="button" className="button button-primary" disabled={!chosen || busy} onClick={() => setConfirming(true)}>
            Restore…
          </button>
        </>
      }
    >
      {backups === null ? (
        <p className="backups-empty">Looking for backups…</p>
      ) : backups.length === 0 ? (
        <p className="backups-empty">There are no backups of this library yet. “Back up now” makes one at once.</p>
      ) : (
        <BackupList backups={backups} chosen={chosen?.name ?? null} onChoose={setChosenName} />
      )}
    </ReaderDialog>
  );
}

function BackupList({ backups, chosen, onChoose }: { backups: BackupInfo[]; chosen: string | null; onChoose: (name: string) => void }) {
  const name = useId();
  return (
    <fieldset className="backups-list">
      <legend className="sr-only">Backups, newest first</legend>
      <div className="backups-row backups-head" aria-hidden="true">
        <span />
        <span>Made</span>
        <span>Why</span>
        <span className="backups-size">Size</span>
      </div>
      {backups.map((backup) => (
        <label key={backup.name} className="backups-row" data-chosen={backup.name === chosen ? true : undefined}>
          <input type="radio" name={name} value={backup.name} checked={backup.name === chosen} onChange={() => onChoose(backup.name)} />
          <time dateTime={backup.createdAt}>{formatBackupTime(backup.createdAt)}</time>
          <span className="backups-reason">{describeBackupReason(backup.reason)}</span>
          <span className="backups-size">{formatBytes(backup.bytes)}</span>
        </label>
      ))}
    </fieldset>
  );
}
