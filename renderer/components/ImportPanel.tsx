/**
 * The import's progress and results, at the foot of the list pane: not modal,
 * so reading goes on while it runs. A progress bar and "Cancel import" while
 * it runs; a summary when it is done; and all along, one row per thing handed
 * over with where it stands and, for a failure, why. A saved article's row
 * opens it.
 */
import { memo, useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { imagesNotSavedText } from '../../shared/import.ts';
import { useAppStore } from '../store/store.ts';
import { tallyRun, type ImportEntryStatus, type ImportTally } from '../store/import-slice.ts';
import { CancelledIcon, CheckIcon, CircleIcon, CloseIcon, DuplicateIcon, ErrorIcon } from './icons.tsx';
import { IMPORT_BUTTON_ID } from './ImportDialog.tsx';

const STATUS_WORDS: Record<ImportEntryStatus, string> = {
  waiting: 'Waiting',
  importing: 'Importing…',
  saved: 'Saved',
  duplicate: 'Already saved',
  error: 'Failed',
  cancelled: 'Cancelled',
};

const NO_KEYS: string[] = [];

/** "2 saved, 1 already saved, 1 failed": the finished entries, counted by outcome. */
export function importSummary(tally: ImportTally): string {
  const parts = [
    [tally.saved, 'saved'],
    [tally.duplicate, 'already saved'],
    [tally.error, 'failed'],
    [tally.cancelled, 'cancelled'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, word]) => `${n.toLocaleString()} ${word}`);
  return said.length > 0 ? said.join(', ') : 'Nothing imported';
}

export function ImportPanel() {
  const shown = useAppStore((s) => s.importRun !== null);
  return shown ? <ImportPanelBody /> : null;
}

function ImportPanelBody() {
  const phase = useAppStore((s) => s.importRun?.phase ?? 'done');
  const tally = useAppStore(useShallow((s) => tallyRun(s.importRun)));
  const briefingTitle = useAppStore((s) => s.importRun?.briefingTitle ?? null);
  const keys = useAppStore((s) => s.importRun?.keys ?? NO_KEYS);
  const cancelImport = useAppStore((s) => s.cancelImport);
  const dismiss = useAppStore((s) => s.dismissImportResults);
  const headingId = useId();
  const { total, done } = tally;
  const finished = phase === 'done';
  const outcome = tally.error > 0 ? 'failed' : tally.cancelled > 0 ? 'cancelled' : 'ok';

  let heading: string;
  if (phase === 'cancelling') heading = 'Cancelling import…';
  else if (!finished) heading = `Importing ${Math.min(done + 1, total).toLocaleString()} of ${total.toLocaleString()}…`;
  else heading = tally.cancelled > 0 ? 'Import cancelled' : 'Import finished';

  return (
    <section className="import-panel" aria-labelledby={headingId} data-phase={phase}>
      <div className="import-panel-head">
        <span className="import-panel-icon" data-outcome={finished ? outcome : undefined} aria-hidden="true">
          {!finished ? (
            <span className="spinner" />
          ) : outcome === 'failed' ? (
            <ErrorIcon />
          ) : outcome === 'cancelled' ? (
            <CancelledIcon />
          ) : (
            <CheckIcon />
          )}
        </span>
        <h2 className="import-panel-title" id={headingId}>
          {heading}
        </h2>
        {finished ? (
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss import results"
            title="Dismiss"
            onClick={() => {
              dismiss();
              // The panel and its button are gone: focus goes to where the next import starts.
              requestAnimationFrame(() => document.getElementById(IMPORT_BUTTON_ID)?.focus());
            }}
          >
            <CloseIcon />
          </button>
        ) : (
          // Same element as the dismiss button above, and aria-disabled rather than disabled: focus stays put
          // while cancelling and when the run ends.
          <button
            type="button"
            className="button button-small"
            aria-disabled={phase === 'cancelling' ? true : undefined}
            onClick={() => {
              if (phase !== 'cancelling') void cancelImport();
            }}
          >
            Cancel import
          </button>
        )}
      </div>
      {finished ? null : (
        <div
          className="import-progress"
          role="progressbar"
          aria-label="Import progress"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
          aria-valuetext={`${done.toLocaleString()} of ${total.toLocaleString()} done`}
        >
          <div className="import-progress-fill" style={{ width: `${total > 0 ? (done / total) * 100 : 0}%` }} />
        </div>
      )}
      {/* Announced once a run ends; while it runs the progress bar says where it is. */}
      <p className="import-summary" role="status">
        {finished ? importSummary(tally) : briefingTitle ? `Adding to ${briefingTitle}` : ''}
      </p>
      {finished && briefingTitle ? (
        <p className="import-panel-note">
          {tally.saved + tally.duplicate > 0 ? 'Added to' : 'Nothing was added to'} {briefingTitle}
        </p>
      ) : null}
      <ul className="import-results" aria-label="Import results">
        {keys.map((key) => (
          <ResultRow key={key} entryKey={key} />
        ))}
      </ul>
    </section>
  );
}

/** Main's reason may start with the input's name ("pasted text: …"), which the row already shows above it. */
function withoutName(reason: string, input: string): string {
  return reason.startsWith(`${input}: `) ? reason.slice(input.length + 2) : reason;
}

const ResultRow = memo(function ResultRow({ entryKey }: { entryKey: string }) {
  const entry = useAppStore((s) => s.importRun?.entries[entryKey]);
  const openArticle = useAppStore((s) => s.openImportedArticle);
  const metaId = useId();
  if (!entry) return null;
  const { status, articleId, title, input, error } = entry;
  const lostImages = status === 'saved' ? imagesNotSavedText(entry) : null;
  const opens = articleId !== null && (status === 'saved' || status === 'duplicate');
  const name = title ?? input;
  const reason = status === 'error' && error ? withoutName(error, input) : null;
  return (
    <li className="import-result" data-status={status}>
      <span className="import-result-icon" aria-hidden="true">
        <StatusIcon status={status} />
      </span>
      <div className="import-result-body">
        {opens ? (
          <button
            type="button"
            className="import-result-open"
            dir="auto"
            aria-describedby={metaId}
            title={`Open ${name}`}
            onClick={() => openArticle(articleId)}
          >
            {name}
          </button>
        ) : (
          <span className="import-result-name" dir="auto" title={input}>
            {input}
          </span>
        )}
        <span className="import-result-meta" id={metaId}>
          <span className="import-result-status">
            {STATUS_WORDS[status]}
            {reason ? ':' : null}
          </span>
          {reason ? <> <span className="import-result-reason">{reason}</span></> : null}
          {lostImages ? (
            <>
              {' '}
              <span className="import-result-warning" title="Each one is marked in the article where it was.">
                {lostImages}.
              </span>
            </>
          ) : null}
          {opens && title ? (
            <>
              {' '}
              <span className="import-result-input">{input}</span>
            </>
          ) : null}
        </span>
      </div>
    </li>
  );
});

function StatusIcon({ status }: { status: ImportEntryStatus }) {
  switch (status) {
    case 'saved':
      return <CheckIcon />;
    case 'duplicate':
      return <DuplicateIcon />;
    case 'error':
      return <ErrorIcon />;
    case 'cancelled':
      return <CancelledIcon />;
    case 'importing':
      return <span className="spinner spinner-small" />;
    case 'waiting':
      return <CircleIcon />;
  }
}
