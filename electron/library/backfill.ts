/**
 * Names and dates for articles saved before the entity index existed (or
 * before the extractors last changed), read in the background a few at a
 * time so that opening a large library stays fast and the app stays
 * responsive while it works through the rest.
 */
import { articlesNeedingExtraction, extractStoredArticle, type Extract } from './entities.ts';
import type { Library } from './library.ts';

/** Articles per step: a few milliseconds of work each, so a step stays short. */
export const BACKFILL_BATCH = 8;
/** Pause between steps, so imports and the reader's calls get their turn. */
export const BACKFILL_PAUSE_MS = 25;

export interface Backfill {
  /** Stops after the current step; nothing is left half-written. */
  stop(): void;
  /** Resolves when every article has been read (or the backfill was stopped). */
  readonly done: Promise<void>;
}

/**
 * Starts reading pending articles after `delayMs`. `onProgress` is told after
 * each step that stored something.
 */
export function startBackfill(
  library: Library,
  options: { now?: () => string; delayMs?: number; onProgress?: (extracted: number) => void } = {},
): Backfill {
  const now = options.now ?? (() => new Date().toISOString());
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  let extract: Extract | null = null;
  const step = async () => {
    if (stopped) return finish();
    extract ??= (await import('../../shared/tradecraft/extract.ts')).extractArticle;
    if (stopped) return finish();
    const extractArticle = extract;
    let extracted: number;
    try {
      extracted = library.transaction((db) => {
        const ids = articlesNeedingExtraction(db, BACKFILL_BATCH);
        for (const id of ids) extractStoredArticle(db, id, now(), extractArticle);
        return ids.length;
      });
    } catch (error) {
      console.error('Reading names and dates of saved articles failed:', error);
      return finish();
    }
    if (extracted > 0) options.onProgress?.(extracted);
    if (extracted < BACKFILL_BATCH) return finish();
    timer = setTimeout(() => void step(), BACKFILL_PAUSE_MS);
    timer.unref?.();
  };
  timer = setTimeout(() => void step(), options.delayMs ?? 1000);
  timer.unref?.();
  return {
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      finish();
    },
    done,
  };
}
