/**
 * The selected briefing above its articles: marking, title (renamed in place
 * with the "Rename" button or a double-click), author, date and key judgments
 * (the Markdown summary lead, edited with "Edit key judgments", then the
 * structured judgments of KeyJudgmentList), and "More actions"
 * (duplicate, delete). Every change goes to the library through
 * `updateBriefing`.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { Briefing, TlpMarking } from '../../shared/model.ts';
import { formatDate, plural } from '../format.ts';
import { renderMarkdown } from '../markdown.ts';
import { useAppStore } from '../store/store.ts';
import { BriefingActions } from './BriefingActions.tsx';
import { ExportIcon, PencilIcon } from './icons.tsx';
import { ImportButton } from './ImportButton.tsx';
import { KeyJudgmentList } from './KeyJudgmentList.tsx';
import { useMenu } from './Menu.tsx';
import { TlpSelect } from './TlpBadge.tsx';

export function BriefingHeader({ titleId }: { titleId: string }) {
  const briefing = useAppStore((s) => s.briefing);
  const status = useAppStore((s) => s.briefingStatus);
  if (!briefing) {
    return (
      <header className="pane-header briefing-header" aria-busy={status === 'loading'}>
        <div className="briefing-placeholder-row">
          <h1 className="view-title view-title-placeholder" id={titleId}>
            {status === 'error' ? 'Briefing unavailable' : 'Loading briefing…'}
          </h1>
          <ImportButton />
        </div>
      </header>
    );
  }
  return (
    <header className="pane-header briefing-header">
      <div className="briefing-kicker">
        <MarkingSelect id={briefing.id} marking={briefing.marking} />
        <span className="briefing-kicker-text" title={`Updated ${formatDate(briefing.updatedAt) ?? ''}`}>
          {plural(briefing.articleCount, 'article')}
        </span>
        <span className="briefing-kicker-actions">
          <ImportButton />
          <ExportButton id={briefing.id} />
        </span>
      </div>
      <TitleEditor key={briefing.id} briefing={briefing} titleId={titleId} />
      <div className="briefing-fields">
        <AuthorField key={`author-${briefing.id}`} id={briefing.id} author={briefing.author} />
        <DateField key={`date-${briefing.id}`} id={briefing.id} date={briefing.date} />
      </div>
      <KeyJudgments key={`judgments-${briefing.id}`} id={briefing.id} summary={briefing.summary} />
    </header>
  );
}

function ExportButton({ id }: { id: number }) {
  const openExportDialog = useAppStore((s) => s.openExportDialog);
  return (
    // An icon beside "Import": the header is narrow, and the count of articles needs its room.
    <button
      type="button"
      className="button button-small export-button"
      aria-haspopup="dialog"
      aria-label="Export…"
      title="Export… — PDF, Markdown, HTML, Web Annotations, or a bundle for a colleague"
      onClick={() => openExportDialog(id)}
    >
      <ExportIcon />
    </button>
  );
}

function MarkingSelect({ id, marking }: { id: number; marking: TlpMarking }) {
  const updateBriefing = useAppStore((s) => s.updateBriefing);
  return <TlpSelect marking={marking} label="Handling marking" onChange={(value) => void updateBriefing(id, { marking: value })} />;
}

function TitleEditor({ briefing, titleId }: { briefing: Briefing; titleId: string }) {
  const updateBriefing = useAppStore((s) => s.updateBriefing);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(briefing.title);
  const [problem, setProblem] = useState<string | null>(null);
  const renameRef = useRef<HTMLButtonElement>(null);
  /** Set while leaving the editor on purpose, so the blur that follows does not save again. */
  const leaving = useRef(false);
  const problemId = useId();
  const menu = useMenu();

  const start = () => {
    leaving.current = false;
    setDraft(briefing.title);
    setProblem(null);
    setEditing(true);
  };

  const finish = () => {
    leaving.current = true;
    setEditing(false);
    setProblem(null);
    requestAnimationFrame(() => renameRef.current?.focus());
  };

  const save = async () => {
    const title = draft.trim();
    if (title === '') {
      setProblem('A title cannot be empty.');
      return;
    }
    if (title === briefing.title) {
      finish();
      return;
    }
    finish();
    const saved = await updateBriefing(briefing.id, { title });
    if (!saved) {
      // Let the person fix it: reopen with what they typed.
      leaving.current = false;
      setDraft(title);
      setEditing(true);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      finish();
    }
  };

  if (editing) {
    return (
      <div className="title-editor">
        <input
          className="title-input"
          type="text"
          aria-label="Briefing title"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          maxLength={300}
          value={draft}
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          onChange={(event) => {
            setDraft(event.target.value);
            setProblem(null);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            if (!leaving.current) void save();
          }}
        />
        <p className="field-hint" id={problemId} data-problem={problem ? true : undefined}>
          {problem ?? 'Enter to save · Esc to cancel'}
        </p>
      </div>
    );
  }
  return (
    <div className="title-row">
      <h1 className="view-title" id={titleId} onDoubleClick={start}>
        {briefing.title}
      </h1>
      <button
        type="button"
        className="icon-button title-rename"
        ref={renameRef}
        aria-label="Rename"
        title="Rename briefing"
        onClick={start}
      >
        <PencilIcon />
      </button>
      <BriefingActions id={briefing.id} title={briefing.title} label="More actions for this briefing" className="title-more" menu={menu} />
    </div>
  );
}

