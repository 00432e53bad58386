/**
 * The left pane: library views, briefings, and the reading settings (theme,
 * font, text size). Each briefing has its actions (rename, duplicate, delete)
 * under "More actions" and as a context menu, and takes articles dropped on it.
 */
import { useId, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/store.ts';
import type { LibraryView } from '../store/types.ts';
import { plural } from '../format.ts';
import { carriesArticles, droppedArticles } from '../dom/article-drag.ts';
import { BriefingIcon, LibraryIcon, MoreIcon, PlusIcon, UnreadIcon } from './icons.tsx';
import { Menu, useMenu } from './Menu.tsx';
import { ReaderSettings } from './ReaderSettings.tsx';
import { TlpBadge, tlpLabel } from './TlpBadge.tsx';

export function Sidebar() {
  return (
    <div className="sidebar">
      <div className="sidebar-brand">
        <span className="brand-mark" aria-hidden="true">
          B
        </span>
        <span className="brand-name">Briefing Reader</span>
      </div>
      <nav className="sidebar-nav" aria-label="Library">
        <ul className="nav-list">
          <li>
            <ViewItem view={{ kind: 'all' }} label="All articles" icon={<LibraryIcon />} />
          </li>
          <li>
            <ViewItem view={{ kind: 'unread' }} label="Unread" icon={<UnreadIcon />} />
          </li>
        </ul>
        <BriefingsSection />
      </nav>
      <footer className="sidebar-footer">
        <ReaderSettings />
      </footer>
    </div>
  );
}

function ViewItem({ view, label, icon }: { view: LibraryView; label: string; icon: React.ReactNode }) {
  const kind = view.kind;
  const current = useAppStore((s) => s.view.kind === kind);
  const count = useAppStore((s) => (kind === 'unread' ? s.unreadCount : (s.libraryInfo?.articleCount ?? null)));
  const selectView = useAppStore((s) => s.selectView);
  const countId = useId();
  return (
    <button
      type="button"
      className="nav-item"
      aria-current={current ? 'page' : undefined}
      aria-describedby={count !== null ? countId : undefined}
      onClick={() => selectView(view)}
    >
      {icon}
      <span className="nav-label">{label}</span>
      {count !== null && count > 0 ? (
        <span className="nav-count" aria-hidden="true">
          {count.toLocaleString()}
        </span>
      ) : null}
      {count !== null ? (
        <span id={countId} hidden>
          {plural(count, 'article')}
        </span>
      ) : null}
    </button>
  );
}

function BriefingsSection() {
  const ids = useAppStore(useShallow((s) => s.briefings.map((b) => b.id)));
  const status = useAppStore((s) => s.briefingsStatus);
  const headingId = useId();
  return (
    <section className="sidebar-section" aria-labelledby={headingId}>
      <h2 className="sidebar-heading" id={headingId}>
        Briefings
      </h2>
      {ids.length > 0 ? (
        <ul className="nav-list">
          {ids.map((id) => (
            <li key={id}>
              <BriefingItem id={id} />
            </li>
          ))}
        </ul>
      ) : status === 'ready' ? (
        <p className="sidebar-hint">
          A briefing gathers articles with your key judgments and a handling marking, ready to share.
        </p>
      ) : null}
      <NewBriefing />
    </section>
  );
}

function BriefingItem({ id }: { id: number }) {
  const briefing = useAppStore((s) => s.briefings.find((b) => b.id === id));
  const current = useAppStore((s) => s.view.kind === 'briefing' && s.view.id === id);
  const selectView = useAppStore((s) => s.selectView);
  const duplicateBriefing = useAppStore((s) => s.duplicateBriefing);
  const deleteBriefing = useAppStore((s) => s.deleteBriefing);
  const addArticlesToBriefing = useAppStore((s) => s.addArticlesToBriefing);
  const menu = useMenu();
  const [renaming, setRenaming] = useState(false);
  const [dropping, setDropping] = useState(false);
  const itemRef = useRef<HTMLButtonElement>(null);
  if (!briefing) return null;
  if (renaming) {
    return (
      <RenameBriefing
        id={id}
        title={briefing.title}
        onDone={() => {
          setRenaming(false);
          requestAnimationFrame(() => itemRef.current?.focus());
        }}
      />
    );
  }
  const label = `${briefing.title}, ${tlpLabel(briefing.marking)}, ${plural(briefing.articleCount, 'article')}`;

  // Articles dragged from the list are added here (the import overlay never sees them: see dom/article-drag.ts).
  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!carriesArticles(event.dataTransfer)) return;
    event.preventDefault();
    event.stopPropagation();
    event.dataTransfer.dropEffect = 'copy';
    setDropping(true);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    if (!carriesArticles(event.dataTransfer)) return;
    event.preventDefault();
    event.stopPropagation();
    setDropping(false);
    const ids = droppedArticles(event.dataTransfer);
    if (ids.length > 0) void addArticlesToBriefing(id, ids);
  };

  return (
    <div
      className="briefing-row"
      data-current={current || undefined}
      data-drop-target={dropping || undefined}
      onContextMenu={menu.open}
      onDragOver={onDragOver}
      onDragLeave={() => setDropping(false)}
      onDrop={onDrop}
    >
      <button
        type="button"
        ref={itemRef}
        className="nav-item briefing-item"
        aria-current={current ? 'page' : undefined}
        aria-label={label}
        title={briefing.title}
        onClick={() => selectView({ kind: 'briefing', id })}
      >
        <BriefingIcon />
        <span className="briefing-item-text">
          <span className="nav-label">{briefing.title}</span>
          <span className="briefing-item-meta">
            <TlpBadge marking={briefing.marking} />
            <span className="briefing-item-count">{plural(briefing.articleCount, 'article')}</span>
          </span>
        </span>
      </button>
      <button
        type="button"
        className="icon-button briefing-more"
        aria-label={`More actions for ${briefing.title}`}
        title="More actions"
        aria-haspopup="menu"
        aria-expanded={menu.at !== null}
        onClick={menu.open}
      >
        <MoreIcon />
      </button>
      {menu.at ? (
        <Menu
          label={`Actions for ${briefing.title}`}
          at={menu.at}
          onClose={menu.close}
          items={[
            { label: 'Rename…', onSelect: () => setRenaming(true) },
            { label: 'Duplicate', onSelect: () => void duplicateBriefing(id) },
            { label: 'Delete', danger: true, onSelect: () => void deleteBriefing(id) },
          ]}
        />
      ) : null}
    </div>
  );
}

