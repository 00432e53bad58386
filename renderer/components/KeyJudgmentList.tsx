/**
 * The structured key judgments under the summary's lead, in the briefing
 * header: each with its estimative term and range, its confidence, its words
 * and the passages it cites (a citation whose highlight was deleted, or whose
 * article left the briefing, says so). Add, edit, move (buttons, or Alt+↑/↓ on
 * a judgment) and delete with undo.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { quoteText } from '../../shared/citation.ts';
import { citationProblem, confidenceLabel, likelihoodName, likelihoodRange, type JudgmentCitation } from '../../shared/judgments.ts';
import { formatDate, sourceName } from '../format.ts';
import { useAppStore } from '../store/store.ts';
import { MoreIcon, PencilIcon, PlusIcon } from './icons.tsx';
import { Menu, useMenu, type MenuItem } from './Menu.tsx';

const NONE: readonly number[] = [];

export function KeyJudgmentList({ briefingId }: { briefingId: number }) {
  const ids = useAppStore(useShallow((s) => (s.judgmentsBriefingId === briefingId ? s.judgments.map((j) => j.id) : NONE)));
  const loadJudgments = useAppStore((s) => s.loadJudgments);
  const openEditor = useAppStore((s) => s.openJudgmentEditor);

  useEffect(() => {
    void loadJudgments(briefingId);
  }, [briefingId, loadJudgments]);

  return (
    <div className="judgment-items">
      {ids.length > 0 ? (
        <ol className="judgment-list" aria-label="Judgments">
          {ids.map((id, index) => (
            <JudgmentItem key={id} id={id} index={index} count={ids.length} />
          ))}
        </ol>
      ) : null}
      <button type="button" className="button button-small button-quiet judgment-add" onClick={() => openEditor({ briefingId, judgmentId: null, cite: [] })}>
        <PlusIcon />
        Add judgment
      </button>
    </div>
  );
}

function JudgmentItem({ id, index, count }: { id: number; index: number; count: number }) {
  const judgment = useAppStore((s) => s.judgments.find((j) => j.id === id));
  const moveJudgment = useAppStore((s) => s.moveJudgment);
  const deleteJudgment = useAppStore((s) => s.deleteJudgment);
  const openEditor = useAppStore((s) => s.openJudgmentEditor);
  const itemRef = useRef<HTMLLIElement>(null);
  const menu = useMenu();
  if (!judgment) return null;

  const move = (to: number) => {
    if (to < 0 || to >= count) return;
    void moveJudgment(id, to);
    // The item keeps focus as it moves, so the keys can move it again.
    requestAnimationFrame(() => itemRef.current?.focus());
  };
  const edit = () => openEditor({ briefingId: judgment.briefingId, judgmentId: id, cite: [] });
  /** Deletes, and keeps the keyboard in the list: on the next judgment, else the previous, else "Add judgment". */
  const remove = () => {
    const item = itemRef.current;
    const next = item?.nextElementSibling ?? item?.previousElementSibling ?? item?.closest('.judgment-items')?.querySelector('.judgment-add');
    const hadFocus = item?.contains(document.activeElement) ?? false;
    void deleteJudgment(id);
    if (hadFocus && next instanceof HTMLElement) requestAnimationFrame(() => next.focus());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      move(index + (event.key === 'ArrowUp' ? -1 : 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      edit();
    } else if (event.key === 'Delete') {
      event.preventDefault();
      remove();
    }
  };

  const actions: MenuItem[] = [
    { label: 'Edit…', shortcut: 'Enter', onSelect: edit },
    { label: 'Move up', shortcut: 'Alt+↑', disabled: index === 0, onSelect: () => move(index - 1) },
    { label: 'Move down', shortcut: 'Alt+↓', disabled: index === count - 1, onSelect: () => move(index + 1) },
    { label: 'Delete', shortcut: 'Del', danger: true, onSelect: remove },
  ];
  const estimate = `${likelihoodName(judgment.likelihood)} (${likelihoodRange(judgment.likelihood)}), ${confidenceLabel(judgment.confidence).toLowerCase()}`;
  return (
    <li
      ref={itemRef}
      className="judgment-item"
      tabIndex={0}
      aria-label={`Judgment ${index + 1} of ${count}: ${estimate}. ${judgment.text}`}
      aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown Enter Delete"
      onKeyDown={onKeyDown}
      onContextMenu={(event) => menu.open(event, event.currentTarget)}
    >
      <div className="judgment-item-head">
        <span className="judgment-number" aria-hidden="true">
          {index + 1}
        </span>
        <span className="judgment-estimate" data-likelihood={judgment.likelihood}>
          {likelihoodName(judgment.likelihood)} <span className="judgment-range">{likelihoodRange(judgment.likelihood)}</span>
        </span>
        <span className="judgment-confidence" data-confidence={judgment.confidence}>
          {confidenceLabel(judgment.confidence)}
        </span>
        <span className="judgment-tools">
          <button type="button" className="icon-button" aria-label="Edit judgment" title="Edit judgment (Enter)" onClick={edit}>
            <PencilIcon />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={`More actions for judgment ${index + 1}`}
            title="More actions"
            aria-haspopup="menu"
            aria-expanded={menu.at !== null}
            onClick={menu.open}
          >
            <MoreIcon />
          </button>
        </span>
      </div>
      <p className="judgment-text">{judgment.text}</p>
      {judgment.citations.length > 0 ? (
        <ol className="judgment-citations" aria-label="Cited passages">
          {judgment.citations.map((citation) => (
            <CitationLine key={citation.highlightId} citation={citation} />
          ))}
        </ol>
      ) : (
        <p className="judgment-uncited">No passages cited yet.</p>
      )}
      {menu.at ? <Menu label={`Actions for judgment ${index + 1}`} at={menu.at} onClose={menu.close} items={actions} /> : null}
    </li>
  );
}

/** A citation on one line: the passage (cut short) and where it is from, or what became of it. */
export function CitationLine({ citation }: { citation: JudgmentCitation }) {
  const problem = citationProblem(citation.status);
  const where = citation.source ? [sourceName(citation.source.siteName, citation.source.url), formatDate(citation.source.publishedAt)].filter(Boolean).join(', ') : '';
  return (
    <li className="judgment-citation" data-status={citation.status} title={problem ?? citation.source?.title}>
      <span className="judgment-citation-quote">“{quoteText(citation.quote)}”</span>
      {where ? <span className="judgment-citation-source">{where}</span> : null}
      {problem ? <span className="judgment-citation-problem">{citation.status === 'missing' ? 'Highlight deleted' : 'Not in this briefing'}</span> : null}
    </li>
  );
}
