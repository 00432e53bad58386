/**
 * "Export…": the briefing as PDF (whole articles or a digest, A4 or Letter,
 * notes in the margin or as endnotes, with or without a timeline), Markdown (with or without the full
 * text), self-contained HTML, Web Annotations JSON, or a .briefing bundle for
 * a colleague. Before exporting it lists what the briefing's marking leaves
 * out (articles and highlights marked more restrictively), and which key
 * judgments lose a cited passage with them. Main asks where to save; the progress bar follows its
 * `exportProgress` events. A failure stays in the dialog with main's reason;
 * a saved file is announced in a notice with "Show in folder".
 */
import { useId, type FormEvent } from 'react';
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES, type ExportFormat } from '../../shared/export.ts';
import type { TlpMarking } from '../../shared/model.ts';
import { citedByJudgments, LEFT_OUT_KIND, type LeftOutItem } from '../../shared/tradecraft/handling.ts';
import { plural } from '../format.ts';
import { selectExportChoice } from '../store/export-slice.ts';
import { useAppStore } from '../store/store.ts';
import { ExportIcon, AlertIcon } from './icons.tsx';
import { ReaderDialog } from './ReaderDialog.tsx';
import { SettingsChoices } from './SettingsChoices.tsx';
import { TlpBadge, tlpLabel } from './TlpBadge.tsx';

const FORMAT_NOTES: Record<ExportFormat, string> = {
  pdf: 'To print or send: articles with highlights and notes',
  markdown: 'Highlights as quotes, with notes and sources',
  html: 'One file that opens offline in any browser',
  annotations: 'W3C Web Annotations, for other tools',
  bundle: 'Everything, for a colleague’s Briefing Reader',
};

export function ExportDialog() {
  const open = useAppStore((s) => s.exportDialog !== null);
  return open ? <ExportDialogBody /> : null;
}

function ExportDialogBody() {
  const choice = useAppStore(selectExportChoice);
  const run = useAppStore((s) => s.exportRun);
  const title = useAppStore((s) => (s.briefing && s.briefing.id === s.exportDialog?.briefingId ? s.briefing.title : null));
  const marking = useAppStore((s) => (s.briefing && s.briefing.id === s.exportDialog?.briefingId ? s.briefing.marking : null));
  const leftOut = useAppStore((s) => s.exportLeftOut);
  const setChoice = useAppStore((s) => s.setExportChoice);
  const startExport = useAppStore((s) => s.startExport);
  const close = useAppStore((s) => s.closeExportDialog);
  const formId = useId();
  const running = run?.phase === 'running';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void startExport();
  };

  return (
    <ReaderDialog
      title="Export briefing"
      className="export-dialog"
      description={title ? <>Save “{title}” as a file. You choose where next.</> : 'Save the briefing as a file. You choose where next.'}
      onClose={close}
      footer={
        <>
          <button type="button" className="button" onClick={close}>
            {running ? 'Close' : 'Cancel'}
          </button>
          <button type="submit" form={formId} className="button button-primary" disabled={running}>
            <ExportIcon />
            {running ? 'Exporting…' : 'Export…'}
          </button>
        </>
      }
    >
      <form id={formId} className="export-form" onSubmit={onSubmit}>
        <SettingsChoices
          label="Format"
          values={EXPORT_FORMATS}
          selected={choice.format}
          disabled={running}
          choiceClassName="settings-choice-row export-format"
          onChoose={(format) => setChoice({ format })}
          render={(format) => (
            <span className="settings-choice-label">
              <span>{EXPORT_FORMAT_NAMES[format]}</span>
              <span className="settings-choice-note">{FORMAT_NOTES[format]}</span>
            </span>
          )}
        />
        {choice.format === 'pdf' ? (
          <div className="export-options">
            <SettingsChoices
              label="Content"
              values={['full', 'digest'] as const}
              selected={choice.pdf.content}
              disabled={running}
              onChoose={(content) => setChoice({ pdf: { ...choice.pdf, content } })}
              render={(content) => <span>{content === 'full' ? 'Full articles' : 'Digest of highlights'}</span>}
            />
            <SettingsChoices
              label="Paper"
              values={['a4', 'letter'] as const}
              selected={choice.pdf.paper}
              disabled={running}
              onChoose={(paper) => setChoice({ pdf: { ...choice.pdf, paper } })}
              render={(paper) => <span>{paper === 'a4' ? 'A4' : 'Letter'}</span>}
            />
            <SettingsChoices
              label="Notes"
              values={['margin', 'endnotes'] as const}
              selected={choice.pdf.notes}
              disabled={running}
              onChoose={(notes) => setChoice({ pdf: { ...choice.pdf, notes } })}
              render={(notes) => <span>{notes === 'margin' ? 'In the margin' : 'As endnotes'}</span>}
            />
          </div>
        ) : null}
        {choice.format === 'pdf' ? (
          <label className="import-check">
            <input
              type="checkbox"
              checked={choice.pdf.timeline}
              disabled={running}
              onChange={(event) => setChoice({ pdf: { ...choice.pdf, timeline: event.target.checked } })}
            />
            <span>Include timeline: the dated events the articles mention</span>
          </label>
        ) : null}
        {choice.format === 'pdf' ? <PrintedIndexes timeline={choice.pdf.timeline} /> : null}
        {choice.format === 'markdown' ? (
          <label className="import-check">
            <input
              type="checkbox"
              checked={choice.markdown.fullText}
              disabled={running}
              onChange={(event) => setChoice({ markdown: { fullText: event.target.checked } })}
            />
            <span>Include each article’s full text</span>
          </label>
        ) : null}
        {leftOut && leftOut.length > 0 && marking ? <LeftOutList items={leftOut} marking={marking} /> : null}
        {run ? (
          <div className="export-run">
            {running ? (
              <div
                className="import-progress"
                role="progressbar"
                aria-label="Export progress"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(run.fraction * 100)}
                aria-valuetext={run.stage}
              >
                <div className="import-progress-fill" style={{ width: `${Math.round(run.fraction * 100)}%` }} />
              </div>
            ) : null}
            <p className="export-stage" role="status">
              {running ? run.stage : ''}
            </p>
            {run.phase === 'failed' ? (
              <p className="import-problem" role="alert">
                {run.error}
              </p>
            ) : null}
          </div>
        ) : null}
      </form>
    </ReaderDialog>
  );
}

