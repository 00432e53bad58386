import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  backupsToDelete,
  isDailyBackupDue,
  parseBackupFileName,
  type NamedBackup,
} from '../../../electron/library/backup-plan.ts';
import type { BackupReason } from '../../../shared/backup.ts';

/** `'2026-11-23 09:00 daily'` → the backup made then, named as on disk. */
function backup(spec: string): NamedBackup {
  const [day, time, reason] = spec.split(' ') as [string, string, BackupReason];
  const when = new Date(`${day}T${time}:00Z`);
  return { name: backupFileName(when, reason), time: when.getTime(), reason };
}

/** A daily backup on each of `days` consecutive days ending on `last`. */
function dailies(last: string, days: number): string[] {
  const end = Date.parse(`${last}T08:00:00Z`);
  return Array.from({ length: days }, (_, i) => `${new Date(end - i * 86_400_000).toISOString().slice(0, 10)} 08:00 daily`);
}

const kept = (specs: string[]) => {
  const all = specs.map(backup);
  const deleted = new Set(backupsToDelete(all));
  return all.filter((b) => !deleted.has(b.name)).map((b) => new Date(b.time).toISOString().slice(0, 16).replace('T', ' ') + ` ${b.reason}`);
};

describe('backup file names', () => {
  it('are sortable, carry the reason, and read back to the same time', () => {
    const when = new Date('2026-11-23T13:05:09.731Z');
    expect(backupFileName(when, 'manual')).toBe('library-2026-11-23T13-05-09Z-manual.db');
    expect(parseBackupFileName('library-2026-11-23T13-05-09Z-before-v2.db')).toEqual({
      name: 'library-2026-11-23T13-05-09Z-before-v2.db',
      time: Date.parse('2026-11-23T13:05:09Z'),
      reason: 'before-v2',
    });
  });

  it.each([
    'library.db',
    'library-2026-11-23T13-05-09Z-manual.db.tmp',
    'library-2026-11-23T13-05-09Z-weekly.db',
    'library-2026-02-30T13-05-09Z-daily.db',
    'my-own-copy.db',
  ])('%s is not one of ours, so retention never touches it', (name) => {
    expect(parseBackupFileName(name)).toBeNull();
  });
});

describe('retention: 7 daily, 4 weekly, 5 manual, 2 before an upgrade', () => {
  it('a manual backup never pushes out the daily backup of the same day', () => {
    const backups = [...dailies('2026-11-23', 7), '2026-11-23 18:00 manual'];
    expect(backupsToDelete(backups.map(backup))).toEqual([]);
  });

  it.each([
    {
      case: 'nothing to delete with fewer than 7 backups',
      backups: dailies('2026-11-23', 5),
      keptCount: 5,
    },
    {
      case: 'a month of dailies keeps the last 7 days and the newest of the 4 most recent weeks',
      backups: dailies('2026-11-23', 30),
      // 2026-11-23 is a Monday: days 17–23 are the dailies; weeks end on Sundays 22, 15, 8 (+ Monday 23's week).
      expected: [
        '2026-11-23 08:00 daily',
        '2026-11-22 08:00 daily',
        '2026-11-21 08:00 daily',
        '2026-11-20 08:00 daily',
        '2026-11-19 08:00 daily',
        '2026-11-18 08:00 daily',
        '2026-11-17 08:00 daily',
        '2026-11-15 08:00 daily',
        '2026-11-08 08:00 daily',
      ],
    },
    {
      case: 'gaps: the 7 most recent days that have a backup, however far back',
      backups: ['2026-11-23 08:00 daily', '2026-11-10 08:00 daily', '2026-10-01 08:00 daily', '2026-06-01 08:00 daily'],
      keptCount: 4,
    },
    {
      case: 'two backups on one day: the newer fills the daily slot, the older goes',
      backups: ['2026-11-23 18:00 daily', '2026-11-23 08:00 daily', ...dailies('2026-11-22', 6)],
      expectDeleted: ['2026-11-23 08:00 daily'],
    },
    {
      case: 'old manual backups: the 5 newest stay whatever their age',
      backups: [
        ...dailies('2026-11-23', 7),
        '2026-01-01 10:00 manual',
        '2026-01-02 10:00 manual',
        '2026-01-03 10:00 manual',
        '2026-01-04 10:00 manual',
        '2026-01-05 10:00 manual',
        '2026-01-06 10:00 manual',
      ],
      expectDeleted: ['2026-01-01 10:00 manual'],
    },
    {
      case: 'before-upgrade backups: the 2 newest stay whatever their age',
      backups: [...dailies('2026-11-23', 7), '2025-03-01 09:00 before-v2', '2025-09-01 09:00 before-v3', '2026-02-01 09:00 before-v4'],
      expectDeleted: ['2025-03-01 09:00 before-v2'],
    },
  ])('$case', ({ backups, expected, keptCount, expectDeleted }) => {
    const result = kept(backups);
    if (expected) expect(result).toEqual(expected);
    if (keptCount !== undefined) expect(result).toHaveLength(keptCount);
    if (expectDeleted) {
      const deletedNames = backupsToDelete(backups.map(backup));
      expect(deletedNames).toEqual(expectDeleted.map((spec) => backup(spec).name));
    }
  });

  it('never deletes the newest backup, whatever the policy', () => {
    const backups = dailies('2026-11-23', 10).map(backup);
    const deleted = backupsToDelete(backups, { daily: 0, weekly: 0, manual: 0, beforeMigration: 0 });
    expect(deleted).toHaveLength(9);
    expect(deleted).not.toContain(backups[0]!.name);
  });
});

describe('the daily backup at start', () => {
  it.each([
    { backups: [], now: '2026-11-23T09:00:00Z', due: true },
    { backups: ['2026-11-23 00:10 daily'], now: '2026-11-23T23:50:00Z', due: false },
    { backups: ['2026-11-23 07:00 manual'], now: '2026-11-23T09:00:00Z', due: true },
    { backups: ['2026-11-22 23:59 daily'], now: '2026-11-23T00:01:00Z', due: true },
  ])('with $backups at $now: due is $due', ({ backups, now, due }) => {
    expect(isDailyBackupDue(backups.map(backup), new Date(now))).toBe(due);
  });
});
