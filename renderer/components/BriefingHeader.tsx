/**
 * The selected briefing above its articles: marking, title (renamed in place
 * with the "Rename" button or a double-click), author and key judgments
 * (Markdown, edited with "Edit key judgments"). Every change goes to the
 * library through `updateBriefing`.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { Briefing, TlpMarking } from '../../shared/model.ts';
import { formatDate, plural } from '../format.ts';
import { renderMarkdown } from '../markdown.ts';
import { useAppStore } from '../store/store.ts';
import { PencilIcon } from './icons.tsx';
import { ImportButton } from './ImportButton.tsx';
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
        <ImportButton />
      </div>
      <TitleEditor key={briefing.id} briefing={briefing} titleId={titleId} />
      <AuthorField key={`author-${briefing.id}`} id={briefing.id} author={briefing.author} />
      <KeyJudgments key={`judgments-${briefing.id}`} id={briefing.id} summary={briefing.summary} />
    </header>
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
    </div>
  );
}

function AuthorField({ id, author }: { id: number; author: string }) {
  const updateBriefing = useAppStore((s) => s.updateBriefing);
  const [draft, setDraft] = useState(author);
  const [base, setBase] = useState(author);
  if (author !== base) {
    // The library's value changed (saved here or elsewhere): show it.
    setBase(author);
    setDraft(author);
  }

  const save = () => {
    const next = draft.trim();
    if (next !== author) void updateBriefing(id, { author: next });
    else setDraft(author);
  };

  return (
    <div className="author-row">
      <label className="author-label" htmlFor={`briefing-author-${id}`}>
        Author
      </label>
      <input
        id={`briefing-author-${id}`}
        className="inline-input"
        type="text"
        aria-label="Author"
        placeholder="Add an author"
        maxLength={200}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            event.currentTarget.blur();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            setDraft(author);
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
            No key judgments yet.{' '}
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
      </div>
    </section>
  );
}

const saveShortcut = /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘Enter' : 'Ctrl+Enter';
