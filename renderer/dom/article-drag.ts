/**
 * Articles dragged inside the window: from the list onto a briefing in the
 * sidebar (add), or within a briefing's list (reorder). They travel under a
 * type of our own, so the import overlay, which looks for files, links and
 * text, never mistakes them for something to import.
 */
export const ARTICLE_DRAG_TYPE = 'application/x-briefing-articles';

export function startArticleDrag(data: DataTransfer, articleIds: readonly number[]): void {
  data.setData(ARTICLE_DRAG_TYPE, JSON.stringify(articleIds));
  data.effectAllowed = 'copyMove';
}

/** Whether a drag carries articles; the ids themselves can only be read on drop. */
export function carriesArticles(data: DataTransfer | null): boolean {
  return data !== null && [...data.types].includes(ARTICLE_DRAG_TYPE);
}

/** The dragged articles' ids, on drop; empty when the drag carried none (or something malformed). */
export function droppedArticles(data: DataTransfer | null): number[] {
  try {
    const raw: unknown = JSON.parse(data?.getData(ARTICLE_DRAG_TYPE) || '[]');
    return Array.isArray(raw) ? raw.filter((id): id is number => Number.isSafeInteger(id) && id > 0) : [];
  } catch {
    return [];
  }
}
