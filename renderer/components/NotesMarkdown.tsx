/**
 * Notes are Markdown: `NoteView` shows one rendered (safe HTML from
 * renderMarkdown; its links open in the system browser, never in the window),
 * `NoteEditor` is the text field with a live preview under it. The editor
 * keeps its own draft: typing re-renders the editor alone, never the article.
 * The owner saves: on blur, on Ctrl+Enter, and (highlight notes) a moment
 * after typing stops.
 */
import { useId, useMemo, type KeyboardEvent, type MouseEvent, type Ref } from 'react';
import { renderMarkdown } from '../markdown.ts';
import { isMac } from '../reader/shortcuts.ts';
import { useAppStore } from '../store/store.ts';

interface NoteViewProps {
  markdown: string;
  /** `markdown` already rendered by renderMarkdownNotes, when the owner renders many notes at once. */
  rendered?: string;
  className?: string;
  linksFocusable?: boolean;
}

export function NoteView({ markdown, rendered: given, className, linksFocusable = true }: NoteViewProps) {
  const openExternal = useAppStore((s) => s.openExternal);
  const html = useMemo(() => {
    const rendered = given ?? renderMarkdown(markdown);
    // Margin notes repeat the notes panel for the eye only: their links stay out of the tab order.
    return linksFocusable ? rendered : rendered.replaceAll('<a ', '<a tabindex="-1" ');
  }, [given, markdown, linksFocusable]);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    event.preventDefault();
    event.stopPropagation();
    const href = link.getAttribute('href') ?? '';
    if (/^https?:/i.test(href)) void openExternal(href);
  };

  return (
    // An Arabic or Hebrew note reads right to left, an English one left to right, whatever the article.
    <div
      className={`note-markdown${className ? ` ${className}` : ''}`}
      dir="auto"
      onClick={onClick}
      onAuxClick={(event) => {
        if ((event.target as Element).closest('a')) event.preventDefault();
      }}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

export const saveShortcut = isMac ? '⌘Enter' : 'Ctrl+Enter';

interface NoteEditorProps {
  label: string;
  /** Show the label on screen (else it names the field for assistive tech only). */
  showLabel?: boolean;
  value: string;
  onChange: (value: string) => void;
  /** Blur, Ctrl+Enter (`close`: true) and Escape (`close`: true) all save. */
  onCommit: (options: { close: boolean }) => void;
  placeholder?: string;
  rows?: number;
  textareaRef?: Ref<HTMLTextAreaElement>;
  autoFocus?: boolean;
}

export function NoteEditor({ label, showLabel = true, value, onChange, onCommit, placeholder, rows = 4, textareaRef, autoFocus }: NoteEditorProps) {
  const fieldId = useId();
  const hintId = useId();
  const previewId = useId();

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onCommit({ close: true });
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCommit({ close: true });
    }
  };

  return (
    <div className="note-editor">
      <label className={showLabel ? 'note-editor-label' : 'sr-only'} htmlFor={fieldId}>
        {label}
      </label>
      <textarea
        ref={textareaRef}
        id={fieldId}
        className="text-area note-editor-field"
        dir="auto"
        rows={rows}
        autoFocus={autoFocus}
        value={value}
        placeholder={placeholder}
        aria-describedby={hintId}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => onCommit({ close: false })}
        onKeyDown={onKeyDown}
      />
      <p className="note-editor-hint" id={hintId}>
        Markdown: **bold**, *italic*, - lists, [links](https://…). <kbd>{saveShortcut}</kbd> saves.
      </p>
      {value.trim() !== '' ? (
        <section className="note-editor-preview" aria-labelledby={previewId}>
          <h4 className="note-editor-preview-title" id={previewId}>
            Preview
          </h4>
          <NoteView markdown={value} />
        </section>
      ) : null}
    </div>
  );
}
