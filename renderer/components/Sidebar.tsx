/**
 * The left pane: library views, briefings, the reading settings (theme,
 * font, text size), the Library menu and About. Each briefing has its actions (rename, duplicate, delete)
 * under "More actions" and as a context menu, and takes articles dropped on it.
 */
import { useId, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/store.ts';
import type { LibraryView } from '../store/types.ts';
import { plural } from '../format.ts';
import { carriesArticles, droppedArticles } from '../dom/article-drag.ts';
import { BriefingActions } from './BriefingActions.tsx';
import { BundleOffersButton } from './BundleOffersDialog.tsx';
import { BriefingIcon, EvidenceIcon, LibraryIcon, PlusIcon, UnreadIcon } from './icons.tsx';
import { LibraryMenu } from './LibraryMenu.tsx';
import { AboutButton } from './AboutDialog.tsx';
import { useMenu } from './Menu.tsx';
import { TagsSection } from './TagsSection.tsx';
import { ReaderSettings } from './ReaderSettings.tsx';
import { SearchButton } from './SearchPalette.tsx';
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
      <SearchButton />
      <nav className="sidebar-nav" aria-label="Library">
        <ul className="nav-list">
          <li>
            <ViewItem view={{ kind: 'all' }} label="All articles" icon={<LibraryIcon />} />
          </li>
          <li>
            <ViewItem view={{ kind: 'unread' }} label="Unread" icon={<UnreadIcon />} />
          </li>
          <li>
            <ViewItem view={{ kind: 'evidence' }} label="Evidence" icon={<EvidenceIcon />} />
          </li>
          <TradecraftNavItems />
        </ul>
        <BriefingsSection />
        <TagsSection />
      </nav>
      <BundleOffersButton />
      <footer className="sidebar-footer">
        <ReaderSettings />
        <LibraryMenu />
        <AboutButton />
      </footer>
    </div>
  );
}

function ViewItem({ view, label, icon }: { view: LibraryView; label: string; icon: React.ReactNode }) {
  const kind = view.kind;
  const current = useAppStore((s) => s.view.kind === kind);
  const count = useAppStore((s) => (kind === 'unread' ? s.unreadCount : kind === 'all' ? (s.libraryInfo?.articleCount ?? null) : null));
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
          <span className="nav-label" dir="auto">{briefing.title}</span>
          <span className="briefing-item-meta">
            <TlpBadge marking={briefing.marking} />
            <span className="briefing-item-count">{plural(briefing.articleCount, 'article')}</span>
          </span>
        </span>
      </button>
      <BriefingActions
        id={id}
        title={briefing.title}
        label={`More actions for ${briefing.title}`}
        className="briefing-more"
        menu={menu}
        onRename={() => setRenaming(true)}
      />
    </div>
  );
}

/** Renaming in the sidebar: Enter (or leaving the field) saves, Escape keeps the old title. */
function RenameBriefing({ id, title, onDone }: { id: number; title: string; onDone: () => void }) {
  const updateBriefing = useAppStore((s) => s.updateBriefing);
  return (
    <SidebarTitleField
      label="Briefing title"
      initial={title}
      hint="Enter to rename · Esc to cancel"
      saveOnBlur
      onSubmit={(next) => {
        if (next !== title) void updateBriefing(id, { title: next });
        onDone();
        return true;
      }}
      onCancel={onDone}
    />
  );
}

function NewBriefing() {
  const createBriefing = useAppStore((s) => s.createBriefing);
  const [editing, setEditing] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const close = (refocus: boolean) => {
    setEditing(false);
    if (refocus) requestAnimationFrame(() => buttonRef.current?.focus());
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
    <SidebarTitleField
      label="New briefing title"
      placeholder="Briefing title"
      hint="Enter to create · Esc to cancel"
      saveOnBlur={false}
      onSubmit={async (title) => {
        const created = await createBriefing(title);
        if (created) close(false);
        return created !== null;
      }}
      onCancel={close}
    />
  );
}

/**
 * A title typed in the sidebar (a new briefing, a new name): Enter submits,
 * Escape cancels, an empty title is refused. Leaving the field empty cancels;
 * leaving it with a title submits it when `saveOnBlur`.
 */
function SidebarTitleField({
  label,
  initial = '',
  placeholder,
  hint,
  saveOnBlur,
  onSubmit,
  onCancel,
}: {
  label: string;
  initial?: string;
  placeholder?: string;
  hint: string;
  saveOnBlur: boolean;
  /** True when the title was taken (the field is done). */
  onSubmit: (title: string) => boolean | Promise<boolean>;
  onCancel: (refocus: boolean) => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  /** Set once submitted or cancelled, so that the blur which follows does nothing more. */
  const settled = useRef(false);
  const hintId = useId();

  const submit = async () => {
    if (settled.current || saving) return;
    const title = draft.trim();
    if (title === '') {
      setProblem('Give the briefing a title.');
      return;
    }
    setSaving(true);
    const done = await onSubmit(title);
    setSaving(false);
    if (done) settled.current = true;
  };

  const cancel = (refocus: boolean) => {
    if (settled.current) return;
    settled.current = true;
    onCancel(refocus);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      cancel(true);
    }
  };

  return (
    <div className="new-briefing-field">
      <input
        className="text-input"
        type="text"
        aria-label={label}
        aria-describedby={hintId}
        aria-invalid={problem ? true : undefined}
        placeholder={placeholder}
        maxLength={300}
        value={draft}
        disabled={saving}
        autoFocus
        onFocus={(event) => event.currentTarget.select()}
        onChange={(event) => {
          setDraft(event.target.value);
          setProblem(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (saving) return;
          if (draft.trim() === '') cancel(false);
          else if (saveOnBlur) void submit();
        }}
      />
      <p className="field-hint" id={hintId} data-problem={problem ? true : undefined}>
        {problem ?? hint}
      </p>
    </div>
  );
}
