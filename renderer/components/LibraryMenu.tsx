/**
 * "Library" in the sidebar footer: a small popover with "Back up now" (the
 * result comes back as a notice) and "Restore from backup…" (the backups
 * dialog). Escape or a click outside closes it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { ignoreRepeatedClick } from '../dom/dialog-clicks.ts';
import { useAppStore } from '../store/store.ts';
import { BackupIcon } from './icons.tsx';

export function LibraryMenu() {
  const panelId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const busy = useAppStore((s) => s.libraryBusy);
  const backUpNow = useAppStore((s) => s.backUpNow);
  const openBackupsDialog = useAppStore((s) => s.openBackupsDialog);

  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    const onToggle = (event: Event) => {
      const isOpen = (event as ToggleEvent).newState === 'open';
      setOpen(isOpen);
      if (isOpen) panel.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    };
    panel.addEventListener('toggle', onToggle);
    return () => panel.removeEventListener('toggle', onToggle);
  }, []);

  const choose = (action: () => void) => {
    panelRef.current?.hidePopover();
    action();
  };

  return (
    <>
      <button type="button" className="button button-quiet library-menu-button" popoverTarget={panelId} onClick={ignoreRepeatedClick} aria-expanded={open} aria-controls={panelId}>
        <BackupIcon />
        Library
      </button>
      <div id={panelId} ref={panelRef} className="library-menu" popover="auto" role="group" aria-label="Library">
        <button type="button" className="library-menu-item" disabled={busy} onClick={() => choose(() => void backUpNow())}>
          Back up now
          <span className="library-menu-note">A copy of the library in its backups folder</span>
        </button>
        <button type="button" className="library-menu-item" disabled={busy} onClick={() => choose(openBackupsDialog)}>
          Restore from backup…
          <span className="library-menu-note">Put an earlier copy in place of the library</span>
        </button>
      </div>
    </>
  );
}
