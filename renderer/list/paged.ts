/**
 * Long lists (the library, the evidence locker) are known by their total and
 * fetched a page at a time, where the person scrolls: a sparse array of ids,
 * index → id, with holes where nothing is loaded yet.
 */

export type SparseIds = ReadonlyArray<number | undefined>;

/** The page numbers that hold rows [start, end). */
export function pagesCovering(start: number, end: number, pageSize: number, total: number): number[] {
  const last = Math.min(end, total) - 1;
  if (last < start || start < 0) return [];
  const pages: number[] = [];
  for (let page = Math.floor(start / pageSize); page <= Math.floor(last / pageSize); page++) pages.push(page);
  return pages;
}

/**
 * The ids with one page put in place, sized to `total` (a total that shrank
 * drops rows past its end). Every other loaded row stays.
 */
export function placePage(ids: SparseIds, total: number, offset: number, page: readonly number[]): Array<number | undefined> {
  const next = ids.slice(0, total);
  next.length = total;
  page.forEach((id, i) => {
    if (offset + i < total) next[offset + i] = id;
  });
  return next;
}

/** Whether every row of [start, end) is loaded. */
export function isLoaded(ids: SparseIds, start: number, end: number): boolean {
  for (let i = Math.max(0, start); i < Math.min(end, ids.length); i++) if (ids[i] === undefined) return false;
  return true;
}

/** The ids as a plain array when every row is loaded; null while some are not. */
export function allLoaded(ids: SparseIds): readonly number[] | null {
  return isLoaded(ids, 0, ids.length) ? (ids as readonly number[]) : null;
}

/** The ids without `leaving`, rows not loaded yet kept in place (they move up with the rest). */
export function withoutIds(ids: SparseIds, leaving: ReadonlySet<number>): Array<number | undefined> {
  const next: Array<number | undefined> = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (id === undefined || !leaving.has(id)) next.push(id);
  }
  return next;
}