/** A field's draft, which follows the library's value whenever that changes (saved here or elsewhere). */
function useSyncedDraft(value: string) {
  const [draft, setDraft] = useState(value);
  const [base, setBase] = useState(value);
  if (value !== base) {
    setBase(value);
    setDraft(value);
  }
  return [draft, setDraft] as const;
}

function AuthorField({ id, author }: { id: number; author: string }) {
  const updateBriefing = useAppStore((s) => s.updateBriefing);
  return (
    <InlineField
      id={`briefing-author-${id}`}
      label="Author"
      value={author}
      placeholder="Add an author"
      maxLength={200}
      accept={(draft) => (draft.trim() === author ? null : draft.trim())}
      onSave={(next) => void updateBriefing(id, { author: next })}
    />
  );
}

/** The day the briefing speaks for (shown on its cover). */
function DateField({ id, date }: { id: number; date: string }) {
  const updateBriefing = useAppStore((s) => s.updateBriefing);
  return (
    <InlineField
      id={`briefing-date-${id}`}
      label="Date"
      type="date"
      value={date}
      // An incomplete or cleared date goes back to the saved one.
      accept={(draft) => (draft === '' || draft === date ? null : draft)}
      onSave={(next) => void updateBriefing(id, { date: next })}
    />
  );
}

/** A field saved when it is left or on Enter; Escape puts the saved value back. */
function InlineField({
  id,
  label,
  value,
  type = 'text',
  placeholder,
  maxLength,
  accept,
  onSave,
}: {
  id: string;
  label: string;
  value: string;
  type?: 'text' | 'date';
  placeholder?: string;
  maxLength?: number;
  /** What to save from the draft, or null to show the saved value again. */
  accept: (draft: string) => string | null;
  onSave: (value: string) => void;
}) {
  const [draft, setDraft] = useSyncedDraft(value);

  const save = () => {
    const next = accept(draft);
    if (next === null) setDraft(value);
    else onSave(next);
  };

  return (
    <div className={`author-row${type === 'date' ? ' date-row' : ''}`}>
      <label className="author-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className={`inline-input${type === 'date' ? ' date-input' : ''}`}
        type={type}
        aria-label={label}
        placeholder={placeholder}
        maxLength={maxLength}
        required={type === 'date'}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            event.currentTarget.blur();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            setDraft(value);
            // Blur after the reset lands, so nothing is saved.
            const input = event.currentTarget;
            requestAnimationFrame(() => input.blur());
          }
        }}
      />
    </div>
  );
}

