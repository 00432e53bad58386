/**
 * Backups and the library's health, as both processes see them: what a backup
 * is, why it was made, and whether the library could be opened.
 */

/**
 * Why a backup was made: `daily` at the first start of a day, `manual` when a
 * person asked, `before-v<N>` before the schema was upgraded to version N.
 */
export type BackupReason = 'daily' | 'manual' | `before-v${number}`;

export interface BackupInfo {
  /** The file name inside the library's `backups/` folder. */
  name: string;
  /** Absolute path of the backup file. */
  path: string;
  /** When it was made, ISO 8601 (UTC, whole seconds). */
  createdAt: string;
  reason: BackupReason;
  bytes: number;
}

/** What a backup run reports: the new backup and the old ones the retention rule removed. */
export interface BackupResult {
  backup: BackupInfo;
  removed: string[];
}

/** What a restore did: where the previous file went, and which cached images the restored library misses. */
export interface RestoreResult {
  restored: BackupInfo;
  /** The previous library.db, kept as `library.db.before-restore-<time>` (null if there was none). */
  setAsidePath: string | null;
  /** Asset files the restored articles reference that are not in the assets folder. */
  missingAssets: number;
}

/**
 * Why a library could not be opened. `stray-wal`: a write-ahead log beside it
 * did not belong to it and was moved aside; the library itself is sound and
 * unchanged, and opens when the analyst chooses to. `read-only`: the file
 * cannot be written.
 */
export type LibraryProblemKind = 'damaged' | 'unreadable' | 'too-new' | 'stray-wal' | 'read-only';

/**
 * The library as the window needs to know it before anything else: open, or
 * unavailable with the reason and what can be done about it.
 */
export type LibraryStatus =
  | { state: 'open'; dir: string }
  | {
      state: 'unavailable';
      dir: string;
      problem: LibraryProblemKind;
      /** What happened, written for the person at the keyboard. */
      message: string;
      /** The newest backup that could replace the file (never offered for a library from a newer version). */
      latestBackup: BackupInfo | null;
      /** True where main can show a folder picker (the app); the preview takes a typed path. */
      canPickFolder: boolean;
    };

/** "Daily", "Manual", "Before upgrade to v2": how a reason reads in a list. */
export function describeBackupReason(reason: BackupReason): string {
  if (reason === 'daily') return 'Daily';
  if (reason === 'manual') return 'Manual';
  return `Before upgrade to schema ${reason.slice('before-v'.length)}`;
}
