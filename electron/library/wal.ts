/**
 * The write-ahead log beside `library.db`, judged before SQLite sees it.
 * SQLite merges any `library.db-wal` it finds into the database, even one
 * from another database, which leaves the library permanently malformed; and
 * it deletes a log it cannot use. So the log is read here first, by the
 * format (https://sqlite.org/fileformat2.html#walformat): the header's magic,
 * version, page size (it must be the database's) and checksum, then the first
 * frame's salts and checksum. A log that passes is tied to this database by
 * its wal-index (`-shm`, written by the connection that wrote the log: its
 * salts must be the log's); a log without that tie (a power cut, or a file
 * copied in) is merged into a copy of the database first and kept only if the
 * copy is sound. A log that fails is moved aside as
 * `library.db-wal.set-aside-<time>` — never merged, never deleted — and the
 * database's bytes are not changed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

const WAL_HEADER_BYTES = 32;
const FRAME_HEADER_BYTES = 24;
const WAL_MAGIC_LITTLE_ENDIAN = 0x377f0682;
const WAL_MAGIC_BIG_ENDIAN = 0x377f0683;
const WAL_FORMAT_VERSION = 3007000;
/** The wal-index header: two copies of 48 bytes, in the writer's byte order. */
const INDEX_HEADER_BYTES = 48;

export type StrayWalReason = 'garbage' | 'mismatched' | 'foreign';

export interface StrayWal {
  reason: StrayWalReason;
  /** Where the log was moved. */
  setAsidePath: string;
  /** What was wrong with it, for the person at the keyboard. */
  message: string;
}

type Verdict = { ok: true; tiedByIndex: boolean } | { ok: false; reason: StrayWalReason; detail: string };

