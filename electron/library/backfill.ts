/**
 * Names and dates for articles saved before the entity index existed (or
 * before the extractors last changed), read in the background a few at a
 * time so that opening a large library stays fast and the app stays
 * responsive while it works through the rest.
 */
import { articlesNeedingExtraction, briefingArticlesNeedingExtraction, extractStoredArticle, type Extract } from './entities.ts';
import { BriefingError } from '../../shared/result.ts';
import type { Library } from './library.ts';

/** Articles per step: a few milliseconds of work each, so a step stays short. */
export const BACKFILL_BATCH = 8;
/** Pause between steps, so imports and the reader's calls get their turn. */
export const BACKFILL_PAUSE_MS = 25;

export interface Backfill {
  /** Stops after the current step; nothing is left half-written. */
  stop(): void;
  /**
   * Reads again after articles were added another way (a bundle, a restored
   * backup, another library folder); nothing when it is already reading.
   */
  wake(): void;
  /** Resolves when every article has been read (or the backfill was stopped); a wake starts a new round. */
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
  let running = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let finish: () => void = () => undefined;
  let done = new Promise<void>((resolve) => (finish = resolve));
  const finished = () => {
    running = false;
    finish();
  };
  let extract: Extract | null = null;
  const step = async () => {
    if (stopped) return finished();
    extract ??= (await import('../../shared/tradecraft/extract.ts')).extractArticle;
    if (stopped) return finished();
    const extractArticle = extract;
    let extracted: number;
    try {
      extracted = library.transaction((db) => {
        const ids = articlesNeedingExtraction(db, BACKFILL_BATCH);
        for (const id of ids) extractStoredArticle(db, id, now(), extractArticle);
        return ids.length;
      });
    } catch (error) {
      // No library open (the recovery screen): nothing to read until one opens and wakes this.
      if (!(error instanceof BriefingError && error.code === 'LIBRARY_UNAVAILABLE')) console.error('Reading names and dates of saved articles failed:', error);
      return finished();
    }
    if (extracted > 0) options.onProgress?.(extracted);
    if (extracted < BACKFILL_BATCH) return finished();
    schedule(BACKFILL_PAUSE_MS);
  };
  const schedule = (ms: number) => {
    timer = setTimeout(() => void step(), ms);
    timer.unref?.();
  };
  schedule(options.delayMs ?? 1000);
  return {
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      finished();
    },
    wake() {
      if (stopped || running) return;
      running = true;
      done = new Promise<void>((resolve) => (finish = resolve));
      schedule(BACKFILL_PAUSE_MS);
    },
    get done() {
      return done;
    },
  };
}

/**
 * Reads now the names and dates of the briefing's articles the backfill has
 * not reached yet, so that an export's entity index and timeline are whole.
 */
export async function extractBriefingArticles(library: Library, briefingId: number, now: string): Promise<void> {
  const pending = library.transaction((db) => briefingArticlesNeedingExtraction(db, briefingId));
  if (pending.length === 0) return;
  const { extractArticle } = await import('../../shared/tradecraft/extract.ts');
  library.transaction((db) => {
    for (const id of pending) extractStoredArticle(db, id, now, extractArticle);
  });
}
