/**
 * A batch of imports, a progress event after each item, cancellable while it
 * runs. One bad item never stops the rest. A few items are in flight at once
 * so that fetching and storing overlap the worker's parsing; outcomes keep the
 * order of the inputs.
 */
import { describeItem, type ImportItem, type ImportOutcome, type ImportProgress } from '../../shared/import.ts';
import { importItem, type ImportContext } from './pipeline.ts';

/** Items in flight at once: parsing is one at a time in the worker, the rest is waiting on network and disk. */
export const IMPORT_CONCURRENCY = 3;

export interface ImportBatch {
  batchId: string;
  items: readonly ImportItem[];
  briefingId?: number | undefined;
}

export interface BatchRunner {
  run(batch: ImportBatch, onProgress: (progress: ImportProgress) => void): Promise<ImportOutcome[]>;
  /** Stops a running batch: the current items and the rest end as cancelled. */
  cancel(batchId: string): boolean;
}

export function createBatchRunner(ctx: ImportContext, concurrency = IMPORT_CONCURRENCY): BatchRunner {
  const running = new Map<string, AbortController>();
  return {
    async run(batch, onProgress) {
      const controller = new AbortController();
      running.set(batch.batchId, controller);
      const outcomes: ImportOutcome[] = [];
      let next = 0;
      let done = 0;
      const work = async () => {
        while (next < batch.items.length) {
          const index = next++;
          const item = batch.items[index]!;
          const outcome = controller.signal.aborted
            ? cancelledOutcome(item)
            : await importItem(ctx, item, { briefingId: batch.briefingId, signal: controller.signal });
          outcomes[index] = outcome;
          done++;
          onProgress({ batchId: batch.batchId, done, total: batch.items.length, index, outcome });
        }
      };
      try {
        await Promise.all(Array.from({ length: Math.min(concurrency, batch.items.length) }, work));
      } finally {
        running.delete(batch.batchId);
      }
      return outcomes;
    },
    cancel(batchId) {
      const controller = running.get(batchId);
      controller?.abort();
      return controller !== undefined;
    },
  };
}

function cancelledOutcome(item: ImportItem): ImportOutcome {
  return {
    input: describeItem(item),
    status: 'cancelled',
    id: null,
    title: null,
    byline: null,
    site: null,
    words: null,
    error: 'Import was cancelled.',
    imagesNotSaved: 0,
  };
}
