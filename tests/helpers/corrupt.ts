/**
 * Damaged libraries for the tests, made from real ones the way disks and
 * crashes damage files: pages in the middle overwritten with garbage, the
 * file cut short, the header zeroed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { insertArticle } from '../../electron/library/articles.ts';
import { openLibrary } from '../../electron/library/library.ts';
import { makeArticle } from './articles.ts';

export type Damage = 'garbage pages in the middle' | 'cut short' | 'zeroed header';
export const DAMAGES: readonly Damage[] = ['garbage pages in the middle', 'cut short', 'zeroed header'];

/** A real, closed library with the sample and enough articles to span many pages. */
export function writeLibrary(dir: string, articles = 40): string {
  const library = openLibrary(dir, { seedSample: true });
  library.transaction((db) => {
    for (let i = 0; i < articles; i++) insertArticle(db, makeArticle({ paragraphs: [`Paragraph ${i} about the harbour. `.repeat(80)] }));
  });
  library.close();
  return path.join(dir, 'library.db');
}

/** Repeatable garbage, so a failing test sees the same bytes again. */
function garbage(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = 0x2545f491;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

export function damage(file: string, how: Damage): void {
  const bytes = fs.readFileSync(file);
  const pageSize = bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16);
  if (how === 'garbage pages in the middle') {
    const middle = Math.floor(bytes.length / pageSize / 2) * pageSize;
    garbage(pageSize * 3).copy(bytes, middle);
    fs.writeFileSync(file, bytes);
  } else if (how === 'cut short') {
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / pageSize / 3) * pageSize));
  } else {
    bytes.fill(0, 0, 100);
    fs.writeFileSync(file, bytes);
  }
}
