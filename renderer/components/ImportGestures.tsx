/**
 * Importing without the dialog: drop files or links anywhere on the window
 * (a full-window overlay says "Drop to import" while something is dragged
 * over it), or paste with Ctrl/Cmd+V while focus is not in a text field —
 * links import at once, longer text opens the dialog with it. With the dialog
 * open, what is dropped or pasted joins its draft instead.
 *
 * A dropped .briefing file is imported as a bundle (briefing, articles,
 * highlights and notes), whatever else is dropped with it.
 *
 * Every drop is taken here, so the window never navigates to a dropped file.
 * Drags that start inside the window (selected article text) are ignored.
 */
import { useEffect, useState } from 'react';
import { BUNDLE_EXTENSION } from '../../shared/bundle.ts';
import { MIN_PASTED_TEXT, dragCarriesImport, readDataTransfer, type HandedOver, type ImportSource } from '../import/sources.ts';
import { isEditable } from '../dom/editable.ts';
import { useAppStore } from '../store/store.ts';
import { ImportIcon } from './icons.tsx';

/** A dropped .briefing file is a bundle: it brings a whole briefing, and is imported as one. */
function bundleFile(source: ImportSource): File | null {
  return source.kind === 'file' && source.file.name.toLowerCase().endsWith(BUNDLE_EXTENSION) ? source.file : null;
}

async function importBundles(files: File[]): Promise<void> {
  for (const file of files) await useAppStore.getState().importBundle(file);
}

/** Imports (or, with the dialog open, adds to its draft) what a drop or a paste handed over. */
function takeHandedOver(handed: HandedOver, origin: 'drop' | 'paste'): void {
  const state = useAppStore.getState();
  const bundles = handed.sources.flatMap((source) => bundleFile(source) ?? []);
  if (bundles.length > 0) void importBundles(bundles);
  const sources = handed.sources.filter((source) => bundleFile(source) === null);
  const { text, html } = handed;
  if (state.importDraft) {
    const urls = sources.flatMap((s) => (s.kind === 'url' ? [s.url] : []));
    const files = sources.flatMap((s) => (s.kind === 'file' ? [s.file] : []));
    const others = sources.filter((s) => s.kind !== 'url' && s.kind !== 'file');
    state.openImportDialog({ urls, files, ...(text !== null ? { text, html } : {}) });
    if (others.length > 0) state.importSources(others);
    return;
  }
  if (sources.length > 0) {
    state.importSources(sources);
    return;
  }
  if (text === null) return;
  if (text.trim().length >= MIN_PASTED_TEXT || origin === 'drop') {
    state.openImportDialog({ text, html });
  }
}

export function ImportGestures() {
  const [dragging, setDragging] = useState(false);
  const briefingTitle = useAppStore((s) => {
    const { view } = s;
    if (view.kind !== 'briefing' || s.importDraft) return null;
    return s.briefings.find((b) => b.id === view.id)?.title ?? null;
  });

  useEffect(() => {
    /** dragenter/dragleave fire for every element crossed: count them to know when the drag leaves the window. */
    let depth = 0;
    let internal = false;

    const stop = () => {
      depth = 0;
      setDragging(false);
    };
    const onDragStart = () => {
      internal = true;
    };
    const onDragEnd = () => {
      internal = false;
      stop();
    };
    const onDragEnter = (event: DragEvent) => {
      if (internal || !dragCarriesImport(event.dataTransfer)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const onDragOver = (event: DragEvent) => {
      // Moving selected text within a text field stays the field's business.
      if (internal && isEditable(event.target)) return;
      // Otherwise always: the browser would open a dropped file in place of the app.
      event.preventDefault();
      if (event.dataTransfer) {
        event.dataTransfer.dropEffect = internal || !dragCarriesImport(event.dataTransfer) ? 'none' : 'copy';
      }
    };
    const onDragLeave = (event: DragEvent) => {
      if (internal) return;
      depth = Math.max(0, depth - 1);
      // Leaving the window: no element to go to.
      if (depth === 0 || event.relatedTarget === null) stop();
    };
    const onDrop = (event: DragEvent) => {
      stop();
      if (internal && isEditable(event.target)) return;
      event.preventDefault();
      if (internal || !event.dataTransfer) return;
      takeHandedOver(readDataTransfer(event.dataTransfer), 'drop');
    };
    const onPaste = (event: ClipboardEvent) => {
      if (event.defaultPrevented || !event.clipboardData || isEditable(event.target)) return;
      const handed = readDataTransfer(event.clipboardData);
      if (handed.sources.length === 0 && (handed.text === null || handed.text.trim().length < MIN_PASTED_TEXT)) return;
      event.preventDefault();
      takeHandedOver(handed, 'paste');
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') stop();
    };

    window.addEventListener('dragstart', onDragStart);
    window.addEventListener('dragend', onDragEnd);
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    document.addEventListener('paste', onPaste);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('dragstart', onDragStart);
      window.removeEventListener('dragend', onDragEnd);
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
      document.removeEventListener('paste', onPaste);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);

  if (!dragging) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay">
      <div className="drop-overlay-card">
        <ImportIcon />
        <p className="drop-overlay-title">Drop to import</p>
        <p className="drop-overlay-note">
          Web pages (.html), text and Markdown files, links, or a .briefing bundle
          {briefingTitle ? (
            <>
              {' '}
              — added to <strong>{briefingTitle}</strong>
            </>
          ) : null}
        </p>
      </div>
    </div>
  );
}