function readPrefix(file: string, length: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const read = fs.readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

/** SQLite's WAL checksum: pairs of 32-bit words, summed as the format describes. */
function walChecksum(data: Buffer, bigEndian: boolean, seed: readonly [number, number]): [number, number] {
  let s1 = seed[0];
  let s2 = seed[1];
  for (let at = 0; at + 8 <= data.length; at += 8) {
    const x0 = bigEndian ? data.readUInt32BE(at) : data.readUInt32LE(at);
    const x1 = bigEndian ? data.readUInt32BE(at + 4) : data.readUInt32LE(at + 4);
    s1 = (s1 + x0 + s2) >>> 0;
    s2 = (s2 + x1 + s1) >>> 0;
  }
  return [s1, s2];
}

function databasePageSize(databasePath: string): number | null {
  const header = readPrefix(databasePath, 100);
  if (header.length < 100) return null;
  const size = header.readUInt16BE(16);
  return size === 1 ? 65536 : size;
}

/** Reads the log's header and first frame against the database's page size. */
export function inspectWalFormat(walPath: string, pageSize: number | null): Verdict {
  const header = readPrefix(walPath, WAL_HEADER_BYTES);
  if (header.length < WAL_HEADER_BYTES) return { ok: false, reason: 'garbage', detail: 'it is shorter than a log header' };
  const magic = header.readUInt32BE(0);
  if (magic !== WAL_MAGIC_LITTLE_ENDIAN && magic !== WAL_MAGIC_BIG_ENDIAN) return { ok: false, reason: 'garbage', detail: 'it does not start like a SQLite log' };
  if (header.readUInt32BE(4) !== WAL_FORMAT_VERSION) return { ok: false, reason: 'garbage', detail: 'its format version is not one SQLite writes' };
  const bigEndian = magic === WAL_MAGIC_BIG_ENDIAN;
  const headerSum = walChecksum(header.subarray(0, 24), bigEndian, [0, 0]);
  if (headerSum[0] !== header.readUInt32BE(24) || headerSum[1] !== header.readUInt32BE(28)) {
    return { ok: false, reason: 'garbage', detail: 'its header checksum is wrong' };
  }
  const walPageSize = header.readUInt32BE(8);
  if (pageSize !== null && walPageSize !== pageSize) {
    return { ok: false, reason: 'foreign', detail: `its pages are ${walPageSize} bytes and the library's are ${pageSize}` };
  }
  const frame = readPrefix(walPath, WAL_HEADER_BYTES + FRAME_HEADER_BYTES + walPageSize).subarray(WAL_HEADER_BYTES);
  if (frame.length < FRAME_HEADER_BYTES + walPageSize) return { ok: false, reason: 'mismatched', detail: 'it holds no whole frame' };
  if (!frame.subarray(8, 16).equals(header.subarray(16, 24))) {
    return { ok: false, reason: 'mismatched', detail: 'its first frame carries salts other than its header' };
  }
  const frameSum = walChecksum(frame.subarray(FRAME_HEADER_BYTES), bigEndian, walChecksum(frame.subarray(0, 8), bigEndian, headerSum));
  if (frameSum[0] !== frame.readUInt32BE(16) || frameSum[1] !== frame.readUInt32BE(20)) {
    return { ok: false, reason: 'mismatched', detail: 'its first frame fails its checksum' };
  }
  return { ok: true, tiedByIndex: false };
}

/**
 * True when the wal-index beside the database was written for this very log:
 * initialised, its two header copies equal, and its salts the log's.
 */
function indexedByShm(shmPath: string, walPath: string): boolean {
  let index: Buffer;
  try {
    index = readPrefix(shmPath, INDEX_HEADER_BYTES * 2);
  } catch {
    return false;
  }
  if (index.length < INDEX_HEADER_BYTES * 2) return false;
  const first = index.subarray(0, INDEX_HEADER_BYTES);
  if (!first.equals(index.subarray(INDEX_HEADER_BYTES)) || first[12] !== 1) return false;
  // The index copies the salts from the log's header byte for byte.
  return first.subarray(32, 40).equals(readPrefix(walPath, WAL_HEADER_BYTES).subarray(16, 24));
}

/**
 * Merges the log into a copy of the database and asks SQLite whether the
 * copy is sound and still at least the library it was: the check for a log
 * that nothing ties to this database.
 */
function mergesSoundly(databasePath: string, walPath: string): { ok: true } | { ok: false; detail: string } {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-wal-check-'));
  try {
    const copy = path.join(scratch, 'library.db');
    fs.copyFileSync(databasePath, copy);
    fs.copyFileSync(walPath, `${copy}-wal`);
    const before = readPrefix(databasePath, 100).readUInt32BE(60);
    const db = new Database(copy, { fileMustExist: true });
    try {
      const verdict = db.pragma('quick_check', { simple: true });
      if (verdict !== 'ok') return { ok: false, detail: `merged into a copy of the library it leaves it damaged: ${oneLine(String(verdict))}` };
      const after = db.pragma('user_version', { simple: true }) as number;
      if (after < before) return { ok: false, detail: `merged into a copy it turns the library back to schema ${after} from ${before}` };
      return { ok: true };
    } finally {
      db.close();
    }
  } catch (error) {
    return { ok: false, detail: `merged into a copy of the library it cannot be read: ${oneLine((error as Error).message)}` };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function oneLine(text: string): string {
  const line = text.replace(/\*\*\* in database main \*\*\*\s*/g, '').split('\n').filter(Boolean).slice(0, 2).join('; ');
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

function stampOf(now: Date): string {
  return `${now.toISOString().slice(0, 19).replace(/:/g, '-')}Z`;
}

function freeName(base: string): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!fs.existsSync(candidate)) return candidate;
  }
}

const EXPLAIN: Record<StrayWalReason, string> = {
  garbage: 'is not a SQLite write-ahead log',
  mismatched: 'holds no change SQLite could apply',
  foreign: 'belongs to another database',
};

/** Judges the log a live writer may be changing: a verdict against it is asked again before it counts. */
function judge(databasePath: string, walPath: string, shmPath: string): Verdict {
  let verdict: Verdict = { ok: true, tiedByIndex: false };
  for (let attempt = 0; attempt < 3; attempt++) {
    verdict = inspectWalFormat(walPath, databasePageSize(databasePath));
    if (verdict.ok && indexedByShm(shmPath, walPath)) return { ok: true, tiedByIndex: true };
    if (verdict.ok) return verdict;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  }
  return verdict;
}

/**
 * Checks the log beside `databasePath`, if there is one with anything in it,
 * and moves it aside (with its `-shm`) when it does not belong. Returns what
 * was set aside, or null when there is no log or it belongs.
 */
export function setAsideStrayWal(databasePath: string, now: Date = new Date()): StrayWal | null {
  const walPath = `${databasePath}-wal`;
  const shmPath = `${databasePath}-shm`;
  let size: number;
  try {
    size = fs.statSync(walPath).size;
  } catch {
    return null;
  }
  if (size === 0) return null;
  let verdict = judge(databasePath, walPath, shmPath);
  if (verdict.ok && !verdict.tiedByIndex) {
    const merged = mergesSoundly(databasePath, walPath);
    if (!merged.ok) verdict = { ok: false, reason: 'foreign', detail: merged.detail };
  }
  if (verdict.ok) return null;
  const setAsidePath = freeName(`${walPath}.set-aside-${stampOf(now)}`);
  fs.renameSync(walPath, setAsidePath);
  if (fs.existsSync(shmPath)) fs.renameSync(shmPath, freeName(`${shmPath}.set-aside-${stampOf(now)}`));
  return {
    reason: verdict.reason,
    setAsidePath,
    message:
      `The write-ahead log beside ${databasePath} ${EXPLAIN[verdict.reason]} (${verdict.detail}). ` +
      `It was moved to ${setAsidePath} instead of being merged; the library file itself was not changed.`,
  };
}
