/**
 * A table copied as text, its cells parted by bars ("City size | Median rent |
 * Change", "Under 250,000 | $1,140 | +7.8%"): the line rules take each row for a
 * row of menu links, but rows of the same number of cells, most of them with
 * figures, set inside the story are the story's data, in any language.
 */
import { isKept, type Piece } from './pieces.ts';
import type { Headings } from './score.ts';

/** Rules that take a table's row for something else: a row of links, a short line, a line outside the running text. */
const ROW_RULES = new Set(['link-row', 'short-run', 'not-running-text', 'outside-story']);
const LINK_ROW_RULE = new Set(['link-row']);

/** Fewest rows in a table, its header among them, and fewest cells in a row. */
const MIN_ROWS = 2;
const MIN_CELLS = 2;

/** The cells of a line parted by bars, or an empty list for a line with no bar. */
function cellsOf(piece: Piece): string[] {
  if (!piece.text.includes('|')) return [];
  return piece.text.split('|').map((cell) => cell.trim()).filter((cell) => cell !== '');
}

/** Whether a run of rows holds data: each has the same number of cells, and most rows past the header carry a figure. */
function holdsData(rows: readonly Piece[]): boolean {
  const width = cellsOf(rows[0]!).length;
  if (rows.length < MIN_ROWS || width < MIN_CELLS || rows.some((row) => cellsOf(row).length !== width)) return false;
  const body = rows.slice(1);
  return body.filter((row) => /\p{Nd}/u.test(row.text)).length * 2 > body.length;
}

/** Whether a line is a row of a table: it has cells, as many as the line above or under it. */
export function inTable(pieces: readonly Piece[], piece: Piece): boolean {
  const width = cellsOf(piece).length;
  return width >= MIN_CELLS && [pieces[piece.index - 1], pieces[piece.index + 1]].some((next) => next !== undefined && cellsOf(next).length === width);
}

/** Each run of rows from `from` to `to` (not included) that holds data and that only `rules` took out. */
function dataTables(pieces: readonly Piece[], from: number, to: number, rules: ReadonlySet<string>): Piece[][] {
  const tables: Piece[][] = [];
  for (let start = from; start < to; start++) {
    if (cellsOf(pieces[start]!).length === 0) continue;
    let end = start;
    while (end + 1 < to && cellsOf(pieces[end + 1]!).length > 0) end++;
    const rows = pieces.slice(start, end + 1);
    if (holdsData(rows) && rows.every((row) => isKept(row) || rules.has(row.removedBy ?? ''))) tables.push(rows);
    start = end;
  }
  return tables;
}

/** Takes back the rows of data tables that the line rules took for rows of links, before the footer is looked for: a table does not start it. */
export function restoreTableRows(pieces: readonly Piece[]): void {
  for (const rows of dataTables(pieces, 0, pieces.length, LINK_ROW_RULE)) for (const row of rows) row.removedBy = null;
}

/** Keeps as paragraphs the rows of each data table that stands between kept lines of the story, header row first. */
export function keepStoryTables(pieces: readonly Piece[], headings: Headings): void {
  const kept = pieces.filter(isKept);
  const [first, last] = [kept[0], kept[kept.length - 1]];
  if (!first || !last) return;
  for (const rows of dataTables(pieces, first.index + 1, last.index, ROW_RULES)) {
    for (const row of rows) {
      row.removedBy = null;
      headings.delete(row.index);
    }
  }
}
