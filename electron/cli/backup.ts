/** `briefing backup [--to FILE]` and `briefing restore FILE`: the app's backups from the command line. */
import fs from 'node:fs';
import path from 'node:path';
import { BriefingError } from '../../shared/result.ts';
import { backupLibrary, countMissingAssets, restoreLibraryFile } from '../library/backup.ts';
import { openCliLibrary } from './open-library.ts';
import { libraryFiles } from '../library/open.ts';
import type { CommandOutput } from './commands.ts';

function requireLibrary(dir: string): void {
  if (!fs.existsSync(libraryFiles(dir).databasePath)) {
    throw new BriefingError('NOT_FOUND', `There is no library in ${libraryFiles(dir).dir}.`);
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/** An online backup: the app may keep running meanwhile. A damaged library is refused, not copied. */
export async function runBackup(dir: string, options: { to: string | undefined }): Promise<CommandOutput> {
  requireLibrary(dir);
  const library = openCliLibrary(dir, { verify: true });
  try {
    const result = await backupLibrary(library.db, library.files, { reason: 'manual', ...(options.to ? { to: options.to } : {}) });
    const lines = [`backed up ${library.files.databasePath}`, `  to ${result.backup.path} (${megabytes(result.backup.bytes)})`];
    if (result.removed.length > 0) lines.push(`  removed ${result.removed.length} old backup(s) by the retention rule`);
    if (options.to) lines.push('  cached images are not in this file: they stay in the library\'s assets folder');
    return { json: result, text: `${lines.join('\n')}\n`, exitCode: 0 };
  } finally {
    library.close();
  }
}

/**
 * Puts a backup in place of the library. Quit the app first. The current
 * library.db is kept as library.db.before-restore-<time>, never deleted.
 */
export function runRestore(dir: string, file: string | undefined): CommandOutput {
  if (!file) throw new BriefingError('INVALID_ARGUMENTS', 'Name the backup file to restore: `briefing restore backups/library-….db`.');
  const source = path.resolve(file);
  const { setAsidePath } = restoreLibraryFile(dir, source);
  const library = openCliLibrary(dir, { verify: true });
  let missingAssets: number;
  try {
    missingAssets = countMissingAssets(library.db, library.files.assetsDir);
  } finally {
    library.close();
  }
  const lines = [`restored ${source}`, `  into ${libraryFiles(dir).databasePath}`];
  if (setAsidePath) lines.push(`  the previous file is kept as ${setAsidePath}`);
  if (missingAssets > 0) lines.push(`  ${missingAssets} cached image(s) the restored articles use are missing from ${libraryFiles(dir).assetsDir}`);
  return { json: { restored: source, setAsidePath, missingAssets }, text: `${lines.join('\n')}\n`, exitCode: 0 };
}