/**
 * Key judgments: Markdown, shown rendered (renderMarkdown: raw HTML off, then
 * sanitized). "Edit key judgments" turns them into a Markdown field: Save (or
 * Ctrl/Cmd+Enter) sends them through `updateBriefing`; Cancel (or Escape)
 * leaves them as they were. Nothing is saved on blur: a long text is not
 * written by accident, and it is not lost by clicking elsewhere either.
 */
function KeyJudgments({ id, summary }: { id: number; summary: string }) {
  const updateBriefing = useAppStore((s) => s.updateBriefing);
  const openExternal = useAppStore((s) => s.openExternal);
  const [expanded, setExpanded] = useState(true);
  const [draft, setDraft] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const bodyId = useId();
  const hintId = useId();
  const html = useMemo(() => (summary.trim() === '' ? '' : renderMarkdown(summary)), [summary]);
  const editing = draft !== null;

  const start = () => {
    setExpanded(true);
    setDraft(summary);
  };

  const finish = () => {
    setDraft(null);
    requestAnimationFrame(() => editRef.current?.focus());
  };

  const save = async () => {
    if (draft === null || saving) return;
    const next = draft.replace(/\s+$/, '');
    if (next === summary) {
      finish();
      return;
    }
    setSaving(true);
    const saved = await updateBriefing(id, { summary: next });
    setSaving(false);
    // If the library refused, a notice says why and the draft stays to fix or cancel.
    if (saved) finish();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      finish();
    }
  };

  const onBodyClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    // The window never navigates: web links open in the system browser.
    event.preventDefault();
    const href = link.getAttribute('href') ?? '';
    if (/^https?:/i.test(href)) void openExternal(href);
  };

  return (
    <section className="judgments" aria-labelledby={headingId} data-editing={editing || undefined}>
      <div className="judgments-head">
        <h2 className="judgments-heading" id={headingId}>
          <button
            type="button"
            className="judgments-toggle"
            aria-expanded={expanded}
            aria-controls={bodyId}
            disabled={editing}
            onClick={() => setExpanded((open) => !open)}
          >
            Key judgments
          </button>
        </h2>
        {editing ? null : (
          <button
            type="button"
            className="icon-button judgments-edit"
            ref={editRef}
            aria-label="Edit key judgments"
            title="Edit key judgments"
            onClick={start}
          >
            <PencilIcon />
          </button>
        )}
      </div>
      <div id={bodyId} hidden={!expanded}>
        {editing ? (
          <div className="judgments-editor">
            <textarea
              className="text-area judgments-input"
              aria-label="Key judgments"
              aria-describedby={hintId}
              placeholder={'- The bottom line first\n- Then what would change it'}
              maxLength={100_000}
              value={draft}
              disabled={saving}
              autoFocus
              onFocus={(event) => {
                const end = event.currentTarget.value.length;
                event.currentTarget.setSelectionRange(end, end);
              }}
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={onKeyDown}
            />
            <div className="judgments-editor-foot">
              <p className="field-hint" id={hintId}>
                Markdown · {saveShortcut} to save · Esc to cancel
              </p>
              <div className="judgments-editor-actions">
                <button type="button" className="button button-small button-quiet" onClick={finish}>
                  Cancel
                </button>
                <button
                  type="button"
                  className="button button-small button-primary"
                  disabled={saving}
                  onClick={() => void save()}
                >
                  {saving ? 'Saving…' : 'Save'}
                </button>
              </div>
            </div>
          </div>
        ) : html === '' ? (
          <p className="judgments-empty">
            No summary yet.{' '}
            <button type="button" className="link-button" onClick={start}>
              Write the bottom line first
            </button>
          </p>
        ) : (
          <div
            className="judgments-body markdown"
            onClick={onBodyClick}
            onAuxClick={(event) => {
              if ((event.target as Element).closest('a')) event.preventDefault();
            }}
            dangerouslySetInnerHTML={{ __html: html }}
          />
        )}
        <KeyJudgmentList briefingId={id} />
      </div>
    </section>
  );
}

const saveShortcut = /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘Enter' : 'Ctrl+Enter';
