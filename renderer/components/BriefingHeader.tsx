/**
 * The selected briefing above its articles: marking, title (renamed in place
 * with the "Rename" button or a double-click), author and key judgments.
 * Every change goes to the library at once through `updateBriefing`.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { TLP_MARKINGS, type Briefing, type TlpMarking } from '../../shared/model.ts';
import { formatDate, plural } from '../format.ts';
import { useAppStore } from '../store/store.ts';
import { PencilIcon } from './icons.tsx';
import { ImportButton } from './ImportButton.tsx';
import { tlpLabel } from './TlpBadge.tsx';

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
      <KeyJudgments summary={briefing.summary} />
    </header>
  );
}

function MarkingSelect({ id, marking }: { id: number; marking: TlpMarking }) {
  const updateBriefing = useAppStore((s) => s.updateBriefing);
  return (
    <span className="tlp-select-wrap" data-marking={marking}>
      <select
        className="tlp-select"
        aria-label="Handling marking"
        data-marking={marking}
        value={marking}
        onChange={(event) => void updateBriefing(id, { marking: event.target.value as TlpMarking })}
      >
        {TLP_MARKINGS.map((value) => (
          <option key={value} value={value} data-marking={value}>
            {tlpLabel(value)}
          </option>
        ))}
      </select>
    </span>
  );
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

/** Key judgments as text: paragraphs, and "- " lines as a list. Markdown proper arrives with notes. */
function KeyJudgments({ summary }: { summary: string }) {
  const blocks = summaryBlocks(summary);
  return (
    <details className="judgments" open>
      <summary className="judgments-toggle">Key judgments</summary>
      {blocks.length === 0 ? (
        <p className="judgments-empty">No key judgments yet.</p>
      ) : (
        <div className="judgments-body">
          {blocks.map((block, index) =>
            block.kind === 'list' ? (
              <ul key={index}>
                {block.items.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ul>
            ) : (
              <p key={index}>{block.text}</p>
            ),
          )}
        </div>
      )}
    </details>
  );
}

type SummaryBlock = { kind: 'list'; items: string[] } | { kind: 'text'; text: string };

export function summaryBlocks(summary: string): SummaryBlock[] {
  const blocks: SummaryBlock[] = [];
  for (const rawLine of summary.split(/\r?\n/)) {
    const line = rawLine.trim();
    const last = blocks.at(-1);
    if (line === '') {
      blocks.push({ kind: 'text', text: '' });
      continue;
    }
    const item = /^(?:[-*•]|\d+[.)])\s+(.*)$/.exec(line)?.[1];
    if (item !== undefined) {
      if (last?.kind === 'list') last.items.push(item);
      else blocks.push({ kind: 'list', items: [item] });
    } else if (last?.kind === 'text' && last.text !== '') {
      last.text += ` ${line}`;
    } else {
      blocks.push({ kind: 'text', text: line });
    }
  }
  return blocks.filter((b) => b.kind === 'list' || b.text !== '');
}
