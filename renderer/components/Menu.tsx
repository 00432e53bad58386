/**
 * A small menu of actions (a briefing's Rename, Duplicate, Delete; an
 * article's Add to briefing…), opened from a "More actions" button or as a
 * context menu. Arrow keys, Home and End move between items, Enter runs one,
 * Escape and Tab close it and focus goes back to what opened it; a click
 * elsewhere closes it too. Drawn over everything (a portal), kept inside the
 * window.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent as ReactMouseEvent } from 'react';
import { createPortal } from 'react-dom';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  /** A destructive action, drawn in the danger colour. */
  danger?: boolean;
  disabled?: boolean;
  /** A key that does the same, shown beside the label. */
  shortcut?: string;
}

export interface MenuPoint {
  x: number;
  y: number;
}

/**
 * Where a menu opens for a click or a context menu: at the pointer, or, from
 * the keyboard (no pointer position), below the element.
 */
export function menuPoint(event: ReactMouseEvent<HTMLElement>, anchor: Element = event.currentTarget): MenuPoint {
  if (event.type === 'contextmenu' && (event.clientX !== 0 || event.clientY !== 0)) return { x: event.clientX, y: event.clientY };
  const box = anchor.getBoundingClientRect();
  return { x: box.left, y: box.bottom + 2 };
}

/**
 * A menu's open state: `open` from a button's click or a context menu event,
 * `close(refocus)` puts focus back on what had it when the menu opened.
 */
export function useMenu() {
  const [at, setAt] = useState<MenuPoint | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  /** Opens at the pointer, or below `anchor` (default: the element listening) when opened from the keyboard. */
  const open = useCallback((event: ReactMouseEvent<HTMLElement>, anchor?: HTMLElement) => {
    event.preventDefault();
    event.stopPropagation();
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? active : (anchor ?? event.currentTarget);
    setAt(menuPoint(event, anchor));
  }, []);
  const close = useCallback((refocus: boolean) => {
    setAt(null);
    if (refocus) opener.current?.focus();
  }, []);
  return { at, open, close };
}

export type MenuState = ReturnType<typeof useMenu>;

const EDGE = 8;

export function Menu({ label, items, at, onClose }: { label: string; items: MenuItem[]; at: MenuPoint; onClose: (refocus: boolean) => void }) {
  const menuRef = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<MenuPoint | null>(null);

  // Kept inside the window: measured before it is shown.
  useLayoutEffect(() => {
    const menu = menuRef.current;
    if (!menu) return;
    const { width, height } = menu.getBoundingClientRect();
    setPlace({
      x: Math.max(EDGE, Math.min(at.x, window.innerWidth - width - EDGE)),
      y: at.y + height + EDGE > window.innerHeight ? Math.max(EDGE, at.y - height) : at.y,
    });
  }, [at.x, at.y]);

  // Focus goes in once the menu is placed (an element still hidden cannot take focus).
  const placed = place !== null;
  useEffect(() => {
    if (placed) menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, [placed]);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) onClose(false);
    };
    const onBlur = () => onClose(false);
    document.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('blur', onBlur);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('blur', onBlur);
    };
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // The menu's keys are its own (it may sit, in React's tree, inside a list that has keys too).
    event.stopPropagation();
    const all = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? [])];
    const at = all.indexOf(document.activeElement as HTMLElement);
    let next: HTMLElement | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = all[(at + 1) % all.length];
        break;
      case 'ArrowUp':
        next = all[(at - 1 + all.length) % all.length];
        break;
      case 'Home':
        next = all[0];
        break;
      case 'End':
        next = all[all.length - 1];
        break;
      case 'Escape':
      case 'Tab':
        event.preventDefault();
        event.stopPropagation();
        onClose(true);
        return;
      default:
        return;
    }
    event.preventDefault();
    next?.focus();
  };

  return createPortal(
    <div
      ref={menuRef}
      className="menu"
      role="menu"
      aria-label={label}
      style={{ left: place?.x ?? at.x, top: place?.y ?? at.y, visibility: place ? 'visible' : 'hidden' }}
      onKeyDown={onKeyDown}
      onContextMenu={(event) => event.preventDefault()}
    >
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          className="menu-item"
          data-danger={item.danger || undefined}
          aria-disabled={item.disabled || undefined}
          tabIndex={-1}
          onClick={() => {
            if (item.disabled) return;
            onClose(true);
            item.onSelect();
          }}
        >
          <span className="menu-item-label">{item.label}</span>
          {item.shortcut ? (
            <kbd className="menu-item-key" aria-hidden="true">
              {item.shortcut}
            </kbd>
          ) : null}
        </button>
      ))}
    </div>,
    document.body,
  );
}
