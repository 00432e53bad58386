/**
 * A batch of imports: items one after another, a progress event after each,
 * cancellable while it runs. One bad item never stops the rest.
 */
import { describeItem, type ImportItem, type ImportOutcome, type ImportProgress } from '../../shared/import.ts';
import { importItem, type ImportContext } from './pipeline.ts';

export interface ImportBatch {
  batchId: string;
  items: readonly ImportItem[];
  briefingId?: number | undefined;
}

export interface BatchRunner {
  run(batch: ImportBatch, onProgress: (progress: ImportProgress) => void): Promise<ImportOutcome[]>;
  /** Stops a running batch: the current item and the rest end as cancelled. */
  cancel(batchId: string): boolean;
}

export function createBatchRunner(ctx: ImportContext): BatchRunner {
  const running = new Map<string, AbortController>();
  return {
    async run(batch, onProgress) {
      const controller = new AbortController();
      running.set(batch.batchId, controller);
      const outcomes: ImportOutcome[] = [];
      try {
        for (const item of batch.items) {
          const outcome = controller.signal.aborted
            ? cancelledOutcome(item)
            : await importItem(ctx, item, { briefingId: batch.briefingId, signal: controller.signal });
          outcomes.push(outcome);
          onProgress({ batchId: batch.batchId, done: outcomes.length, total: batch.items.length, outcome });
        }
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
  };
}
