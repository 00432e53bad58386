/**
 * The decisions about backups, as pure functions over names and dates: how a
 * backup file is named, how a name is read back, when the daily backup is due,
 * and which old backups the retention rule lets go.
 *
 * Retention: the daily backups (made at the first start of a day) keep the
 * newest of each of the 7 most recent days that have one and the newest of
 * each of the 4 most recent weeks (Monday to Sunday, UTC) that have one — as
 * in restic's --keep-daily/--keep-weekly, a week already covered by a kept
 * day counts among the 4. Manual backups are kept apart: the 5 newest stay,
 * whatever their age, and they never push out a daily one. Backups made
 * before a schema upgrade: the 2 newest stay. The newest backup of all is
 * kept under any policy. Files whose names are not ours are never touched.
 */
import type { BackupReason } from '../../shared/backup.ts';

export interface RetentionPolicy {
  daily: number;
  weekly: number;
  manual: number;
  beforeMigration: number;
}

export const RETENTION: RetentionPolicy = { daily: 7, weekly: 4, manual: 5, beforeMigration: 2 };

/** A backup as named on disk: enough to sort and keep or drop it. */
export interface NamedBackup {
  name: string;
  /** Milliseconds since the epoch, from the name. */
  time: number;
  reason: BackupReason;
}

const NAME = /^library-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})Z-(daily|manual|before-v\d{1,6})\.db$/;

/** `library-2026-11-23T13-05-00Z-manual.db`: sortable, safe on every file system. */
export function backupFileName(time: Date, reason: BackupReason): string {
  const stamp = time.toISOString().slice(0, 19).replace(/:/g, '-');
  return `library-${stamp}Z-${reason}.db`;
}

/** Reads a name made by backupFileName; anything else is null. */
export function parseBackupFileName(name: string): NamedBackup | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, reason] = match;
  const time = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 19).replace(/:/g, '-') !== name.slice(8, 27)) return null;
  return { name, time, reason: reason as BackupReason };
}

const DAY_MS = 86_400_000;

function utcDay(time: number): number {
  return Math.floor(time / DAY_MS);
}

/** Weeks start on Monday: 1970-01-01 was a Thursday, so shift by three days. */
function utcWeek(time: number): number {
  return Math.floor((utcDay(time) + 3) / 7);
}

/** The newest backup in each of the `count` most recent periods that have one. */
function newestPerPeriod(newestFirst: readonly NamedBackup[], period: (time: number) => number, count: number): NamedBackup[] {
  const seen = new Set<number>();
  const kept: NamedBackup[] = [];
  for (const backup of newestFirst) {
    const key = period(backup.time);
    if (seen.has(key)) continue;
    if (seen.size === count) break;
    seen.add(key);
    kept.push(backup);
  }
  return kept;
}

/** The names of the backups the retention rule deletes, oldest first. */
export function backupsToDelete(backups: readonly NamedBackup[], policy: RetentionPolicy = RETENTION): string[] {
  const newestFirst = [...backups].sort((a, b) => b.time - a.time || b.name.localeCompare(a.name));
  const dailies = newestFirst.filter((b) => b.reason === 'daily');
  const keep = new Set<string>([
    ...newestFirst.slice(0, 1).map((b) => b.name),
    ...newestPerPeriod(dailies, utcDay, policy.daily).map((b) => b.name),
    ...newestPerPeriod(dailies, utcWeek, policy.weekly).map((b) => b.name),
    ...newestFirst.filter((b) => b.reason === 'manual').slice(0, policy.manual).map((b) => b.name),
    ...newestFirst.filter((b) => b.reason.startsWith('before-v')).slice(0, policy.beforeMigration).map((b) => b.name),
  ]);
  return newestFirst
    .filter((b) => !keep.has(b.name))
    .map((b) => b.name)
    .reverse();
}

/** The start-of-day backup is due unless today's (UTC) was made already. */
export function isDailyBackupDue(backups: readonly NamedBackup[], now: Date): boolean {
  const today = utcDay(now.getTime());
  return !backups.some((b) => b.reason === 'daily' && utcDay(b.time) === today);
}
