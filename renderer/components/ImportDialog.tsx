/**
 * The import dialog: web addresses, a plain-text copy of a page, files, and
 * whether to add them to the open briefing. Modal (the rest of the window is
 * inert), Escape closes, Tab stays inside, and focus goes back where it was.
 * Its fields live in the store's draft, so a drop or a paste while it is open
 * adds to it; closed without importing, it keeps what was entered for the
 * next open, with a Clear button.
 */
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useShallow } from 'zustand/react/shallow';
import { MAX_IMPORT_BYTES } from '../../shared/import.ts';
import { fileRefusal, formatBytes, pastedPageHtml } from '../import/sources.ts';
import { useAppStore } from '../store/store.ts';
import type { ImportDraftProblem } from '../store/import-slice.ts';
import { CloseIcon, FileIcon, ImportIcon } from './icons.tsx';

/** The file kinds the picker offers; sourceKindOfFileName has the last word. */
const ACCEPT = '.html,.htm,.txt,.md,.markdown';

/** Where focus goes when the element that opened the dialog is gone. */
export const IMPORT_BUTTON_ID = 'import-button';

const FOCUSABLE = 'button, textarea, input, select, a[href], [tabindex]';

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.tabIndex >= 0 && !el.hidden && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
  );
}

export const pasteShortcut = /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘V' : 'Ctrl+V';

export function ImportDialog() {
  const open = useAppStore((s) => s.importDraft !== null);
  return open ? <ImportDialogBody /> : null;
}

