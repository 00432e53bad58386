/**
 * Writing an exported file so that it is either complete or not there at all:
 * the bytes go to a hidden temporary file beside the target
 * (`.<name>.<random>.tmp`), are flushed to the disk, and only then renamed
 * over the target. Any failure removes the temporary file and says, in words a
 * person can act on, why the file could not be written.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { BriefingError } from '../../shared/result.ts';

export interface AtomicWriteOptions {
  /** Writes the bytes into the open temporary file; tests inject one that fails like a full disk. */
  write?: (file: fs.FileHandle, data: Uint8Array) => Promise<void>;
}

const writeAll = async (file: fs.FileHandle, data: Uint8Array): Promise<void> => {
  await file.writeFile(data);
};

/** The temporary file's name for `target`: hidden, beside it, so the rename never crosses disks. */
export function temporaryPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Why writing `target` failed, for a person: the folder, the disk, or the path. */
export function describeWriteError(error: unknown, target: string): BriefingError {
  if (error instanceof BriefingError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const dir = path.dirname(target);
  const name = path.basename(target);
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new BriefingError('WRITE_FAILED', `The folder ${dir} is not writable, so ${name} was not saved. Choose another folder.`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new BriefingError('WRITE_FAILED', `The disk is full, so ${name} was not saved. Free some space or choose another disk.`);
    case 'ENOENT':
    case 'ENOTDIR':
      return new BriefingError('WRITE_FAILED', `The folder ${dir} does not exist, so ${name} was not saved. Choose another folder.`);
    case 'EISDIR':
      return new BriefingError('WRITE_FAILED', `${target} is a folder; choose a file name to save to.`);
    default:
      return new BriefingError('WRITE_FAILED', `${name} could not be saved in ${dir}: ${(error as Error | null)?.message ?? String(error)}`);
  }
}

/**
 * Writes `data` to `target` all at once or not at all, replacing a file already there.
 * @throws BriefingError('WRITE_FAILED') saying why; no temporary file is left behind.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string, options: AtomicWriteOptions = {}): Promise<void> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const temporary = temporaryPathFor(target);
  const write = options.write ?? writeAll;
  let created = false;
  try {
    const file = await fs.open(temporary, 'wx', 0o644);
    created = true;
    try {
      await write(file, bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await fs.rename(temporary, target);
  } catch (error) {
    if (created) await fs.rm(temporary, { force: true });
    throw describeWriteError(error, target);
  }
}