/** Issue 15: what the PDF's entity index and timeline will print, with what the analyst hid from them. */
function PrintedIndexes({ timeline }: { timeline: boolean }) {
  const contents = useAppStore((s) => s.exportContents);
  if (!contents) return null;
  const hidden = (count: number) => (count > 0 ? ` (${count.toLocaleString()} hidden)` : '');
  return (
    <ul className="export-contents" aria-label="What the PDF will print">
      <li>
        Entity index: {plural(contents.entities, 'entity', 'entities')}
        {hidden(contents.hiddenEntities)}
      </li>
      <li>
        {timeline ? (
          <>
            Timeline: {plural(contents.events, 'event')}
            {hidden(contents.hiddenEvents)}
            {contents.undatedEvents > 0 ? `, ${contents.undatedEvents.toLocaleString()} undated` : ''}
          </>
        ) : (
          'Timeline: not included'
        )}
      </li>
    </ul>
  );
}

/**
 * The warning before exporting: each article or highlight the briefing's
 * marking keeps out of the file, and first the key judgments that lose a cited
 * passage with it (the PDF, Markdown and HTML say "Citation withheld" in its footnote's place).
 */
function LeftOutList({ items, marking }: { items: readonly LeftOutItem[]; marking: TlpMarking }) {
  const headingId = useId();
  const judgments = [...new Set(items.flatMap((item) => item.judgments ?? []))].sort((a, b) => a - b);
  return (
    <section className="export-left-out" aria-labelledby={headingId}>
      <h3 id={headingId} className="export-left-out-title">
        <AlertIcon />
        {items.length === 1 ? '1 item' : `${items.length} items`} left out: marked more restrictively than {tlpLabel(marking)}
      </h3>
      {judgments.length > 0 ? (
        <p className="export-left-out-judgments" role="alert">
          {judgments.length === 1 ? `Key judgment ${judgments[0]} loses` : `Key judgments ${judgments.join(', ')} lose`} a cited passage: the file
          says the citation was withheld instead of quoting it.
        </p>
      ) : null}
      <ul className="export-left-out-list">
        {items.map((item) => (
          <li key={`${item.kind}-${item.id}`} className="export-left-out-item">
            <TlpBadge marking={item.marking} />
            <span className="export-left-out-kind">{LEFT_OUT_KIND[item.kind]}</span>
            <span className="export-left-out-label" dir="auto">
              {item.kind === 'article' ? item.label : `“${item.label}”`}
            </span>
            {item.judgments ? <span className="export-left-out-cited">{citedByJudgments(item)}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
