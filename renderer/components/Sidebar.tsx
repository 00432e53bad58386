/** The left pane: library views, briefings, and the reading settings (theme, font, text size). */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/store.ts';
import type { LibraryView } from '../store/types.ts';
import { plural } from '../format.ts';
import { BriefingIcon, LibraryIcon, PlusIcon, UnreadIcon } from './icons.tsx';
import { ReaderSettings } from './ReaderSettings.tsx';
import { TlpBadge, tlpLabel } from './TlpBadge.tsx';
import { TradecraftNavItems } from './TradecraftViews.tsx';

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
          <TradecraftNavItems />
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
  if (!briefing) return null;
  const label = `${briefing.title}, ${tlpLabel(briefing.marking)}, ${plural(briefing.articleCount, 'article')}`;
  return (
    <button
      type="button"
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