/** Renaming in the sidebar: Enter (or leaving the field) saves, Escape keeps the old title. */
function RenameBriefing({ id, title, onDone }: { id: number; title: string; onDone: () => void }) {
  const updateBriefing = useAppStore((s) => s.updateBriefing);
  const [draft, setDraft] = useState(title);
  const [problem, setProblem] = useState<string | null>(null);
  const done = useRef(false);
  const hintId = useId();

  const save = () => {
    if (done.current) return;
    const next = draft.trim();
    if (next === '') {
      setProblem('A title cannot be empty.');
      return;
    }
    done.current = true;
    if (next !== title) void updateBriefing(id, { title: next });
    onDone();
  };

  return (
    <div className="new-briefing-field">
      <input
        className="text-input"
        type="text"
        aria-label="Briefing title"
        aria-describedby={hintId}
        aria-invalid={problem ? true : undefined}
        maxLength={300}
        value={draft}
        autoFocus
        onFocus={(event) => event.currentTarget.select()}
        onChange={(event) => {
          setDraft(event.target.value);
          setProblem(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            save();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            done.current = true;
            onDone();
          }
        }}
        onBlur={() => {
          if (problem === null && draft.trim() !== '') save();
          else if (!done.current) {
            done.current = true;
            onDone();
          }
        }}
      />
      <p className="field-hint" id={hintId} data-problem={problem ? true : undefined}>
        {problem ?? 'Enter to rename · Esc to cancel'}
      </p>
    </div>
  );
}

function NewBriefing() {
  const createBriefing = useAppStore((s) => s.createBriefing);
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState('');
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const hintId = useId();

  const close = (refocus: boolean) => {
    setEditing(false);
    setTitle('');
    setProblem(null);
    if (refocus) requestAnimationFrame(() => buttonRef.current?.focus());
  };

  const submit = async () => {
    const trimmed = title.trim();
    if (trimmed === '') {
      setProblem('Give the briefing a title.');
      return;
    }
    setSaving(true);
    const created = await createBriefing(trimmed);
    setSaving(false);
    if (created) close(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    }
  };

  if (!editing) {
    return (
      <button type="button" className="nav-item new-briefing" ref={buttonRef} onClick={() => setEditing(true)}>
        <PlusIcon />
        <span className="nav-label">New briefing</span>
      </button>
    );
  }
  return (
    <div className="new-briefing-field">
      <input
        className="text-input"
        type="text"
        aria-label="New briefing title"
        aria-describedby={hintId}
        aria-invalid={problem ? true : undefined}
        placeholder="Briefing title"
        maxLength={300}
        value={title}
        disabled={saving}
        autoFocus
        onChange={(event) => {
          setTitle(event.target.value);
          setProblem(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (title.trim() === '' && !saving) close(false);
        }}
      />
      <p className="field-hint" id={hintId} data-problem={problem ? true : undefined}>
        {problem ?? 'Enter to create · Esc to cancel'}
      </p>
    </div>
  );
}