function ImportDialogBody() {
  const urls = useAppStore((s) => s.importDraft?.urls ?? '');
  const text = useAppStore((s) => s.importDraft?.text ?? '');
  const carriesPage = useAppStore((s) => Boolean(s.importDraft?.html));
  const files = useAppStore(useShallow((s) => s.importDraft?.files ?? []));
  const addToBriefing = useAppStore((s) => s.importDraft?.addToBriefing ?? true);
  const keptFromBefore = useAppStore((s) => s.importDraft?.keptFromBefore ?? false);
  const briefingTitle = useAppStore((s) => {
    const { view } = s;
    if (view.kind !== 'briefing') return null;
    return s.briefings.find((b) => b.id === view.id)?.title ?? (s.briefing?.id === view.id ? s.briefing.title : null);
  });
  const update = useAppStore((s) => s.updateImportDraft);
  const close = useAppStore((s) => s.closeImportDialog);
  const clear = useAppStore((s) => s.clearImportDraft);
  const submit = useAppStore((s) => s.submitImportDraft);
  const importBundle = useAppStore((s) => s.importBundle);
  const [problem, setProblem] = useState<ImportDraftProblem | null>(null);

  const dialogRef = useRef<HTMLDialogElement>(null);
  const urlsRef = useRef<HTMLTextAreaElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const introId = useId();
  const urlsId = useId();
  const urlsHintId = useId();
  const textId = useId();
  const textHintId = useId();
  const filesLabelId = useId();
  const filesHintId = useId();
  const problemId = useId();
  // Where the dialog opened with text already in it (a paste), that text is what to look at first.
  const startsWithText = useRef(text.trim() !== '');

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    (startsWithText.current ? textRef.current : urlsRef.current)?.focus();
    // showModal() already makes the window inert; saying so in ARIA too helps older assistive tech and test tools.
    const app = document.getElementById('root');
    app?.setAttribute('aria-hidden', 'true');
    return () => {
      app?.removeAttribute('aria-hidden');
      if (dialog.open) dialog.close();
      const back = opener?.isConnected && opener !== document.body ? opener : document.getElementById(IMPORT_BUTTON_ID);
      back?.focus();
    };
  }, []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = submit();
    setProblem(found);
    if (found?.field === 'urls') urlsRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const all = focusables(dialogRef.current);
    const first = all[0];
    const last = all[all.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  const urlsProblem = problem?.field === 'urls' ? problem.message : null;
  const draftProblem = problem?.field === 'draft' ? problem.message : null;

  // Outside #root, so that the rest of the window can be hidden from assistive tech while the dialog is open.
  return createPortal(
    <dialog
      ref={dialogRef}
      className="modal-dialog import-dialog"
      aria-labelledby={titleId}
      aria-describedby={introId}
      onCancel={(event) => {
        // Escape: close through the store, so React unmounts the dialog.
        event.preventDefault();
        close();
      }}
      onKeyDown={onKeyDown}
    >
      <form className="import-form" onSubmit={onSubmit} noValidate>
        <header className="import-dialog-header">
          <h2 className="import-dialog-title" id={titleId}>
            Import articles
          </h2>
          <button type="button" className="icon-button" aria-label="Close" title="Close (Esc)" onClick={close}>
            <CloseIcon />
          </button>
        </header>
        <p className="import-dialog-intro" id={introId}>
          Save web pages, saved pages and text files to the library, to read offline and brief from.
        </p>
        {keptFromBefore ? (
          <p className="kept-draft" role="status">
            <span>What you entered before the dialog was closed is still here.</span>
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() => {
                clear();
                setProblem(null);
                urlsRef.current?.focus();
              }}
            >
              Clear
            </button>
          </p>
        ) : null}

        <div className="import-field">
          <label className="import-label" htmlFor={urlsId}>
            Web addresses
          </label>
          <textarea
            ref={urlsRef}
            id={urlsId}
            className="text-area"
            rows={3}
            spellCheck={false}
            autoComplete="off"
            placeholder="https://…"
            aria-invalid={urlsProblem ? true : undefined}
            aria-describedby={urlsHintId}
            value={urls}
            onChange={(event) => {
              update({ urls: event.target.value });
              if (problem) setProblem(null);
            }}
          />
          <p className="field-hint" id={urlsHintId} data-problem={urlsProblem ? true : undefined}>
            {urlsProblem ?? 'One http or https address per line.'}
          </p>
        </div>

        <div className="import-field">
          <label className="import-label" htmlFor={textId}>
            Pasted text
          </label>
          <textarea
            ref={textRef}
            id={textId}
            className="text-area"
            rows={5}
            // An Arabic or Hebrew copy reads right to left while it is checked before the import.
            dir="auto"
            placeholder="Paste the text of an article, copied from a page or a document"
            aria-describedby={carriesPage ? textHintId : undefined}
            value={text}
            onPaste={(event) => {
              // A browser's copy of a page that fills the field brings its page structure along; pasting into text already there stays an edit.
              const field = event.currentTarget;
              const fillsField = field.selectionStart === 0 && field.selectionEnd === field.value.length;
              const plain = event.clipboardData.getData('text/plain');
              const html = pastedPageHtml(event.clipboardData.getData('text/html'));
              if (!fillsField || html === null || plain.trim() === '') return;
              event.preventDefault();
              update({ text: plain, html });
              if (problem) setProblem(null);
            }}
            onChange={(event) => {
              // The person's edit wins over the structure that came with the paste.
              update({ text: event.target.value, html: null });
              if (problem) setProblem(null);
            }}
          />
          {carriesPage && (
            <p className="field-hint" id={textHintId}>
              Copied from a web page: its layout will be used to find the story.
            </p>
          )}
        </div>

        <div className="import-field" role="group" aria-labelledby={filesLabelId} aria-describedby={filesHintId}>
          <span className="import-label" id={filesLabelId}>
            Files
          </span>
          <div className="import-files-row">
            <button type="button" className="button" onClick={() => fileInputRef.current?.click()}>
              <FileIcon />
              Choose files…
            </button>
            <span className="field-hint import-files-hint" id={filesHintId}>
              Web pages (.html), text (.txt) or Markdown (.md), up to {formatBytes(MAX_IMPORT_BYTES)} each.
            </span>
          </div>
          <input
            ref={fileInputRef}
            type="file"
            multiple
            accept={ACCEPT}
            aria-label="Choose files to import"
            hidden
            onChange={(event) => {
              const chosen = [...(event.target.files ?? [])];
              event.target.value = '';
              if (chosen.length === 0) return;
              update({ files: [...files, ...chosen] });
              if (problem) setProblem(null);
            }}
          />
          {files.length > 0 ? (
            <ul className="import-file-list" aria-label="Files to import">
              {files.map((file, index) => (
                <ChosenFile
                  key={`${file.name}-${file.size}-${file.lastModified}-${index}`}
                  file={file}
                  onRemove={() => update({ files: files.filter((_, i) => i !== index) })}
                />
              ))}
            </ul>
          ) : null}
        </div>

        <div className="import-field import-bundle-row">
          <button
            type="button"
            className="button"
            onClick={() => {
              close();
              void importBundle();
            }}
          >
            <ImportIcon />
            Open briefing bundle…
          </button>
          <span className="field-hint">A .briefing file from a colleague: its briefing, articles, highlights and notes.</span>
        </div>

        {briefingTitle !== null ? (
          <label className="import-check">
            <input
              type="checkbox"
              checked={addToBriefing}
              onChange={(event) => update({ addToBriefing: event.target.checked })}
            />
            <span>
              Add to <strong className="import-check-title">{briefingTitle}</strong>
            </span>
          </label>
        ) : null}

        {draftProblem ? (
          <p className="import-problem" id={problemId} role="alert">
            {draftProblem}
          </p>
        ) : null}

        <footer className="import-dialog-footer">
          <p className="import-dialog-tip">
            Or drop files and links anywhere on the window, or paste a link with <kbd>{pasteShortcut}</kbd>.
          </p>
          <div className="import-dialog-actions">
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
            <button
              type="submit"
              className="button button-primary"
              aria-describedby={draftProblem ? problemId : undefined}
            >
              <ImportIcon />
              Import
            </button>
          </div>
        </footer>
      </form>
    </dialog>,
    document.body,
  );
}

function ChosenFile({ file, onRemove }: { file: File; onRemove: () => void }) {
  const refusal = fileRefusal(file);
  const reasonId = useId();
  return (
    <li className="import-file" data-refused={refusal ? true : undefined}>
      <FileIcon />
      <span className="import-file-name" title={file.name}>
        {file.name}
      </span>
      <span className="import-file-size">{formatBytes(file.size)}</span>
      <button
        type="button"
        className="icon-button import-file-remove"
        aria-label={`Remove ${file.name}`}
        aria-describedby={refusal ? reasonId : undefined}
        title="Remove"
        onClick={onRemove}
      >
        <CloseIcon />
      </button>
      {refusal ? (
        <span className="import-file-refusal" id={reasonId}>
          Will not be imported: {refusal}
        </span>
      ) : null}
    </li>
  );
}
